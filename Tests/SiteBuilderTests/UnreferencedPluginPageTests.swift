import Foundation
@testable import SiteBuilder
import Testing
import TestSupport

/// A plugin being wired up: its operations get pages that say, first, that Copilot does not
/// load it yet; the Markdown twin and catalog.json say so too.
@Suite struct UnreferencedPluginPageTests {
    @Test func pagesOfAnUnreferencedPluginSaySo() throws {
        let folder = TestPaths.temporaryDirectory("unreferenced").appendingPathComponent("pkg")
        try FileManager.default.copyItem(at: TestPaths.repositoryRoot.appendingPathComponent("Tests/RuleTests/Fixtures/clean"), to: folder)
        TestPackage.write([
            "teams-plugin.json": """
                {"schema_version": "v2.4", "namespace": "teams", "name_for_human": "Budgets", "description_for_human": "Lists teams",
                 "functions": [{"name": "listTeams", "description": "Lists the teams."}],
                 "runtimes": [{"type": "OpenApi", "auth": {"type": "None"}, "spec": {"url": "teams.yaml"}}]}
                """,
            "teams.yaml": "openapi: 3.0.3\ninfo: {title: Teams, version: '1.0'}\npaths:\n  /teams:\n    get:\n      operationId: listTeams\n      summary: List teams\n      responses: {'200': {description: ok}}\n",
        ], in: folder)
        var config = CatalogConfiguration(output: TestPaths.temporaryDirectory("unreferenced-site"))
        config.packages = [folder]
        config.displayBase = folder.deletingLastPathComponent()
        let result = BuildAction(configuration: config).run()
        #expect(result.diagnostics.contains { $0.rule == .unreferencedPlugin && $0.file == "pkg/teams-plugin.json" })
        let pages = SiteTest.files(config.output)
        let page = try #require(pages.first { $0.key.hasSuffix("/listteams.html") }.map { String(decoding: $0.value, as: UTF8.self) })
        #expect(page.contains("<li class=\"badge badge-warning\">Not wired up</li>"))
        #expect(page.contains("Not wired up: pkg/teams-plugin.json is not referenced by the declarative agent or the app manifest"))
        let markdown = try #require(pages.first { $0.key.hasSuffix("/listteams.md") }.map { String(decoding: $0.value, as: UTF8.self) })
        #expect(markdown.contains("> Not wired up: pkg/teams-plugin.json"))
        let referenced = try #require(pages.first { $0.key.hasSuffix("/getbudgets.html") }.map { String(decoding: $0.value, as: UTF8.self) })
        #expect(!referenced.contains("Not wired up"))
        let catalog = String(decoding: pages["catalog.json"] ?? Data(), as: UTF8.self)
        #expect(catalog.contains("\"pluginReferenced\": false") || catalog.contains("\"pluginReferenced\":false"))
    }
}
