import CatalogDiagnostics
import Foundation
import JSONTree
import PackageReader
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
        // Package ids are unique and readable: the app's short name, or the sample folder's
        // name where several packages share one.
        let ids = (catalog["packages"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
        #expect(Set(ids).count == 72)
        #expect(ids.contains("trey-research-c-auth") && ids.contains("ithelpdesk") && ids.contains("da-trey-research-python"))
        #expect(SiteTest.brokenLinks(config.output).isEmpty)
        // Only the known broken packages have errors (`CorpusTests.knownBroken` says which and why).
        #expect(Set(result.diagnostics.filter { $0.severity == .error }.map(\.rule.id)) == ["PKG-01", "OAS-19", "TXT-02", "CMD-01"])
    }
}

/// Card findings over every corpus card: each sits where its cause is written, once.
@Suite(.needsShared) struct CorpusCardFindingTests {
    static let cardRules: Set<Rule> = [.cardTemplate, .cardElement, .cardContrast, .ac01, .ac04, .sampleData]

    @Test func cardFindingsPointAtTheirCauseOnce() throws {
        let (inputs, _) = InputDiscovery.discover([TestPaths.corpus], displayBase: TestPaths.corpus)
        let context = SiteContext.standardForTests
        var checked = 0
        for input in try requireInputs(inputs, "corpus packages") {
            let package = PackageLoader.load(input)
            let presentation = PackagePresentation(package, context: context)
            for page in presentation.operations {
                let findings = page.cards.findings
                checked += findings.count
                #expect(Set(findings).count == findings.count, "\(input.display) \(page.entry.operationId): a finding is repeated")
                for f in findings {
                    #expect(Self.cardRules.contains(f.rule), "\(f.formatted)")
                    let at = try #require(f.location, "\(f.formatted)")
                    // 1:1 is only right for a problem of the card file as a whole.
                    #expect(at != .start || f.message.contains("not an Adaptive Card"), "\(f.formatted)")
                    // The same place is never reported twice for one cause (template and renderer).
                    let sameLine = findings.filter { $0.file == f.file && $0.location?.line == at.line && $0.rule != f.rule }
                    #expect(!(f.rule == .cardElement && sameLine.contains { $0.rule == .cardTemplate }), "\(f.formatted)")
                }
            }
        }
        #expect(checked > 40, "the corpus cards have findings to check (\(checked))")
    }
}
