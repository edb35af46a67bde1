/// The rules of the reference material (`../shared/reference/RULES.md`): the validation
/// rules collected from the Teams Toolkit, the Microsoft 365 docs and the official JSON
/// schemas, with the severity the reference gives them. A few need a person or a running
/// service (`manual`); `validate` lists them as a checklist.
extension Rule {
    // PKG — package and references.
    public static let pkg01 = Rule("PKG-01", "Every referenced file exists in the package.", reference: .error)
    public static let pkg02 = Rule("PKG-02", "Referenced paths are relative, with no `..`, absolute path, URL or link leaving the package.", reference: .error)
    public static let pkg03 = Rule("PKG-03", "Color icon 192×192 png, outline icon 32×32 png (transparent/white).", reference: .error)
    public static let pkg04 = Rule("PKG-04", "JSON files declare `$schema` and match the schema of their version.", reference: .error)
    // TM — Teams app manifest.
    public static let tm01 = Rule("TM-01", "The app manifest matches the schema of its `manifestVersion`.", reference: .error)
    public static let tm02 = Rule("TM-02", "Agents: manifestVersion ≥ 1.13; `copilotAgents` requires ≥ 1.19.", reference: .error)
    public static let tm03 = Rule("TM-03", "`copilotAgents.declarativeAgents` has exactly one item.", reference: .error)
    public static let tm04 = Rule("TM-04", "An API-based message extension has `composeExtensionType: apiBased` and `apiSpecificationFile`.", reference: .error)
    public static let tm05 = Rule("TM-05", "Every command of an API-based message extension has `apiResponseRenderingTemplateFile`.", reference: .error)
    public static let tm06 = Rule("TM-06", "Every command id equals an OpenAPI `operationId`.", reference: .error)
    public static let tm07 = Rule("TM-07", "Command parameter names equal the operation's parameter or body property names.", reference: .error)
    public static let tm08 = Rule("TM-08", "At most one message extension, 10 commands, 5 parameters; titles and descriptions within their lengths.", reference: .error)
    public static let tm09 = Rule("TM-09", "(apiBased) \"Full description must not exceed 128 characters.\" (doc statement conflicts with schema 4000; report as warning).", reference: .warning)
    public static let tm10 = Rule("TM-10", "`authorization.authType` ∈ none/apiSecretServiceAuth/microsoftEntra/oAuth2.0 with matching configuration object.", reference: .error)
    public static let tm11 = Rule("TM-11", "Image/OpenUrl domains used by cards appear in `validDomains`.", reference: .warning)
    public static let tm12 = Rule("TM-12", "For a DA: app `name.short`, DA `name`, and every plugin `name_for_human` identical (after localization).", reference: .error)
    public static let tm13 = Rule("TM-13", "Long description says the agent works in Microsoft 365 Copilot (heuristic: mentions \"Copilot\").", reference: .error)
    // LOC — localization.
    public static let loc01 = Rule("LOC-01", "A localization file matches the Localization schema.", reference: .error)
    public static let loc02 = Rule("LOC-02", "Loc file schema version == manifestVersion.", reference: .warning)
    public static let loc03 = Rule("LOC-03", "Localization keys match `^[a-zA-Z_][a-zA-Z0-9_]*$`; a localizable value is one `[[key]]` or has no brackets.", reference: .error)
    public static let loc04 = Rule("LOC-04", "Tokens appear only in localizable fields.", reference: .error)
    public static let loc05 = Rule("LOC-05", "Packages with `[[key]]` tokens set `localizationInfo.defaultLanguageFile`.", reference: .error)
    public static let loc06 = Rule("LOC-06", "Every token resolves in the default language file.", reference: .error)
    public static let loc07 = Rule("LOC-07", "Every token resolves in each additional language (else the default is used).", reference: .warning)
    public static let loc08 = Rule("LOC-08", "Unused localization keys; keys written with brackets.", reference: .warning)
    public static let loc09 = Rule("LOC-09", "Prefer language-only tags (`en`) with region overrides only where needed.", reference: .warning)
    public static let loc10 = Rule("LOC-10", "Localized values respect the target field limits (e.g. name.short ≤30, DA name ≤100, description ≤1000, plugin name_for_human ~20).", reference: .error)
    public static let loc11 = Rule("LOC-11", "Plugin schema 2.2 and later must not contain `capabilities.localization`.", reference: .error)
    public static let loc12 = Rule("LOC-12", "Language tags are unique.", reference: .warning)
    // DA — declarative agent.
    public static let da01 = Rule("DA-01", "The declarative agent matches the schema of its version.", reference: .error)
    public static let da02 = Rule("DA-02", "`name` 1–100, `description` 1–1000, `instructions` ≤8000, non-whitespace.", reference: .error)
    public static let da03 = Rule("DA-03", "`actions` has 1–10 items of `{id, file}`; each file is a plugin manifest.", reference: .error)
    public static let da04 = Rule("DA-04", "`conversation_starters` ≤6 (v1.0–1.5) / ≤12 (v1.6+).", reference: .error)
    public static let da05 = Rule("DA-05", "Store: 3–6 conversation starters.", reference: .error)
    public static let da06 = Rule("DA-06", "Agent has actions (or knowledge); capabilities like WebSearch/CodeInterpreter explained in instructions.", reference: .error)
    public static let da07 = Rule("DA-07", "Graph connector capability has no hard-coded connections (store).", reference: .warning)
    // PLG — plugin manifest.
    public static let plg01 = Rule("PLG-01", "The plugin manifest matches the schema of its `schema_version`.", reference: .error)
    public static let plg02 = Rule("PLG-02", "`schema_version` v1/v2 has no published schema; use the latest.", reference: .warning)
    public static let plg03 = Rule("PLG-03", "`namespace` present and matches schema pattern (2.1–2.3 `^[A-Za-z0-9_]+$`, 2.4 `^[A-Za-z0-9-]+$`).", reference: .error)
    public static let plg04 = Rule("PLG-04", "`name_for_human` ≤20 chars, non-blank.", reference: .warning)
    public static let plg05 = Rule("PLG-05", "`description_for_human` ≤100; `description_for_model` ≤2048.", reference: .warning)
    public static let plg06 = Rule("PLG-06", "Any other string ≤4096.", reference: .warning)
    public static let plg07 = Rule("PLG-07", "Function names are unique and match `^[A-Za-z0-9_]+$`.", reference: .error)
    public static let plg08 = Rule("PLG-08", "Each function bound to an OpenApi runtime has a matching `operationId`.", reference: .error)
    public static let plg09 = Rule("PLG-09", "No function is claimed by two runtimes.", reference: .error)
    public static let plg10 = Rule("PLG-10", "`run_for_functions` entries name existing functions (or a sole `*`).", reference: .error)
    public static let plg11 = Rule("PLG-11", "`auth.reference_id` is present for vault auth types.", reference: .error)
    public static let plg12 = Rule("PLG-12", "An OpenApi runtime has `spec.url` or `spec.api_description`.", reference: .error)
    public static let plg13 = Rule("PLG-13", "`parameters.required[]` names exist in `properties`; `enum` only with string; `items` only with array.", reference: .error)
    public static let plg14 = Rule("PLG-14", "`response_semantics` has `data_path`.", reference: .error)
    public static let plg15 = Rule("PLG-15", "`static_template.file` exists and holds an Adaptive Card.", reference: .error)
    public static let plg16 = Rule("PLG-16", "Only one response_semantics per function; no `Action.OpenUrl`/`Action.ToggleVisibility` in response-semantics cards; no task modules.", reference: .warning)
    public static let plg17 = Rule("PLG-17", "`security_info` present (else \"unable to interact with other plugins\"); `DataExport` not in schema enum.", reference: .warning)
    public static let plg18 = Rule("PLG-18", "`isNonConsequential` is used only with schema 2.4 on GET functions without `x-openai-isConsequential`.", reference: .warning)
    public static let plg19 = Rule("PLG-19", "LocalPlugin only 2.3+ (docs), RemoteMCPServer only 2.4.", reference: .warning)
    // OAS — OpenAPI.
    public static let oas01 = Rule("OAS-01", "The OpenAPI description parses and is valid.", reference: .error)
    public static let oas02 = Rule("OAS-02", "Copilot and Teams support OpenAPI 3.0.x.", reference: .error)
    public static let oas03 = Rule("OAS-03", "Swagger 2.0 is converted to OpenAPI 3.0.", reference: .warning)
    public static let oas04 = Rule("OAS-04", "No remote `$ref`.", reference: .error)
    public static let oas05 = Rule("OAS-05", "Server information is present.", reference: .error)
    public static let oas06 = Rule("OAS-06", "Server URLs are absolute.", reference: .error)
    public static let oas07 = Rule("OAS-07", "Server URL https.", reference: .error)
    public static let oas08 = Rule("OAS-08", "`${{ENV}}` in a server URL is resolvable.", reference: .error)
    public static let oas09 = Rule("OAS-09", "Every operation has an `operationId`.", reference: .error)
    public static let oas10 = Rule("OAS-10", "operationIds with special characters are renamed.", reference: .warning)
    public static let oas11 = Rule("OAS-11", "Only GET and POST.", reference: .error)
    public static let oas12 = Rule("OAS-12", "At least one supported API.", reference: .error)
    public static let oas13 = Rule("OAS-13", "≤1 required param without default (≤5 when multi-parameter enabled); ≥1 parameter.", reference: .error)
    public static let oas14 = Rule("OAS-14", "No required header/cookie params without default; required params must be primitive.", reference: .error)
    public static let oas15 = Rule("OAS-15", "Request body only `application/json`, single media type; required body fields primitive.", reference: .error)
    public static let oas16 = Rule("OAS-16", "Response has exactly one JSON media type and non-empty schema.", reference: .error)
    public static let oas17 = Rule("OAS-17", "No circular references.", reference: .error)
    public static let oas18 = Rule("OAS-18", "No `oneOf`/`anyOf`/`allOf`/`not` in used schemas.", reference: .error)
    public static let oas19 = Rule("OAS-19", "No nested objects in parameters / request body.", reference: .error)
    public static let oas20 = Rule("OAS-20", "`additionalProperties` ignored.", reference: .warning)
    public static let oas21 = Rule("OAS-21", "One auth scheme per operation; supported: API key (not cookie), HTTP bearer, OAuth2 authorizationCode.", reference: .error)
    public static let oas22 = Rule("OAS-22", "Descriptions for the API, operations and parameters.", reference: .warning)
    public static let oas23 = Rule("OAS-23", "Function description ≤100 chars (TTK truncates).", reference: .warning)
    public static let oas24 = Rule("OAS-24", "Generated command title ≤32, description ≤128, parameter description ≤128, conversation starter ≤50, short desc ≤80, full ≤4000.", reference: .warning)
    public static let oas25 = Rule("OAS-25", "APIs not redirected; same (sub)domain as verified domain.", reference: .error, manual: "needs the running API: a redirect shows only when the call is made")
    // CMD — message extension commands (store).
    public static let cmd01 = Rule("CMD-01", "3–5 `samplePrompts` per command, each ≤128 chars.", reference: .error)
    public static let cmd02 = Rule("CMD-02", "No identical prompts across commands.", reference: .error)
    public static let cmd03 = Rule("CMD-03", "≥3 parameters per search command (compound utterances); parameter names not identical.", reference: .warning)
    // RRT — response rendering templates.
    public static let rrt01 = Rule("RRT-01", "The response rendering template matches its schema.", reference: .error)
    public static let rrt02 = Rule("RRT-02", "`$schema` defined.", reference: .warning)
    public static let rrt03 = Rule("RRT-03", "`jsonPath` resolves against the sample response (OpenAPI example) and points at array/object.", reference: .warning)
    public static let rrt04 = Rule("RRT-04", "`previewCardTemplate.image.url` https or data URL.", reference: .error)
    public static let rrt05 = Rule("RRT-05", "Template fields bound (`${…}`) exist in the response schema.", reference: .warning)
    // AC — Adaptive Cards.
    public static let ac01 = Rule("AC-01", "Teams supports Adaptive Cards up to version 1.5.", reference: .error)
    public static let ac02 = Rule("AC-02", "1–4 actions.", reference: .warning)
    public static let ac03 = Rule("AC-03", "No `imBack`/`messageBack` in action data.", reference: .warning)
    public static let ac04 = Rule("AC-04", "Every image in a card has `altText`.", reference: .warning)
    public static let ac05 = Rule("AC-05", "Card has `metadata.webUrl`.", reference: .warning)
    public static let ac06 = Rule("AC-06", "Shows ≥2 data fields besides title/thumbnail.", reference: .warning, manual: "needs a reviewer: whether a card shows two pieces of information is a judgement")
    public static let ac07 = Rule("AC-07", "Array bindings guarded with `$when` / empty-state text.", reference: .warning)
    public static let ac08 = Rule("AC-08", "Layout: ≤3 columns per ColumnSet, ≤1 explicit pixel width, no fixed widths.", reference: .warning)
    public static let ac09 = Rule(
        "AC-09", "ME (bot-based) response includes preview card info in the same template.", reference: .warning, manual: "needs the running bot: a bot-based extension's cards come from the bot at run time")
    // CNF — confirmation.
    public static let cnf01 = Rule("CNF-01", "Create/update/delete operations are not marked `x-openai-isConsequential: false`.", reference: .error)
    public static let cnf02 = Rule(
        "CNF-02", "Consequential functions define `confirmation.body` that names the action and asks permission (heuristic: starts \"Do you want…\", not \"Do you want to proceed?\").", reference: .warning)
    public static let cnf03 = Rule("CNF-03", "A function has a `description` when it has no `confirmation.body`.", reference: .warning)
    public static let cnf04 = Rule("CNF-04", "The extension is spelled `x-openai-isConsequential` and is a boolean.", reference: .warning)
    // TXT — text content.
    public static let txt01 = Rule(
        "TXT-01",
        "No instructional/prompt-injection phrases ('ignore', 'new instructions', 'if the user says', …) in descriptions, semantic descriptions, operationIds, DA instructions/starters, plugin descriptions, `states.reasoning.description`, OpenAPI path descriptions.",
        reference: .error)
    public static let txt02 = Rule("TXT-02", "No URLs, emojis, hidden/unusual characters in those texts.", reference: .error)
    public static let txt03 = Rule("TXT-03", "No superlatives (\"#1\", \"amazing\", \"best\") or marketing language.", reference: .warning)
    public static let txt04 = Rule("TXT-04", "No names of other plugins/apps in descriptions (anti-compete).", reference: .warning)

    /// Every rule of the reference material, in its order.
    public static let reference: [Rule] = [
        .pkg01,
        .pkg02,
        .pkg03,
        .pkg04,
        .tm01,
        .tm02,
        .tm03,
        .tm04,
        .tm05,
        .tm06,
        .tm07,
        .tm08,
        .tm09,
        .tm10,
        .tm11,
        .tm12,
        .tm13,
        .loc01,
        .loc02,
        .loc03,
        .loc04,
        .loc05,
        .loc06,
        .loc07,
        .loc08,
        .loc09,
        .loc10,
        .loc11,
        .loc12,
        .da01,
        .da02,
        .da03,
        .da04,
        .da05,
        .da06,
        .da07,
        .plg01,
        .plg02,
        .plg03,
        .plg04,
        .plg05,
        .plg06,
        .plg07,
        .plg08,
        .plg09,
        .plg10,
        .plg11,
        .plg12,
        .plg13,
        .plg14,
        .plg15,
        .plg16,
        .plg17,
        .plg18,
        .plg19,
        .oas01,
        .oas02,
        .oas03,
        .oas04,
        .oas05,
        .oas06,
        .oas07,
        .oas08,
        .oas09,
        .oas10,
        .oas11,
        .oas12,
        .oas13,
        .oas14,
        .oas15,
        .oas16,
        .oas17,
        .oas18,
        .oas19,
        .oas20,
        .oas21,
        .oas22,
        .oas23,
        .oas24,
        .oas25,
        .cmd01,
        .cmd02,
        .cmd03,
        .rrt01,
        .rrt02,
        .rrt03,
        .rrt04,
        .rrt05,
        .ac01,
        .ac02,
        .ac03,
        .ac04,
        .ac05,
        .ac06,
        .ac07,
        .ac08,
        .ac09,
        .cnf01,
        .cnf02,
        .cnf03,
        .cnf04,
        .txt01,
        .txt02,
        .txt03,
        .txt04
    ]
}
