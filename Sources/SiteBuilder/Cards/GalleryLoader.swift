import CatalogSupport
import AdaptiveExpressions
import CardRendering
import CardTemplating
import CatalogDiagnostics
import Foundation
import JSONTree
import MarkdownHTML
import PackageReader

/// Galleries of card files named in the catalog file:
///
/// ```yaml
/// galleries:
///   - title: Adaptive Cards samples
///     path: ../cards          # *.json cards; X.json or X.template.json with X.data.json beside it
/// ```
public enum GalleryLoader {
    public struct Source: Sendable, Hashable {
        public var title: String
        public var folder: URL
        public init(title: String, folder: URL) {
            self.title = title
            self.folder = folder
        }
    }

    static let maxCards = 2_000

    /// A content hash of every file a gallery reads (for incremental builds).
    static func fingerprint(_ sources: [Source]) -> String {
        var parts: [String] = []
        for s in sources {
            parts.append(s.title + "\u{0}" + s.folder.path)
            for (card, data) in CardFiles.cardFiles(in: s.folder, limit: maxCards) {
                for url in [card] + (data.map { [$0] } ?? []) {
                    let bytes = FileManager.default.contents(atPath: url.path) ?? Data()
                    parts.append(url.path + ":" + Hashing.hex(bytes.withUnsafeBytes { Hashing.content($0) }))
                }
            }
        }
        return Hashing.hex(Hashing.fnv(parts.joined(separator: "\u{0}")))
    }

    static func load(_ sources: [Source], context: SiteContext) -> (pages: [GalleryPage], diagnostics: [Diagnostic]) {
        var pages: [GalleryPage] = []
        var diagnostics: [Diagnostic] = []
        var taken = Set<String>()
        for source in sources {
            let files = CardFiles.cardFiles(in: source.folder, limit: maxCards)
            if files.isEmpty {
                diagnostics.append(.warning(.config, "the gallery \"\(source.title)\" finds no card files", file: context.display(source.folder)))
            }
            let base = source.folder.standardizedFileURL.path
            let made: [GalleryCard] = parallelMap(files.map { Pair(card: $0.card, data: $0.data) }) { pair in
                card(pair, base: base, context: context)
            }
            let findings = made.flatMap(\.findings)
            diagnostics += findings
            let slug = Slug.unique("gallery-" + Slug.make(source.title, fallback: "cards"), in: &taken)
            pages.append(GalleryPage(title: source.title, path: "galleries/\(slug).html", items: made.compactMap(\.item), findings: findings))
        }
        return (pages, diagnostics)
    }

    struct GalleryCard: Sendable {
        var item: View?
        var findings: [Diagnostic]
    }

    /// One gallery card through the card pipeline; files that are not Adaptive Cards (a host
    /// config lying in the folder) are left out quietly, files that cannot be read are findings.
    static func card(_ pair: Pair, base: String, context: SiteContext) -> GalleryCard {
        var findings: [Diagnostic] = []
        let relative = String(pair.card.standardizedFileURL.path.dropFirst(base.count + 1))
        let shown = context.display(pair.card)
        guard
            let card = CardFiles.read(
                pair.card, display: shown, data: pair.data, dataDisplay: pair.data.map(context.display),
                into: &findings)
        else { return GalleryCard(item: nil, findings: findings) }
        guard card.template["type"]?.string == "AdaptiveCard" else { return GalleryCard(item: nil, findings: findings) }
        let id = Slug.make(relative, fallback: "card")
        let compiled = CompiledCard(card.template, file: shown)
        let result = CardPipeline.run(
            CardJob(
                template: compiled, data: card.data?.value.jsonValue, hostConfig: context.hostConfigs.light, options: RenderOptions(idPrefix: id),
                evaluation: EvaluationContext(now: CardPipeline.clock, locale: "en-US", randomSeed: 1)))
        findings += compiled.findings + result.findings
        let note: TemplateValue
        if card.data != nil {
            note = "with its sample data"
        } else if compiled.template.isTemplated {
            note = "no sample data: its bindings show as written"
        } else {
            note = false
        }
        findings = findings.normalized
        let item: View = [
            "title": .string(relative), "href": false, "note": note,
            "html": .string("<div class=\"ac-host\" id=\"" + HTML.escape(id) + "\">" + result.rendered.html + "</div>"),
            "diagnostics": Format.diagnostics(findings), "hasDiagnostics": .bool(!findings.isEmpty)
        ]
        return GalleryCard(item: item, findings: findings)
    }

    struct Pair: Sendable {
        var card: URL
        var data: URL?
    }
}
