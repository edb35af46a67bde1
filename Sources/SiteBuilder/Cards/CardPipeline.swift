import AdaptiveExpressions
import CardRendering
import CardTemplating
import CatalogDiagnostics
import Foundation
import JSONTree

/// One card to make: a template (with the position of every value in its file), the data it
/// binds, and how to draw it.
struct CardJob: Sendable {
    var template: CompiledCard
    var data: JSONValue?
    var hostConfig: HostConfig
    var options: RenderOptions
    var evaluation: EvaluationContext
    /// Replacement URLs for the images the expanded card names (e.g. local files inlined
    /// as `data:` URLs); nil keeps every URL.
    var replacingImages: (@Sendable (_ urls: [String]) -> [String: String])? = nil
}

/// A template read from a file, compiled once, with what is wrong with it as a whole.
struct CompiledCard: Sendable {
    let source: SourceNode
    /// The file the template is in, as findings name it.
    let file: String
    let template: CardTemplate
    /// `AC-01` (a version Teams does not render) and "not an Adaptive Card", at their places.
    let findings: [Diagnostic]

    /// `inPackage`: the card is part of a Teams package, where a version over 1.5 is an
    /// error; a gallery or a `card` preview may target another host, where it is a warning.
    init(_ source: SourceNode, file: String, inPackage: Bool = false) {
        self.source = source
        self.file = file
        template = CardTemplate(json: source.jsonValue)
        findings = CardPipeline.wholeCardFindings(source, file: file, versionSeverity: inPackage ? .error : .warning)
    }
}

/// What a card job made: the expanded card, its HTML, and every problem located in the
/// template where it was caused.
struct CardResult: Sendable {
    var expanded: JSONValue
    var rendered: RenderedCard
    var findings: [Diagnostic]
    /// The image URLs `replacingImages` replaced, in document order.
    var replacedImages: [String] = []
}

/// The one way cards are made, for operation pages, galleries, the `card` command and
/// `diff`: expand the template with provenance, render it, and report each problem once,
/// at the `${…}` or the element of the template that caused it.
enum CardPipeline {
    /// Template functions see this instant as "now", so builds are reproducible.
    static let clock = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

    static func run(_ job: CardJob) -> CardResult {
        let expansion = job.template.template.expand(
            data: job.data, host: nil, context: job.evaluation,
            options: TemplateOptions(recordsProvenance: true))
        var options = job.options
        var replaced: [String] = []
        if let replacingImages = job.replacingImages {
            let urls = CardRenderer.imageReferences(in: expansion.value)
            let replacements = replacingImages(urls)
            replaced = urls.filter { replacements[$0] != nil }
            options.imageSources.merge(replacements) { given, _ in given }
        }
        // Unfilled Teams Toolkit variables show as ‹NAME›, never as `${{NAME}}`.
        let shown = PlaceholderTokens.variablesShown(in: expansion.value) ?? expansion.value
        let rendered = CardRenderer.render(card: shown, hostConfig: job.hostConfig, options: options)
        let locator = CardLocator(template: job.template.source, file: job.template.file)
        var findings = expansion.warnings.map { locator.finding(for: $0) }
        // "Not an Adaptive Card" is the compiled card's finding (CompiledCard.findings), once.
        findings += locator.findings(for: rendered.warnings.filter { $0.kind != .notACard }, expanded: shown)
        return CardResult(expanded: expansion.value, rendered: rendered, findings: findings, replacedImages: replaced)
    }

    /// Problems of the template as a whole: not an Adaptive Card, or a version Teams does not render.
    static func wholeCardFindings(_ template: SourceNode, file: String, versionSeverity: Severity) -> [Diagnostic] {
        if template["type"]?.string != "AdaptiveCard" {
            return [.warning(.cardElement, "the template is not an Adaptive Card (its \"type\" is not \"AdaptiveCard\")", file: file, at: template.location)]
        }
        if let problem = versionProblem(template["version"]?.scalarText) {
            return [Diagnostic(versionSeverity, .ac01, problem, file: file, at: template["version"]?.location ?? template.location)]
        }
        return []
    }

    /// Why Teams would not show a card of this `version` (AC-01), if it would not.
    static func versionProblem(_ version: String?) -> String? {
        guard let v = version, let d = Double(v), d > 1.5 else { return nil }
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
}

/// Turns template and renderer warnings into findings located in the template.
struct CardLocator {
    let template: SourceNode
    let file: String

    /// A template warning, at the `${` at fault (or the value it is about).
    func finding(for w: TemplateWarning) -> Diagnostic {
        let rule: Rule = .cardTemplate
        guard let node = template.resolve(pointer: w.path) else {
            return .warning(rule, w.message, file: file, at: template.location)
        }
        var at = node.location
        if let offset = w.offset, let text = node.string {
            at.column += 1 + Self.sourceWidth(of: text.unicodeScalars.prefix(offset))
        }
        return .warning(rule, w.message, file: file, at: at)
    }

    /// Renderer warnings, at the template element or value they are about. A `${…}` left in
    /// the text is the template's finding already; low contrast in several themes is one
    /// finding naming them all.
    func findings(for warnings: [CardWarning], expanded: JSONValue) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var contrast: [String: (at: SourceLocation, messages: [String])] = [:]
        var contrastOrder: [String] = []
        // A URL still holding `${…}` is refused because the template could not fill it in:
        // that is the template's finding, not a second one.
        for w in warnings where w.kind != .unexpandedTemplate && !(w.kind == .unsafeURL && w.message.contains("${")) {
            let pointer = CardTemplate.templatePointer(for: w.path, in: expanded)
            let at = location(of: pointer)
            if w.kind == .lowContrast {
                if contrast[pointer] == nil { contrastOrder.append(pointer) }
                contrast[pointer, default: (at, [])].messages.append(w.message)
                continue
            }
            out.append(.warning(CardPipeline.rule(for: w.kind), w.message, file: file, at: at))
        }
        for pointer in contrastOrder {
            guard let c = contrast[pointer] else { continue }
            out.append(.warning(.cardContrast, c.messages.joined(separator: "; "), file: file, at: c.at))
        }
        return out
    }

    /// The template value at `pointer`, or its nearest ancestor that exists.
    func location(of pointer: String) -> SourceLocation {
        var p = pointer
        while true {
            if let node = template.resolve(pointer: p) { return node.location }
            guard let slash = p.lastIndex(of: "/") else { return template.location }
            p = String(p[..<slash])
        }
    }

    /// How many columns the JSON source spends on these characters: escaped ones take more
    /// than one (`\"`, `\n`, `\u0001`).
    static func sourceWidth(of scalars: some Sequence<Unicode.Scalar>) -> Int {
        var width = 0
        for c in scalars {
            switch c {
            case "\"", "\\", "\n", "\t", "\r", "\u{8}", "\u{C}": width += 2
            case _ where c.value < 0x20: width += 6
            default: width += 1
            }
        }
        return width
    }
}
