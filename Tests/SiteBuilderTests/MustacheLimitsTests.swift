import CatalogDiagnostics
import Foundation
import JSONTree
@testable import SiteBuilder
import Testing
import TestSupport

/// Themes that would render for ever (found by `make fuzz`, FuzzMustache): rendering stops at
/// `MustacheBudget`, the page says it was cut, and the build reports the template.
@Suite struct MustacheLimitsTests {
    /// `{{>a}}{{>a}}` in `a`: each level doubles the work, 2^32 renders down to the depth
    /// limit of partials (the fuzzer's input, minimized).
    static let doublingPartial = "{{>a}}{{>a}}x"

    @Test func partialsThatIncludeThemselvesTwiceStopAtTheBudget() throws {
        let templates = ["a": try MustacheTemplate(Self.doublingPartial)]
        var budget = MustacheBudget(steps: 100_000, maxBytes: 1 << 20)
        let started = Date()
        let out = templates["a"]?.render(stack: [.map(View())], partials: templates, budget: &budget) ?? []
        #expect(budget.exceeded)
        #expect(out.count <= 1 << 20)
        #expect(out.allSatisfy { $0 == UInt8(ascii: "x") })
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func sectionsNestedOverAListStopAtTheBudget() throws {
        // 3^40 passes over an empty body: no output at all, only work.
        let nested = String(repeating: "{{#items}}", count: 40) + String(repeating: "{{/items}}", count: 40)
        let template = try MustacheTemplate(nested)
        var budget = MustacheBudget(steps: 1_000_000)
        _ = template.render(stack: [["items": [1, 2, 3]]], partials: [:], budget: &budget)
        #expect(budget.exceeded)
        // A page within the budget renders as before, with every step.
        var enough = MustacheBudget()
        let small = try MustacheTemplate("{{#items}}{{#items}}{{.}}{{/items}};{{/items}}")
        #expect(String(decoding: small.render(stack: [["items": [1, 2]]], partials: [:], budget: &enough), as: UTF8.self) == "12;12;")
        #expect(!enough.exceeded)
    }

    /// A partial that includes itself on indented lines: each copy is indented once more.
    /// Copies were made 256 levels deep (two seconds for a 3 KB theme under the fuzzer),
    /// though partials are only rendered 32 deep.
    @Test func indentedCopiesOfPartialsStopWherePartialsStop() throws {
        let templates = ["p": try MustacheTemplate("<li>\n  {{> p}}\n  {{> p}}\n</li>")]
        let all = MustacheTemplate.withIndentedPartials(templates)
        #expect(all.count == MustacheProgram.maxPartialDepth)
        var budget = MustacheBudget(steps: 10_000)
        let out = String(decoding: all["p"]?.render(stack: [.map(View())], partials: all, budget: &budget) ?? [], as: UTF8.self)
        #expect(out.hasPrefix("<li>\n  <li>\n    <li>\n"))
    }

    @Test func aThemeThatRendersForEverGivesACutPageAndAFinding() throws {
        let theme = TestPackage.write(["templates/operation.mustache": "<p>{{>bomb}}</p>", "templates/bomb.mustache": "{{>bomb}}{{>bomb}}x"])
        let root = TestPackage.write(["spec.yaml": """
            openapi: 3.0.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: getA
                  responses: {'200': {description: ok}}
            """])
        let out = TestPaths.temporaryDirectory("bomb").appendingPathComponent("site")
        var config = CatalogConfiguration(output: out)
        config.packages = [root.appendingPathComponent("spec.yaml")]
        config.theme = theme
        let started = Date()
        let result = BuildAction(configuration: config).run()
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(result.wroteSite)
        #expect(result.exitCode == 1)
        let d = try #require(result.diagnostics.first { $0.rule == "theme" })
        #expect(d.file == "templates/bomb.mustache" || d.file == "templates/operation.mustache")
        #expect(d.message.contains("rendering went past the limit"))
        let page = SiteTest.files(out).first { $0.key.hasPrefix("packages/") && $0.key.hasSuffix("geta.html") }
        let html = String(decoding: page?.value ?? Data(), as: UTF8.self)
        #expect(html.contains("This page is cut short"), "\(page?.key ?? "no page")")
    }
}
