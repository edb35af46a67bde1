import CatalogSupport
import CatalogDiagnostics
import JSONTree
import PackageReader

/// What a package's pages say, worked out once per build from the model: each operation's
/// cards (made once for every language), wording, example request and findings, and the
/// package's findings with its cards'. The HTML pages, the Markdown twins, the digest of
/// the shared pages and `catalog.json` all read it, so none of them works anything out again.
///
/// Classes, as are `OperationPresentation` and `PackageModel`: the pages of every language
/// tree read them, and a copy of one of these structs retained each of its many fields.
final class PackagePresentation: Sendable {
    let model: PackageModel
    var package: CatalogPackage { _read { yield model.package } }
    let operations: [OperationPresentation]
    /// The package's findings and its cards', sorted, without repeats.
    let diagnostics: [Diagnostic]
    /// Card findings only (the package page lists the findings when there are any).
    let cardFindings: [Diagnostic]

    init(_ package: CatalogPackage, context: SiteContext) {
        let model = PackageModel(package)
        self.model = model
        // In parallel: a package can hold most of a catalog's operations.
        operations = parallelMap(Array(package.operations.indices)) { i in
            OperationPresentation(
                index: i, model: model, cards: OperationCards.make(package: model.package, entry: model.package.operations[i], context: context),
                rules: context.rules)
        }
        cardFindings = operations.flatMap(\.cards.findings)
        diagnostics = context.rules.apply((package.diagnostics + cardFindings).normalized)
    }

    var hasGallery: Bool { operations.contains { !$0.cards.gallery.isEmpty } }
    var cardCount: Int { operations.reduce(0) { $0 + $1.cards.cards } }
    var locales: [String] { package.localization.locales }
    var defaultLocale: String { package.localization.defaultLocale }
}

/// A package's model, shared by reference by its presentation, its operations and their
/// pages.
final class PackageModel: Sendable {
    let package: CatalogPackage
    /// The package's title in each of its languages: every page shows it.
    private let titles: [String: String]

    init(_ package: CatalogPackage) {
        self.package = package
        var titles: [String: String] = [:]
        for locale in package.localization.locales where titles[locale] == nil { titles[locale] = package.title(locale: locale).value }
        self.titles = titles
    }

    /// `package.title(locale:)`'s text, worked out once per language.
    func title(locale: String) -> String { titles[locale] ?? package.title(locale: locale).value }
}

/// What one operation's pages say (in every language: the language-dependent texts are
/// looked up by `title(locale:)` and the confirmations).
/// A class: pages, the digest and catalog.json each hold it, and a copy of the struct (the
/// entry, the package) cost dozens of retains.
final class OperationPresentation: Sendable {
    let index: Int
    /// The operation in the package model (read in place, not copied).
    var entry: OperationEntry { _read { yield model.package.operations[index] } }
    let cards: OperationCards
    let consequential: ConsequentialWording
    /// The operation's own findings and its cards'.
    let diagnostics: [Diagnostic]
    /// The example request, when the operation is an HTTP one.
    let curl: String?
    /// Shown beside the method: "MCP tool", "command", or nothing for an API operation.
    let kindLabel: String?
    /// The confirmation dialog in every language the package ships (none when no function
    /// exposes the operation).
    let confirmations: [Confirmation]
    let model: PackageModel
    private var package: CatalogPackage { _read { yield model.package } }

    /// `index`: the operation's position in `model.package.operations`.
    init(index: Int, model: PackageModel, cards: OperationCards, rules: RuleSettings = RuleSettings()) {
        self.index = index
        self.cards = cards
        self.model = model
        // A copy of the entry is one retain (`OperationEntry` shares its fields).
        let entry = model.package.operations[index]
        consequential = ConsequentialWording(entry.consequential, command: entry.command)
        diagnostics = rules.apply(entry.diagnostics + cards.findings)
        curl = CurlExample.make(entry.api, spec: entry.specIndex.map { model.package.specs[$0] }, runtime: entry.runtime)
        kindLabel = Labels.operationKind(entry)
        confirmations = entry.function == nil ? [] : model.package.localization.locales.compactMap { model.package.confirmation(for: entry, locale: $0) }
    }

    /// The page title: the operation summary, else the command title, else the MCP tool's
    /// title, else the operationId.
    func title(locale: String) -> String {
        if let s = entry.api?.summary, !s.isEmpty { return s }
        if let c = entry.command { return package.localization.resolve(c.title, locale: locale).value }
        return entry.toolTitle ?? entry.operationId
    }

    /// The function's description in `locale`.
    func functionDescription(locale: String) -> String? {
        entry.function?.description.map { package.localization.resolve($0, locale: locale).value }
    }

    /// One line for lists: the operation summary, else the function's or command's description.
    var summary: String {
        entry.api?.summary ?? entry.function?.description.map { package.localization.resolve($0).value }
            ?? entry.command?.description.map { package.localization.resolve($0).value } ?? ""
    }
}
