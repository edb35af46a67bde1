import AdaptiveExpressions
import CardRendering
import CardTemplating
import CatalogDiagnostics
import Foundation
import JSONTree
import MarkdownHTML
import PackageReader

/// The response cards of one operation, rendered from sample data the way Teams and
/// Copilot would show them.
///
/// Sample data comes from, in order: `--samples DIR/<operationId>.json`, a `*.data.json`
/// beside the template, the OpenAPI response examples, else data synthesized from the
/// response schema (labelled so on the page). `data_path` (plugins, JSONPath) or `jsonPath`
/// (message extensions, a dot path) selects the items; each item gives one card.
struct CardPreviews {
    struct Output {
        /// One HTML block per card spec, for the operation page, split where the link to the
        /// standalone card goes (it depends on the page's language tree).
        var blocks: [Block] = []
        /// Self-contained documents, by site path.
        var standalone: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        var cards = 0
        /// For the package's gallery page.
        var gallery: [(title: String, html: String)] = []
    }

    struct Block: Sendable {
        var head: String
        /// Empty when the block has no standalone link.
        var tail: String

        /// The block for a page whose way back to its package folder in the root tree is `toRoot`.
        func html(toRoot: String) -> String { tail.isEmpty ? head : head + toRoot + tail }
    }

    /// Template functions see this instant as "now", so builds are reproducible.
    static let clock = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z
    static let maxItems = 3

    let package: CatalogPackage
    let entry: OperationEntry
    let context: SiteContext

    func render() -> Output {
        var out = Output()
        guard !entry.cards.isEmpty else { return out }
        for (n, spec) in entry.cards.enumerated() {
            render(spec, number: n + 1, into: &out)
        }
        return out
    }

    enum SampleSource {
        case samplesFolder(String)
        case besideTemplate(String)
        case openAPIExample(String)
        case synthesized
        case none

        var label: String {
            switch self {
            case .samplesFolder(let f): return "sample response \(f)"
            case .besideTemplate(let f): return "sample data \(f)"
            case .openAPIExample(let l): return "OpenAPI \(l)"
            case .synthesized: return "synthesized from the response schema"
            case .none: return "no sample data"
            }
        }

        var isSynthesized: Bool { if case .synthesized = self { return true } else { return false } }
    }

    func sampleData(for spec: CardSpec) -> (JSONValue, SampleSource) {
        for folder in context.samples {
            let url = folder.appendingPathComponent(entry.operationId + ".json")
            if let data = FileManager.default.contents(atPath: url.path), let value = try? JSONValue.parse([UInt8](data)) {
                return (value, .samplesFolder(folder.lastPathComponent + "/" + url.lastPathComponent))
            }
        }
        if let data = spec.sampleData { return (data, .besideTemplate(Format.shortPath(spec.sampleDataFile ?? "", in: package))) }
        if let example = entry.responseExamples.first { return (example.value, .openAPIExample(example.label)) }
        if let specIndex = entry.specIndex, let schema = entry.api?.successResponse?.primary?.schema {
            return (SampleSynthesizer.value(for: schema, in: package.specs[specIndex].schemas), .synthesized)
        }
        return (.object([:]), .none)
    }

    /// The items a card is rendered for.
    func items(of data: JSONValue, spec: CardSpec) -> [JSONValue] {
        guard let path = spec.dataPath, !path.isEmpty else {
            if !spec.dataPathIsJSONPath, case .array(let a) = data { return a }
            return [data]
        }
        guard let query = try? JSONPath(path, allowDotPath: !spec.dataPathIsJSONPath || !path.hasPrefix("$")) else { return [] }
        return query.items(in: data)
    }

    /// Why Teams would not show a card of this `version` (AC-01), if it would not.
    static func versionProblem(_ card: JSONValue) -> String? {
        guard let v = card["version"]?.stringValue, let d = Double(v), d > 1.5 else { return nil }
        return "the card's version is \(v); Teams renders Adaptive Cards up to 1.5"
    }

    /// The catalog rule a renderer warning reports under.
    static func rule(for kind: CardWarning.Kind) -> Rule {
        switch kind {
        case .missingAltText: .ac04
        case .lowContrast: .cardContrast
        default: .cardElement
        }
    }

    func diagnostic(_ severity: Severity, _ rule: Rule, _ message: String, spec: CardSpec) -> Diagnostic {
        Diagnostic(severity, rule, "\(entry.operationId): \(message)", file: spec.file, at: spec.location)
    }

    func render(_ spec: CardSpec, number: Int, into out: inout Output) {
        let (data, source) = sampleData(for: spec)
        let all = items(of: data, spec: spec)
        let evaluation = EvaluationContext(now: Self.clock, locale: package.localization.defaultLocale, randomSeed: 1)
        let template = CardTemplate(json: spec.template)
        if let problem = Self.versionProblem(spec.template) {
            out.diagnostics.append(diagnostic(.warning, .ac01, problem, spec: spec))
        }
        if spec.template["type"]?.stringValue != "AdaptiveCard" {
            out.diagnostics.append(diagnostic(.warning, .cardElement, "the template is not an Adaptive Card", spec: spec))
        }
        var cardsHTML: [String] = []
        var previews: [PreviewCardContent] = []
        let previewTemplate = spec.previewTemplate.map { CardTemplate(json: $0) }
        var warnings = Set<String>()
        for (i, item) in all.prefix(Self.maxItems).enumerated() {
            let expansion = template.expand(data: item, host: nil, context: evaluation)
            for w in expansion.warnings where warnings.insert("t" + w.path + w.message).inserted {
                out.diagnostics.append(diagnostic(.warning, .cardTemplate, "\(w.path): \(w.message)", spec: spec))
            }
            let idPrefix = "c\(number)-\(i + 1)"
            var options = RenderOptions(idPrefix: idPrefix)
            options.contrastChecks = context.hostConfigs.contrastChecks
            let rendered = CardRenderer.render(card: expansion.value, hostConfig: context.hostConfigs.light, options: options)
            for w in rendered.warnings where warnings.insert("r" + w.path + w.kind.rawValue + w.message).inserted {
                let rule = Self.rule(for: w.kind)
                out.diagnostics.append(diagnostic(.warning, rule, "\(w.path): \(w.message)", spec: spec))
            }
            var html = rendered.html
            if !spec.citation.isEmpty {
                let citation = CitationContent(
                    title: Self.string(spec.citation["title"], in: item) ?? package.title().value,
                    subtitle: Self.string(spec.citation["subtitle"], in: item),
                    url: Self.string(spec.citation["url"], in: item),
                    thumbnailURL: Self.string(spec.citation["thumbnail_url"], in: item))
                html = PreviewCardRenderer.copilotResponse(card: rendered, citation: citation, index: i + 1, options: RenderOptions(idPrefix: idPrefix + "r")).html
            }
            cardsHTML.append(html)
            if let previewTemplate {
                let p = previewTemplate.expand(data: item, host: nil, context: evaluation).value
                previews.append(PreviewCardContent(
                    title: p["title"]?.stringValue ?? "", subtitle: p["subtitle"]?.stringValue, text: p["text"]?.stringValue,
                    imageURL: p["image"]?["url"]?.stringValue, imageAlt: p["image"]?["alt"]?.stringValue))
            }
            if i == 0 {
                let name = "\(entry.slug)-\(number)"
                let doc = context.hostConfigs.standalone.document(rendered: rendered, title: "\(package.title().value) · \(entry.displayName)")
                out.standalone[SitePaths.standaloneCard(package.id, name)] = doc
            }
        }
        if all.isEmpty {
            out.diagnostics.append(diagnostic(.warning, .sampleData, "\(spec.dataPath ?? "the data path") selects no items in the \(source.label); the card shows nothing", spec: spec))
        }
        out.cards += cardsHTML.count
        out.blocks.append(block(spec, number: number, source: source, cards: cardsHTML, previews: previews, total: all.count))
        if let first = cardsHTML.first {
            out.gallery.append((entry.displayName, first))
        }
    }

    static func string(_ path: String?, in item: JSONValue) -> String? {
        guard let path, let q = try? JSONPath(path) else { return nil }
        guard let v = q.select(in: item).first else { return nil }
        return v.stringValue ?? (v.isNull ? nil : JSONWriter.serialize(v))
    }

    func block(_ spec: CardSpec, number: Int, source: SampleSource, cards: [String], previews: [PreviewCardContent], total: Int) -> Block {
        var html = "<figure class=\"card-preview\" id=\"card-\(number)\">\n<figcaption>"
        let role: String
        switch spec.role {
        case .staticTemplate: role = "Response card"
        case .responseCard: role = "Message extension result"
        case .openAPIExtension: role = "Adaptive Card (x-ai-adaptive-card)"
        }
        html += "<strong>\(role)</strong> · <code>" + HTML.escape(Format.shortPath(spec.file, in: package)) + "</code>"
        if let p = spec.dataPath { html += " · items at <code>" + HTML.escape(p) + "</code>" }
        html += "<br><span class=\"muted\">Data: " + HTML.escape(source.label) + "</span>"
        if source.isSynthesized { html += " <span class=\"badge badge-info\">synthesized</span>" }
        if total > cards.count { html += " <span class=\"muted\">(first \(cards.count) of \(total) items)</span>" }
        var head = ""
        if !cards.isEmpty {
            html += " · <a href=\""
            head = html
            html = "cards/\(entry.slug)-\(number).html\">Standalone</a>"
        }
        html += " · <a href=\"#card-\(number)\">Link</a></figcaption>\n"
        if !previews.isEmpty {
            let layout = PreviewLayout(rawValue: spec.responseLayout ?? "list") ?? .list
            let rendered = PreviewCardRenderer.searchResults(previews, layout: layout, options: RenderOptions(idPrefix: "p\(number)"))
            html += "<p class=\"preview-caption muted\">Search results in the compose box (\(layout.rawValue))</p>\n"
            html += "<div class=\"ac-host\">" + rendered.html + "</div>\n"
            html += "<p class=\"preview-caption muted\">The card a result inserts</p>\n"
        }
        if cards.isEmpty {
            html += "<p class=\"muted\">No card: the sample has no items.</p>\n"
        }
        for card in cards {
            html += "<div class=\"ac-host\">" + card + "</div>\n"
        }
        html += "</figure>\n"
        return head.isEmpty ? Block(head: html, tail: "") : Block(head: head, tail: html)
    }
}

/// The card stylesheets of a site: built once, shipped once (`assets/cards.css`).
enum SiteStylesheets {
    /// Light by default; dark when the reader picks it or when the system is dark and the
    /// reader picked nothing; high contrast when picked. No script: radio buttons and `:has()`.
    static func cardsCSS(_ h: SiteContext.HostConfigs) -> String {
        var css = "/* Adaptive Card previews: Teams light, dark and high contrast. Generated from the theme's host configs. */\n"
        css += CardStylesheet.base
        css += CardStylesheet.css(for: h.light, scope: ".ac-host")
        css += "@media (prefers-color-scheme: dark) {\n"
        css += CardStylesheet.css(for: h.dark, scope: ".card-previews:has(.ac-switch-auto:checked) .ac-host")
        css += "}\n"
        css += CardStylesheet.css(for: h.light, scope: ".card-previews:has(.ac-switch-light:checked) .ac-host")
        css += CardStylesheet.css(for: h.dark, scope: ".card-previews:has(.ac-switch-dark:checked) .ac-host")
        css += CardStylesheet.css(for: h.contrast, scope: ".card-previews:has(.ac-switch-contrast:checked) .ac-host")
        return css
    }

    /// The theme switch above a set of previews.
    /// The switcher every card page uses (`name` "theme"), made once.
    static let themeSwitcher = switcher(name: "theme")

    static func switcher(name: String) -> String {
        let options = [("auto", "Teams (system)"), ("light", "Light"), ("dark", "Dark"), ("contrast", "High contrast")]
        var html = "<fieldset class=\"card-theme-switch\"><legend>Preview in</legend>"
        for (i, (value, label)) in options.enumerated() {
            let id = "\(name)-\(value)"
            html += "<input type=\"radio\" name=\"\(name)\" id=\"\(id)\" class=\"ac-switch-\(value)\"\(i == 0 ? " checked" : "")>"
            html += "<label for=\"\(id)\">\(label)</label>"
        }
        return html + "</fieldset>\n"
    }
}

/// The host configs shipped with the default theme (`Themes/default/hostconfigs`).
enum HostConfigFiles {
    static func load(_ name: String, theme: Theme = .standard) -> HostConfig {
        guard let text = theme.files["hostconfigs/\(name).json"], let h = try? HostConfig(jsonText: text) else {
            return HostConfig(json: .object([:]))
        }
        return h
    }
}
