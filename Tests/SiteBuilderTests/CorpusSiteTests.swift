import CatalogDiagnostics
import Foundation
import JSONTree
@testable import SiteBuilder
import Testing
import TestSupport

/// The whole shared corpus as one catalog: it builds, every operation has its page, and
/// every internal link resolves.
@Suite(.needsShared) struct CorpusSiteTests {
    @Test func theWholeCorpusBuildsIntoOneSite() throws {
        var config = CatalogConfiguration(output: TestPaths.temporaryDirectory("corpus").appendingPathComponent("site"))
        config.packages = [TestPaths.corpus]
        config.displayBase = TestPaths.corpus
        let result = BuildAction(configuration: config).run()
        #expect(result.wroteSite)
        #expect(result.packages == 72)
        let inventory = try JSONValue.parse(Array(try Data(contentsOf: TestPaths.corpus.appendingPathComponent("inventory.json"))))
        let expectedAPIOperations = (inventory.arrayValue ?? []).reduce(0) { $0 + ($1["ops"]?.intValue ?? 0) }
        let catalog = try JSONValue.parse(SiteTest.text(config.output, "catalog.json"))
        let operations = (catalog["packages"]?.arrayValue ?? []).flatMap { $0["operations"]?.arrayValue ?? [] }
        #expect(operations.filter { $0["kind"] == "api-operation" }.count == expectedAPIOperations)
        for op in operations {
            let page = op["page"]?.stringValue ?? ""
            #expect(FileManager.default.fileExists(atPath: config.output.appendingPathComponent(page).path), "\(page)")
        }
        // Package ids are unique and readable (the sample folder names).
        let ids = (catalog["packages"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
        #expect(Set(ids).count == 72)
        #expect(ids.contains("da-trey-research-auth-csharp"))
        #expect(SiteTest.brokenLinks(config.output).isEmpty)
        // Only the known broken reference is an error.
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.rule) == ["PKG-01"])
    }
}
