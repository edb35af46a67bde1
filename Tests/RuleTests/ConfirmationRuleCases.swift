import CatalogDiagnostics
import Testing

/// One broken package per rule of the family.
enum ConfirmationRuleCases {
    static let cases: [RuleCase] = []
}

@Suite struct ConfirmationRuleTests {
    @Test(.enabled(if: !ConfirmationRuleCases.cases.isEmpty), arguments: ConfirmationRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }
}
