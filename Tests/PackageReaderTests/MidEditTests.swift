import CatalogDiagnostics
import Foundation
@testable import PackageReader
import Testing
import TestSupport

/// Packages reviewers open in the middle of a change: a plugin not yet wired up, files that
/// exist only with a template suffix.
@Suite struct MidEditTests {
    static let function = "{\"name\": \"GetBudgets\", \"description\": \"Budgets\"}"

    @Test func anUnreferencedPluginGetsItsPagesAndOneWarning() throws {
        let root = TestPackage.write([
            "manifest.json": TestPackage.appManifest(),
            "agent.json": TestPackage.agent(),
            "instructions.txt": "Help.",
            "plugin.json": TestPackage.plugin(functions: Self.function),
            "openapi.yaml": budgetsSpec,
            "next-plugin.json": TestPackage.plugin(spec: "next.yaml", functions: "{\"name\": \"ListTeams\", \"description\": \"Teams\"}"),
            "next.yaml": "openapi: 3.0.1\ninfo: {title: Teams, version: '1'}\npaths:\n  /teams:\n    get:\n      operationId: ListTeams\n      responses: {'200': {description: ok}}\n",
            // Not plugins: a card, sample data, an env file.
            "card.json": "{\"type\": \"AdaptiveCard\", \"body\": []}",
            "env/.env.dev.json": "{\"schema_version\": \"v2.4\", \"functions\": []}",
        ])
        let p = load(root)
        #expect(p.plugins.map(\.isReferenced) == [true, false])
        let warnings = p.diagnostics.filter { $0.rule == .unreferencedPlugin }
        #expect(warnings.map(\.formatted) == [
            "pkg/next-plugin.json:1:1: warning[plugin-unreferenced]: pkg/next-plugin.json is a plugin manifest that nothing references: "
                + "Copilot does not load it until it is named in the actions of pkg/agent.json\n    note: its operations are documented, marked as not wired up",
        ])
        let teams = try #require(p.operations.first { $0.operationId == "ListTeams" })
        #expect(teams.function.map { p.plugins[$0.pluginIndex].isReferenced } == false)
    }

    @Test func aTemplateBesideItsPlainFileIsNotAnotherPlugin() {
        let root = TestPackage.write([
            "manifest.json": TestPackage.appManifest(),
            "agent.json": TestPackage.agent(),
            "instructions.txt": "Help.",
            "plugin.json": TestPackage.plugin(functions: Self.function),
            "plugin.template.json": TestPackage.plugin(functions: Self.function),
            "openapi.yaml": budgetsSpec,
        ])
        let p = load(root)
        #expect(p.plugins.count == 1)
        #expect(!p.diagnostics.contains { $0.rule == .unreferencedPlugin || $0.rule == .template })
    }

    @Test func filesWithATemplateSuffixAreReadWithANote() throws {
        let parent = TestPaths.temporaryDirectory("mid-edit")
        let root = TestPackage.write([
            "manifest.template.json": TestPackage.appManifest(),
            "agent.json": TestPackage.agent(),
            "instructions.txt": "Help.",
            "plugin.template.json": TestPackage.plugin(functions: Self.function),
            "openapi.template.yaml": budgetsSpec,
        ], in: parent.appendingPathComponent("pkg"))
        let p = load(root)
        #expect(p.operations.map(\.operationId) == ["GetBudgets", "ChargeBudget"])
        let notes = p.diagnostics.filter { $0.rule == .template }
        #expect(notes.map(\.file) == ["pkg/manifest.template.json", "pkg/openapi.template.yaml", "pkg/plugin.template.json"])
        #expect(notes.allSatisfy { $0.severity == .note && $0.message.contains("exists only as the template") })
        #expect(!p.diagnostics.contains { $0.rule == .pkg01 || $0.rule == .unreferencedPlugin }, "\(p.diagnostics.map(\.formatted))")
        // A folder of packages finds it by its template manifest.
        let (inputs, _) = InputDiscovery.discover([parent])
        #expect(inputs.contains { $0.url.standardizedFileURL.path == root.standardizedFileURL.path })
    }
}
