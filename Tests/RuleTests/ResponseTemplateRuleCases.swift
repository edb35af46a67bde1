import CatalogDiagnostics
import Testing

/// One broken package per rule of the family (on `MessageExtensionFixture`).
enum ResponseTemplateRuleCases {
    typealias ME = MessageExtensionFixture

    static let example = """
              example:
                results:
                  - name: Travel
                    owner: Megan Bowen
                    remaining: 1250.5

"""

    static let cases: [RuleCase] = [
        ME.rcase(.rrt01, "no version", template: ME.edit("  \"version\": \"1.0\",\n", ""),
                 file: "me/budgets.rrt.json", line: 1, column: 1, severity: .error),
        ME.rcase(.rrt02, "no $schema",
                 template: ME.edit("  \"$schema\": \"https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.ResponseRenderingTemplate.schema.json\",\n", ""),
                 file: "me/budgets.rrt.json", line: 1, column: 1, severity: .warning),
        ME.rcase(.rrt03, "a jsonPath the sample response does not have", template: ME.edit("\"jsonPath\": \"results\"", "\"jsonPath\": \"result\""),
                 file: "me/budgets.rrt.json", line: 4, column: 15, severity: .warning),
        ME.rcase(.rrt03, "a jsonPath the response schema does not have", spec: ME.edit(example, ""),
                 template: ME.edit("\"jsonPath\": \"results\"", "\"jsonPath\": \"totals\""),
                 file: "me/budgets.rrt.json", line: 4, column: 15),
        ME.rcase(.rrt03, "a jsonPath to a number", template: ME.edit("\"jsonPath\": \"results\"", "\"jsonPath\": \"results.0.remaining\""),
                 file: "me/budgets.rrt.json", line: 4, column: 15),
        ME.rcase(.rrt04, "an http preview image",
                 template: ME.edit("    \"subtitle\": \"${owner}\"\n", "    \"subtitle\": \"${owner}\",\n    \"image\": { \"url\": \"http://contoso.example/budget.png\" }\n"),
                 file: "me/budgets.rrt.json", line: 25, column: 23, severity: .error),
        ME.rcase(.rrt05, "a card field the response does not have", template: ME.edit("\"value\": \"${owner}\"", "\"value\": \"Owner: ${budgetOwner}\""),
                 file: "me/budgets.rrt.json", line: 14, column: 46, severity: .warning),
        ME.rcase(.rrt05, "a preview field the response does not have", template: ME.edit("\"subtitle\": \"${owner}\"", "\"subtitle\": \"${if(manager, manager, owner)}\""),
                 file: "me/budgets.rrt.json", line: 24, column: 18),
    ]
}

@Suite struct ResponseTemplateRuleTests {
    @Test(.enabled(if: !ResponseTemplateRuleCases.cases.isEmpty), arguments: ResponseTemplateRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }
}
