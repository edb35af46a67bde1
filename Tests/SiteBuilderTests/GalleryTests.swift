import CatalogDiagnostics
import Foundation
@testable import SiteBuilder
import Testing
import TestSupport

/// `galleries:` in the catalog file: folders of card files shown on gallery pages.
@Suite struct GalleryTests {
    static func build(galleries: String, cards: [String: String]) -> (BuildResult, URL) {
        let root = TestPaths.temporaryDirectory("gallery")
        TestPackage.write(cards, in: root.appendingPathComponent("cards"))
        let budgets = TestPaths.repositoryRoot.appendingPathComponent("Site/packages/budgets").path
        let yaml = "title: Gallery test\npackages:\n  - \(budgets)\noutput: site\ngalleries:\n" + galleries
        TestPackage.write(["catalog.yml": yaml], in: root)
        let (config, diagnostics) = CatalogConfiguration.read(root.appendingPathComponent("catalog.yml"), output: nil)
        var result = BuildAction(configuration: config).run()
        result.diagnostics = diagnostics + result.diagnostics
        return (result, root.appendingPathComponent("site"))
    }

    @Test func cardsWithTheirDataAreRenderedOnAGalleryPage() throws {
        let (result, site) = Self.build(galleries: "  - title: Team cards\n    path: cards\n", cards: [
            "b/order.template.json": #"{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Order ${id}"}]}"#,
            "b/order.data.json": #"{"id":"A-17"}"#,
            "a/plain.json": #"{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Plain <card>"}]}"#,
            "a/not-a-card.json": #"{"hello":"world"}"#,
            "broken.json": "{",
        ])
        // A card file that does not parse is an error at its place; the rest is still built.
        let broken = result.diagnostics.filter { $0.severity == .error }
        #expect(broken.count == 1 && broken.first?.rule == .jsonSyntax, "\(result.diagnostics.map(\.formatted))")
        #expect(broken.first?.file == "cards/broken.json" && broken.first?.location?.line == 1)
        #expect(result.wroteSite)
        let page = SiteTest.text(site, "galleries/gallery-team-cards.html")
        #expect(page.contains("Order A-17"))
        #expect(page.contains("with its sample data"))
        #expect(page.contains("Plain &lt;card&gt;"))
        #expect(!page.contains("hello") && !page.contains("world"))
        // Sorted by path: a/plain.json before b/order.template.json.
        let a = try #require(page.range(of: "a/plain.json")), b = try #require(page.range(of: "b/order.template.json"))
        #expect(a.lowerBound < b.lowerBound)
        #expect(SiteTest.text(site, "cards.html").contains("gallery-team-cards.html"))
        #expect(SiteTest.brokenLinks(site).isEmpty)
    }

    @Test func aMissingFolderWarnsUnlessOptional() {
        let (warned, _) = Self.build(galleries: "  - title: Gone\n    path: nowhere\n", cards: [:])
        #expect(warned.diagnostics.contains { $0.rule == .config && $0.message.contains("finds no card files") })
        let (quiet, site) = Self.build(galleries: "  - title: Gone\n    path: nowhere\n    optional: true\n", cards: [:])
        #expect(!quiet.diagnostics.contains { $0.rule == .config })
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("galleries").path))
    }
}
