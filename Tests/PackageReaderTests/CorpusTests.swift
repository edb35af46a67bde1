import CatalogDiagnostics
import Foundation
import JSONTree
import PackageReader
import Testing
import TestSupport

/// Every package of the shared corpus (`../shared/corpus`, listed in `inventory.json`) is read:
/// one documented operation per OpenAPI operation (the counts the inventory gives), the MCP
/// tools as their own pages, no error diagnostics for well-formed packages, and the known
/// broken references reported, not crashed on.
@Suite(.needsShared) struct CorpusTests {
    struct Entry {
        var path: String
        var kind: String
        var ops: Int
        var mcpFunctions: Int
    }

    static func inventory() throws -> [Entry] {
        let url = TestPaths.corpus.appendingPathComponent("inventory.json")
        let json = try JSONValue.parse(Array(try Data(contentsOf: url)))
        return (json.arrayValue ?? []).map { e in
            let runtimes = e["runtimes"]?.arrayValue?.compactMap(\.stringValue) ?? []
            _ = runtimes
            return Entry(path: e["path"]?.stringValue ?? "", kind: e["kind"]?.stringValue ?? "",
                         ops: e["ops"]?.intValue ?? 0, mcpFunctions: 0)
        }
    }

    /// Packages whose errors are expected, with the rule ids that must be reported.
    static let knownBroken: [String: Set<Rule>] = [
        // plugin spec.url names openapi.yaml; the file is openapi.yml. The Graph request
        // bodies hold nested objects (OAS-19: `body`, `dueDateTime`), and the instructions
        // a URL (TXT-02: `"webUrl":"http://microsoft.com"` in an example answer).
        "pnp__copilot-pro-dev-samples/da-todo-tasks-graphapi-plugin/appPackage": ["PKG-01", "OAS-19", "TXT-02"],
        // The instructions format answers with emojis (TXT-02: 📍).
        "pnp__copilot-pro-dev-samples/da-foodbank-friend/appPackage": ["TXT-02"],
        // The instructions hold a URL (TXT-02: "e.g. https://learn.microsoft.com/sharepoint/...").
        "pnp__copilot-pro-dev-samples/da-sharepoint-data-manager/appPackage": ["TXT-02"],
        // The Graph list item request body holds a nested object (OAS-19: `fields`).
        "pnp__copilot-pro-dev-samples/da-volunteeringapp/appPackage": ["OAS-19"],
        // The Teams Toolkit message extension templates have no samplePrompts (CMD-01: the
        // store asks for 3 to 5 per command).
        "OfficeDev__teams-toolkit/template-csharp-api-message-extension-sso/appPackage": ["CMD-01"],
        "OfficeDev__teams-toolkit/template-csharp-copilot-plugin-from-scratch-api-key/appPackage": ["CMD-01"],
        "OfficeDev__teams-toolkit/template-csharp-copilot-plugin-from-scratch/appPackage": ["CMD-01"],
        "OfficeDev__teams-toolkit/template-js-api-message-extension-sso/appPackage": ["CMD-01"],
        "OfficeDev__teams-toolkit/template-js-copilot-plugin-from-scratch-api-key/appPackage": ["CMD-01"],
        "OfficeDev__teams-toolkit/template-js-copilot-plugin-from-scratch/appPackage": ["CMD-01"],
        "OfficeDev__teams-toolkit/template-ts-api-message-extension-sso/appPackage": ["CMD-01"],
        "OfficeDev__teams-toolkit/template-ts-copilot-plugin-from-scratch-api-key/appPackage": ["CMD-01"],
        "OfficeDev__teams-toolkit/template-ts-copilot-plugin-from-scratch/appPackage": ["CMD-01"],
    ]

    @Test func everyCorpusPackageReads() throws {
        let entries = try Self.inventory()
        #expect(entries.count == 72)
        var report: [String] = []
        var failures: [String] = []
        for entry in entries {
            let url = TestPaths.corpus.appendingPathComponent(entry.path)
            let input = PackageInput(kind: .folder, url: url, display: entry.path, id: "p")
            let package = PackageLoader.load(input)
            let apiOps = package.operations.filter { $0.kind == .apiOperation }.count
            let errors = package.diagnostics.filter { $0.severity == .error }
            let expectedRules = Self.knownBroken[entry.path] ?? []
            if apiOps != entry.ops {
                failures.append("\(entry.path): \(apiOps) operations, inventory says \(entry.ops)")
            }
            let unexpected = errors.filter { !expectedRules.contains($0.rule) }
            if !unexpected.isEmpty {
                failures.append("\(entry.path): unexpected errors:\n  " + unexpected.map(\.formatted).joined(separator: "\n  "))
            }
            for rule in expectedRules where !errors.contains(where: { $0.rule == rule }) {
                failures.append("\(entry.path): expected a \(rule) error")
            }
            report.append("\(entry.path): \(apiOps) ops, \(package.operations.count - apiOps) tools, \(errors.count) errors, \(package.diagnostics.count - errors.count) other")
        }
        print(report.joined(separator: "\n"))
        #expect(failures.isEmpty, Comment(rawValue: failures.joined(separator: "\n")))
    }
}

/// docs/rules.md lists every rule a diagnostic can cite.
@Test func rulesAreDocumented() throws {
    let doc = try String(contentsOf: TestPaths.repositoryRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
    for rule in Rule.all {
        #expect(doc.contains("| `\(rule.id)` |"), "\(rule.id) is not in docs/rules.md")
    }
    #expect(Set(Rule.all.map(\.id)).count == Rule.all.count)
}
