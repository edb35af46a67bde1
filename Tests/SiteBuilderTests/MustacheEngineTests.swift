import Foundation
import JSONTree
import Mustache
import PackageReader
@testable import SiteBuilder
import Testing
import TestSupport

/// The project's Mustache engine renders exactly what swift-mustache renders, for every
/// page view of the demo site and for the Mustache features themes use.
@Suite struct MustacheEngineTests {
    /// A view as swift-mustache takes it.
    static func any(_ v: TemplateValue) -> Any {
        switch v {
        case .null: return false
        case .bool(let b): return b
        case .int(let i): return i
        case .string(let s): return s
        case .rendered(let b): return String(decoding: b, as: UTF8.self)
        case .list(let l): return l.map(any)
        case .map(let m): return Dictionary(m.entries.map { ($0.0, any($0.1)) }, uniquingKeysWith: { _, last in last })
        }
    }

    static func reference(_ theme: Theme) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in theme.templates { try library.register(text, named: name) }
        return library
    }

    @Test func everyDemoPageRendersAsSwiftMustacheRendersIt() throws {
        let theme = Theme.standard
        let ours = try PageRenderer(theme: theme)
        let reference = try Self.reference(theme)
        let (config, _) = CatalogConfiguration.read(TestPaths.repositoryRoot.appendingPathComponent("Site/catalog.yml"))
        let (inputs, _) = InputDiscovery.discover(config.packages, displayBase: config.displayBase)
        let packages = inputs.map { PackageLoader.load($0) }
        var views: [(String, View)] = []
        let context = SiteContext(title: "T", descriptionHTML: false, description: nil, logoPath: nil, baseURL: nil, catalogLocale: "en",
                                  renderer: ours, hostConfigs: .standard)
        let presentations = packages.map { PackagePresentation($0, context: context) }
        let builds = presentations.map { PackagePages.build($0, context: context) }
        views.append(("index", SharedPages.homeView(digests: builds.map(\.digest), diagnostics: [], locale: "en", from: "index.html", galleries: [])))
        views.append(("operations", SharedPages.operationsView(OperationIndex(builds.map(\.digest)), digests: builds.map(\.digest), locale: "en", from: "operations.html")))
        for p in presentations {
            views.append(("package", PackageView(presentation: p, locale: p.defaultLocale).build()))
            for page in p.operations {
                let view = OperationView(page: page, locale: p.defaultLocale, fields: FieldTables(p, renderer: ours))
                views.append(("operation", view.build(cards: page.cards.blocks.map { CardPreviewView.view($0, toRoot: "") })))
            }
        }
        #expect(views.count > 15)
        for (template, view) in views {
            let mine = ours.render(template, view: view)
            let theirs = reference.render(Self.any(.map(view)), withTemplate: template) ?? "<nil>"
            #expect(mine == theirs, "\(template) differs")
        }
    }

    @Test func specFeatures() throws {
        let cases: [(String, TemplateValue, String)] = [
            ("Hi {{name}}!", ["name": "<b>&"], "Hi &lt;b&gt;&amp;!"),
            ("{{{html}}}{{&html}}", ["html": "<i>"], "<i><i>"),
            ("{{a.b.c}}", ["a": ["b": ["c": "deep"]]], "deep"),
            ("{{#list}}[{{.}}]{{/list}}", ["list": ["x", "y"]], "[x][y]"),
            ("{{^list}}none{{/list}}", ["list": []], "none"),
            ("{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}", ["flag": false], "no"),
            ("{{#obj}}{{name}}/{{outer}}{{/obj}}", ["obj": ["name": "in"], "outer": "out"], "in/out"),
            ("{{#s}}<{{.}}>{{/s}}", ["s": ""], "<>"),
            ("a\n  {{#x}}\n  b\n  {{/x}}\nc", ["x": true], "a\n  b\nc"),
            ("{{! comment }}x", [:], "x"),
            ("{{=<% %>=}}<% name %>{{name}}", ["name": "n"], "n{{name}}"),
            ("{{n}} {{b}}", ["n": 3, "b": true], "3 true"),
        ]
        for (template, data, expected) in cases {
            let mine = try MustacheTemplate(template).render(data, partials: [:])
            #expect(mine == expected, "\(template)")
            let theirs = try MustacheTemplate(template)
            _ = theirs
            let reference = try Mustache.MustacheTemplate(string: template).render(Self.any(data))
            #expect(mine == reference, "\(template): swift-mustache renders \(reference.debugDescription)")
        }
    }

    @Test func standalonePartialsIndentTheirSourceLines() throws {
        let partials = MustacheTemplate.withIndentedPartials([
            "page": try MustacheTemplate("<div>\n  {{> list}}\n</div>"),
            "list": try MustacheTemplate("<ul>\n{{#items}}<li>{{.}}</li>\n{{/items}}</ul>"),
        ])
        let out = partials["page"]?.render(["items": ["a", "b"]], partials: partials)
        // `{{/items}}</ul>` is not standalone, so its indentation belongs to the section body.
        #expect(out == "<div>\n  <ul>\n  <li>a</li>\n  <li>b</li>\n  </ul></div>")
    }

    @Test func parseErrorsHavePositions() {
        for (template, line, column) in [
            ("ok\n{{#open}}\nx", 2, 1), ("{{/x}}", 1, 1), ("a {{b", 1, 3), ("{{#a}}{{/b}}", 1, 7), ("é日本 {{b", 1, 5), ("a\r\nb\r\n  {{/x}}", 3, 3),
        ] {
            do {
                _ = try MustacheTemplate(template)
                Issue.record("\(template) should not parse")
            } catch {
                #expect(error.location == SourceLocation(line: line, column: column), "\(template): \(error.message)")
            }
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let deep = String(repeating: "{{#a}}", count: 50_000) + String(repeating: "{{/a}}", count: 50_000)
        #expect(throws: MustacheTemplate.ParseError.self) { try MustacheTemplate(deep) }
        let fine = String(repeating: "{{#a}}", count: 100) + "x" + String(repeating: "{{/a}}", count: 100)
        #expect(try MustacheTemplate(fine).render(["a": true], partials: [:]) == "x")
    }

    @Test func selfIncludingPartialsStop() throws {
        let t = try MustacheTemplate("x{{> loop}}")
        #expect(t.render([:], partials: ["loop": t]) == String(repeating: "x", count: 33))
    }

    /// A view's keys: a later value for a key replaces the earlier one, in a literal too;
    /// setting nil removes the key.
    @Test func viewKeysLastValueWins() throws {
        var v: View = ["a": "1", "b": "2", "a": "3"]
        #expect(v["a"]?.text == "3")
        v["b"] = "4"
        v["c"] = "5"
        #expect(v["b"]?.text == "4")
        #expect(v.count == 3)
        v["a"] = nil
        #expect(v["a"] == nil)
        #expect(v.count == 2)
        let t = try MustacheTemplate("{{a}}{{b}}{{c}}")
        #expect(t.render(.map(v), partials: [:]) == "45")
    }

    /// Templates made of random pieces (sections, partials, comments, set delimiters, CRLF
    /// and LF, spaces and tabs, non-ASCII text and delimiters) render as swift-mustache
    /// renders them. Three corners where swift-mustache departs from the spec are kept out:
    /// it drops a last line of only spaces (every template here ends in "."), it indents a
    /// standalone partial's section output differently (the partial is one line), and it
    /// takes a comment after another tag for a standalone one (a comment is followed by
    /// text). The spec's own cases for those are in `specLineEndingsAndDelimiters`.
    @Test func generatedTemplatesRenderAsSwiftMustacheRendersThem() throws {
        let pieces = [
            "{{#a}}", "{{/a}}", "{{^b}}", "{{/b}}", "{{c}}", "{{{h}}}", "{{&h}}", "{{! note }}x", " ", "  ", "\t", "\n", "\r\n",
            "x", "é", "日本", "<&>", "{{> p}}", "  {{> p}}\n", "{{#a}}\n", "  {{/a}}\r\n", "{{=<% %>=}}", "<%c%>", "<%={{ }}=%>",
            "{{=« »=}}", "«c»", "«={{ }}=»", "{ {", "}}", "{{ c }}", "{{d.e}}",
        ]
        let data: TemplateValue = ["a": [["c": "in"], ["c": "é"]], "b": false, "c": "<c>", "h": "<h>", "d": ["e": "de"]]
        let partial = "[{{c}}]\r\n"
        var random = SeededRandom(seed: 0x5EED_3A51)
        var compared = 0
        for _ in 0..<1_500 {
            let template = (0..<Int.random(in: 1...14, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined() + "."
            guard let mine = try? MustacheTemplate(template), let theirs = try? Mustache.MustacheTemplate(string: template) else { continue }
            let library = MustacheLibrary(templates: ["t": theirs, "p": try Mustache.MustacheTemplate(string: partial)])
            let ours = MustacheTemplate.withIndentedPartials(["t": mine, "p": try MustacheTemplate(partial)])
            #expect(ours["t"]?.render(data, partials: ours) == library.render(Self.any(data), withTemplate: "t"), "\(template.debugDescription)")
            compared += 1
        }
        #expect(compared > 400)
    }

    /// The Mustache spec's cases for CRLF line endings, standalone tags at the end of the
    /// text, indented partials and set delimiters (specs/*.yml, "Standalone Line Endings",
    /// "Standalone Without Newline", "Standalone Indentation").
    @Test func specLineEndingsAndDelimiters() throws {
        let partials = ["partial": try MustacheTemplate(">"), "multi": try MustacheTemplate("|\n{{{content}}}\n|\n")]
        let cases: [(String, TemplateValue, String)] = [
            ("|\r\n{{#boolean}}\r\n{{/boolean}}\r\n|", ["boolean": true], "|\r\n|"),
            ("|\r\n{{^boolean}}\r\n{{/boolean}}\r\n|", ["boolean": false], "|\r\n|"),
            ("|\r\n{{! Standalone Comment }}\r\n|", [:], "|\r\n|"),
            ("|\r\n{{= @ @ =}}\r\n|", [:], "|\r\n|"),
            ("|\r\n{{>partial}}\r\n|", [:], "|\r\n>|"),
            ("#{{#boolean}}\n/\n  {{/boolean}}", ["boolean": true], "#\n/\n"),
            ("  {{>partial}}\n>", [:], "  >>"),
            ("\\\n {{>multi}}\n/\n", ["content": "<\n->"], "\\\n |\n <\n->\n |\n/\n"),
            ("{{=« »=}}«#a»«.»«/a»", ["a": ["x", "é"]], "xé"),
            ("é {{c}}", ["c": "日本"], "é 日本"),
        ]
        for (template, data, expected) in cases {
            let all = MustacheTemplate.withIndentedPartials(partials.merging(["t": try MustacheTemplate(template)]) { a, _ in a })
            #expect(all["t"]?.render(data, partials: all) == expected, "\(template.debugDescription)")
        }
    }
}
