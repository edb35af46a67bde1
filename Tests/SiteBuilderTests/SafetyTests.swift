import CatalogDiagnostics
import Foundation
import JSONTree
import MarkdownHTML
@testable import SiteBuilder
import Testing
import TestSupport

/// Hostile packages: every string escaped, no script, no file outside the output, and a
/// failed build never leaves a half-written or deleted site.
@Suite struct SafetyTests {
    static let hostileSpec = """
        openapi: 3.0.0
        info:
          title: "<script>alert('title')</script>"
          description: "Click [me](javascript:alert(1)) <img src=x onerror=alert(2)>"
        servers: [{url: 'https://x.example/"><script>alert(3)</script>'}]
        paths:
          /a:
            get:
              operationId: "../../../../tmp/evil<script>"
              summary: "<b onmouseover=alert(4)>hi</b>"
              description: "<iframe src=javascript:alert(5)></iframe>"
              parameters:
                - name: "q\\"><script>alert(6)</script>"
                  in: query
                  description: "<script>alert(7)</script>"
                  schema: {type: string, enum: ["<svg onload=alert(8)>"]}
              responses:
                '200': {description: "<script>alert(9)</script>"}
          /b:
            post:
              operationId: "index"
              responses: {'200': {description: ok}}
        """

    func build(_ packages: [URL], output: URL, theme: URL? = nil) -> BuildResult {
        var config = CatalogConfiguration(output: output)
        config.packages = packages
        config.theme = theme
        config.title = "Catalog <script>alert('t')</script>"
        return BuildAction(configuration: config).run()
    }

    @Test func everyStringIsEscapedAndFilesStayInside() throws {
        let root = TestPackage.write(["spec.yaml": Self.hostileSpec])
        let out = TestPaths.temporaryDirectory("hostile").appendingPathComponent("site")
        let result = build([root.appendingPathComponent("spec.yaml")], output: out)
        #expect(result.wroteSite)
        let files = SiteTest.files(out)
        // The operationId with ../ became a safe file name inside the package folder.
        #expect(files.keys.contains { $0.hasPrefix("packages/spec/tmp-evil") })
        #expect(files.keys.contains("packages/spec/index-1.html"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/evil<script>.html"))
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for tag in SiteTest.matches(#"(<script[^>]*>)"#, in: html) {
                // Only the site's own scripts.
                #expect(["<script src=\"../../assets/site.js\" defer>", "<script src=\"assets/site.js\" defer>", "<script src=\"search-index.js\" defer>"].contains(tag),
                        "\(path): \(tag)")
            }
            #expect(SiteTest.eventHandlerAttributes(html).isEmpty, "\(path)")
            #expect(!html.contains("<iframe"), "\(path)")
            #expect(!html.contains("<img src=x"), "\(path)")
            #expect(!html.lowercased().contains("href=\"javascript:"), "\(path)")
        }
        let page = try #require(files.first { $0.key.hasPrefix("packages/spec/tmp-evil") && $0.key.hasSuffix(".html") }.map { String(decoding: $0.value, as: UTF8.self) })
        // The Markdown twin carries no live HTML either.
        let markdown = try #require(files.first { $0.key.hasPrefix("packages/spec/tmp-evil") && $0.key.hasSuffix(".md") }.map { String(decoding: $0.value, as: UTF8.self) })
        #expect(Self.rawHTML(in: markdown).isEmpty, "\(Self.rawHTML(in: markdown))")
        #expect(markdown.contains("&lt;b onmouseover=alert(4)&gt;hi&lt;/b&gt;"))
        #expect(page.contains("&lt;b onmouseover=alert(4)&gt;hi&lt;/b&gt;"))
        #expect(page.contains("q&quot;&gt;&lt;script&gt;alert(6)&lt;/script&gt;"))
        #expect(SiteTest.brokenLinks(out).isEmpty)
    }

    /// Raw HTML a Markdown renderer would pass through (code spans and blocks are text).
    static func rawHTML(in markdown: String) -> [String] {
        var found: [String] = []
        var stack = [Markdown.parse(markdown)]
        while let n = stack.popLast() {
            switch n.kind {
            case .htmlInline(let s), .htmlBlock(let s): found.append(s)
            default: break
            }
            stack.append(contentsOf: n.children)
        }
        return found
    }

    @Test func markdownCodeSpansCannotBeEscaped() {
        for s in ["a`b", "``x", "`", "x` <script>alert(1)</script> `"] {
            let md = "| " + MarkdownPage.cellCode(s) + " |"
            #expect(Self.rawHTML(in: "x " + MarkdownPage.code(s)).isEmpty, "\(s)")
            #expect(Self.rawHTML(in: md).isEmpty, "\(s)")
        }
    }

    @Test func aBrokenThemeLeavesTheOldSiteUntouched() throws {
        let root = TestPackage.write(["spec.yaml": Self.hostileSpec])
        let out = TestPaths.temporaryDirectory("atomic").appendingPathComponent("site")
        let first = build([root.appendingPathComponent("spec.yaml")], output: out)
        #expect(first.wroteSite)
        let before = SiteTest.files(out)
        let theme = TestPackage.write(["templates/operation.mustache": "{{#unclosed}}\n<p>"])
        let second = build([root.appendingPathComponent("spec.yaml")], output: out, theme: theme)
        #expect(!second.wroteSite)
        #expect(second.exitCode == 1)
        let d = try #require(second.diagnostics.first { $0.rule == "theme" })
        #expect(d.file == "templates/operation.mustache")
        #expect(SiteTest.files(out) == before)
        // No temporary folders are left beside the output.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
        #expect(siblings == ["site"])
    }

    @Test func aFolderNotMadeByTheToolIsNeverReplaced() throws {
        let out = TestPaths.temporaryDirectory("foreign")
        TestPackage.write(["important.txt": "keep me"], in: out)
        let root = TestPackage.write(["spec.yaml": Self.hostileSpec])
        let result = build([root.appendingPathComponent("spec.yaml")], output: out)
        #expect(!result.wroteSite)
        #expect(result.diagnostics.contains { $0.rule == "site-output" && $0.message.contains("not made by plugin-catalog") })
        #expect((try? String(contentsOf: out.appendingPathComponent("important.txt"), encoding: .utf8)) == "keep me")
    }

    @Test func badPackagesStillBuildTheRestAndSetTheExitCode() {
        let good = TestPackage.write(["spec.yaml": "openapi: 3.0.0\ninfo: {title: Good, version: '1'}\nservers: [{url: 'https://g.example'}]\npaths:\n  /x:\n    get: {operationId: x, responses: {'200': {description: ok}}}\n"])
        let bad = TestPackage.write(["manifest.json": "{ not json"])
        let out = TestPaths.temporaryDirectory("mixed").appendingPathComponent("site")
        let result = build([good.appendingPathComponent("spec.yaml"), bad], output: out)
        #expect(result.wroteSite)
        #expect(result.exitCode == 1)
        #expect(result.diagnostics.contains { $0.rule == "json-syntax" })
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("packages/spec/x.html").path))
    }

    @Test func theCheckersThemselvesCatchProblems() {
        #expect(SiteTest.eventHandlerAttributes(#"<b onclick="x()">"#) == ["onclick"])
        #expect(SiteTest.eventHandlerAttributes(#"<meta content="a onclick=x">"#).isEmpty)
        let site = TestPackage.write(["index.html": #"<a href="missing.html">x</a><a href="index.html#nope">y</a><a href="https://e.example">z</a>"#])
        #expect(SiteTest.brokenLinks(site) == ["index.html: index.html#nope → no id \"nope\" in index.html", "index.html: missing.html → missing.html does not exist"])
    }

    @Test func sitePathGuard() {
        #expect(SiteWriter.safe("packages/a/b.html"))
        for bad in ["", "/", "a/", "/etc/passwd", "../x", "a/../b", "a//b", ".hidden", "a/.x", "a\\b", "a b", "a\u{0}b", "é"] {
            #expect(!SiteWriter.safe(bad), "\(bad)")
        }
    }
}
