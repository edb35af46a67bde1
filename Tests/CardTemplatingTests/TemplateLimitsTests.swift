import AdaptiveExpressions
import CardTemplating
import Foundation
import JSONTree
import Testing

/// The expansion's budget across expressions (docs/limits.md). FuzzRegex found a pattern
/// that spends an expression's whole budget (5M steps, 0.1 s); repeated by `$data` over a
/// long list, every item had a fresh budget, so a 200-byte template could run for hours.
@Suite struct TemplateLimitsTests {
    static let slowPattern = "(.+){2,}f?t"

    @Test func aRepeatedExpensiveExpressionStopsAtTheExpansionBudget() throws {
        let template = try JSONValue.parse("""
            {"type": "AdaptiveCard", "body": [{"$data": "${range(0, 100000)}", "type": "TextBlock",
              "text": "${isMatch($root.s, '\(Self.slowPattern)')}"}]}
            """)
        let data: JSONValue = ["s": "fine fine fine fine fine fine fine fine fine fine x"]
        var options = TemplateOptions()
        options.maxEvaluationSteps = 2_000_000
        let started = Date()
        let result = CardTemplate(json: template).expand(data: data, options: options)
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(result.warnings.contains { $0.kind == .limit && $0.message.contains("2000000 evaluation steps") })
        let body = result.value["body"]?.arrayValue ?? []
        #expect(body.count < 10, "\(body.count) items expanded")
    }

    @Test func theBudgetIsSharedButOrdinaryTemplatesAreUntouched() throws {
        let template: JSONValue = ["body": [["$data": "${items}", "text": "${concat(name, '!')}"]]]
        let items = JSONValue.array((0..<1_000).map { ["name": .string("n\($0)")] })
        let result = CardTemplate(json: template).expand(data: ["items": items])
        #expect(result.warnings.isEmpty)
        #expect(result.value["body"]?.arrayValue?.count == 1_000)
        #expect(TemplateOptions().maxEvaluationSteps == 50_000_000)
    }
}
