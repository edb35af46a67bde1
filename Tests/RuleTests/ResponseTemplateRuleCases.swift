import CatalogDiagnostics
import Testing

/// One broken package per rule of the family.
enum ResponseTemplateRuleCases {
    static let cases: [RuleCase] = []
}

@Suite struct ResponseTemplateRuleTests {
    @Test(.enabled(if: !ResponseTemplateRuleCases.cases.isEmpty), arguments: ResponseTemplateRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }
}
