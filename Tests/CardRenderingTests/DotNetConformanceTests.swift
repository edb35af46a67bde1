import Foundation
import JSONTree
import Testing
import TestSupport
@testable import CardRendering

/// `../shared/conformance/html_renderer_dotnet.json`: the tests of the former official .NET
/// HTML renderer. That renderer wrote every host config value as an inline style and used
/// lower-case class names; this one writes classes and themed CSS (docs/renderer.md lists
/// each departure). So each case asserts the behaviour it checks — order, paragraphs, text
/// runs, Markdown, fallback, container colours, bleed, action class names — on the parsed
/// HTML, and exact strings where the output is meant to be identical (Markdown).
@Suite(.needsShared) struct DotNetConformanceTests {
    static let file: JSONValue? = Fixtures.json(TestPaths.conformance.appendingPathComponent("html_renderer_dotnet.json"))

    /// Raise as cases pass; never lower.
    static let renderFloor = 8
    static let markdownExactFloor = 3
    static let markdownFloor = 6
    static let actionClassFloor = 3

    static func renderCase(_ id: String) -> JSONObject? {
        file?["render_cases"]?.arrayValue?.first { $0["id"]?.stringValue == id }?.objectValue
    }

    static func render(_ input: JSONValue, _ host: HostConfig = HostConfig()) throws -> (Node, RenderedCard) {
        let r = CardRenderer.render(card: input, hostConfig: host)
        return (try HTMLCheck.parse(r.html), r)
    }

    /// Every case, counted; fails under the floors.
    @Test func allCasesPassAboveTheFloor() throws {
        let file = try #require(Self.file)
        var passed = 0
        var total = 0
        for c in file["render_cases"]?.arrayValue ?? [] {
            total += 1
            let id = c["id"]?.stringValue ?? "?"
            let ok = (try? Self.check(id, c)) ?? false
            if ok { passed += 1 } else {
                let html = c["input"].map { CardRenderer.render(card: $0.arrayValue?.first ?? $0, hostConfig: HostConfig()).html } ?? ""
                Issue.record("render case \(id) failed: \(html)")
            }
        }
        print("html_renderer_dotnet.json render_cases: \(passed)/\(total) pass")
        #expect(passed >= Self.renderFloor)

        var exact = 0, structural = 0, mdTotal = 0
        for c in file["markdown_cases"]?.arrayValue ?? [] {
            mdTotal += 1
            let md = c["markdown"]?.stringValue ?? ""
            let expected = (c["expected_html"]?.stringValue ?? "").replacingOccurrences(of: "'", with: "\"")
            let actual = CardMarkdown.html(md).replacingOccurrences(of: "\n", with: "")
            if actual == expected {
                exact += 1
                structural += 1
            } else if Self.markdownDeparture(c["id"]?.stringValue ?? "", actual: actual) {
                print("markdown case \(c["id"]?.stringValue ?? ""): documented departure: \(actual)")
                structural += 1
            } else {
                Issue.record("markdown case \(c["id"]?.stringValue ?? "?"): \(actual) ≠ \(expected)")
            }
        }
        print("html_renderer_dotnet.json markdown_cases: \(exact)/\(mdTotal) exact, \(structural)/\(mdTotal) pass")
        #expect(exact >= Self.markdownExactFloor)
        #expect(structural >= Self.markdownFloor)

        var classes = 0
        let map = file["action_css"]?["map"]?.objectValue ?? [:]
        for (type, cssClass) in map {
            var action: JSONObject = ["type": .string(type), "title": "Go"]
            if type == "Action.OpenUrl" { action["url"] = "https://example.com" }
            if type == "Action.ShowCard" { action["card"] = ["type": "AdaptiveCard", "body": []] }
            let card: JSONValue = ["type": "AdaptiveCard", "version": "1.5", "actions": [.object(action)]]
            let (root, _) = try Self.render(card)
            if root.descendants.contains(where: { $0.hasClass(cssClass.stringValue ?? "") && $0.hasClass("ac-pushButton") }) {
                classes += 1
            } else {
                Issue.record("\(type) lacks class \(cssClass)")
            }
        }
        print("html_renderer_dotnet.json action_css: \(classes)/\(map.count) pass")
        #expect(classes >= Self.actionClassFloor)
    }

    /// Markdown the card subset deliberately does not render (docs/renderer.md): thematic
    /// breaks (md-net-05) and fenced code (md-net-06) show as text; links (md-net-04) gain
    /// the card anchor attributes.
    static func markdownDeparture(_ id: String, actual: String) -> Bool {
        switch id {
        case "md-net-04":
            guard let root = try? HTMLCheck.parse(actual), let a = root.all(tag: "a").first else { return false }
            return a.attr("href") == "https://www.bing.com/" && a.textContent == "Bing" && a.parent?.tag == "p"
                && a.attr("rel") == "noopener noreferrer"
        case "md-net-05":
            return actual == "<p>text</p><p>text</p>"
        case "md-net-06":
            return actual == "<p>using System;</p>" && !actual.contains("<pre")
        default:
            return false
        }
    }

    static func check(_ id: String, _ c: JSONValue) throws -> Bool {
        let input = try #require(c["input"])
        switch id {
        case "html-net-01":
            // italic/strikethrough are .NET object-model properties, not TextBlock schema: ignored.
            let (root, _) = try render(input)
            let card = try #require(root.first(class: "ac-adaptiveCard"))
            let blocks = card.all(class: "ac-textBlock")
            return blocks.count == 1 && blocks[0].all(tag: "p").map(\.textContent) == ["Some italic struck-through text"]
                && card.first(class: "ac-italic") == nil
        case "html-net-02":
            let (root, r) = try render(input)
            let block = try #require(root.first(class: "ac-textBlock"))
            return block.all(tag: "p").map(\.textContent) == ["first line", "second line"]
                && r.warnings.contains { $0.kind == .notACard }
        case "html-net-03":
            let (root, _) = try render(input)
            let rich = try #require(root.first(class: "ac-richTextBlock"))
            let paragraphs = rich.all(tag: "p")
            let runs = rich.all(class: "ac-textRun")
            let styled = runs.map { $0.hasClass("ac-italic") && $0.hasClass("ac-strike") && $0.hasClass("ac-highlight") }
            return paragraphs.count == 1 && runs.allSatisfy({ $0.parent === paragraphs[0] })
                && runs.map(\.textContent) == ["Inline 1", "Inline 2", "Inline 3", "Inline 4"]
                && styled == [false, false, false, true]
        case "html-net-04":
            let (root, _) = try render(input)
            let card = try #require(root.first(class: "ac-adaptiveCard"))
            let kids = card.children.filter { $0.tag != "#text" }
            guard kids.count == 3, kids[0].hasClass("ac-richTextBlock"), kids[1].hasClass("ac-horizontal-separator"),
                  kids[1].hasClass("ac-sp-default"), kids[2].hasClass("ac-textBlock") else { return false }
            return kids[0].textContent == "The RichTextBlock should not support **markdown**" && kids[0].all(tag: "strong").isEmpty
                && kids[2].all(tag: "strong").map(\.textContent) == ["markdown"]
        case "html-net-05":
            let (root, r) = try render(input)
            return root.all(class: "ac-textBlock").map(\.textContent) == ["Fallback textblock"]
                && root.first(class: "ac-unsupported") == nil && !r.warnings.contains { $0.kind == .unsupportedElement }
        case "html-net-06":
            var host = HostConfig()
            var emphasis = host.containerStyles["emphasis"]
            emphasis.foregroundColors[.default] = .init(CardColor.parse("#FFcc3300") ?? .black, subtle: CardColor.parse("#66000000") ?? .black)
            host.containerStyles["emphasis"] = emphasis
            let (root, _) = try render(input, host)
            let blocks = root.all(class: "ac-textBlock")
            let styles = blocks.map { $0.parent?.nearestClass(prefix: "ac-style-") ?? "" }
            let css = CardStylesheet.css(for: host, scope: ".t")
            func rule(_ style: String) -> String {
                css.split(separator: "\n").first { $0.hasPrefix(".t .ac-style-\(style){") }.map(String.init) ?? ""
            }
            let containers = root.all(class: "ac-container")
            return blocks.map(\.textContent) == ["container 1 -- emphasis style text", "container 1.1 -- accent style text",
                                                 "container 1 -- emphasis style text", "default style text"]
                && styles == ["ac-style-emphasis", "ac-style-accent", "ac-style-emphasis", "ac-style-default"]
                && rule("emphasis").contains("--ac-c-default:#cc3300;") && !rule("default").contains("--ac-c-default:#cc3300;")
                && rule("accent").contains("--ac-c-default:#333333;")
                && containers.count == 2 && containers.allSatisfy { $0.hasClass("ac-bg") }
        case "html-net-07":
            let (root, _) = try render(input)
            let select = try #require(root.all(tag: "select").first)
            let options = select.all(tag: "option")
            return select.hasClass("ac-input") && select.hasClass("ac-multichoiceInput") && select.attr("disabled") != nil
                && options.dropFirst().map { $0.attr("value") ?? "" } == ["1", "2", "3"]
                && options.dropFirst().map(\.textContent) == ["Value 1", "Value 2", "Value 3"]
                && options.dropFirst().allSatisfy { $0.attr("selected") == nil }
                && options.first?.attr("selected") != nil && options.first?.attr("hidden") != nil
        case "html-net-08":
            let inputs = try #require(input.arrayValue)
            let (first, _) = try render(inputs[0])
            let (second, _) = try render(inputs[1])
            let inner1 = try #require(first.all(class: "ac-container").last)
            let outer1 = try #require(first.all(class: "ac-container").first)
            let inner2 = try #require(second.all(class: "ac-container").last)
            return inner1.hasClass("ac-style-emphasis") && inner1.hasClass("ac-bg")
                && ["ac-bleed-s", "ac-bleed-e", "ac-bleed-t", "ac-bleed-b"].allSatisfy(inner1.hasClass)
                && !outer1.hasClass("ac-bg")
                && !inner2.hasClass("ac-bg") && !inner2.classes.contains { $0.hasPrefix("ac-bleed") }
        default:
            return false
        }
    }
}
