import CatalogDiagnostics
import Testing

/// TM: the Teams app manifest.
enum TeamsManifestRuleCases {
    static let cases: [RuleCase] = [
        RuleCase(rule: .tm01, name: "an unknown manifestVersion", replacing: [("manifest.json", "\"manifestVersion\": \"1.19\"", "\"manifestVersion\": \"1.18\"")],
                 file: "manifest.json", line: 3, column: 22),
        RuleCase(rule: .tm02, name: "copilotAgents in a 1.17 manifest", replacing: [("manifest.json", "\"manifestVersion\": \"1.19\"", "\"manifestVersion\": \"1.17\"")],
                 file: "manifest.json", line: 3, column: 22, severity: .error),
        RuleCase(rule: .tm03, name: "two declarative agents",
                 replacing: [("manifest.json", "{ \"id\": \"budgets\", \"file\": \"agent.json\" }", "{ \"id\": \"budgets\", \"file\": \"agent.json\" }, { \"id\": \"b2\", \"file\": \"agent.json\" }")],
                 file: "manifest.json", line: 34, column: 26, severity: .error),
        RuleCase(rule: .tm04, name: "an API description without composeExtensionType",
                 replacing: [("manifest.json", "\"composeExtensionType\": \"apiBased\",\n", "")], file: "manifest.json", line: 27, column: 5, severity: .error, base: "me"),
        RuleCase(rule: .tm04, name: "an API-based extension in a 1.16 manifest",
                 replacing: [("manifest.json", "\"manifestVersion\": \"1.19\"", "\"manifestVersion\": \"1.16\"")], file: "manifest.json", line: 3, column: 22,
                 severity: .error, base: "me"),
        RuleCase(rule: .tm05, name: "a command without a response rendering template",
                 replacing: [("manifest.json", "\"apiResponseRenderingTemplateFile\": \"responseTemplates/listRepairs.json\",\n", "")],
                 file: "manifest.json", line: 35, column: 9, severity: .error, base: "me"),
        RuleCase(rule: .tm06, name: "a command that is no operation",
                 replacing: [("manifest.json", "\"id\": \"listRepairs\"", "\"id\": \"findRepairs\"")], file: "manifest.json", line: 36, column: 17,
                 severity: .error, base: "me"),
        RuleCase(rule: .tm07, name: "a command parameter the operation lacks",
                 replacing: [("manifest.json", "{ \"name\": \"area\"", "{ \"name\": \"room\"")], file: "manifest.json", line: 45, column: 23,
                 severity: .error, base: "me"),
        RuleCase(rule: .tm08, name: "a command title over 32 characters",
                 replacing: [("manifest.json", "\"title\": \"Search repairs\"", "\"title\": \"Search every repair record of the building\"")],
                 file: "manifest.json", line: 38, column: 20, severity: .error, base: "me"),
        RuleCase(rule: .tm08, name: "six parameters", replacing: [("manifest.json", "{ \"name\": \"area\",", """
            { "name": "a1", "title": "A" }, { "name": "a2", "title": "A" }, { "name": "a3", "title": "A" }, { "name": "area",
            """)], file: "manifest.json", line: 42, column: 25, severity: .error, base: "me"),
        RuleCase(rule: .tm09, name: "an API-based extension's long description over 128 characters",
                 replacing: [("manifest.json", "\"Search repair records in Microsoft 365 Copilot and Teams.\"",
                              "\"" + String(repeating: "Search repair records in Microsoft 365 Copilot and Teams. ", count: 3) + "\"")],
                 file: "manifest.json", line: 22, column: 13, severity: .warning, base: "me"),
        RuleCase(rule: .tm10, name: "an unknown authType", replacing: [("manifest.json", "\"authType\": \"apiSecretServiceAuth\"", "\"authType\": \"apiKey\"")],
                 file: "manifest.json", line: 31, column: 21, severity: .error, base: "me"),
        RuleCase(rule: .tm10, name: "an authType without its configuration",
                 replacing: [("manifest.json", "\"authType\": \"apiSecretServiceAuth\"", "\"authType\": \"oAuth2.0\"")],
                 file: "manifest.json", line: 31, column: 21, severity: .error, base: "me"),
        RuleCase(rule: .tm11, name: "a card image from a domain not in validDomains",
                 replacing: [("adaptiveCards/budget.json", "https://contoso.example/budget.png", "https://charts.fabrikam.example/budget.png")],
                 file: "adaptiveCards/budget.json", line: 7, column: 31, severity: .warning),
        RuleCase(rule: .tm12, name: "an agent named differently from the app",
                 replacing: [("loc/en.json", "\"agent_name\": \"Budgets\"", "\"agent_name\": \"Budget helper\"")],
                 file: "agent.json", line: 4, column: 11, severity: .error),
        RuleCase(rule: .tm13, name: "a long description that does not mention Copilot",
                 replacing: [("manifest.json", "\"full\": \"Track and charge team budgets in Microsoft 365 Copilot.\"", "\"full\": \"Track and charge team budgets.\""),
                             ("loc/en.json", "\"description.full\": \"Track and charge team budgets in Microsoft 365 Copilot.\"", "\"description.full\": \"Track and charge team budgets.\"")],
                 file: "manifest.json", line: 22, column: 13, severity: .error),
    ]
}

@Suite struct TeamsManifestRuleTests {
    @Test(arguments: TeamsManifestRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }
}
