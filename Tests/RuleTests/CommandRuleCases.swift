import CatalogDiagnostics
import Foundation
import JSONTree
import PackageReader
import Testing

/// An API-based message extension added to the clean package (its own OpenAPI description
/// and response rendering template in `me/`), clean in turn: the message extension cases of
/// the OAS, CMD and RRT families start from it.
enum MessageExtensionFixture {
    /// The app manifest gets `composeExtensions` before `copilotAgents`.
    static let anchor = "  \"copilotAgents\": {"
    static let command = """
        {
          "id": "searchBudgets",
          "type": "query",
          "title": "Search budgets",
          "description": "Finds team budgets by name, owner and status.",
          "context": ["compose", "commandBox"],
          "apiResponseRenderingTemplateFile": "me/budgets.rrt.json",
          "parameters": [
            { "name": "name", "title": "Name", "description": "The budget's name." },
            { "name": "owner", "title": "Owner", "description": "Who owns the budget." },
            { "name": "status", "title": "Status", "description": "Open or closed budgets." }
          ],
          "samplePrompts": [
            { "text": "Find the travel budget" },
            { "text": "Budgets owned by Megan Bowen" },
            { "text": "Show the closed budgets" }
          ]
        }
"""
    static func composeExtensions(_ commands: [String]) -> String {
        """
  "composeExtensions": [
    {
      "composeExtensionType": "apiBased",
      "apiSpecificationFile": "me/openapi.yaml",
      "commands": [
\(commands.joined(separator: ",\n"))
      ]
    }
  ],

"""
    }

    static let spec = """
openapi: 3.0.3
info:
  title: Budget search
  description: Finds team budgets.
  version: 1.0.0
servers:
  - url: https://api.contoso.example/v1
paths:
  /budgets/search:
    get:
      operationId: searchBudgets
      summary: Search budgets
      description: Finds team budgets by name, owner and status.
      parameters:
        - name: name
          in: query
          description: The budget's name.
          schema:
            type: string
        - name: owner
          in: query
          description: Who owns the budget.
          schema:
            type: string
        - name: status
          in: query
          description: Open or closed budgets.
          schema:
            type: string
            enum: [open, closed]
      responses:
        '200':
          description: The budgets found.
          content:
            application/json:
              schema:
                type: object
                properties:
                  results:
                    type: array
                    items:
                      type: object
                      properties:
                        name:
                          type: string
                          description: The budget's name.
                        owner:
                          type: string
                          description: Who owns it.
                        remaining:
                          type: number
                          description: What is left.
              example:
                results:
                  - name: Travel
                    owner: Megan Bowen
                    remaining: 1250.5

"""

    static let template = """
{
  "$schema": "https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.ResponseRenderingTemplate.schema.json",
  "version": "1.0",
  "jsonPath": "results",
  "responseLayout": "list",
  "responseCardTemplate": {
    "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
    "type": "AdaptiveCard",
    "version": "1.5",
    "metadata": { "webUrl": "https://contoso.example/budgets" },
    "body": [
      { "type": "TextBlock", "text": "${name}", "weight": "Bolder", "wrap": true },
      { "type": "FactSet", "facts": [
        { "title": "Owner", "value": "${owner}" },
        { "title": "Remaining", "value": "${formatNumber(remaining, 2)}" }
      ] }
    ],
    "actions": [
      { "type": "Action.OpenUrl", "title": "Open", "url": "https://contoso.example/budgets" }
    ]
  },
  "previewCardTemplate": {
    "title": "${name}",
    "subtitle": "${owner}"
  }
}

"""

    /// A case on the clean package with the message extension; `spec`, `template` and
    /// `commands` change its files (each gets the fixture's text and returns the broken one).
    static func rcase(_ rule: Rule, _ name: String, spec: (String) -> String = { $0 }, template: (String) -> String = { $0 },
                      commands: [String] = [command], replacing: [(file: String, old: String, new: String)] = [],
                      files: [String: String] = [:], file: String, line: Int, column: Int, severity: Severity? = nil) -> RuleCase
    {
        var all = ["me/openapi.yaml": spec(Self.spec), "me/budgets.rrt.json": template(Self.template)]
        all.merge(files) { _, new in new }
        return RuleCase(rule: rule, name: name, files: all,
                        replacing: [("manifest.json", anchor, composeExtensions(commands) + anchor)] + replacing,
                        file: file, line: line, column: column, severity: severity)
    }

    /// Two text changes, one after the other.
    static func chain(_ a: @escaping (String) -> String, _ b: @escaping (String) -> String) -> (String) -> String { { b(a($0)) } }

    /// `text` with `old` replaced (the old text must be there).
    static func edit(_ old: String, _ new: String) -> (String) -> String {
        { text in
            precondition(text.contains(old), "the fixture has no \"\(old)\"")
            return text.replacingOccurrences(of: old, with: new)
        }
    }
}

/// Checks a case read with load options (other packages' names, env files).
enum OptionsHarness {
    static func check(_ c: RuleCase, options: LoadOptions, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let found = RuleHarness.findings(c, options: options)
        let ofRule = found.filter { $0.rule == c.rule }
        let wanted = JSONTree.SourceLocation(line: c.line, column: c.column)
        let hit = ofRule.first { $0.file == "pkg/" + c.file && $0.location == wanted }
        #expect(hit != nil, "\(c.rule.id) at pkg/\(c.file):\(wanted); found: \(ofRule.map(\.formatted)) (all: \(found.map(\.formatted)))",
                sourceLocation: sourceLocation)
        if let severity = c.severity, let hit {
            #expect(hit.severity == severity, "\(hit.formatted)", sourceLocation: sourceLocation)
        }
    }
}

/// One broken package per rule of the family.
enum CommandRuleCases {
    typealias ME = MessageExtensionFixture

    static let cases: [RuleCase] = [
        ME.rcase(.cmd01, "two sample prompts", commands: [ME.edit(",\n            { \"text\": \"Show the closed budgets\" }", "")(ME.command)],
                 file: "manifest.json", line: 50, column: 11, severity: .error),
        ME.rcase(.cmd01, "a prompt of 129 characters", commands: [ME.edit("Show the closed budgets", String(repeating: "budgets ", count: 16) + "x")(ME.command)],
                 file: "manifest.json", line: 53, column: 23),
        ME.rcase(.cmd01, "a French prompt of 129 characters",
                 replacing: [("loc/fr.json", "  \"localizationKeys\"",
                              "  \"composeExtensions[0].commands[0].samplePrompts[2].text\": \"\(String(repeating: "budgets ", count: 16))x\",\n  \"localizationKeys\"")],
                 file: "loc/fr.json", line: 7, column: 61),
        ME.rcase(.cmd02, "two commands with the same prompt",
                 commands: [ME.command, ME.edit("\"id\": \"searchBudgets\"", "\"id\": \"findBudgets\"")(ME.command)],
                 file: "manifest.json", line: 69, column: 23, severity: .error),
        ME.rcase(.cmd03, "two parameters", commands: [ME.edit(",\n            { \"name\": \"status\", \"title\": \"Status\", \"description\": \"Open or closed budgets.\" }", "")(ME.command)], file: "manifest.json", line: 45, column: 11, severity: .warning),
        ME.rcase(.cmd03, "two parameters with the same name", commands: [ME.edit("{ \"name\": \"status\"", "{ \"name\": \"Owner\"")(ME.command)],
                 file: "manifest.json", line: 48, column: 23),
    ]
}

@Suite struct CommandRuleTests {
    @Test(.enabled(if: !CommandRuleCases.cases.isEmpty), arguments: CommandRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) { RuleHarness.check(c) }

    /// The message extension fixture breaks none of the rules of the OAS, CMD, RRT, CNF and
    /// TXT families (the cases' findings come from what they change).
    @Test func theMessageExtensionFixtureIsClean() {
        let clean = MessageExtensionFixture.rcase(.cmd01, "clean", file: "", line: 0, column: 0)
        let found = RuleHarness.findings(clean)
        let families = ["OAS-", "CMD-", "RRT-", "CNF-", "TXT-"]
        let mine = found.filter { d in d.severity != .note && families.contains { d.rule.id.hasPrefix($0) } }
        #expect(mine.isEmpty, "\(mine.map(\.formatted).joined(separator: "\n"))")
        // The extension is read: its command is bound to its operation, with its result card.
        let package = PackageLoader.load(PackageInput(kind: .folder, url: RuleHarness.write(clean), display: "pkg", id: "pkg"))
        #expect(package.operations.contains { $0.command?.id == "searchBudgets" && $0.cards.contains { $0.role == .responseCard } })
    }
}
