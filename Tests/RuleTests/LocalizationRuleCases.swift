import CatalogDiagnostics
import Testing

/// One broken package per rule of the family.
enum LocalizationRuleCases {
    static let cases: [RuleCase] = []
}

@Suite struct LocalizationRuleTests {
    @Test(.enabled(if: !LocalizationRuleCases.cases.isEmpty), arguments: LocalizationRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }
}
