import CatalogDiagnostics
import Testing

/// One broken package per rule of the family.
enum CommandRuleCases {
    static let cases: [RuleCase] = []
}

@Suite struct CommandRuleTests {
    @Test(.enabled(if: !CommandRuleCases.cases.isEmpty), arguments: CommandRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }
}
