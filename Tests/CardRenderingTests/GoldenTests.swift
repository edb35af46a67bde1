import Foundation
import JSONTree
import Testing
import TestSupport
@testable import CardRendering

/// Golden output: one card per element and action type (the HTML, identical under every
/// Teams theme), each theme's stylesheet, and one complete standalone document per theme.
/// Re-record deliberately with `RECORD_GOLDENS=1 swift test --filter GoldenTests` and
/// review the diff.
@Suite struct GoldenTests {
    static func card(_ body: [JSONValue], actions: [JSONValue] = []) -> JSONValue {
        var o: JSONObject = ["type": "AdaptiveCard", "version": "1.6", "body": .array(body)]
        if !actions.isEmpty { o["actions"] = .array(actions) }
        return .object(o)
    }

    static let text: JSONValue = ["type": "TextBlock", "text": "Caption", "isSubtle": true]

    /// One card per type (name → card).
    static let cards: [(String, JSONValue)] = [
        ("TextBlock", card([
            ["type": "TextBlock", "text": "Quarterly review", "style": "heading"],
            ["type": "TextBlock", "text": "**Bold**, _italic_ and a [link](https://example.com).\n\n- first\n- second", "wrap": true],
            ["type": "TextBlock", "text": "Subtle accent, right", "color": "accent", "isSubtle": true, "horizontalAlignment": "right", "size": "small"],
            ["type": "TextBlock", "text": "Monospace, large, bolder, separated", "fontType": "monospace", "size": "large", "weight": "bolder", "separator": true, "spacing": "large"],
            ["type": "TextBlock", "text": .string("A long paragraph limited to two lines. " + String(repeating: "More words follow here. ", count: 8)), "wrap": true, "maxLines": 2],
            ["type": "TextBlock", "text": "Created {{DATE(2017-02-14T06:08:39Z, SHORT)}} at {{TIME(2017-02-14T06:08:39Z)}}"],
        ])),
        ("RichTextBlock", card([
            ["type": "RichTextBlock", "horizontalAlignment": "center", "inlines": [
                "Plain ", ["type": "TextRun", "text": "bold ", "weight": "bolder"], ["type": "TextRun", "text": "italic ", "italic": true],
                ["type": "TextRun", "text": "struck ", "strikethrough": true], ["type": "TextRun", "text": "highlight ", "highlight": true, "color": "good"],
                ["type": "TextRun", "text": "underline ", "underline": true], ["type": "TextRun", "text": "code ", "fontType": "monospace"],
                ["type": "TextRun", "text": "link", "selectAction": ["type": "Action.OpenUrl", "url": "https://example.com"]],
            ]],
        ])),
        ("Image", card([
            ["type": "Image", "url": "https://example.com/person.png", "altText": "Ann Lee", "size": "small", "style": "person"],
            ["type": "Image", "url": "https://example.com/hero.png", "altText": "Hero", "size": "stretch", "selectAction": ["type": "Action.OpenUrl", "url": "https://example.com", "title": "Open"]],
            ["type": "Image", "url": "https://example.com/logo.png", "altText": "Logo", "width": "120px", "height": "40px", "horizontalAlignment": "center", "backgroundColor": "#FF6264A7"],
        ])),
        ("ImageSet", card([
            ["type": "ImageSet", "imageSize": "small", "images": [
                ["type": "Image", "url": "https://example.com/1.png", "altText": "One"], ["type": "Image", "url": "https://example.com/2.png", "altText": "Two"],
                ["type": "Image", "url": "https://example.com/3.png", "altText": "Three"],
            ]],
        ])),
        ("Media", card([
            ["type": "Media", "poster": "https://example.com/poster.png", "altText": "Product video",
             "sources": [["mimeType": "video/mp4", "url": "https://example.com/video.mp4"]],
             "captionSources": [["mimeType": "vtt", "label": "English", "url": "https://example.com/en.vtt"]]],
            ["type": "Media", "poster": "https://example.com/poster.png", "altText": "Talk", "sources": [["url": "https://www.youtube.com/watch?v=abc"]]],
        ])),
        ("Container", card([
            ["type": "Container", "style": "emphasis", "bleed": true, "items": [text, ["type": "TextBlock", "text": "Emphasis, bleeding"]]],
            ["type": "Container", "style": "good", "minHeight": "80px", "verticalContentAlignment": "center", "separator": true,
             "selectAction": ["type": "Action.Submit", "title": "Select"], "items": [["type": "TextBlock", "text": "Good, centred, selectable"]]],
            ["type": "Container", "backgroundImage": ["url": "https://example.com/bg.png", "fillMode": "repeatHorizontally", "verticalAlignment": "center"],
             "rtl": true, "items": [["type": "TextBlock", "text": "نص من اليمين إلى اليسار"]]],
        ])),
        ("ColumnSet", card([
            ["type": "ColumnSet", "style": "accent", "columns": [
                ["type": "Column", "width": "auto", "items": [["type": "Image", "url": "https://example.com/p.png", "altText": "P", "size": "small"]]],
                ["type": "Column", "width": "stretch", "verticalContentAlignment": "center", "items": [["type": "TextBlock", "text": "Stretch"]]],
                ["type": "Column", "width": 2, "separator": true, "items": [["type": "TextBlock", "text": "Weight 2"]]],
                ["type": "Column", "width": "60px", "style": "attention", "items": [["type": "TextBlock", "text": "60px"]]],
            ]],
        ])),
        ("FactSet", card([["type": "FactSet", "facts": [["title": "Board", "value": "Adaptive Cards"], ["title": "Assigned to", "value": "**Matt**"], ["title": "Due", "value": "Not set"]]]])),
        ("Table", card([
            ["type": "Table", "gridStyle": "accent", "columns": [["width": 2], ["width": 1, "horizontalCellContentAlignment": "right"]], "rows": [
                ["type": "TableRow", "cells": [["type": "TableCell", "items": [["type": "TextBlock", "text": "Item"]]], ["type": "TableCell", "items": [["type": "TextBlock", "text": "Qty"]]]]],
                ["type": "TableRow", "cells": [["type": "TableCell", "items": [["type": "TextBlock", "text": "Apples"]]], ["type": "TableCell", "items": [["type": "TextBlock", "text": "3"]]]]],
                ["type": "TableRow", "style": "emphasis", "cells": [["type": "TableCell", "items": [["type": "TextBlock", "text": "Pears"]]], ["type": "TableCell", "items": [["type": "TextBlock", "text": "12"]]]]],
            ]],
            ["type": "Table", "showGridLines": false, "firstRowAsHeaders": false, "columns": [["width": "100px"], ["width": 1]], "rows": [
                ["type": "TableRow", "cells": [["type": "TableCell", "items": [["type": "TextBlock", "text": "No grid"]]], ["type": "TableCell", "items": [["type": "TextBlock", "text": "row 1"]]]]],
                ["type": "TableRow", "cells": [["type": "TableCell", "items": [["type": "TextBlock", "text": "No grid"]]], ["type": "TableCell", "items": [["type": "TextBlock", "text": "row 2"]]]]],
            ]],
        ])),
        ("ActionSet", card([
            text,
            ["type": "ActionSet", "horizontalAlignment": "center", "actions": [["type": "Action.Submit", "title": "Centred"], ["type": "Action.Execute", "title": "Run", "style": "positive"]]],
            ["type": "ActionSet", "orientation": "vertical", "actions": [["type": "Action.OpenUrl", "title": "Docs", "url": "https://example.com/docs"], ["type": "Action.Submit", "title": "Off", "isEnabled": false]]],
        ])),
        ("Input.Text", card([
            ["type": "Input.Text", "id": "name", "label": "Name", "isRequired": true, "placeholder": "First and last name", "value": "Ann Lee"],
            ["type": "Input.Text", "id": "comment", "label": "Comment", "isMultiline": true, "placeholder": "Say something",
             "inlineAction": ["type": "Action.Submit", "title": "Send"]],
            ["type": "Input.Text", "id": "mail", "label": "Email", "style": "email", "labelPosition": "inline", "labelWidth": "80px"],
        ])),
        ("Input.Number", card([["type": "Input.Number", "id": "n", "label": "Guests", "min": 1, "max": 10, "value": 2, "placeholder": "How many?"]])),
        ("Input.Date", card([["type": "Input.Date", "id": "d", "label": "Arrival", "value": "2024-05-01", "min": "2024-01-01"]])),
        ("Input.Time", card([["type": "Input.Time", "id": "t", "label": "Time", "value": "09:30"]])),
        ("Input.Toggle", card([["type": "Input.Toggle", "id": "ok", "title": "I accept the terms", "value": "true", "label": "Terms"]])),
        ("Input.ChoiceSet", card([
            ["type": "Input.ChoiceSet", "id": "c1", "label": "Colour", "placeholder": "Pick one", "choices": [["title": "Red", "value": "r"], ["title": "Blue", "value": "b"]]],
            ["type": "Input.ChoiceSet", "id": "c2", "label": "Size", "style": "expanded", "value": "m", "choices": [["title": "S", "value": "s"], ["title": "M", "value": "m"]]],
            ["type": "Input.ChoiceSet", "id": "c3", "label": "Toppings", "isMultiSelect": true, "value": "a,c", "choices": [["title": "A", "value": "a"], ["title": "B", "value": "b"], ["title": "C", "value": "c"]]],
            ["type": "Input.ChoiceSet", "id": "c4", "label": "Animal", "style": "filtered", "value": "cat", "choices": [["title": "Cat", "value": "cat"]]],
        ])),
        ("Carousel", card([
            ["type": "Carousel", "pages": [
                ["type": "CarouselPage", "items": [["type": "TextBlock", "text": "Page one"]]],
                ["type": "CarouselPage", "items": [["type": "TextBlock", "text": "Page two"]]],
            ]],
        ])),
        ("Action.OpenUrl", card([text], actions: [["type": "Action.OpenUrl", "title": "Open site", "url": "https://example.com", "tooltip": "Opens example.com", "iconUrl": "https://example.com/icon.png"]])),
        ("Action.Submit", card([text], actions: [["type": "Action.Submit", "title": "Approve", "style": "positive"], ["type": "Action.Submit", "title": "Reject", "style": "destructive"]])),
        ("Action.Execute", card([text], actions: [["type": "Action.Execute", "title": "Refresh", "verb": "refresh"], ["type": "Action.Execute", "title": "Archive", "mode": "secondary"]])),
        ("Action.ShowCard", card([text], actions: [
            ["type": "Action.ShowCard", "title": "Comment", "card": ["type": "AdaptiveCard", "body": [["type": "Input.Text", "id": "c", "label": "Comment", "isMultiline": true]],
                                                                   "actions": [["type": "Action.Submit", "title": "OK"]]]],
            ["type": "Action.ShowCard", "title": "Details", "card": ["type": "AdaptiveCard", "body": [["type": "TextBlock", "text": "More details."]]]],
        ])),
        ("Action.ToggleVisibility", card([
            ["type": "TextBlock", "text": "Hidden until toggled", "id": "more", "isVisible": false, "separator": true],
            ["type": "TextBlock", "text": "Hidden while toggled", "id": "less"],
            ["type": "Container", "selectAction": ["type": "Action.ToggleVisibility", "title": "Expand", "targetElements": ["more"]], "items": [["type": "TextBlock", "text": "Click the container"]]],
        ], actions: [["type": "Action.ToggleVisibility", "title": "Toggle", "targetElements": ["more", ["elementId": "less", "isVisible": false]]]])),
        ("Action.OpenUrlDialog", card([text], actions: [["type": "Action.OpenUrlDialog", "title": "Open dialog", "url": "https://example.com/dialog", "dialogTitle": "Dialog"]])),
        ("Unsupported", card([["type": "Graph", "fallback": ["type": "TextBlock", "text": "Graph fallback"]], ["type": "Timeline"]])),
    ]

    static func pretty(_ html: String) -> String {
        html.replacingOccurrences(of: "><div", with: ">\n<div").replacingOccurrences(of: "><details", with: ">\n<details") + "\n"
    }

    @Test func everyElementTypeHasAGolden() {
        let types = Set(Schema.elements.keys).union(Schema.actions.keys)
        let covered = Set(Self.cards.map(\.0))
        #expect(types.isSubset(of: covered), "\(types.subtracting(covered))")
    }

    @Test(arguments: cards.map(\.0))
    func elementHTML(_ name: String) throws {
        let card = try #require(Self.cards.first { $0.0 == name }?.1)
        let renderings = Fixtures.themeNames.map { CardRenderer.render(card: card, hostConfig: Fixtures.theme($0), options: RenderOptions(idPrefix: "g")) }
        #expect(renderings.allSatisfy { $0 == renderings[0] }, "the Teams themes share one HTML")
        #expect(HTMLCheck.scriptProblems(renderings[0].html).isEmpty)
        var text = Self.pretty(renderings[0].html)
        text += renderings[0].warnings.map { "<!-- \($0.description.replacingOccurrences(of: "--", with: "- -")) -->\n" }.joined()
        if let problem = Golden.check(text, target: "CardRenderingTests", name: "elements/\(name).html") {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test(arguments: Fixtures.themeNames)
    func themeStylesheet(_ theme: String) {
        let css = CardStylesheet.css(for: Fixtures.theme(theme), scope: ".ac-theme-" + theme)
        if let problem = Golden.check(css, target: "CardRenderingTests", name: "themes/\(theme).css") {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test func baseStylesheet() {
        if let problem = Golden.check(CardStylesheet.base, target: "CardRenderingTests", name: "themes/base.css") {
            Issue.record(Comment(rawValue: problem))
        }
    }

    /// A whole card per host config, as the `card` command writes it.
    @Test(.needsShared, arguments: Fixtures.themeNames)
    func standaloneDocument(_ theme: String) throws {
        let card = try #require(Fixtures.json(TestPaths.conformance.appendingPathComponent("cards/expanded-reference-js/scenarios/ExpenseReport.json")))
        let (html, _) = StandaloneCard.document(card: card, hostConfig: Fixtures.theme(theme), title: "Expense report",
                                                themeClass: "ac-theme-" + theme) { url in
            url.hasSuffix(".png") ? "data:image/png;base64,iVBORw0KGgo=" : nil
        }
        #expect(!html.contains("https://adaptivecards.io/content/"), "images inlined")
        if let problem = Golden.check(html, target: "CardRenderingTests", name: "standalone/\(theme).html") {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test func previews() {
        let items = [
            PreviewCardContent(title: "Contoso Ltd", subtitle: "Redmond, WA", text: "A fine company", imageURL: "https://example.com/c.png", imageAlt: "Contoso logo"),
            PreviewCardContent(title: "Fabrikam", subtitle: "Seattle", text: nil, imageURL: nil),
        ]
        var text = ""
        for layout in PreviewLayout.allCases {
            text += Self.pretty(PreviewCardRenderer.searchResults(items, layout: layout).html)
        }
        let citation = CitationContent(title: "Repair #42", subtitle: "Assigned to Karin", url: "https://www.contoso.com/repairs/42", thumbnailURL: "https://example.com/t.png")
        text += Self.pretty(PreviewCardRenderer.citation(citation, index: 1).html)
        let card = CardRenderer.render(card: Self.card([["type": "TextBlock", "text": "Repair #42"]]), hostConfig: Fixtures.teamsLight)
        text += Self.pretty(PreviewCardRenderer.copilotResponse(card: card, citation: citation).html)
        if let problem = Golden.check(text, target: "CardRenderingTests", name: "previews/previews.html") {
            Issue.record(Comment(rawValue: problem))
        }
    }
}
