import CatalogDiagnostics
import Testing

/// One broken package per rule of the family.
enum AgentRuleCases {
    static let cases: [RuleCase] = []
}

@Suite struct AgentRuleTests {
    @Test(.enabled(if: !AgentRuleCases.cases.isEmpty), arguments: AgentRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }
}
