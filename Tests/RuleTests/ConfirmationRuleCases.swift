import CatalogDiagnostics
import Testing

/// One broken package per rule of the family; CNF-02's heuristic gets a case per kind of
/// text it finds (docs/text-checks.md), in English and in French.
enum ConfirmationRuleCases {
    static let body = "\"body\": \"Do you want to charge **{{function.parameters.amount}}** to the {{function.parameters.name}} budget?\""

    static let cases: [RuleCase] = [
        RuleCase(rule: .cnf01, name: "a POST marked not consequential",
                 replacing: [("openapi.yaml", "x-openai-isConsequential: true", "x-openai-isConsequential: false")],
                 file: "openapi.yaml", line: 75, column: 33, severity: .warning),
        RuleCase(rule: .cnf02, name: "a body that does not say what for",
                 replacing: [("plugin.json", body, "\"body\": \"Do you want to proceed?\"")],
                 file: "plugin.json", line: 30, column: 19, severity: .warning),
        RuleCase(rule: .cnf02, name: "a body that does not ask",
                 replacing: [("plugin.json", body, "\"body\": \"Charges **{{function.parameters.amount}}** to the budget.\"")],
                 file: "plugin.json", line: 30, column: 19),
        RuleCase(rule: .cnf02, name: "no body", replacing: [("plugin.json", ",\n          " + body, "")],
                 file: "plugin.json", line: 27, column: 9),
        RuleCase(rule: .cnf02, name: "a French body that does not say what for",
                 replacing: [("plugin.json", body, "\"body\": \"[[charge_body]]\""),
                             ("loc/en.json", "  \"localizationKeys\": {\n", "  \"localizationKeys\": {\n    \"charge_body\": \"Do you want to charge {{function.parameters.amount}} to this budget?\",\n"),
                             ("loc/fr.json", "  \"localizationKeys\": {\n", "  \"localizationKeys\": {\n    \"charge_body\": \"Voulez-vous continuer ?\",\n")],
                 file: "loc/fr.json", line: 8, column: 20),
        RuleCase(rule: .cnf03, name: "a function with neither description nor body",
                 replacing: [("plugin.json", "      \"description\": \"Returns the budgets of the team, with what is left in each.\",\n", "")],
                 file: "plugin.json", line: 11, column: 15, severity: .warning),
        RuleCase(rule: .cnf04, name: "x-oai-isConsequential", replacing: [("openapi.yaml", "x-openai-isConsequential: true", "x-oai-isConsequential: true")],
                 file: "openapi.yaml", line: 75, column: 30, severity: .warning),
    ]

    /// Bodies CNF-02 accepts.
    static let accepted = [
        "Do you want to charge {{function.parameters.amount}} to this budget?",
        "Charge {{function.parameters.amount}} to the {{function.parameters.name}} budget?",
        "Please confirm that **{{function.parameters.amount}}** is charged to {{function.parameters.name}}.",
        "Voulez-vous imputer {{function.parameters.amount}} au budget {{function.parameters.name}} ?",
    ]
}

@Suite struct ConfirmationRuleTests {
    @Test(.enabled(if: !ConfirmationRuleCases.cases.isEmpty), arguments: ConfirmationRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }

    @Test(arguments: ConfirmationRuleCases.accepted)
    func aBodyThatNamesTheActionAndAsksIsAccepted(_ text: String) {
        let c = RuleCase(rule: .cnf02, name: text, replacing: [("plugin.json", ConfirmationRuleCases.body, "\"body\": \"\(text)\"")], file: "", line: 0, column: 0)
        let found = RuleHarness.findings(c)
        #expect(!found.contains { $0.rule == .cnf02 }, "\(found.map(\.formatted))")
    }
}
