import CatalogDiagnostics
import Testing

/// DA: the declarative agent.
enum AgentRuleCases {
    static let starter = "{ \"title\": \"More\", \"text\": \"Show more budgets\" }"

    static let cases: [RuleCase] = [
        RuleCase(rule: .da01, name: "an agent without a name", replacing: [("agent.json", "\"name\": \"[[agent_name]]\",", "")],
                 file: "agent.json", line: 1, column: 1, severity: .error),
        RuleCase(rule: .da02, name: "blank instructions", replacing: [("agent.json", "\"Answer questions about team budgets. Use the budgets actions to read budgets and to charge expenses.\"", "\"   \"")],
                 file: "agent.json", line: 6, column: 19, severity: .error),
        RuleCase(rule: .da02, name: "instructions over 8,000 characters",
                 replacing: [("agent.json", "\"Answer questions about team budgets.", "\"" + String(repeating: "Answer questions. ", count: 500))],
                 file: "agent.json", line: 6, column: 19, severity: .error),
        RuleCase(rule: .da03, name: "an action with more than id and file",
                 replacing: [("agent.json", "{ \"id\": \"budgetsPlugin\", \"file\": \"plugin.json\" }", "{ \"id\": \"budgetsPlugin\", \"file\": \"plugin.json\", \"name\": \"x\" }")],
                 file: "agent.json", line: 13, column: 53, severity: .error),
        RuleCase(rule: .da04, name: "seven starters in a v1.4 agent",
                 replacing: [("agent.json", "{ \"title\": \"Travel budget\"", ([String](repeating: starter, count: 4).joined(separator: ", ")) + ", { \"title\": \"Travel budget\"")],
                 file: "agent.json", line: 7, column: 28, severity: .error),
        RuleCase(rule: .da05, name: "two starters", replacing: [("agent.json", "{ \"title\": \"All budgets\", \"text\": \"List the budgets of my team\" },\n", "")],
                 file: "agent.json", line: 7, column: 28, severity: .error),
        RuleCase(rule: .da06, name: "an agent with nothing to do",
                 replacing: [("agent.json", ",\n  \"actions\": [\n    { \"id\": \"budgetsPlugin\", \"file\": \"plugin.json\" }\n  ]", "")],
                 file: "agent.json", line: 1, column: 1, severity: .error),
        RuleCase(rule: .da07, name: "a Graph connector with connections",
                 replacing: [("agent.json", "\"actions\": [", "\"capabilities\": [{ \"name\": \"GraphConnectors\", \"connections\": [{ \"connection_id\": \"c1\" }] }],\n  \"actions\": [")],
                 file: "agent.json", line: 12, column: 64, severity: .warning),
    ]
}

@Suite struct AgentRuleTests {
    @Test(arguments: AgentRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }
}
