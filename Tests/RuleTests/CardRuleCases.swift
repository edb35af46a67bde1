import CatalogDiagnostics
import Testing

/// AC: Adaptive Cards (TM-11's domains are with the Teams manifest's cases).
enum CardRuleCases {
    static let image = "{ \"type\": \"Image\", \"url\": \"https://contoso.example/budget.png\", \"altText\": \"Budget chart\", \"size\": \"Small\" },"
    static let action = "{ \"type\": \"Action.OpenUrl\", \"title\": \"Open\", \"url\": \"https://contoso.example/repairs\" }"
    static let column = "{ \"type\": \"Column\", \"items\": [] }"

    static let cases: [RuleCase] = [
        RuleCase(rule: .ac01, name: "a version 1.6 card", replacing: [("adaptiveCards/budget.json", "\"version\": \"1.5\"", "\"version\": \"1.6\"")],
                 file: "adaptiveCards/budget.json", line: 4, column: 14, severity: .error),
        RuleCase(rule: .ac02, name: "a message extension card without actions",
                 replacing: [("responseTemplates/listRepairs.json", "],\n    \"actions\": [\n      \(action)\n    ]", "]")],
                 file: "responseTemplates/listRepairs.json", line: 6, column: 27, severity: .warning, base: "me"),
        RuleCase(rule: .ac02, name: "five actions",
                 replacing: [("responseTemplates/listRepairs.json", action, Array(repeating: action, count: 5).joined(separator: ",\n      "))],
                 file: "responseTemplates/listRepairs.json", line: 22, column: 7, severity: .warning, base: "me"),
        RuleCase(rule: .ac03, name: "an imBack action",
                 replacing: [("responseTemplates/listRepairs.json", action,
                              action + ",\n      { \"type\": \"Action.Submit\", \"title\": \"Close\", \"data\": { \"msteams\": { \"type\": \"imBack\", \"value\": \"close\" } } }")],
                 file: "responseTemplates/listRepairs.json", line: 19, column: 83, severity: .warning, base: "me"),
        RuleCase(rule: .ac04, name: "an image without alt text", replacing: [("adaptiveCards/budget.json", "\"altText\": \"Budget chart\", ", "")],
                 file: "adaptiveCards/budget.json", line: 7, column: 5, severity: .warning),
        RuleCase(rule: .ac05, name: "no metadata.webUrl",
                 replacing: [("adaptiveCards/budget.json", "\"metadata\": { \"webUrl\": \"https://contoso.example/budgets\" },\n  ", "")],
                 file: "adaptiveCards/budget.json", line: 1, column: 1, severity: .warning),
        RuleCase(rule: .ac07, name: "an array binding without $when",
                 replacing: [("adaptiveCards/budget.json", image, image + "\n    { \"type\": \"TextBlock\", \"$data\": \"${expenses}\", \"text\": \"${title}\" },")],
                 file: "adaptiveCards/budget.json", line: 8, column: 37, severity: .warning),
        RuleCase(rule: .ac08, name: "four columns",
                 replacing: [("adaptiveCards/budget.json", image,
                              image + "\n    { \"type\": \"ColumnSet\", \"columns\": [" + Array(repeating: column, count: 4).joined(separator: ", ") + "] },")],
                 file: "adaptiveCards/budget.json", line: 8, column: 145, severity: .warning),
        RuleCase(rule: .ac08, name: "two pixel widths",
                 replacing: [("adaptiveCards/budget.json", image,
                              image + "\n    { \"type\": \"ColumnSet\", \"columns\": [{ \"type\": \"Column\", \"width\": \"80px\" }, { \"type\": \"Column\", \"width\": \"120px\" }] },")],
                 file: "adaptiveCards/budget.json", line: 8, column: 108, severity: .warning),
    ]
}

@Suite struct CardRuleTests {
    @Test(arguments: CardRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }
}
