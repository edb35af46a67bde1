import CatalogDiagnostics
import Testing

/// PKG: package and references.
enum PackageRuleCases {
    static let cases: [RuleCase] = [
        RuleCase(rule: .pkg01, name: "an action file that is not in the package",
                 replacing: [("agent.json", "\"file\": \"plugin.json\"", "\"file\": \"plugins.json\"")],
                 file: "agent.json", line: 13, column: 38, severity: .error),
        RuleCase(rule: .pkg01, name: "a missing icon", removing: ["outline.png"], file: "manifest.json", line: 14, column: 16, severity: .error),
        RuleCase(rule: .pkg02, name: "a reference leaving the package",
                 replacing: [("agent.json", "\"file\": \"plugin.json\"", "\"file\": \"../../etc/plugin.json\"")],
                 file: "agent.json", line: 13, column: 38, severity: .error),
        RuleCase(rule: .pkg02, name: "an absolute URL as a reference",
                 replacing: [("plugin.json", "\"url\": \"openapi.yaml\"", "\"url\": \"https://contoso.example/openapi.yaml\"")],
                 file: "plugin.json", line: 39, column: 24, severity: .error),
        RuleCase(rule: .pkg03, name: "a color icon of the wrong size", files: ["color.png": PNGFixture.sized(96, 96)],
                 file: "manifest.json", line: 13, column: 14, severity: .error),
        RuleCase(rule: .pkg03, name: "an icon that is not a PNG", files: ["outline.png": "GIF89a"],
                 file: "manifest.json", line: 14, column: 16, severity: .error),
        RuleCase(rule: .pkg04, name: "a manifest without $schema",
                 replacing: [("manifest.json", "  \"$schema\": \"https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json\",\n", "")],
                 file: "manifest.json", line: 1, column: 1),
    ]
}

@Suite struct PackageRuleTests {
    @Test(arguments: PackageRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }
}
