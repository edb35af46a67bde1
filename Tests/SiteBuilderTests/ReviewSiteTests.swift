import Foundation
import JSONTree
@testable import SiteBuilder
import Testing
import TestSupport

/// `build HEAD --compare BASE`: the review site a reviewer opens from a pull request.
@Suite struct ReviewSiteTests {
    typealias F = DiffFixture

    /// HEAD relaxes the consequential flag, changes the French and English confirmation
    /// title and the card; BASE has a DELETE operation HEAD removed.
    static func build() -> (URL, BuildResult, DiffReport) {
        let parent = F.pair(base: [F.deleteOperation], head: [
            ("openapi.yaml", "x-openai-isConsequential: true", "x-openai-isConsequential: false"),
            ("plugin.json", "\"Charge a budget\"", "\"Charge <b>it</b> & go\""),
            ("adaptiveCards/budget.json", "\"title\": \"Owner\"", "\"title\": \"Owned by\""),
        ])
        let head = parent.appendingPathComponent("head")
        var configuration = CatalogConfiguration(output: parent.appendingPathComponent("site"))
        configuration.packages = [head]
        configuration.displayBase = parent
        var action = DiffAction(base: F.side("base", parent), head: DiffSide(label: "head", urls: [head], displayBase: parent))
        action.keepsPreviews = true
        let report = action.run()
        configuration.review = report
        return (parent.appendingPathComponent("site"), BuildAction(configuration: configuration).run(), report)
    }

    @Test func theReviewSiteShowsEveryChange() throws {
        let (site, result, report) = Self.build()
        #expect(result.diagnostics.errorCount == 0, "\(result.diagnostics.map(\.formatted))")
        #expect(report.changes.map(\.id).contains("operation-removed"))
        let changes = SiteTest.text(site, "changes.html")
        for c in report.changes { #expect(changes.contains("<code>\(c.id)</code>"), "\(c.id)") }
        #expect(changes.contains("Charge &lt;b&gt;it&lt;/b&gt; &amp; go"), "escaped")
        #expect(!changes.contains("<b>it</b>"))
        #expect(changes.contains("href=\"changes/00000000-0000-4000-8000-000000000001/deletebudget.html\""))
        let pkg = "packages/00000000-0000-4000-8000-000000000001/"
        let charge = SiteTest.text(site, pkg + "chargebudget.html")
        #expect(charge.contains("Changed: 3 changes"), "the badge")
        #expect(charge.contains("<h3>Confirmation text, before and after</h3>"))
        #expect(charge.contains("<strong>Charge a budget</strong>") && charge.contains("<strong>Charge &lt;b&gt;it&lt;/b&gt; &amp; go</strong>"))
        let cards = SiteTest.text(site, pkg + "getbudgets.html")
        #expect(cards.contains("Card 1 before") && cards.contains("Card 1 after"))
        #expect(cards.contains("<p>Owner</p>") && cards.contains("<p>Owned by</p>"), "the card before and after, rendered")
        #expect(cards.contains("assets/cards.css"))
        let removed = SiteTest.text(site, "changes/00000000-0000-4000-8000-000000000001/deletebudget.html")
        #expect(removed.contains("Removed: DELETE /budgets/{name}"))
        #expect(SiteTest.text(site, pkg + "index.html").contains("href=\"../../changes/00000000-0000-4000-8000-000000000001/deletebudget.html\""))
        #expect(SiteTest.text(site, "fr/" + pkg + "chargebudget.html").contains("Changed: 3 changes"), "every language tree")
        #expect(SiteTest.brokenLinks(site).isEmpty, "\(SiteTest.brokenLinks(site))")
        // No page has inline script, and the CSP stays.
        for page in [changes, charge, removed] {
            #expect(!page.contains("<script>") && page.contains("Content-Security-Policy"))
        }
    }

    @Test func catalogJSONHasChangesOnEveryOperationAndPackage() throws {
        let (site, _, _) = Self.build()
        let json = try JSONParser.parse(Array(try Data(contentsOf: site.appendingPathComponent("catalog.json")))).root.jsonValue
        let package = try #require(json["packages"]?[0])
        #expect(package["changes"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == ["version-not-bumped"])
        let ops = try #require(package["operations"]?.arrayValue)
        let byId = Dictionary(uniqueKeysWithValues: ops.map { ($0["operationId"]?.stringValue ?? "", $0["changes"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []) })
        #expect(byId["getBudgets"] == ["card-changed"])
        #expect(byId["chargeBudget"] == ["consequential-relaxed", "confirmation-changed", "confirmation-changed"])
        #expect(ops.allSatisfy { $0["changes"] != nil })
    }

    @Test func aBuildWithoutCompareIsUnchanged() throws {
        let parent = F.pair(head: [])
        var configuration = CatalogConfiguration(output: parent.appendingPathComponent("site"))
        configuration.packages = [parent.appendingPathComponent("head")]
        _ = BuildAction(configuration: configuration).run()
        let site = parent.appendingPathComponent("site")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("changes.html").path))
        #expect(!SiteTest.text(site, "index.html").contains("changes.html"))
        #expect(!SiteTest.text(site, "catalog.json").contains("\"changes\""))
    }
}
