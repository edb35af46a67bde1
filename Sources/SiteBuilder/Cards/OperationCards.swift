import AdaptiveExpressions
import CardRendering
import CardTemplating
import CatalogDiagnostics
import Foundation
import JSONTree
import PackageReader

/// The response cards of one operation, made from sample data the way Teams and Copilot
/// would show them: for each card spec, up to three items of its data, each through the
/// card pipeline, plus the standalone document of the first and the search-result
/// previews of a message extension.
/// What a standalone card file is made of.
struct StandaloneCardSource: Sendable {
    var rendered: RenderedCard
    var title: String
    var note: String

    func document(_ context: SiteContext) -> String {
        context.hostConfigs.standalone.document(rendered: rendered, title: title, note: note)
    }
}

struct OperationCards: Sendable {
    /// One block per card spec, in order.
    var blocks: [CardPreviewBlock] = []
    /// Self-contained documents, by site path.
    /// The standalone card files, made into documents only as they are written (a document
    /// is the card plus its stylesheet: holding a package's worth of them cost megabytes).
    var standalone: [String: StandaloneCardSource] = [:]
    /// Every card finding, each cause once, prefixed with the operationId.
    var findings: [Diagnostic] = []
    var cards = 0
    /// For the package's gallery page: the first card of each spec.
    var gallery: [(title: String, html: String)] = []

    static let maxItems = 3

    /// `idPrefix`: put before every element id, so two renderings of a card can share a page (`diff`'s before and after).
    static func make(package: CatalogPackage, entry: OperationEntry, context: SiteContext, idPrefix: String = "") -> OperationCards {
        var out = OperationCards()
        for (n, spec) in entry.cards.enumerated() {
            out.add(spec, number: n + 1, package: package, entry: entry, context: context, idPrefix: idPrefix)
        }
        return out
    }

    mutating func add(_ spec: CardSpec, number: Int, package: CatalogPackage, entry: OperationEntry, context: SiteContext, idPrefix prefix: String = "") {
        let sample = SampleData.choose(for: spec, entry: entry, package: package)
        var items = SampleData.items(of: sample.value, spec: spec)
        // A card's own data file (the Designer's `X.data.json`) may hold the item the
        // template binds rather than the whole response.
        if items.isEmpty, case .besideTemplate = sample.source { items = [sample.value] }
        let compiled = CompiledCard(spec.template, file: spec.file, inPackage: true)
        var invented: [CardTemplate.Binding] = []
        if sample.source.isSynthesized {
            (items, invented) = SampleData.fill(items, bindings: compiled.template.bindings)
        }
        let previewTemplate = spec.previewTemplate.map { CardTemplate(json: $0.jsonValue) }
        let evaluation = EvaluationContext(now: CardPipeline.clock, locale: package.localization.defaultLocale, randomSeed: 1)
        var found = compiled.findings + Self.unreturnedFields(invented, spec: spec)
        var block = CardPreviewBlock(
            number: number, role: spec.role, file: Format.shortPath(spec.file, in: package),
            dataPath: spec.dataPath, source: sample.source, total: items.count, responseLayout: spec.responseLayout)
        block.invented = invented.map { SampleData.display($0.path) }
        for (i, item) in items.prefix(Self.maxItems).enumerated() {
            let idPrefix = "\(prefix)c\(number)-\(i + 1)"
            var options = RenderOptions(idPrefix: idPrefix)
            options.contrastChecks = context.hostConfigs.contrastChecks
            options.imageSources[SampleSynthesizer.placeholderImageURL] = SampleSynthesizer.placeholderImage
            let result = CardPipeline.run(
                CardJob(
                    template: compiled, data: item, hostConfig: context.hostConfigs.light,
                    options: options, evaluation: evaluation))
            found += result.findings
            block.cardsHTML.append(Self.withCitation(result.rendered, spec: spec, item: item, index: i + 1, idPrefix: idPrefix, package: package))
            if let previewTemplate {
                block.previews.append(Self.previewContent(previewTemplate.expand(data: item, host: nil, context: evaluation).value))
            }
            if i == 0 {
                let source = StandaloneCardSource(
                    rendered: result.rendered, title: "\(PlaceholderTokens.plain(package.title().value)) · \(entry.displayName)",
                    note: sample.source.note)
                standalone[SitePaths.standaloneCard(package.id, "\(entry.slug)-\(number)")] = source
            }
        }
        if items.isEmpty {
            found.append(
                .warning(
                    .sampleData, "\(spec.dataPath ?? "the data path") selects no items in the \(sample.source.label); the card shows nothing",
                    file: spec.dataPathSource?.file ?? spec.file, at: spec.dataPathSource?.location ?? spec.location))
        }
        if !block.cardsHTML.isEmpty { block.standaloneName = "\(entry.slug)-\(number)" }
        if let first = block.cardsHTML.first { gallery.append((entry.displayName, first)) }
        cards += block.cardsHTML.count
        blocks.append(block)
        findings += found.normalized.map { d in
            var d = d; d.message = "\(entry.operationId): \(d.message)"; return d
        }
    }

    /// One finding for every field the template reads that the response schema does not
    /// define (the preview invents them; Copilot would show `${…}`), at the first of them.
    static func unreturnedFields(_ invented: [CardTemplate.Binding], spec: CardSpec) -> [Diagnostic] {
        guard let first = invented.first else { return [] }
        let fields = invented.map { SampleData.display($0.path) }
        let list = fields.prefix(8).joined(separator: ", ") + (fields.count > 8 ? " and \(fields.count - 8) more" : "")
        let located = CardLocator(template: spec.template, file: spec.file)
            .finding(for: TemplateWarning(.missingPath, path: first.pointer, "", offset: first.offset))
        return [
            .warning(
                .cardTemplate, "the card reads \(list), which the response schema does not define; Copilot would show them as written (the preview invents values)",
                file: spec.file, at: located.location)
        ]
    }

    /// A plugin's card with Copilot's citation around it, when the function declares one.
    static func withCitation(_ rendered: RenderedCard, spec: CardSpec, item: JSONValue, index: Int, idPrefix: String, package: CatalogPackage) -> String {
        guard !spec.citation.isEmpty else { return rendered.html }
        let citation = CitationContent(
            title: SampleData.string(spec.citation["title"], in: item) ?? package.title().value,
            subtitle: SampleData.string(spec.citation["subtitle"], in: item),
            url: SampleData.string(spec.citation["url"], in: item),
            thumbnailURL: SampleData.string(spec.citation["thumbnail_url"], in: item))
        return PreviewCardRenderer.copilotResponse(
            card: rendered, citation: citation, index: index,
            options: RenderOptions(idPrefix: idPrefix + "r")
        ).html
    }

    static func previewContent(_ p: JSONValue) -> PreviewCardContent {
        PreviewCardContent(
            title: p["title"]?.stringValue ?? "", subtitle: p["subtitle"]?.stringValue, text: p["text"]?.stringValue,
            imageURL: p["image"]?["url"]?.stringValue, imageAlt: p["image"]?["alt"]?.stringValue)
    }
}

/// One card spec of an operation as its page shows it (the theme's `card-preview` partial).
struct CardPreviewBlock: Sendable {
    var number: Int
    var role: CardSpec.Role
    /// The template's file, relative to the package.
    var file: String
    var dataPath: String?
    var source: SampleData.Source
    /// How many items the data has (at most `OperationCards.maxItems` are shown).
    var total: Int
    var cardsHTML: [String] = []
    /// Message extension search results (title, subtitle, text, image per item).
    var responseLayout: String?
    var previews: [PreviewCardContent] = []
    /// `<slug>-<number>`, the standalone document's name, when there is a card.
    var standaloneName: String?
    /// Fields the template reads that the data lacked: the preview shows invented values.
    var invented: [String] = []

    var roleLabel: String {
        switch role {
        case .staticTemplate: "Response card"
        case .responseCard: "Message extension result"
        case .openAPIExtension: "Adaptive Card (x-ai-adaptive-card)"
        }
    }
}
