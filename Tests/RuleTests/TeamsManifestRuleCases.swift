import CatalogDiagnostics
import Testing

/// One broken package per rule of the family.
enum TeamsManifestRuleCases {
    static let cases: [RuleCase] = []
}

@Suite struct TeamsManifestRuleTests {
    @Test(.enabled(if: !TeamsManifestRuleCases.cases.isEmpty), arguments: TeamsManifestRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }
}
