import CatalogDiagnostics
import Foundation
import JSONTree
@testable import PackageReader
import Testing
import TestSupport

/// Every kind of package gets its operations: bot-based message extensions' commands and
/// MCP servers' tools, not only OpenAPI operations.
@Suite struct PackageKindsTests {
    static func load(_ folder: URL) -> CatalogPackage {
        PackageLoader.load(PackageInput(kind: .folder, url: folder, display: "pkg", id: "pkg"))
    }

    @Test func botCommandsAreOperationsTheBotServes() throws {
        let p = Self.load(TestPaths.repositoryRoot.appendingPathComponent("Site/packages/tasks"))
        #expect(p.kind == .botMessageExtension)
        #expect(p.diagnostics.filter { $0.severity == .error }.isEmpty, "\(p.diagnostics.map(\.formatted))")
        #expect(p.operations.map(\.kind) == [.botCommand, .botCommand])
        #expect(p.operations.map(\.operationId) == ["searchTasks", "createTask"])
        let search = try #require(p.operations.first?.command)
        #expect(search.botID == "8e0f6c4a-2b1d-4c3e-9f5a-6b7c8d9e0f1a")
        #expect(search.isSearch && search.initialRun == true && search.fetchTask == false)
        #expect(search.semanticDescription?.hasPrefix("Search Contoso Tasks") == true)
        #expect(search.parameters.map(\.name) == ["Name", "Priority", "Due"])
        #expect(search.parameters[1].semanticDescription?.contains("high, medium or low") == true)
        #expect(search.samplePrompts.count == 3)
        #expect(p.operations[0].consequential.source == .notApplicable)
        // Localized by the command's manifest path.
        #expect(p.localization.resolve(search.title, locale: "fr").value == "Tâches")
        #expect(p.operations[1].command?.isSearch == false)
    }

    @Test func aComposeExtensionWithoutBotOrAPIIsReported() {
        let root = TestPackage.write(["manifest.json": #"{"manifestVersion": "1.19", "name": {"short": "X"}, "composeExtensions": [{"commands": []}]}"#])
        let p = Self.load(root)
        #expect(p.operations.isEmpty)
        #expect(p.diagnostics.contains { $0.rule == .tm01 && $0.message.contains("botId") && $0.location == SourceLocation(line: 1, column: 75) })
    }

    @Test func toolsWithoutReadOnlyHintAreConsequentialByTheirAnnotationsAndNamedByTheirTitle() {
        let root = TestPackage.write([
            "plugin.json": """
                {"schema_version": "v2.4", "name_for_human": "Docs", "functions": [{"name": "delete_doc"}, {"name": "read_doc"}],
                 "runtimes": [{"type": "RemoteMCPServer", "spec": {"url": "https://mcp.example/mcp", "mcp_tool_description": {"tools": [
                   {"name": "delete_doc", "title": "Delete a document", "inputSchema": {"type": "object", "properties": {}}},
                   {"name": "read_doc", "annotations": {"title": "Read a document", "readOnlyHint": true}}]}}}]}
                """,
        ])
        let p = PackageLoader.load(PackageInput(kind: .pluginManifest, url: root.appendingPathComponent("plugin.json"), display: "plugin.json", id: "p"))
        #expect(p.operations.map(\.consequential.source) == [.toolDefault, .readOnlyHint])
        #expect(p.operations[0].consequential.effective)
        #expect(p.operations.map(\.toolTitle) == ["Delete a document", "Read a document"])
        let c = p.confirmation(for: p.operations[0])
        #expect(c?.title.value == "Delete a document" && c?.titleSource == .toolTitle)
    }
}
