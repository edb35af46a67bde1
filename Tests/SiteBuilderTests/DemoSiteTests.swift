import CatalogDiagnostics
import Foundation
import JSONTree
@testable import SiteBuilder
import Testing
import TestSupport

/// The demo catalog, built as `make demo` builds it.
@Suite(.serialized) struct DemoSiteTests {
    static let built: (BuildResult, URL) = SiteTest.buildDemo()
    /// The same without the galleries of `../shared`, for goldens that hold with or without it.
    static let builtForGoldens: (BuildResult, URL) = SiteTest.buildDemo(galleries: false)

    @Test func buildsCleanly() {
        let (result, _) = Self.built
        #expect(result.exitCode == 0, "\(result.diagnostics.map(\.formatted))")
        #expect(result.wroteSite)
        #expect(result.packages == 6)
        #expect(result.operations == 16)
    }

    /// Golden pages: a difference is shown line by line; re-record with RECORD_GOLDENS=1
    /// and review the diff before committing.
    @Test(arguments: [
        "index.html",
        "packages/budgets/index.html",
        "packages/budgets/chargebudget.html",
        "packages/reminders/createreminder.html",
        "packages/reminders/getreminders.html",
        "packages/expenses/index.html",
        "packages/expenses/submitreport.html",
        "fr-CA/packages/expenses/listreports.md",
        "packages/repairs/listrepairs.html",
        "packages/weather/list_alerts.html",
        "packages/weather/subscribe_alerts.html",
        "packages/weather/subscribe_alerts.md",
        "packages/tasks/searchtasks.html",
        "packages/tasks/searchtasks.md",
        "fr/packages/tasks/createtask.html",
        "findings.html",
        "catalog.json",
    ])
    func goldenPages(_ page: String) {
        let html = SiteTest.text(Self.builtForGoldens.1, page)
        #expect(!html.isEmpty)
        if let problem = Golden.check(html, target: "SiteBuilderTests", name: "demo/" + page) {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test func everyInternalLinkResolves() {
        let broken = SiteTest.brokenLinks(Self.built.1)
        #expect(broken.isEmpty, Comment(rawValue: broken.joined(separator: "\n")))
    }

    @Test func everyPageCarriesAContentSecurityPolicyAndNoInlineScript() {
        for (path, data) in SiteTest.files(Self.built.1) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            // Site pages allow only the site's own scripts; standalone card files allow none.
            let sitePolicy = html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self';")
            let noScriptPolicy = html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';")
            #expect(sitePolicy || (noScriptPolicy && path.contains("/cards/")), "\(path)")
            // Scripts only from our own files; no inline script, no event handler attributes.
            for tag in SiteTest.matches(#"(<script[^>]*>)"#, in: html) {
                #expect(tag.contains("src=\""), "\(path): inline script \(tag)")
            }
            #expect(SiteTest.eventHandlerAttributes(html).isEmpty, "\(path): event handler attribute")
            #expect(!html.lowercased().contains("javascript:"), "\(path)")
        }
    }

    /// Every standalone card file says under its heading where its data came from, and a
    /// card drawn from synthesized data says that it is made up.
    @Test func standaloneCardsSayWhereTheirDataCameFrom() {
        let cards = SiteTest.files(Self.built.1).filter { $0.key.contains("/cards/") && $0.key.hasSuffix(".html") }
        #expect(cards.count > 5)
        var synthesized = 0
        for (path, data) in cards {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.contains("<p class=\"ac-standalone-note\">Sample data: ") || html.contains("<p class=\"ac-standalone-note\">Synthesized sample data:")
                    || html.contains("<p class=\"ac-standalone-note\">No sample data:"), "\(path)")
            if html.contains("Synthesized sample data:") { synthesized += 1 }
        }
        #expect(synthesized > 0, "the demo has cards drawn from synthesized data")
    }

    @Test func buildingTwiceGivesIdenticalBytes() {
        let (_, second) = SiteTest.buildDemo()
        let a = SiteTest.files(Self.built.1)
        let b = SiteTest.files(second)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (k, v) in a where b[k] != v {
            Issue.record("\(k) differs between two builds")
        }
    }

    @Test func catalogJSONDescribesEveryOperation() throws {
        let text = SiteTest.text(Self.built.1, "catalog.json")
        let json = try JSONValue.parse(text)
        // Packages are serialized apart (with their pages); the file is still exactly what
        // serializing the whole tree at once gives.
        #expect(JSONWriter.serialize(json, style: .pretty(indent: 2)) + "\n" == text)
        let packages = try #require(json["packages"]?.arrayValue)
        #expect(packages.compactMap { $0["id"]?.stringValue } == ["budgets", "expenses", "reminders", "repairs", "tasks", "weather"])
        // A bot-based message extension's commands are operations the bot serves.
        let tasks = try #require(packages.first { $0["id"] == "tasks" })
        #expect(tasks["kind"] == "bot-message-extension")
        #expect(tasks["operations"]?.arrayValue?.map { $0["kind"] } == ["bot-command", "bot-command"])
        let reminders = try #require(packages.first { $0["id"] == "reminders" })
        let create = try #require(reminders["operations"]?.arrayValue?.first { $0["operationId"] == "CreateReminder" })
        #expect(create["consequential"] == ["value": false, "explicit": false, "source": "x-openai-isConsequential", "alwaysAllow": true])
        #expect(create["page"] == "packages/reminders/createreminder.html")
        let get = try #require(reminders["operations"]?.arrayValue?.first { $0["operationId"] == "GetReminders" })
        #expect(get["consequential"]?["value"] == true)
        let expenses = try #require(packages.first { $0["id"] == "expenses" })
        #expect(expenses["locales"] == ["en", "fr", "fr-CA", "de", "ja", "ar"])
        let submit = try #require(expenses["operations"]?.arrayValue?.first { $0["operationId"] == "submitReport" })
        #expect(submit["confirmation"]?["fr"]?["title"] == "Soumettre une note de frais")
        #expect(submit["confirmation"]?["fr-CA"]?["title"] == "Soumettre un rapport de dépenses")
        #expect(submit["confirmation"]?["ja"]?["bodySource"] == "capabilities.confirmation.body")
        for p in packages {
            for op in p["operations"]?.arrayValue ?? [] {
                let page = op["page"]?.stringValue ?? ""
                #expect(FileManager.default.fileExists(atPath: Self.built.1.appendingPathComponent(page).path), "\(page)")
            }
        }
    }

    @Test func zippedDemoPackageMatchesItsSources() throws {
        // Site/packages/weather.zip is built from Site/sources/weather (make demo-zip).
        let sources = TestPaths.repositoryRoot.appendingPathComponent("Site/sources/weather")
        let zip = TestPaths.repositoryRoot.appendingPathComponent("Site/packages/weather.zip")
        let fs = try ArchiveFileSystemForTests.entries(zip)
        let names = try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted()
        #expect(fs.keys.sorted() == names)
        for name in names {
            #expect(fs[name] == FileManager.default.contents(atPath: sources.appendingPathComponent(name).path), "\(name) differs; run make demo-zip")
        }
    }
}
