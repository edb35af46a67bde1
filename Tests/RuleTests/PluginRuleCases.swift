import CatalogDiagnostics
import Testing

/// PLG: the plugin manifest.
enum PluginRuleCases {
    static let getBudgets = "\"name\": \"getBudgets\",\n      \"description\": \"Returns the budgets of the team, with what is left in each.\","
    static let runtimeEnd = "\"run_for_functions\": [\"getBudgets\", \"chargeBudget\"]\n    }"
    static let inlineCard = "\"static_template\": { \"type\": \"AdaptiveCard\", \"version\": \"1.5\", \"body\": [{ \"type\": \"TextBlock\", \"text\": \"${name}\" }], "
        + "\"actions\": [{ \"type\": \"Action.OpenUrl\", \"title\": \"Open\", \"url\": \"https://contoso.example\" }] }"
    static let mcpRuntime = "\n    }, {\n      \"type\": \"RemoteMCPServer\", \"spec\": { \"url\": \"/mcp\" }, \"run_for_functions\": [\"listFiles\"]\n    }"

    static let cases: [RuleCase] = [
        RuleCase(rule: .plg01, name: "no schema_version", replacing: [("plugin.json", "\"schema_version\": \"v2.4\",\n", "")],
                 file: "plugin.json", line: 1, column: 1, severity: .error),
        RuleCase(rule: .plg02, name: "schema v2", replacing: [("plugin.json", "\"schema_version\": \"v2.4\"", "\"schema_version\": \"v2\"")],
                 file: "plugin.json", line: 3, column: 21, severity: .warning),
        RuleCase(rule: .plg03, name: "a namespace with a space", replacing: [("plugin.json", "\"namespace\": \"budgets\"", "\"namespace\": \"team budgets\"")],
                 file: "plugin.json", line: 4, column: 16, severity: .error),
        RuleCase(rule: .plg03, name: "a hyphen before v2.4",
                 replacing: [("plugin.json", "\"namespace\": \"budgets\"", "\"namespace\": \"team-budgets\""), ("plugin.json", "\"v2.4\"", "\"v2.3\"")],
                 file: "plugin.json", line: 4, column: 16, severity: .error),
        RuleCase(rule: .plg03, name: "no namespace", replacing: [("plugin.json", "\"namespace\": \"budgets\",\n", "")],
                 file: "plugin.json", line: 1, column: 1, severity: .error),
        RuleCase(rule: .plg04, name: "a long name_for_human", replacing: [("plugin.json", "\"name_for_human\": \"Budgets\"", "\"name_for_human\": \"Budgets of the whole team\"")],
                 file: "plugin.json", line: 5, column: 21, severity: .warning),
        RuleCase(rule: .plg05, name: "a long description_for_human",
                 replacing: [("plugin.json", "\"Track team budgets and charge expenses to them\"", "\"" + String(repeating: "Track team budgets. ", count: 6) + "\"")],
                 file: "plugin.json", line: 6, column: 28, severity: .warning),
        RuleCase(rule: .plg06, name: "a function description over 4,096 characters",
                 replacing: [("plugin.json", "\"Returns the budgets of the team, with what is left in each.\"", "\"" + String(repeating: "Returns budgets. ", count: 250) + "\"")],
                 file: "plugin.json", line: 12, column: 22, severity: .warning),
        RuleCase(rule: .plg07, name: "a function name used twice", replacing: [("plugin.json", "\"name\": \"chargeBudget\"", "\"name\": \"getBudgets\"")],
                 file: "plugin.json", line: 23, column: 15, severity: .error),
        RuleCase(rule: .plg07, name: "a function name with a hyphen",
                 replacing: [("plugin.json", "\"name\": \"chargeBudget\"", "\"name\": \"charge-budget\""), ("plugin.json", "\"getBudgets\", \"chargeBudget\"]", "\"getBudgets\", \"charge-budget\"]"),
                             ("plugin.json", "\"v2.4\"", "\"v2.3\"")],
                 file: "plugin.json", line: 23, column: 15, severity: .error),
        RuleCase(rule: .plg08, name: "a function without its operation",
                 replacing: [("plugin.json", "\"name\": \"chargeBudget\"", "\"name\": \"chargeBudgets\""), ("plugin.json", "\"getBudgets\", \"chargeBudget\"]", "\"getBudgets\", \"chargeBudgets\"]")],
                 file: "plugin.json", line: 23, column: 15, severity: .error),
        RuleCase(rule: .plg09, name: "a function claimed by two runtimes",
                 replacing: [("plugin.json", runtimeEnd, runtimeEnd + ", {\n      \"type\": \"OpenApi\", \"spec\": { \"url\": \"openapi.yaml\" }, \"run_for_functions\": [\"getBudgets\"]\n    }")],
                 file: "plugin.json", line: 42, column: 83, severity: .error),
        RuleCase(rule: .plg10, name: "run_for_functions naming no function",
                 replacing: [("plugin.json", "[\"getBudgets\", \"chargeBudget\"]", "[\"getBudgets\", \"chargeBudget\", \"closeBudget\"]")],
                 file: "plugin.json", line: 40, column: 28, severity: .error),
        RuleCase(rule: .plg11, name: "a vault auth without reference_id",
                 replacing: [("plugin.json", "\"auth\": { \"type\": \"OAuthPluginVault\", \"reference_id\": \"${{OAUTH_REFERENCE_ID}}\" }", "\"auth\": { \"type\": \"OAuthPluginVault\" }")],
                 file: "plugin.json", line: 38, column: 15, severity: .error),
        RuleCase(rule: .plg12, name: "an OpenApi runtime without a description",
                 replacing: [("plugin.json", "\"spec\": { \"url\": \"openapi.yaml\" }", "\"spec\": { }")],
                 file: "plugin.json", line: 36, column: 5, severity: .error),
        RuleCase(rule: .plg12, name: "an MCP server at a relative URL",
                 replacing: [("plugin.json", "{\n      \"name\": \"chargeBudget\"", "{ \"name\": \"listFiles\", \"description\": \"Lists files.\", \"capabilities\": { \"security_info\": { \"data_handling\": [\"GetPrivateData\"] } } },\n    {\n      \"name\": \"chargeBudget\""),
                             ("plugin.json", "\"run_for_functions\": [\"getBudgets\", \"chargeBudget\"]\n    }", "\"run_for_functions\": [\"getBudgets\", \"chargeBudget\"]" + mcpRuntime)],
                 file: "plugin.json", line: 43, column: 51, severity: .error),
        RuleCase(rule: .plg13, name: "required naming no property",
                 replacing: [("plugin.json", getBudgets, getBudgets + "\n      \"parameters\": { \"type\": \"object\", \"properties\": { \"owner\": { \"type\": \"string\" } }, \"required\": [\"team\"] },")],
                 file: "plugin.json", line: 13, column: 103, severity: .error),
        RuleCase(rule: .plg13, name: "enum on a number",
                 replacing: [("plugin.json", getBudgets, getBudgets + "\n      \"parameters\": { \"type\": \"object\", \"properties\": { \"year\": { \"type\": \"integer\", \"enum\": [2025, 2026] } } },")],
                 file: "plugin.json", line: 13, column: 94, severity: .error),
        RuleCase(rule: .plg14, name: "response_semantics without data_path", replacing: [("plugin.json", "\"data_path\": \"$.budgets\",\n", "")],
                 file: "plugin.json", line: 15, column: 31, severity: .error),
        RuleCase(rule: .plg15, name: "a card file before v2.4", replacing: [("plugin.json", "\"v2.4\"", "\"v2.3\"")],
                 file: "plugin.json", line: 18, column: 40, severity: .error),
        RuleCase(rule: .plg15, name: "a card file that is not a card",
                 files: ["adaptiveCards/budget.json": "{ \"body\": [] }\n"],
                 file: "adaptiveCards/budget.json", line: 1, column: 1, severity: .warning),
        RuleCase(rule: .plg16, name: "Action.OpenUrl in an inline response card",
                 replacing: [("plugin.json", "\"static_template\": { \"file\": \"adaptiveCards/budget.json\" }", inlineCard)],
                 file: "plugin.json", line: 18, column: 150, severity: .warning),
        RuleCase(rule: .plg17, name: "no security_info", replacing: [("plugin.json", "\"security_info\": { \"data_handling\": [\"GetPublicData\"] },\n", "")],
                 file: "plugin.json", line: 11, column: 15, severity: .warning),
        RuleCase(rule: .plg18, name: "isNonConsequential on a POST",
                 replacing: [("plugin.json", "\"type\": \"AdaptiveCard\",\n          \"title\"", "\"type\": \"AdaptiveCard\", \"isNonConsequential\": true,\n          \"title\"")],
                 file: "plugin.json", line: 23, column: 15, severity: .warning),
        RuleCase(rule: .plg19, name: "a LocalPlugin runtime before v2.3",
                 replacing: [("plugin.json", "\"v2.4\"", "\"v2.2\""),
                             ("plugin.json", runtimeEnd, runtimeEnd + ", {\n      \"type\": \"LocalPlugin\", \"spec\": { \"local_endpoint\": \"Microsoft.Office.Addin\" }, \"run_for_functions\": [\"getBudgets\"]\n    }")],
                 file: "plugin.json", line: 42, column: 15, severity: .warning),
    ]
}

@Suite struct PluginRuleTests {
    @Test(arguments: PluginRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }
}
