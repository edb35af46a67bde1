import CatalogDiagnostics
import Testing

/// One broken package per rule of the family.
enum PluginRuleCases {
    static let cases: [RuleCase] = []
}

@Suite struct PluginRuleTests {
    @Test(.enabled(if: !PluginRuleCases.cases.isEmpty), arguments: PluginRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }
}
