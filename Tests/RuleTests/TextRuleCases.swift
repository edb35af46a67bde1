import CatalogDiagnostics
import Testing

/// One broken package per rule of the family.
enum TextRuleCases {
    static let cases: [RuleCase] = []
}

@Suite struct TextRuleTests {
    @Test(.enabled(if: !TextRuleCases.cases.isEmpty), arguments: TextRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }
}
