import Foundation
import JSONTree
import PackageReader
@testable import SiteBuilder
import Testing
import TestSupport

/// `diff` on version pairs made by hand: one test (or more) per change id, checking the id,
/// risk, operationId, locale and the place where the change is visible.
@Suite struct DiffChangeTests {
    typealias F = DiffFixture

    /// The one change of `id` (failing when there is not exactly one).
    func only(_ id: ChangeKind, _ changes: [Change], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Change {
        let found = changes.filter { $0.kind == id }
        try #require(found.count == 1, "\(id.rawValue): \(changes.map { "\($0.id) \($0.message)" })", sourceLocation: sourceLocation)
        return found[0]
    }

    func expectPlace(_ c: Change, _ file: String, at needle: String, _ parent: URL, offset: Int = 0, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(c.file == file, sourceLocation: sourceLocation)
        let p = F.position(of: needle, in: file, parent)
        #expect(c.location?.line == p?.line, "\(c.place ?? "")", sourceLocation: sourceLocation)
        #expect(c.location?.column == p.map { $0.column + offset }, "\(c.place ?? "")", sourceLocation: sourceLocation)
    }

    @Test func theSamePackageReportsNothing() {
        let r = F.diff(F.pair(head: []))
        #expect(r.changes.isEmpty, "\(r.changes.map(\.message))")
        #expect(r.failures.isEmpty)
        #expect(r.exitCode(failOn: .low) == 0)
    }

    @Test func consequentialRelaxedAndTightened() throws {
        let parent = F.pair(head: [("openapi.yaml", "x-openai-isConsequential: true", "x-openai-isConsequential: false")])
        let r = F.diff(parent)
        let c = try only(.consequentialRelaxed, r.changes)
        #expect(c.risk == .high)
        #expect(c.operationId == "chargeBudget")
        #expect(c.locale == nil)
        expectPlace(c, "head/openapi.yaml", at: "false", parent)
        #expect(r.changes.first?.kind == .consequentialRelaxed, "the most severe change comes first")
        let back = F.changes(base: [("openapi.yaml", "x-openai-isConsequential: true", "x-openai-isConsequential: false")], head: [])
        let t = try only(.consequentialTightened, back)
        #expect(t.risk == .low)
        #expect(t.operationId == "chargeBudget")
    }

    @Test func aMethodDefaultCountsAsTheFlag() throws {
        // Without the flag, POST is consequential by its method: removing `true` changes nothing.
        #expect(F.changes(head: [("openapi.yaml", "      x-openai-isConsequential: true\n", "")]).isEmpty)
    }

    @Test func operationAddedRemovedAndMoved() throws {
        let parent = F.pair(head: [F.deleteOperation])
        let added = try only(.operationAdded, F.diff(parent).changes)
        #expect(added.risk == .high, "DELETE changes data")
        #expect(added.operationId == "deleteBudget")
        expectPlace(added, "head/openapi.yaml", at: "operationId: deleteBudget", parent)
        let get: F.Edit = ("openapi.yaml", "  /budgets/charge:\n", "  /budgets/count:\n    get:\n      operationId: countBudgets\n      responses:\n        '200':\n          description: The count.\n  /budgets/charge:\n")
        #expect(try only(.operationAdded, F.changes(head: [get])).risk == .medium, "GET reads data")
        let reversed = F.pair(base: [F.deleteOperation], head: [])
        let removed = try only(.operationRemoved, F.diff(reversed).changes)
        #expect(removed.risk == .medium)
        #expect(removed.inBase)
        #expect(removed.file == "base/openapi.yaml")
        let moved = F.changes(head: [("openapi.yaml", "  /budgets/charge:", "  /budgets/charges:")])
        let m = try only(.operationMoved, moved)
        #expect(m.operationId == "chargeBudget")
        #expect(m.before == "POST /budgets/charge" && m.after == "POST /budgets/charges")
        #expect(!moved.contains { $0.kind == .operationAdded || $0.kind == .operationRemoved })
    }

    /// The title as a `[[key]]` on both sides; HEAD changes only the French text.
    @Test func confirmationChangesOnlyInTheLocalesWhoseTextChanged() throws {
        let tokens: [F.Edit] = [
            ("plugin.json", "\"title\": \"Charge a budget\"", "\"title\": \"[[charge_title]]\""),
            ("loc/en.json", "\"agent_name\": \"Budgets\",", "\"agent_name\": \"Budgets\",\n    \"charge_title\": \"Charge a budget\","),
            ("loc/fr.json", "\"agent_name\": \"Budgets\",", "\"agent_name\": \"Budgets\",\n    \"charge_title\": \"Imputer un budget\","),
        ]
        let parent = F.pair(base: tokens, head: tokens + [("loc/fr.json", "Imputer un budget", "Supprimer le budget")])
        let r = F.diff(parent)
        let c = try only(.confirmationChanged, r.changes)
        #expect(c.locale == "fr")
        #expect(c.operationId == "chargeBudget")
        #expect(c.risk == .medium)
        #expect(c.before?.hasPrefix("Imputer un budget\n\n") == true)
        #expect(c.after?.hasPrefix("Supprimer le budget\n\n") == true)
        expectPlace(c, "head/loc/fr.json", at: "\"Supprimer", parent)
        // A French text that falls back to English changes with the English one.
        let fallback = F.changes(base: Array(tokens.prefix(2)), head: [tokens[0], ("loc/en.json", "\"agent_name\": \"Budgets\",", "\"agent_name\": \"Budgets\",\n    \"charge_title\": \"Charge it\",")])
        #expect(Set(fallback.filter { $0.kind == .confirmationChanged }.compactMap(\.locale)) == ["en", "fr"])
    }

    @Test func serverChangedIsHighWhenTheHostChanges() throws {
        let parent = F.pair(head: [("openapi.yaml", "https://api.contoso.example/v1", "https://api.fabrikam.example/v1")])
        let changes = F.diff(parent).changes.filter { $0.kind == .serverChanged }
        #expect(changes.count == 2, "once per operation")
        #expect(changes.allSatisfy { $0.risk == .high })
        expectPlace(changes[0], "head/openapi.yaml", at: "https://api.fabrikam", parent)
        let path = F.changes(head: [("openapi.yaml", "https://api.contoso.example/v1", "https://api.contoso.example/v2")])
        #expect(path.filter { $0.kind == .serverChanged }.map(\.risk) == [.medium, .medium])
    }

    @Test func authChangedIsHighWhenItWeakens() throws {
        let parent = F.pair(head: [("plugin.json", "\"auth\": { \"type\": \"OAuthPluginVault\", \"reference_id\": \"${{OAUTH_REFERENCE_ID}}\" }", "\"auth\": { \"type\": \"None\" }")])
        let changes = F.diff(parent).changes.filter { $0.kind == .authChanged }
        #expect(changes.count == 2)
        #expect(changes.allSatisfy { $0.risk == .high })
        expectPlace(changes[0], "head/plugin.json", at: "{ \"type\": \"None\" }", parent)
        let other = F.changes(head: [("plugin.json", "\"${{OAUTH_REFERENCE_ID}}\"", "\"${{OTHER_REFERENCE_ID}}\"")])
        #expect(other.filter { $0.kind == .authChanged }.map(\.risk) == [.medium, .medium])
    }

    static let security: F.Edit = ("openapi.yaml", "paths:\n", """
        security:
          - oauth: [budgets.read, budgets.write]
        components:
          securitySchemes:
            oauth:
              type: oauth2
              flows:
                authorizationCode:
                  authorizationUrl: https://login.contoso.example/authorize
                  tokenUrl: https://login.contoso.example/token
                  scopes:
                    budgets.read: Read budgets
                    budgets.write: Write budgets
        paths:

        """)

    @Test func openAPISecurityIsComparedByWhatItIs() throws {
        let renamed: [F.Edit] = [("openapi.yaml", "- oauth: [", "- contosoLogin: ["), ("openapi.yaml", "    oauth:\n      type", "    contosoLogin:\n      type")]
        let same = F.changes(base: [Self.security], head: [Self.security] + renamed)
        #expect(same.isEmpty, "a renamed scheme is the same scheme: \(same.map(\.message))")
        let fewer = F.changes(base: [Self.security], head: [Self.security, ("openapi.yaml", "[budgets.read, budgets.write]", "[budgets.read]")])
        #expect(fewer.filter { $0.kind == .authChanged }.map(\.risk) == [.high, .high])
        let none = F.changes(base: [Self.security], head: [Self.security, ("openapi.yaml", "  - oauth: [budgets.read, budgets.write]", "  []")])
        #expect(none.filter { $0.kind == .authChanged }.count == 2)
        let url = F.changes(base: [Self.security], head: [Self.security, ("openapi.yaml", "login.contoso.example/token", "login.contoso.example/v2/token")])
        #expect(url.filter { $0.kind == .authChanged }.map(\.risk) == [.medium, .medium])
    }

    @Test func parametersAddedRemovedAndChanged() throws {
        let required: F.Edit = ("openapi.yaml", "      parameters:\n", "      parameters:\n        - name: team\n          in: query\n          required: true\n          schema:\n            type: string\n")
        let parent = F.pair(head: [required])
        let added = try only(.parameterAdded, F.diff(parent).changes)
        #expect(added.risk == .high, "a new required parameter breaks callers")
        #expect(added.operationId == "getBudgets")
        expectPlace(added, "head/openapi.yaml", at: "- name: team", parent, offset: 2)
        let optional = try only(.parameterAdded, F.changes(head: [(required.file, required.old, required.new.replacingOccurrences(of: "required: true", with: "required: false"))]))
        #expect(optional.risk == .medium)
        let removed = try only(.parameterRemoved, F.changes(base: [required], head: []))
        #expect(removed.risk == .medium)
        #expect(removed.inBase)
        let typed = try only(.parameterChanged, F.changes(head: [("openapi.yaml", "          description: The budget's name.\n          schema:\n            type: string", "          description: The budget's name.\n          schema:\n            type: integer")]))
        #expect(typed.risk == .medium)
        #expect(typed.before?.hasPrefix("query string") == true && typed.after?.hasPrefix("query integer") == true)
        let moved = try only(.parameterChanged, F.changes(head: [("openapi.yaml", "          in: query", "          in: header")]))
        #expect(moved.message.contains("parameter name"))
    }

    @Test func requestBodyFieldsAreParameters() throws {
        let parent = F.pair(head: [("openapi.yaml", "              required: [name, amount]", "              required: [name, amount, currency]"),
                                   ("openapi.yaml", "                amount:\n                  type: number\n                  description: The amount to charge.\n",
                                    "                amount:\n                  type: number\n                  description: The amount to charge.\n                currency:\n                  type: string\n                  enum: [EUR, USD]\n")])
        let added = try only(.parameterAdded, F.diff(parent).changes)
        #expect(added.risk == .high)
        #expect(added.message.contains("request body field currency"))
        #expect(added.operationId == "chargeBudget")
        // The field's schema, on the line after its name.
        let name = try #require(F.position(of: "currency:", in: "head/openapi.yaml", parent))
        #expect(added.file == "head/openapi.yaml" && added.location?.line == name.line + 1 && added.location?.column == name.column + 2)
        let nowRequired = try only(.parameterChanged, F.changes(head: [("openapi.yaml", "              required: [name, amount]", "              required: [name]")]))
        #expect(nowRequired.risk == .medium, "amount is optional now")
        let required = try only(.parameterChanged, F.changes(base: [("openapi.yaml", "              required: [name, amount]", "              required: [name]")], head: []))
        #expect(required.risk == .high, "amount became required")
    }

    @Test func responseFieldsAreOneLowChangePerOperation() throws {
        let parent = F.pair(head: [("openapi.yaml", "                        remaining:\n                          type: number\n                          description: What is left.\n",
                                    "                        remaining:\n                          type: string\n                          description: What is left.\n                        currency:\n                          type: string\n")])
        let c = try only(.responseChanged, F.diff(parent).changes)
        #expect(c.risk == .low)
        #expect(c.operationId == "getBudgets")
        #expect(c.message.contains("added budgets[].currency") && c.message.contains("changed budgets[].remaining"))
    }

    @Test func cardChangedWhenWhatTheUserSeesChanges() throws {
        let parent = F.pair(head: [("adaptiveCards/budget.json", "\"title\": \"Owner\"", "\"title\": \"Owned by\"")])
        let r = F.diff(parent, previews: true)
        let c = try only(.cardChanged, r.changes)
        #expect(c.risk == .low)
        #expect(c.operationId == "getBudgets")
        #expect(c.message.contains("template"))
        expectPlace(c, "head/adaptiveCards/budget.json", at: "{", parent)
        let previews = try #require(r.cardPreviews.values.first?["getBudgets"]?.first)
        #expect(previews.before.joined().contains("Owner") && previews.after.joined().contains("Owned by"))
        // Reformatted, with a binding that renders the same: nothing.
        let same = F.changes(head: [("adaptiveCards/budget.json", "\"text\": \"${name}\"", "\"text\": \"${string(name)}\""),
                                    ("adaptiveCards/budget.json", "\"size\": \"Small\" }", "\"size\": \"Small\"\n    }")])
        #expect(same.isEmpty, "\(same.map(\.message))")
        // Other sample data changes what is seen.
        let data = F.changes(head: [("adaptiveCards/budget.data.json", "", #"{"budgets": [{"name": "Other", "owner": "Someone", "remaining": 1}]}"#)])
        #expect(data.contains { $0.kind == .cardChanged })
    }

    @Test func textThatSteersTheModel() throws {
        let fn = try only(.functionDescriptionChanged, F.changes(head: [("plugin.json", "Returns the budgets of the team, with what is left in each.", "Returns every budget.")]))
        #expect(fn.operationId == "getBudgets" && fn.risk == .medium)
        let model = try only(.descriptionForModelChanged, F.changes(head: [("plugin.json", "Reads team budgets and charges expenses to a budget.", "Reads budgets.")]))
        #expect(model.operationId == nil && model.risk == .medium)
        let parent = F.pair(head: [("agent.json", "Answer questions about team budgets.", "Answer any question.")])
        let instructions = try only(.instructionsChanged, F.diff(parent).changes)
        expectPlace(instructions, "head/agent.json", at: "\"Answer any", parent)
        // The same instructions moved to a file: nothing.
        let file = F.changes(head: [("agent.json", "\"Answer questions about team budgets. Use the budgets actions to read budgets and to charge expenses.\"", "\"$[file('instructions.txt')]\""),
                                    ("instructions.txt", "", "Answer questions about team budgets. Use the budgets actions to read budgets and to charge expenses.")])
        #expect(file.isEmpty, "\(file.map(\.message))")
    }

    @Test func capabilitiesAddedAndRemoved() throws {
        let caps: F.Edit = ("agent.json", "  \"actions\": [", "  \"capabilities\": [{ \"name\": \"OneDriveAndSharePoint\" }],\n  \"actions\": [")
        let parent = F.pair(head: [caps])
        let added = try only(.capabilityAdded, F.diff(parent).changes)
        #expect(added.risk == .high && added.after == "OneDriveAndSharePoint")
        expectPlace(added, "head/agent.json", at: "\"OneDriveAndSharePoint\"", parent)
        let removed = try only(.capabilityRemoved, F.changes(base: [caps], head: []))
        #expect(removed.risk == .low && removed.inBase)
    }

    @Test func localesAddedAndRemoved() throws {
        let german: [F.Edit] = [
            ("manifest.json", "{ \"languageTag\": \"fr\", \"file\": \"loc/fr.json\" }", "{ \"languageTag\": \"fr\", \"file\": \"loc/fr.json\" },\n      { \"languageTag\": \"de\", \"file\": \"loc/de.json\" }"),
            ("loc/de.json", "", #"{"name.short": "Budgets", "localizationKeys": {"agent_name": "Budgets", "agent_description": "Budgets."}}"#),
        ]
        let parent = F.pair(head: german)
        let added = try only(.localeAdded, F.diff(parent).changes)
        #expect(added.risk == .low && added.locale == "de")
        expectPlace(added, "head/manifest.json", at: "\"de\"", parent)
        let removed = try only(.localeRemoved, F.changes(base: german, head: []))
        #expect(removed.risk == .medium && removed.locale == "de" && removed.inBase)
    }

    @Test func packagesAddedAndRemovedInAFolderOfPackages() throws {
        let parent = TestPaths.temporaryDirectory("pair-folders")
        for side in ["base", "head"] {
            try FileManager.default.createDirectory(at: parent.appendingPathComponent(side), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: F.clean, to: parent.appendingPathComponent("\(side)/budgets"))
        }
        let other = parent.appendingPathComponent("head/expenses")
        try FileManager.default.copyItem(at: F.clean, to: other)
        F.apply([("manifest.json", "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"),
                 ("manifest.json", "\"short\": \"Budgets\"", "\"short\": \"Expenses\"")], in: other)
        let added = try only(.packageAdded, F.diff(parent).changes)
        #expect(added.package == "00000000-0000-4000-8000-000000000002" && added.risk == .medium)
        #expect(added.file == "head/expenses/manifest.json")
        let removed = try only(.packageRemoved, F.diff(parent, base: "head", head: "base").changes)
        #expect(removed.inBase && removed.risk == .medium)
    }

    @Test func versionNotBumpedUnlessTheVersionChanged() throws {
        let edit: F.Edit = ("plugin.json", "Reads team budgets and charges expenses to a budget.", "Reads budgets.")
        let parent = F.pair(head: [edit])
        let v = try only(.versionNotBumped, F.diff(parent).changes)
        #expect(v.risk == .medium && v.operationId == nil)
        expectPlace(v, "head/manifest.json", at: "\"1.0.0\"", parent)
        #expect(F.changes(head: [edit, ("manifest.json", "\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"")]).allSatisfy { $0.kind != .versionNotBumped })
        // A low change alone does not need a new version.
        #expect(F.changes(head: [("adaptiveCards/budget.json", "\"title\": \"Owner\"", "\"title\": \"Owned by\"")]).allSatisfy { $0.kind != .versionNotBumped })
    }

    @Test func functionsAddedAndRemoved() throws {
        // The function renamed away from the operation: chargeBudget keeps its page, but Copilot cannot call it.
        let unbound: F.Edit = ("plugin.json", "chargeBudget", "chargeBudgetLater")
        let removed = try only(.functionRemoved, F.changes(head: [unbound]))
        #expect(removed.operationId == "chargeBudget" && removed.risk == .medium)
        let added = try only(.functionAdded, F.changes(base: [unbound], head: []))
        #expect(added.risk == .high, "POST changes data")
    }

    @Test func theOrderIsRiskThenPackageOperationLocaleAndId() {
        let r = F.diff(F.pair(head: [("openapi.yaml", "x-openai-isConsequential: true", "x-openai-isConsequential: false"),
                                     ("adaptiveCards/budget.json", "\"title\": \"Owner\"", "\"title\": \"Owned by\""),
                                     ("plugin.json", "\"Charge a budget\"", "\"Charge it\"")]))
        #expect(r.changes.map(\.risk) == r.changes.map(\.risk).sorted(by: >))
        #expect(r.changes == r.changes.sorted(by: Change.order))
        #expect(r.changes.map(\.id) == ["consequential-relaxed", "version-not-bumped", "confirmation-changed", "confirmation-changed", "card-changed"])
    }

    @Test func everyChangeIdIsDocumented() throws {
        let doc = try String(contentsOf: TestPaths.repositoryRoot.appendingPathComponent("docs/changes.md"), encoding: .utf8)
        for kind in ChangeKind.allCases { #expect(doc.contains("| `\(kind.rawValue)` |"), "\(kind.rawValue) is not in docs/changes.md") }
        let documented = doc.split(separator: "\n").filter { $0.hasPrefix("| `") }.compactMap { $0.split(separator: "`").dropFirst().first.map(String.init) }
        #expect(Set(documented) == Set(ChangeKind.allCases.map(\.rawValue)))
    }
}
