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
}
