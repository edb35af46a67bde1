/// A rule a diagnostic can cite. Ids in capitals come from the reference rules (`../shared/reference/RULES.md`: the validation rules
/// collected from the Teams Toolkit, the Microsoft docs and the JSON schemas); lower-case
/// ids are the project's own (reading files, templates, cards).
///
/// Two rules are the same rule when their ids are; a string literal names a rule by its id
/// (`diagnostic.rule == "PKG-01"`).
public struct Rule: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let id: String
    public let summary: String

    public init(_ id: String, _ summary: String) {
        self.id = id
        self.summary = summary
    }

    /// The known rule with this id, or a rule with no summary (a finding read back from an
    /// earlier build may name a rule this version no longer has).
    public init(id: String) {
        self.id = id
        summary = Rule.byID[id]?.summary ?? ""
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
    public static let zipEntry = Rule("zip-entry", "An archive entry that is unsafe (absolute, `..`, link) or over the limits.")

    // PKG — package and references.
    public static let pkg01 = Rule("PKG-01", "Every referenced file exists in the package.")
    public static let pkg02 = Rule("PKG-02", "Referenced paths are relative, with no `..`, absolute path, URL or link leaving the package.")
    public static let pkg04 = Rule("PKG-04", "JSON files declare `$schema` and match the schema of their version.")

    // TM — Teams app manifest.
    public static let tm01 = Rule("TM-01", "The app manifest matches the schema of its `manifestVersion`.")
    public static let tm03 = Rule("TM-03", "`copilotAgents.declarativeAgents` has exactly one item.")
    public static let tm04 = Rule("TM-04", "An API-based message extension has `composeExtensionType: apiBased` and `apiSpecificationFile`.")
    public static let tm05 = Rule("TM-05", "Every command of an API-based message extension has `apiResponseRenderingTemplateFile`.")
    public static let tm06 = Rule("TM-06", "Every command id equals an OpenAPI `operationId`.")
    public static let tm07 = Rule("TM-07", "Command parameter names equal the operation's parameter or body property names.")
    public static let tm08 = Rule("TM-08", "At most one message extension, 10 commands, 5 parameters; titles and descriptions within their lengths.")

    // LOC — localization.
    public static let loc01 = Rule("LOC-01", "A localization file matches the Localization schema.")
    public static let loc03 = Rule("LOC-03", "Localization keys match `^[a-zA-Z_][a-zA-Z0-9_]*$`; a localizable value is one `[[key]]` or has no brackets.")
    public static let loc04 = Rule("LOC-04", "Tokens appear only in localizable fields.")
    public static let loc05 = Rule("LOC-05", "Packages with `[[key]]` tokens set `localizationInfo.defaultLanguageFile`.")
    public static let loc06 = Rule("LOC-06", "Every token resolves in the default language file.")
    public static let loc07 = Rule("LOC-07", "Every token resolves in each additional language (else the default is used).")
    public static let loc08 = Rule("LOC-08", "Unused localization keys; keys written with brackets.")
    public static let loc11 = Rule("LOC-11", "Plugin schema 2.2 and later must not contain `capabilities.localization`.")
    public static let loc12 = Rule("LOC-12", "Language tags are unique.")

    // DA — declarative agent.
    public static let da01 = Rule("DA-01", "The declarative agent matches the schema of its version.")
    public static let da03 = Rule("DA-03", "`actions` has 1–10 items of `{id, file}`; each file is a plugin manifest.")

    // PLG — plugin manifest.
    public static let plg01 = Rule("PLG-01", "The plugin manifest matches the schema of its `schema_version`.")
    public static let plg02 = Rule("PLG-02", "`schema_version` v1/v2 has no published schema; use the latest.")
    public static let plg07 = Rule("PLG-07", "Function names are unique and match `^[A-Za-z0-9_]+$`.")
    public static let plg08 = Rule("PLG-08", "Each function bound to an OpenApi runtime has a matching `operationId`.")
    public static let plg09 = Rule("PLG-09", "No function is claimed by two runtimes.")
    public static let plg10 = Rule("PLG-10", "`run_for_functions` entries name existing functions (or a sole `*`).")
    public static let plg11 = Rule("PLG-11", "`auth.reference_id` is present for vault auth types.")
    public static let plg12 = Rule("PLG-12", "An OpenApi runtime has `spec.url` or `spec.api_description`.")
    public static let plg14 = Rule("PLG-14", "`response_semantics` has `data_path`.")
    public static let plg15 = Rule("PLG-15", "`static_template.file` exists and holds an Adaptive Card.")
    public static let plg18 = Rule("PLG-18", "`isNonConsequential` is used only with schema 2.4 on GET functions without `x-openai-isConsequential`.")

    // OAS — OpenAPI.
    public static let oas01 = Rule("OAS-01", "The OpenAPI description parses and is valid.")
    public static let oas02 = Rule("OAS-02", "Copilot and Teams support OpenAPI 3.0.x.")
    public static let oas03 = Rule("OAS-03", "Swagger 2.0 is converted to OpenAPI 3.0.")
    public static let oas04 = Rule("OAS-04", "No remote `$ref`.")
    public static let oas05 = Rule("OAS-05", "Server information is present.")
    public static let oas06 = Rule("OAS-06", "Server URLs are absolute.")
    public static let oas08 = Rule("OAS-08", "`${{ENV}}` in a server URL is resolvable.")
    public static let oas09 = Rule("OAS-09", "Every operation has an `operationId`.")
    public static let oas10 = Rule("OAS-10", "operationIds with special characters are renamed.")
    public static let oas18 = Rule("OAS-18", "No `oneOf`/`anyOf`/`allOf`/`not` in used schemas.")
    public static let oas22 = Rule("OAS-22", "Descriptions for the API, operations and parameters.")
    public static let oasRef = Rule("oas-ref", "A `$ref` that cannot be resolved, or a reference cycle.")
    public static let oasDuplicateId = Rule("oas-duplicate-operation-id", "Two operations share an `operationId`.")

    // Confirmation.
    public static let cnf01 = Rule("CNF-01", "Create/update/delete operations are not marked `x-openai-isConsequential: false`.")
    public static let cnf03 = Rule("CNF-03", "A function has a `description` when it has no `confirmation.body`.")
    public static let cnf04 = Rule("CNF-04", "The extension is spelled `x-openai-isConsequential` and is a boolean.")

    // Response rendering templates and cards.
    public static let rrt01 = Rule("RRT-01", "The response rendering template matches its schema.")
    public static let ac01 = Rule("AC-01", "Teams supports Adaptive Cards up to version 1.5.")
    public static let ac04 = Rule("AC-04", "Every image in a card has `altText`.")
    public static let cardTemplate = Rule("card-template", "A template expression that failed or bound nothing.")
    public static let cardElement = Rule("card-element", "A card element or action the renderer does not know.")
    public static let cardContrast = Rule("card-contrast", "Card text in a colour the card chose is below WCAG AA contrast on its container in a Teams theme.")
    public static let sampleData = Rule("sample-data", "Where a card's sample data came from, or why there is none.")

    // Site.
    public static let siteOutput = Rule("site-output", "The output folder could not be written.")
    public static let config = Rule("catalog-config", "A problem in `catalog.yml` or the command line.")
    public static let theme = Rule("theme", "A theme template that does not parse or render.")

    /// Every rule, in the order of `docs/rules.md`.
    public static let all: [Rule] = [
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
        .zipEntry,
        .pkg01,
        .pkg02,
        .pkg04,
        .tm01,
        .tm03,
        .tm04,
        .tm05,
        .tm06,
        .tm07,
        .tm08,
        .loc01,
        .loc03,
        .loc04,
        .loc05,
        .loc06,
        .loc07,
        .loc08,
        .loc11,
        .loc12,
        .da01,
        .da03,
        .plg01,
        .plg02,
        .plg07,
        .plg08,
        .plg09,
        .plg10,
        .plg11,
        .plg12,
        .plg14,
        .plg15,
        .plg18,
        .oas01,
        .oas02,
        .oas03,
        .oas04,
        .oas05,
        .oas06,
        .oas08,
        .oas09,
        .oas10,
        .oas18,
        .oas22,
        .oasRef,
        .oasDuplicateId,
        .cnf01,
        .cnf03,
        .cnf04,
        .rrt01,
        .ac01,
        .ac04,
        .cardTemplate,
        .cardElement,
        .cardContrast,
        .sampleData,
        .siteOutput,
        .config,
        .theme,
    ]
}
