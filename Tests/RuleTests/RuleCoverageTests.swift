import CatalogDiagnostics
import Testing

/// Every rule a tool can check has at least one case that breaks it.
@Suite struct RuleCoverageTests {
    static let all: [RuleCase] = PackageRuleCases.cases + TeamsManifestRuleCases.cases + LocalizationRuleCases.cases + AgentRuleCases.cases
        + PluginRuleCases.cases + OpenAPIRuleCases.cases + CommandRuleCases.cases + ResponseTemplateRuleCases.cases + CardRuleCases.cases
        + ConfirmationRuleCases.cases + TextRuleCases.cases + SchemaRuleCases.cases

    @Test func everyCheckableReferenceRuleHasACase() {
        let covered = Set(Self.all.map(\.rule.id))
        let missing = Rule.reference.filter { $0.manual == nil && !covered.contains($0.id) }.map(\.id)
        #expect(missing.isEmpty, "rules without a case: \(missing.joined(separator: ", "))")
    }

    @Test func manualRulesSayWhy() {
        for rule in Rule.reference where rule.manual != nil {
            #expect(!(rule.manual ?? "").isEmpty, "\(rule.id)")
        }
        #expect(Rule.reference.count == 105)
    }
}
