import Foundation
import Testing
import TestSupport

@Suite struct CardCommandTests {
    @Test func writesOneSelfContainedFile() throws {
        let dir = TestPackage.write([
            "hello.json": #"{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Hello ${name}","wrap":true}]}"#,
            "hello.data.json": #"{"name":"stakeholder"}"#,
        ])
        let r = try CLI.run(["card", "hello.json", "--host-config", "teams-dark", "-o", "out/../hello.html"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        let html = try String(contentsOf: dir.appendingPathComponent("hello.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Hello stakeholder"))
        #expect(!html.contains("<link") && !html.contains("<script"))
    }

    @Test func printsToStandardOutputWithoutOutputOption() throws {
        let dir = TestPackage.write(["c.json": #"{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"On stdout"}]}"#])
        let r = try CLI.run(["card", "c.json"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout.contains("On stdout"))
    }

    @Test func brokenTemplateExitsOneAndWritesNothing() throws {
        let dir = TestPackage.write(["bad.json": "{\"type\": \"AdaptiveCard\",, }"])
        let r = try CLI.run(["card", "bad.json", "-o", "bad.html"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.json:1:"))
        #expect(r.stderr.contains("error[json-syntax]"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("bad.html").path))
    }

    @Test func missingTemplateIsAUsageError() throws {
        let r = try CLI.run(["card", "no-such-card.json"], in: TestPaths.temporaryDirectory("card-missing"))
        #expect(r.status == 2)
        #expect(r.stderr.contains("no template"))
    }

    @Test func warningsGoToStandardErrorAndQuietHidesThem() throws {
        let dir = TestPackage.write(["w.json": #"{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Image","url":"https://example.com/x.png"}]}"#])
        let loud = try CLI.run(["card", "w.json", "-o", "w.html"], in: dir)
        #expect(loud.status == 0)
        #expect(loud.stderr.contains("warning[AC-04]"))
        let quiet = try CLI.run(["card", "w.json", "-o", "w.html", "--quiet"], in: dir)
        #expect(quiet.status == 0 && quiet.stderr.isEmpty)
    }

    // MARK: Which data the card shows, and saying so

    static let listCard = #"{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Item ${title}"},{"type":"Image","url":"${image}","altText":"Picture"}]}"#

    static func note(_ html: String) -> String? {
        guard let start = html.range(of: "<p class=\"ac-standalone-note\">"), let end = html[start.upperBound...].range(of: "</p>") else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }

    @Test func aListShowsItsFirstItemAndSaysSo() throws {
        let dir = TestPackage.write(["c.json": Self.listCard, "c.data.json": #"[{"title":"A","image":"a.png"},{"title":"B","image":"b.png"},{"title":"C","image":"c.png"}]"#])
        let r = try CLI.run(["card", "c.json", "-o", "c.html"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("c.data.json: note[sample-data]: the data is a list of 3 items; the card shows the first (--item N shows another)"))
        let html = try String(contentsOf: dir.appendingPathComponent("c.html"), encoding: .utf8)
        #expect(html.contains("Item A") && !html.contains("Item B"))
        #expect(Self.note(html) == "Sample data: c.data.json, item 1 of 3.")
        #expect(!html.contains(dir.path), "no machine path in the page")

        let third = try CLI.run(["card", "c.json", "--item", "3"], in: dir)
        #expect(third.status == 0 && third.stdout.contains("Item C"))
        #expect(Self.note(third.stdout) == "Sample data: c.data.json, item 3 of 3.")
        #expect(!third.stderr.contains("note[sample-data]"), "--item given: nothing to point out")

        let tooFar = try CLI.run(["card", "c.json", "--item", "4", "-o", "far.html"], in: dir)
        #expect(tooFar.status == 1)
        #expect(tooFar.stderr.contains("c.data.json: error[sample-data]: --item 4: the data holds 3 items"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("far.html").path))
        #expect(try CLI.run(["card", "c.json", "--item", "0"], in: dir).status == 2)
    }

    @Test func dataPathSelectsTheListInAResponse() throws {
        let dir = TestPackage.write(["c.json": Self.listCard, "response.json": #"{"count":2,"results":[{"title":"R1"},{"title":"R2"}]}"#])
        let r = try CLI.run(["card", "c.json", "--data", "response.json", "--data-path", "$.results", "--item", "2"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Item R2"))
        #expect(Self.note(r.stdout) == "Sample data: response.json at $.results, item 2 of 2.")
        let nothing = try CLI.run(["card", "c.json", "--data", "response.json", "--data-path", "$.items"], in: dir)
        #expect(nothing.status == 1)
        #expect(nothing.stderr.contains("response.json: error[sample-data]: --data-path $.items selects nothing in the data"))
        #expect(try CLI.run(["card", "c.json", "--data-path", "results[", "--data", "response.json"], in: dir).status == 2)
    }

    @Test func withoutDataTheCardIsSynthesizedFromItsBindingsAndMarkedSo() throws {
        let dir = TestPackage.write(["c.json": Self.listCard])
        let r = try CLI.run(["card", "c.json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("c.json: note[sample-data]: no data file: the card shows values made up for what it binds (title, image)"))
        #expect(!r.stdout.contains("${title}") && !r.stdout.contains("${image}"), "no raw bindings")
        #expect(r.stdout.contains("<img") && r.stdout.contains("data:image/svg+xml"), "the image binding shows the local placeholder image")
        #expect(Self.note(r.stdout)?.hasPrefix("Synthesized sample data") == true)
    }

    /// An unfilled Teams Toolkit variable reads as a placeholder, never as `${{…}}`; the
    /// card's own `{{DATE(…)}}` syntax is left to the renderer.
    @Test func toolkitVariablesInCardTextShowAsPlaceholders() throws {
        let dir = TestPackage.write(["c.json": #"{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Trey Research${{APP_NAME_SUFFIX}}, due {{DATE(2017-02-14T06:08:39Z, SHORT)}}"}]}"#])
        let r = try CLI.run(["card", "c.json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Trey Research\u{2039}APP_NAME_SUFFIX\u{203A}"))
        #expect(!r.stdout.contains("${{"))
        #expect(!r.stdout.contains("{{DATE"), "the date function is rendered")
    }

    /// A message extension's response rendering template draws its responseCardTemplate; a
    /// file that is no card at all is said once (the renderer and the pipeline both said it).
    @Test func aResponseRenderingTemplateDrawsItsCardAndANonCardIsSaidOnce() throws {
        let dir = TestPackage.write([
            "rrt.json": #"{"version": "devPreview", "jsonPath": "repairs", "responseLayout": "list", "responseCardTemplate": {"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock", "text": "Repair ${title}"}]}}"#,
            "other.json": #"{"hello": "world"}"#,
        ])
        let r = try CLI.run(["card", "rrt.json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Repair "))
        #expect(r.stderr.contains("rrt.json:1:100: note[card-element]: a response rendering template: the card is its responseCardTemplate"), "\(r.stderr)")
        let other = try CLI.run(["card", "other.json"], in: dir)
        #expect(other.stderr.components(separatedBy: "warning[card-element]").count - 1 == 1, "\(other.stderr)")
    }
}
