import CatalogDiagnostics
import Testing

/// One broken package per rule of the family.
enum OpenAPIRuleCases {
    static let cases: [RuleCase] = []
}

@Suite struct OpenAPIRuleTests {
    @Test(.enabled(if: !OpenAPIRuleCases.cases.isEmpty), arguments: OpenAPIRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }
}
