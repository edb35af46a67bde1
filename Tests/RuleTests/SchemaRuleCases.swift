import CatalogDiagnostics
import Testing
import TestSupport

/// The official schemas: each document kind against the schema of its declared version, and
/// PKG-04 when there is none. A schema error where a rule already reported is left out
/// (the LOC-10 case below).
enum SchemaRuleCases {
    static let cases: [RuleCase] = [
        RuleCase(rule: .tm01, name: "an accent colour by name", replacing: [("manifest.json", "\"accentColor\": \"#FFFFFF\"", "\"accentColor\": \"white\"")],
                 file: "manifest.json", line: 24, column: 18, severity: .error, schemas: true),
        RuleCase(rule: .loc01, name: "a property localization files do not have",
                 replacing: [("loc/fr.json", "\"name.full\": \"Budgets Contoso\",", "\"name.full\": \"Budgets Contoso\", \"colour\": \"bleu\",")],
                 file: "loc/fr.json", line: 4, column: 35, severity: .error, schemas: true),
        RuleCase(rule: .da01, name: "a property agents do not have",
                 replacing: [("agent.json", "\"name\": \"[[agent_name]]\",", "\"name\": \"[[agent_name]]\", \"colour\": \"blue\",")],
                 file: "agent.json", line: 4, column: 29, severity: .error, schemas: true),
        RuleCase(rule: .plg01, name: "a property plugins do not have",
                 replacing: [("plugin.json", "\"contact_email\": \"budgets@contoso.example\",", "\"contact_email\": \"budgets@contoso.example\", \"colour\": 3,")],
                 file: "plugin.json", line: 8, column: 47, severity: .error, schemas: true),
        RuleCase(rule: .rrt01, name: "a property templates do not have",
                 replacing: [("responseTemplates/listRepairs.json", "\"jsonPath\": \"results\",", "\"jsonPath\": \"results\", \"colour\": 1,")],
                 file: "responseTemplates/listRepairs.json", line: 4, column: 26, severity: .error, base: "me", schemas: true),
        RuleCase(rule: .pkg04, name: "a $schema the folder does not have",
                 replacing: [("manifest.json", "teams/v1.19/MicrosoftTeams.schema.json", "teams/v9.99/MicrosoftTeams.schema.json")],
                 file: "manifest.json", line: 2, column: 14, severity: .warning, schemas: true),
    ]
}

@Suite(.needsShared) struct SchemaRuleTests {
    @Test(arguments: SchemaRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }

    /// Once per cause: a name over 30 characters is LOC-10 (the catalog's rule), not also the schema's maxLength.
    @Test func aSchemaErrorWhereARuleReportedIsLeftOut() {
        let c = RuleCase(rule: .loc10, name: "long short name", replacing: [("loc/fr.json", "\"name.short\": \"", "\"name.short\": \"Budgets de l’équipe et des projets de Contoso ")],
                         file: "loc/fr.json", line: 3, column: 17, schemas: true)
        let found = RuleHarness.findings(c, options: RuleHarness.schemaOptions).filter { $0.file == "pkg/loc/fr.json" }
        #expect(found.map(\.rule) == [.loc10], "\(found.map(\.formatted))")
    }

    /// Without a schema folder the schema rules are silent (the command line says so once).
    @Test func withoutSchemasNothingIsChecked() {
        let c = SchemaRuleCases.cases[0]
        #expect(!RuleHarness.findings(c).contains { $0.rule == .tm01 })
    }

    /// An unresolved `${{VAR}}` is not held to a pattern; the same value substituted is.
    @Test func placeholdersAreNotHeldToPatterns() {
        let placeholder = RuleCase(rule: .tm01, name: "placeholder", replacing: [("manifest.json", "\"accentColor\": \"#FFFFFF\"", "\"accentColor\": \"${{ACCENT}}\"")],
                                   file: "manifest.json", line: 24, column: 18, schemas: true)
        #expect(!RuleHarness.findings(placeholder, options: RuleHarness.schemaOptions).contains { $0.rule == .tm01 })
        var substituted = placeholder
        substituted.files = ["env/.env.dev": "ACCENT=white\n"]
        var options = RuleHarness.schemaOptions
        options.environmentName = "dev"
        #expect(RuleHarness.findings(substituted, options: options).contains { $0.rule == .tm01 && $0.file == "pkg/manifest.json" })
    }
}
