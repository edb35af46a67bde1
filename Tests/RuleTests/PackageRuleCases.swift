import CatalogDiagnostics
import Testing

/// One broken package per rule of the family.
enum PackageRuleCases {
    static let cases: [RuleCase] = []
}

@Suite struct PackageRuleTests {
    @Test(.enabled(if: !PackageRuleCases.cases.isEmpty), arguments: PackageRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }
}
