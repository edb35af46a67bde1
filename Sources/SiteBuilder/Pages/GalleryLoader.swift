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

    /// Every card file of a folder, sorted, with its data file when there is one.
    static func cardFiles(in folder: URL) -> [(card: URL, data: URL?)] {
        var out: [(URL, URL?)] = []
        let fm = FileManager.default
        guard let e = fm.enumerator(at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) else { return [] }
        var all: [URL] = []
        while let url = e.nextObject() as? URL {
            if url.pathExtension.lowercased() == "json" { all.append(url) }
            if all.count > maxCards * 3 { break }
        }
        all.sort { $0.path < $1.path }
        for url in all {
            let name = url.lastPathComponent
            if name.hasSuffix(".data.json") || name.hasSuffix(".host.json") { continue }
            let stem = name.hasSuffix(".template.json") ? String(name.dropLast(".template.json".count)) : String(name.dropLast(".json".count))
            let data = url.deletingLastPathComponent().appendingPathComponent(stem + ".data.json")
            out.append((url, fm.fileExists(atPath: data.path) ? data : nil))
            if out.count >= maxCards { break }
        }
        return out
    }

    /// A content hash of every file a gallery reads (for incremental builds).
    static func fingerprint(_ sources: [Source]) -> String {
        var parts: [String] = []
        for s in sources {
            parts.append(s.title + "\u{0}" + s.folder.path)
            for (card, data) in cardFiles(in: s.folder) {
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
            let files = cardFiles(in: source.folder)
            if files.isEmpty {
                diagnostics.append(.warning(.config, "the gallery \"\(source.title)\" finds no card files", file: source.folder.path))
            }
            let base = source.folder.standardizedFileURL.path
            let rendered: [View?] = parallelMap(files.map { Pair(card: $0.card, data: $0.data) }) { pair in
                guard let bytes = FileManager.default.contents(atPath: pair.card.path),
                      let json = try? JSONValue.parse([UInt8](bytes)), json["type"]?.stringValue == "AdaptiveCard" else { return nil }
                var card = json
                if let dataURL = pair.data, let d = FileManager.default.contents(atPath: dataURL.path), let data = try? JSONValue.parse([UInt8](d)) {
                    card = CardTemplate(json: json).expand(data: data, host: nil,
                                                            context: EvaluationContext(now: CardPreviews.clock, locale: "en-US", randomSeed: 1)).value
                }
                let relative = pair.card.standardizedFileURL.path.dropFirst(base.count + 1)
                let id = Slug.make(String(relative), fallback: "card")
                let r = CardRenderer.render(card: card, hostConfig: context.hostConfigs.light, options: RenderOptions(idPrefix: id))
                return ["title": .string(String(relative)), "href": false,
                        "note": pair.data == nil ? false : .string("with its sample data"),
                        "html": .string("<div class=\"ac-host\" id=\"" + HTML.escape(id) + "\">" + r.html + "</div>")]
            }
            let slug = Slug.unique("gallery-" + Slug.make(source.title, fallback: "cards"), in: &taken)
            pages.append(GalleryPage(title: source.title, path: "galleries/\(slug).html", items: rendered.compactMap { $0 }))
        }
        return (pages, diagnostics)
    }

    struct Pair: Sendable {
        var card: URL
        var data: URL?
    }
}
