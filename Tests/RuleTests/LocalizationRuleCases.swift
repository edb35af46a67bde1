import CatalogDiagnostics
import Testing

/// LOC: localization.
enum LocalizationRuleCases {
    static let longName = String(repeating: "Budgets ", count: 5)

    static let cases: [RuleCase] = [
        RuleCase(rule: .loc01, name: "an additional language without languageTag",
                 replacing: [("manifest.json", "{ \"languageTag\": \"fr\", \"file\": \"loc/fr.json\" }", "{ \"file\": \"loc/fr.json\" }")],
                 file: "manifest.json", line: 30, column: 7, severity: .error),
        RuleCase(rule: .loc02, name: "a language file of another schema version",
                 replacing: [("loc/fr.json", "teams/v1.19/MicrosoftTeams.Localization", "teams/v1.17/MicrosoftTeams.Localization")],
                 file: "loc/fr.json", line: 7, column: 23, severity: .warning),
        RuleCase(rule: .loc03, name: "a key that is no identifier",
                 replacing: [("agent.json", "\"[[agent_description]]\"", "\"[[agent-description]]\"")], file: "agent.json", line: 5, column: 18, severity: .error),
        RuleCase(rule: .loc03, name: "brackets around part of a value",
                 replacing: [("agent.json", "\"[[agent_description]]\"", "\"About [[agent_description]]\"")], file: "agent.json", line: 5, column: 18, severity: .error),
        RuleCase(rule: .loc04, name: "a token in the instructions",
                 replacing: [("agent.json", "\"instructions\": \"Answer questions", "\"instructions\": \"[[agent_instructions]]\", \"x\": \"Answer questions")],
                 file: "agent.json", line: 6, column: 19, severity: .error),
        RuleCase(rule: .loc05, name: "tokens without a default language file",
                 replacing: [("manifest.json", "    \"defaultLanguageFile\": \"loc/en.json\",\n", "")], file: "manifest.json", line: 26, column: 23, severity: .error),
        RuleCase(rule: .loc06, name: "a token the default file does not define",
                 replacing: [("loc/en.json", "\"agent_description\":", "\"agent_summary\":")], file: "agent.json", line: 5, column: 18, severity: .error),
        RuleCase(rule: .loc07, name: "a token another language does not define",
                 replacing: [("loc/fr.json", "\"agent_description\":", "\"agent_summary\":")], file: "loc/fr.json", line: 7, column: 23, severity: .warning),
        RuleCase(rule: .loc08, name: "a key no token uses",
                 replacing: [("loc/en.json", "\"agent_name\": \"Budgets\",", "\"agent_name\": \"Budgets\", \"old_key\": \"Unused\",")],
                 file: "loc/en.json", line: 8, column: 30, severity: .warning),
        RuleCase(rule: .loc09, name: "a region language without its language-only file",
                 replacing: [("manifest.json", "{ \"languageTag\": \"fr\",", "{ \"languageTag\": \"fr-CA\",")], file: "manifest.json", line: 30, column: 24,
                 severity: .warning),
        RuleCase(rule: .loc10, name: "a localized short name over 30 characters",
                 replacing: [("loc/fr.json", "\"name.short\": \"Budgets\"", "\"name.short\": \"\(longName)\"")], file: "loc/fr.json", line: 3, column: 17,
                 severity: .error),
        RuleCase(rule: .loc10, name: "an agent name token over 100 characters",
                 replacing: [("loc/en.json", "\"agent_name\": \"Budgets\"", "\"agent_name\": \"\(String(repeating: longName, count: 3))\"")],
                 file: "loc/en.json", line: 8, column: 19, severity: .error),
        RuleCase(rule: .loc11, name: "capabilities.localization in a 2.4 plugin",
                 replacing: [("plugin.json", "\"contact_email\":", "\"capabilities\": { \"localization\": { \"fr\": {} } }, \"contact_email\":")],
                 file: "plugin.json", line: 8, column: 37, severity: .error),
        RuleCase(rule: .loc12, name: "a language listed twice",
                 replacing: [("manifest.json", "{ \"languageTag\": \"fr\", \"file\": \"loc/fr.json\" }",
                              "{ \"languageTag\": \"fr\", \"file\": \"loc/fr.json\" }, { \"languageTag\": \"fr\", \"file\": \"loc/fr.json\" }")],
                 file: "manifest.json", line: 30, column: 72, severity: .warning),
    ]
}

@Suite struct LocalizationRuleTests {
    @Test(arguments: LocalizationRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }
}
