import CatalogDiagnostics
import Foundation
import SiteBuilder
import Testing
import TestSupport

/// `plugin-catalog card` as a library call: template, data, host config in; one
/// self-contained HTML document out.
@Suite struct CardActionTests {
    static let png: Data = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==") ?? Data()

    func folder(_ files: [String: String]) -> URL {
        TestPackage.write(files)
    }

    @Test func bindsTheDataFileBesideTheTemplate() throws {
        let dir = folder([
            "order.template.json": #"{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Order ${id} for ${customer.name}"}]}"#,
            "order.data.json": #"{"id":"A-17","customer":{"name":"Ada"}}"#,
        ])
        let result = CardAction(template: dir.appendingPathComponent("order.template.json")).run()
        let html = try #require(result.html)
        #expect(result.exitCode == 0)
        #expect(result.dataFile?.lastPathComponent == "order.data.json")
        #expect(html.contains("Order A-17 for Ada"))
        #expect(html.contains("<title>order.template.json</title>"))
        #expect(html.contains("Content-Security-Policy"))
        #expect(!html.contains("<script"))
    }

    @Test func hostConfigsChangeTheColours() throws {
        let dir = folder(["c.json": #"{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Hi"}]}"#])
        let template = dir.appendingPathComponent("c.json")
        let light = try #require(CardAction(template: template, host: .named("teams-light")).run().html)
        let dark = try #require(CardAction(template: template, host: .named("teams-dark")).run().html)
        let contrast = try #require(CardAction(template: template, host: .named("teams-contrast")).run().html)
        #expect(light != dark && dark != contrast && light != contrast)
        // A host config file: its default foreground colour reaches the stylesheet.
        TestPackage.write(["host.json": ##"{"containerStyles":{"default":{"backgroundColor":"#102030","foregroundColors":{"default":{"default":"#ABCDEF","subtle":"#123456"}}}}}"##], in: dir)
        let custom = try #require(CardAction(template: template, host: .file(dir.appendingPathComponent("host.json"))).run().html)
        #expect(custom.lowercased().contains("#abcdef"))
    }

    @Test func inlinesLocalImagesOnlyFromInsideTheTemplateFolder() throws {
        let dir = TestPaths.temporaryDirectory("card-images")
        let inner = dir.appendingPathComponent("card")
        try FileManager.default.createDirectory(at: inner.appendingPathComponent("img"), withIntermediateDirectories: true)
        try Self.png.write(to: inner.appendingPathComponent("img/logo.png"))
        try Self.png.write(to: dir.appendingPathComponent("secret.png"))
        try FileManager.default.createSymbolicLink(at: inner.appendingPathComponent("img/link.png"), withDestinationURL: dir.appendingPathComponent("secret.png"))
        try Data("not an image".utf8).write(to: inner.appendingPathComponent("notes.txt"))
        let card = #"""
        {"type":"AdaptiveCard","version":"1.5","body":[
          {"type":"Image","url":"img/logo.png","altText":"Logo"},
          {"type":"Image","url":"../secret.png","altText":"Escape"},
          {"type":"Image","url":"img/link.png","altText":"Link"},
          {"type":"Image","url":"notes.txt","altText":"Text"},
          {"type":"Image","url":"/etc/passwd","altText":"Absolute"}]}
        """#
        try Data(card.utf8).write(to: inner.appendingPathComponent("card.json"))
        let result = CardAction(template: inner.appendingPathComponent("card.json")).run()
        let html = try #require(result.html)
        #expect(result.inlinedImages == ["img/logo.png"])
        #expect(html.contains("data:image/png;base64," + Self.png.base64EncodedString()))
        #expect(html.components(separatedBy: "data:image/png;base64,").count == 2)
        #expect(!html.contains("passwd\""))
    }

    @Test func lowContrastIsJudgedInTheChosenHostConfig() throws {
        let dir = folder(["s.json": """
            {"type": "AdaptiveCard", "version": "1.5", "body": [
              {"type": "TextBlock", "text": "Done", "color": "good"},
              {"type": "TextBlock", "text": "Late", "color": "attention"}]}
            """])
        let template = dir.appendingPathComponent("s.json")
        let light = CardAction(template: template, host: .named("teams-light")).run().diagnostics.filter { $0.rule == "card-contrast" }
        let dark = CardAction(template: template, host: .named("teams-dark")).run().diagnostics.filter { $0.rule == "card-contrast" }
        #expect(light.map(\.message).count == 1 && light.first?.message.contains("\"good\"") == true)
        #expect(light.first?.location?.line == 2)
        #expect(dark.count == 1 && dark.first?.message.contains("\"attention\" text on a \"default\" container is 3.24:1 in Teams dark") == true)
    }

    @Test func brokenJSONIsAnErrorWithItsPosition() throws {
        let dir = folder(["bad.json": "{\n  \"type\": \"AdaptiveCard\",\n  \"body\": [ }\n"])
        let result = CardAction(template: dir.appendingPathComponent("bad.json")).run()
        #expect(result.html == nil)
        #expect(result.exitCode == 1)
        let first = try #require(result.diagnostics.first)
        #expect(first.rule == "json-syntax")
        #expect(first.location?.line == 3)
        #expect(first.formatted.contains("bad.json:3:"))
    }

    @Test func missingDataAndHostFilesAreErrors() {
        let dir = folder(["c.json": #"{"type":"AdaptiveCard","body":[]}"#])
        let template = dir.appendingPathComponent("c.json")
        let noData = CardAction(template: template, data: dir.appendingPathComponent("nope.json")).run()
        #expect(noData.exitCode == 1 && noData.html == nil)
        #expect(noData.diagnostics.contains { $0.rule == "file-unreadable" })
        let noHost = CardAction(template: template, host: .file(dir.appendingPathComponent("nope-host.json"))).run()
        #expect(noHost.exitCode == 1 && noHost.html == nil)
    }

    @Test func templateAndRendererWarningsPointIntoTheTemplate() throws {
        let dir = folder(["w.json": """
            {
              "type": "AdaptiveCard",
              "version": "1.6",
              "body": [
                {"type": "TextBlock", "text": "${if(}"},
                {"type": "Image", "url": "https://example.com/a.png"},
                {"type": "Hologram"}
              ]
            }
            """])
        let result = CardAction(template: dir.appendingPathComponent("w.json"), data: nil).run()
        #expect(result.exitCode == 0)
        let rules = Set(result.diagnostics.map(\.rule))
        #expect(rules.isSuperset(of: ["AC-01", "AC-04", "card-element"]))
        #expect(result.diagnostics.contains { $0.rule == "AC-04" && $0.location?.line == 6 })
        #expect(result.diagnostics.contains { $0.rule == "card-element" && $0.location?.line == 7 })
        #expect(result.diagnostics.contains { $0.rule == "AC-01" && $0.location?.line == 3 })
    }

    @Test func hostileTextIsEscapedAndTheTitleToo() throws {
        let dir = folder([
            "x.json": #"{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"${evil}"}],"actions":[{"type":"Action.OpenUrl","title":"Go","url":"${link}"}]}"#,
            "x.data.json": #"{"evil":"<img src=x onerror=alert(1)>","link":"javascript:alert(1)"}"#,
        ])
        let html = try #require(CardAction(template: dir.appendingPathComponent("x.json"), title: "</title><script>alert(1)</script>").run().html)
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("&lt;/title&gt;"))
    }

    @Test(.needsShared) func outputIsDeterministic() throws {
        let template = TestPaths.conformance.appendingPathComponent("cards/templates/scenarios/ExpenseReport.template.json")
        let a = CardAction(template: template, host: .named("teams-dark")).run()
        let b = CardAction(template: template, host: .named("teams-dark")).run()
        #expect(a.html != nil && a.html == b.html)
        #expect(a.dataFile?.lastPathComponent == "ExpenseReport.data.json")
        #expect(a.html?.contains("Trip to UAE") == true)
    }
}
