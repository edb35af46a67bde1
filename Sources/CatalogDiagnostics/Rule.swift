/// A rule a diagnostic can cite. Ids in capitals come from the reference rules (`../shared/reference/RULES.md`: the validation rules
/// collected from the Teams Toolkit, the Microsoft docs and the JSON schemas); lower-case
/// ids are the project's own (reading files, templates, cards).
///
/// Two rules are the same rule when their ids are; a string literal names a rule by its id
/// (`diagnostic.rule == "PKG-01"`).
public struct Rule: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let id: String
    public let summary: String
    /// The severity the reference material gives the rule (nil for the project's own rules,
    /// whose severity each finding chooses).
    public let referenceSeverity: Severity?
    /// Why a tool cannot check the rule from the package, when it cannot.
    public let manual: String?

    public init(_ id: String, _ summary: String, reference: Severity? = nil, manual: String? = nil) {
        self.id = id
        self.summary = summary
        referenceSeverity = reference
        self.manual = manual
    }

    /// Whether the rule comes from the reference material (an id in capitals).
    public var isReference: Bool { referenceSeverity != nil }

    /// The known rule with this id, or a rule with no summary (a finding read back from an
    /// earlier build may name a rule this version no longer has).
    public init(id: String) {
        let known = Rule.byID[id]
        self.id = id
        summary = known?.summary ?? ""
        referenceSeverity = known?.referenceSeverity
        manual = known?.manual
    }

    public init(stringLiteral id: String) {
        self.init(id: id)
    }

    public var description: String { id }

    public static func == (a: Rule, b: Rule) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
    public static func < (a: Rule, b: Rule) -> Bool { a.id < b.id }

    private static let byID: [String: Rule] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
}

extension Rule {
    // Reading files.
    public static let jsonSyntax = Rule("json-syntax", "The file is not valid JSON.")
    public static let jsonTolerated = Rule("json-lenient", "JSON that strict readers reject (comments, trailing commas, BOM, duplicate keys) was read anyway.")
    public static let yamlSyntax = Rule("yaml-syntax", "The file is not valid YAML.")
    public static let yamlUnsupported = Rule("yaml-unsupported", "A YAML feature with no JSON equivalent (anchors to mappings used as keys, non-scalar keys, tags).")
    public static let depthLimit = Rule("input-depth", "Nesting deeper than the reader's limit.")
    public static let sizeLimit = Rule("input-size", "A file or archive larger than the reader's limits.")
    public static let fileUnreadable = Rule("file-unreadable", "A file could not be read.")
    public static let notAPackage = Rule("input-kind", "The input is not a package, a plugin manifest or an OpenAPI description.")
    public static let template = Rule("ttk-template", "A Teams Toolkit template (`*.tpl`) read in place of the file it stands for, sections rendered.")
    public static let placeholder = Rule("env-placeholder", "A `${{VAR}}` placeholder that no env file defines.")
    public static let secret = Rule(
        "env-secret",
        "A `${{SECRET_*}}` placeholder, or one whose value comes from a `.env.*.user` file: its value is withheld from every output, and the place is reported because a secret in a package is published with the app.")
    public static let zipEntry = Rule("zip-entry", "An archive entry that is unsafe (absolute, `..`, link) or over the limits.")
    public static let unreferencedPlugin = Rule("plugin-unreferenced", "A plugin manifest in the package that neither the agent nor the app manifest references: Copilot does not load it.")

    public static let oasRef = Rule("oas-ref", "A `$ref` that cannot be resolved, or a reference cycle.")
    public static let oasDuplicateId = Rule("oas-duplicate-operation-id", "Two operations share an `operationId`.")

    // Response rendering templates and cards.
    public static let cardTemplate = Rule("card-template", "A template expression that failed or bound nothing.")
    public static let cardElement = Rule("card-element", "A card element or action the renderer does not know.")
    public static let cardContrast = Rule("card-contrast", "Card text in a colour the card chose is below WCAG AA contrast on its container in a Teams theme.")
    public static let sampleData = Rule("sample-data", "Where a card's sample data came from, or why there is none.")

    // Site.
    public static let siteOutput = Rule("site-output", "The output folder could not be written.")
    public static let config = Rule("catalog-config", "A problem in `catalog.yml` or the command line.")
    public static let theme = Rule("theme", "A theme template that does not parse or render.")

    /// The project's own rules (reading files, templates, cards, the site).
    public static let project: [Rule] = [
        .jsonSyntax,
        .jsonTolerated,
        .yamlSyntax,
        .yamlUnsupported,
        .depthLimit,
        .sizeLimit,
        .fileUnreadable,
        .notAPackage,
        .template,
        .placeholder,
        .secret,
        .zipEntry,
        .unreferencedPlugin,
        .oasRef,
        .oasDuplicateId,
        .cardTemplate,
        .cardElement,
        .cardContrast,
        .sampleData,
        .siteOutput,
        .config,
        .theme
    ]

    /// Every rule: the project's, then the reference material's (the order of `docs/rules.md`).
    public static let all: [Rule] = project + reference

}
