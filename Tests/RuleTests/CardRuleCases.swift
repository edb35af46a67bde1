import CatalogDiagnostics
import Testing

/// One broken package per rule of the family.
enum CardRuleCases {
    static let cases: [RuleCase] = []
}

@Suite struct CardRuleTests {
    @Test(.enabled(if: !CardRuleCases.cases.isEmpty), arguments: CardRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }
}
