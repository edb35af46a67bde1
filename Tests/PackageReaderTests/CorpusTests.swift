import CatalogDiagnostics
import Foundation
import JSONTree
import PackageReader
import Testing
import TestSupport

/// Every package of the shared corpus (`../shared/corpus`, listed in `inventory.json`) is read:
/// one documented operation per OpenAPI operation (the counts the inventory gives), the MCP
/// tools as their own pages, no reading errors for well-formed packages, and the known
/// broken references reported, not crashed on. (What the rules find in the corpus is the
/// golden of `CorpusValidationTests`.)
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

    /// Packages with reading errors, and the rules they must be reported under (the rules'
    /// findings, such as OAS-19 or TXT-02, are in the golden of `CorpusValidationTests`).
    static let knownBroken: [String: Set<Rule>] = [
        // plugin spec.url names openapi.yaml; the file is openapi.yml.
        "pnp__copilot-pro-dev-samples/da-todo-tasks-graphapi-plugin/appPackage": ["PKG-01"],
    ]

    /// Errors about reading the package (not the rules it breaks). The corpus has no images
    /// (INVENTORY.md: only data files were copied), so a missing icon is not one.
    static let readingRules: Set<Rule> = [.jsonSyntax, .yamlSyntax, .depthLimit, .sizeLimit, .fileUnreadable, .notAPackage, .zipEntry,
                                          .oasRef, .pkg01, .pkg02]

    static func isReadingError(_ d: Diagnostic) -> Bool {
        readingRules.contains(d.rule) && !(d.rule == .pkg01 && d.message.contains(" icon "))
    }

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
            let errors = package.diagnostics.filter { $0.severity == .error && Self.isReadingError($0) }
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

/// docs/rules.md lists every rule a diagnostic can cite, each with the anchor SARIF's
/// `helpUri` links to.
@Test func rulesAreDocumented() throws {
    let doc = try String(contentsOf: TestPaths.repositoryRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
    for rule in Rule.all {
        #expect(doc.contains("| <a id=\"\(rule.id.lowercased())\"></a>`\(rule.id)` |"), "\(rule.id) is not in docs/rules.md")
    }
    #expect(Set(Rule.all.map(\.id)).count == Rule.all.count)
}
