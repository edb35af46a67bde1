import Foundation
import JSONTree
import Testing
import TestSupport
@testable import CardRendering

/// The layout rules that make a preview look like the official renderer in Teams (issue #14):
/// the markup each behaviour produces and the stylesheet rule that gives it the official
/// geometry. The geometry itself is measured in a browser by the fidelity check
/// (`Tests/SiteBuilderTests/FidelityTests.swift`).
@Suite struct TeamsLayoutTests {
    static func render(_ body: [JSONValue], actions: [JSONValue] = [], extra: JSONObject = [:],
                       host: HostConfig = Fixtures.teamsLight) throws -> (Node, RenderedCard) {
        try RenderingBehaviourTests.render(RenderingBehaviourTests.card(body, actions: actions, extra: extra), host)
    }

    static let base = CardStylesheet.base
    static let light = CardStylesheet.css(for: Fixtures.teamsLight, scope: ".t")
    static let dark = CardStylesheet.css(for: Fixtures.teamsDark, scope: ".t")

    /// The declarations of the first rule whose selector is exactly `selector`.
    static func rule(_ selector: String, in css: String = base) -> String? {
        guard let start = css.range(of: "\n" + selector + "{") ?? (css.hasPrefix(selector + "{") ? css.range(of: selector + "{") : nil),
              let end = css[start.upperBound...].firstIndex(of: "}") else { return nil }
        return String(css[start.upperBound..<end])
    }

    @Test func maxLinesClampsWrappedTextWithAnEllipsis() throws {
        let (root, _) = try Self.render([
            ["type": "TextBlock", "text": "A long review", "wrap": true, "maxLines": 3, "size": "large"],
            ["type": "TextBlock", "text": "Not wrapped", "maxLines": 3],
        ])
        let blocks = root.all(class: "ac-textBlock")
        #expect(blocks[0].hasClass("ac-clamp") && blocks[0].attr("style") == "--ac-max-lines:3")
        // maxLines only applies to wrapping text (one line with an ellipsis otherwise).
        #expect(!blocks[1].hasClass("ac-clamp") && !blocks[1].hasClass("ac-wrap"))
        let clamp = try #require(Self.rule(".ac-textBlock.ac-clamp"))
        #expect(clamp.contains("display:-webkit-box") && clamp.contains("-webkit-line-clamp:var(--ac-max-lines)") && clamp.contains("overflow:hidden"))
        // The official renderer drops the explicit line height of a clamped block: the font's
        // own, declared after the size rules so it wins over them.
        let normal = try #require(Self.base.range(of: ".ac-textBlock.ac-clamp{line-height:normal}"))
        let large = try #require(Self.base.range(of: ".ac-textBlock.ac-size-large{line-height:var(--ac-lh-large)}"))
        #expect(normal.lowerBound > large.lowerBound)
        // A paragraph inside must not start a formatting context of its own (it would escape the clamp).
        #expect(Self.rule(".ac-textBlock:not(.ac-wrap)>:first-child")?.contains("overflow:hidden") == true)
    }

    @Test func carouselShowsOnePageAndPagesWithoutScript() throws {
        let page = { (text: String) -> JSONValue in ["type": "CarouselPage", "items": [["type": "TextBlock", "text": .string(text)]]] }
        let (root, r) = try Self.render([
            ["type": "Carousel", "pages": [page("one"), page("two"), page("three")]],
            ["type": "Carousel", "loop": false, "initialPage": 1, "pages": [page("a"), page("b")]],
        ])
        #expect(r.html.contains("<script") == false)
        let carousels = root.all(class: "ac-carousel")
        let radios = carousels[0].all(class: "ac-carousel-radio")
        #expect(radios.count == 3 && radios.allSatisfy { $0.attr("type") == "radio" && $0.attr("name") == radios[0].attr("name") })
        #expect(radios.map { $0.attr("checked") != nil } == [true, false, false])
        #expect(radios.map { $0.attr("aria-label") ?? "" } == ["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"])
        // Each page's arrows are labels of its neighbours' radio buttons (looping by default).
        let ids = radios.map { $0.attr("id") ?? "" }
        let arrows = carousels[0].all(class: "ac-carousel-arrows")
        #expect(arrows.count == 3 && arrows.allSatisfy { $0.attr("aria-hidden") == "true" })
        #expect(arrows.map { $0.first(class: "ac-carousel-prev")?.attr("for") ?? "" } == [ids[2], ids[0], ids[1]])
        #expect(arrows.map { $0.first(class: "ac-carousel-next")?.attr("for") ?? "" } == [ids[1], ids[2], ids[0]])
        // Without looping the ends are dimmed arrows that go nowhere; initialPage chooses the page shown.
        let second = carousels[1]
        #expect(second.all(class: "ac-carousel-radio").map { $0.attr("checked") != nil } == [false, true])
        #expect(second.all(class: "ac-carousel-end").count == 2 && second.all(tag: "label").filter { $0.hasClass("ac-carousel-prev") }.count == 1)
        // The stylesheet shows the page (and its arrows) whose radio button is checked; every
        // page keeps its place, so the carousel is as tall as its tallest page.
        for k in 1...CardStylesheet.carouselPages {
            let current = ".ac-carousel:has(>.ac-carousel-nav>.ac-carousel-pagination>.ac-carousel-bullet:nth-child(\(k))>:checked)"
            #expect(Self.base.contains(current + ">.ac-carousel-viewport>.ac-carousel-page:nth-child(\(k)){visibility:visible}"))
            #expect(Self.base.contains(current + ">.ac-carousel-nav>.ac-carousel-arrows:nth-child(\(k)){display:contents}"))
        }
        #expect(Self.rule(".ac-carousel-viewport>.ac-carousel-page")?.contains("grid-area:1/1") == true)
        #expect(Self.rule(".ac-carousel-viewport>.ac-carousel-page")?.contains("visibility:hidden") == true)
        #expect(Self.rule(".ac-carousel")?.contains("padding:0 50px 50px") == true)
    }

    @Test func carouselShowsAtMostTenPages() throws {
        let pages: [JSONValue] = (0..<12).map { .object(["type": "CarouselPage", "items": [["type": "TextBlock", "text": .string("p\($0)")]]]) }
        let (root, r) = try Self.render([["type": "Carousel", "pages": .array(pages)]])
        #expect(root.all(class: "ac-carousel-page").count == CardStylesheet.carouselPages)
        #expect(r.warnings.contains { $0.path == "/body/0/pages/10" })
    }

    @Test func stretchMinHeightAndVerticalAlignment() throws {
        let (root, _) = try Self.render([
            ["type": "ColumnSet", "minHeight": "120px", "columns": [
                ["type": "Column", "minHeight": "200px", "verticalContentAlignment": "bottom", "items": [
                    ["type": "Container", "height": "stretch", "items": [["type": "TextBlock", "text": "grows"]]],
                    ["type": "Container", "items": [["type": "TextBlock", "text": "inherits bottom"]]],
                ]],
            ]],
        ], extra: ["minHeight": "300px", "verticalContentAlignment": "center"])
        let card = try #require(root.first(class: "ac-root"))
        #expect(card.attr("style") == "min-height:300px" && card.hasClass("ac-vca-center"))
        #expect(root.first(class: "ac-columnSet")?.attr("style") == "min-height:120px")
        let column = try #require(root.first(class: "ac-column"))
        #expect(column.attr("style") == "min-height:200px" && column.hasClass("ac-vca-bottom"))
        let containers = column.all(class: "ac-container").filter { !$0.hasClass("ac-column") }
        #expect(containers[0].hasClass("ac-stretch"))
        // A container without its own alignment takes its parent container's, as in the official renderer.
        #expect(containers[1].hasClass("ac-vca-bottom"))
        #expect(Self.rule(".ac-adaptiveCard>.ac-stretch,.ac-container>.ac-stretch")?.contains("flex:1 1 auto") == true)
        #expect(Self.rule(".ac-vca-center") == "justify-content:center" && Self.rule(".ac-vca-bottom") == "justify-content:flex-end")
    }

    @Test func spacingAndSeparatorsFollowTheHostConfig() throws {
        let (root, _) = try Self.render([
            ["type": "TextBlock", "text": "a"],
            ["type": "TextBlock", "text": "b", "spacing": "extraLarge"],
            ["type": "TextBlock", "text": "c", "spacing": "medium", "separator": true],
            ["type": "TextBlock", "text": "d", "spacing": "none"],
        ])
        let separators = root.all(class: "ac-horizontal-separator")
        #expect(separators.map(\.classes) == [["ac-horizontal-separator", "ac-sp-extraLarge"],
                                             ["ac-horizontal-separator", "ac-sp-medium", "ac-line"]])
        // Teams light: 8/12/16/20/24 px, padding 16 px, a 1 px #EEEEEE line.
        for (name, px) in [("small", 8), ("default", 12), ("medium", 16), ("large", 20), ("extraLarge", 24), ("padding", 16)] {
            #expect(Self.light.contains("--ac-sp-\(name):\(px)px;"))
        }
        #expect(Self.light.contains("--ac-sep-width:1px;") && Self.light.contains("--ac-sep-color:#eeeeee;"))
        // Half the spacing above the line, half below, as the official renderer.
        let line = try #require(Self.rule(".ac-horizontal-separator.ac-line.ac-sp-medium"))
        #expect(line == "height:auto;padding-top:calc(var(--ac-sp-medium) / 2);margin-bottom:calc(var(--ac-sp-medium) / 2)")
        #expect(Self.rule(".ac-horizontal-separator.ac-sp-extraLarge") == "height:var(--ac-sp-extraLarge)")
        // The action row is preceded by the host's actions spacing.
        let (withActions, _) = try Self.render([["type": "TextBlock", "text": "x"]], actions: [["type": "Action.Submit", "title": "Go"]])
        #expect(withActions.all(class: "ac-horizontal-separator").last?.hasClass("ac-sp-default") == true)
    }

    @Test func bleedOnlyWhereThereIsBackgroundToBleed() throws {
        let (root, _) = try Self.render([
            ["type": "Container", "style": "emphasis", "bleed": true, "items": [["type": "TextBlock", "text": "full width"]]],
            ["type": "Container", "bleed": true, "items": [["type": "TextBlock", "text": "no background: no bleed"]]],
            ["type": "ColumnSet", "columns": [
                ["type": "Column", "style": "good", "bleed": true, "items": [["type": "TextBlock", "text": "left"]]],
                ["type": "Column", "style": "attention", "bleed": true, "items": [["type": "TextBlock", "text": "right"]]],
            ]],
        ])
        let containers = root.all(class: "ac-container").filter { !$0.hasClass("ac-column") }
        #expect(Set(containers[0].classes.filter { $0.hasPrefix("ac-bleed") }) == ["ac-bleed-t", "ac-bleed-s", "ac-bleed-e"])
        #expect(!containers[1].classes.contains { $0.hasPrefix("ac-bleed") })
        let columns = root.all(class: "ac-column")
        #expect(Set(columns[0].classes.filter { $0.hasPrefix("ac-bleed") }) == ["ac-bleed-b", "ac-bleed-s"])
        #expect(Set(columns[1].classes.filter { $0.hasPrefix("ac-bleed") }) == ["ac-bleed-b", "ac-bleed-e"])
        #expect(Self.rule(".ac-bleed-s") == "margin-inline-start:calc(-1 * var(--ac-outer-pad,0px))")
    }

    @Test func imageSizesAndPersonStyle() throws {
        let url: JSONValue = "https://example.com/a.png"
        let (root, _) = try Self.render([
            ["type": "Image", "url": url, "altText": "a"],
            ["type": "Image", "url": url, "altText": "b", "size": "stretch"],
            ["type": "Image", "url": url, "altText": "c", "size": "small", "style": "person"],
            ["type": "Image", "url": url, "altText": "d", "size": "medium"],
            ["type": "Image", "url": url, "altText": "e", "size": "large", "horizontalAlignment": "center"],
            ["type": "Image", "url": url, "altText": "f", "width": "64px", "height": "48px"],
            ["type": "ImageSet", "imageSize": "small", "images": [["type": "Image", "url": url, "altText": "g"]]],
        ])
        let images = root.all(tag: "img")
        #expect(images[0].hasClass("ac-img-auto") && images[1].hasClass("ac-img-stretch"))
        #expect(images[2].hasClass("ac-img-small") && images[2].hasClass("ac-person"))
        #expect(images[3].hasClass("ac-img-medium") && images[4].hasClass("ac-img-large"))
        #expect(root.all(class: "ac-image-box")[4].hasClass("ac-ha-center"))
        #expect(images[5].attr("style") == "width:64px;height:48px" && !images[5].classes.contains { $0.hasPrefix("ac-img-") })
        #expect(images[6].hasClass("ac-img-set-small"))
        // Teams sizes: 32, 52 and 100 px; images never wider than their column.
        #expect(Self.light.contains("--ac-img-small:32px;") && Self.light.contains("--ac-img-medium:52px;") && Self.light.contains("--ac-img-large:100px;"))
        #expect(Self.rule(".ac-img-stretch") == "width:100%" && Self.rule(".ac-img-small") == "width:var(--ac-img-small)")
        #expect(Self.rule(".ac-image")?.contains("max-width:100%") == true)
        #expect(Self.rule(".ac-person")?.contains("border-radius:50%") == true)
        // An image set spaces its images 10 px apart, as the official renderer.
        #expect(Self.base.contains(">.ac-imageSet-item{margin-inline-end:10px}"))
    }

    @Test func columnWidthsAsTheOfficialRenderer() throws {
        let (root, _) = try Self.render([
            ["type": "ColumnSet", "columns": [
                ["type": "Column", "width": "auto", "items": []], ["type": "Column", "width": "stretch", "items": []],
                ["type": "Column", "width": 1, "items": []], ["type": "Column", "width": 3, "items": []],
                ["type": "Column", "width": "80px", "items": []], ["type": "Column", "items": []],
            ]],
        ])
        let columns = root.all(class: "ac-column")
        #expect(columns.map { $0.classes.first { $0.hasPrefix("ac-col-") } ?? "" } ==
                ["ac-col-auto", "ac-col-stretch", "ac-col-weight", "ac-col-weight", "ac-col-px", "ac-col-stretch"])
        #expect(columns[2].attr("style") == "flex:1 1 25%" && columns[3].attr("style") == "flex:1 1 75%")
        #expect(columns[4].attr("style") == "width:80px")
        #expect(Self.rule(".ac-col-auto") == "flex:0 1 auto" && Self.rule(".ac-col-stretch") == "flex:1 1 50px")
        #expect(Self.rule(".ac-col-px") == "flex:0 0 auto")
    }

    @Test func factSetIsLaidOutAsTheOfficialTable() throws {
        let (root, _) = try Self.render([["type": "FactSet", "facts": [["title": "Reimbursable Amount", "value": "$400.00"], ["title": "Due", "value": "Friday"]]]])
        let dl = try #require(root.all(tag: "dl").first)
        let facts = dl.children.filter { $0.tag == "div" }
        #expect(facts.count == 2 && facts.allSatisfy { $0.hasClass("ac-fact") && $0.children.map(\.tag) == ["dt", "dd"] })
        #expect(facts[0].children[0].hasClass("ac-wrap") && facts[0].children[1].hasClass("ac-wrap"))
        // Automatic table layout: the title column's share depends on titles and values; the
        // host's title maximum (150 px in Teams) caps it; 12 px between the columns.
        #expect(Self.rule(".ac-factset")?.contains("display:block") == true)
        #expect(Self.rule(".ac-fact") == "display:table-row")
        #expect(Self.rule(".ac-fact>dt") == "max-width:var(--ac-fact-title-max)" && Self.light.contains("--ac-fact-title-max:150px;"))
        #expect(Self.rule(".ac-fact>dd") == "padding-inline-start:12px")
    }

    @Test func actionRowDoesNotWrapAndOverflowsIntoAMenu() throws {
        let actions: [JSONValue] = (0..<8).map { .object(["type": "Action.Submit", "title": .string("Action number \($0)")]) }
            + [["type": "Action.OpenUrl", "title": "Later", "url": "https://example.com", "mode": "secondary"]]
        let (root, r) = try Self.render([["type": "TextBlock", "text": "x"]], actions: actions)
        let row = try #require(root.first(class: "ac-actionSet"))
        #expect(row.children.filter { $0.hasClass("ac-pushButton") }.count == 6)  // Teams maxActions
        #expect(r.warnings.contains { $0.kind == .tooManyActions })
        let overflow = try #require(row.first(class: "ac-overflow"))
        #expect(overflow.tag == "details" && overflow.first(class: "ac-overflow-button")?.textContent == "...")
        #expect(overflow.first(class: "ac-overflow-menu")?.first(class: "ac-action-openUrl") != nil)
        // One line: the buttons shrink and cut their titles with an ellipsis, as in Teams.
        let strip = try #require(Self.rule(".ac-actionSet"))
        #expect(strip.contains("flex-wrap:nowrap") && strip.contains("gap:var(--ac-btn-gap)"))
        #expect(Self.rule(".ac-pushButton")?.contains("flex:0 1 auto") == true)
        #expect(Self.rule(".ac-action-title")?.contains("text-overflow:ellipsis") == true)
        #expect(Self.light.contains("--ac-btn-gap:8px;") && Self.light.contains("--ac-btn-height:32px;") && Self.dark.contains("--ac-btn-height:34px;"))
    }

    @Test func showCardOpensBelowTheRowAtFullWidth() throws {
        let card: JSONValue = ["type": "AdaptiveCard", "body": [["type": "TextBlock", "text": "inside"]]]
        let (root, _) = try Self.render([["type": "TextBlock", "text": "x"]], actions: [
            ["type": "Action.ShowCard", "title": "One", "card": card],
            ["type": "Action.Submit", "title": "Two"],
            ["type": "Action.ShowCard", "title": "Three", "card": card],
        ])
        let bar = try #require(root.first(class: "ac-actionBar"))
        #expect(bar.children.map { $0.classes.first ?? "" } == ["ac-actionSet", "ac-sc-card", "ac-sc-card"])
        let details = bar.all(tag: "details")
        #expect(details.map { $0.hasClass("ac-sc1") || $0.hasClass("ac-sc2") } == [true, true])
        #expect(details.allSatisfy { $0.children.count == 1 && $0.attr("name") == details[0].attr("name") })
        let cards = bar.children.filter { $0.hasClass("ac-sc-card") }
        #expect(cards[0].hasClass("ac-sc1") && cards[1].hasClass("ac-sc2"))
        // Emphasis, bleeding to the card's sides and bottom, 16 px below the row (Teams).
        let inline = try #require(cards[0].first(class: "ac-inline"))
        #expect(inline.hasClass("ac-style-emphasis") && Set(inline.classes.filter { $0.hasPrefix("ac-bleed") }) == ["ac-bleed-s", "ac-bleed-e", "ac-bleed-b"])
        #expect(Self.rule(".ac-sc-card") == "display:none;margin-top:var(--ac-sc-margin)" && Self.light.contains("--ac-sc-margin:16px;"))
        #expect(Self.base.contains(".ac-actionBar:has(>.ac-actionSet .ac-sc1[open])>.ac-sc-card.ac-sc1{display:block}"))
    }

    @Test func tableGridLinesAndHeaderRow() throws {
        let cell = { (t: String) -> JSONValue in ["type": "TableCell", "items": [["type": "TextBlock", "text": .string(t)]]] }
        let (root, _) = try Self.render([
            ["type": "Table", "columns": [["width": 1], ["width": 2]], "rows": [
                ["type": "TableRow", "cells": [cell("H1"), cell("H2")]], ["type": "TableRow", "cells": [cell("a"), cell("b")]]]],
            ["type": "Table", "showGridLines": false, "firstRowAsHeaders": false, "columns": [["width": 1]], "rows": [
                ["type": "TableRow", "cells": [cell("x")]]]],
        ])
        let tables = root.all(class: "ac-table")
        #expect(tables[0].hasClass("ac-grid") && tables[0].hasClass("ac-grid-default") && tables[1].hasClass("ac-nogrid"))
        #expect(tables[0].all(class: "ac-tableCell").map { $0.attr("role") ?? "" } == ["columnheader", "columnheader", "cell", "cell"])
        #expect(tables[0].all(class: "ac-tableCell").allSatisfy { $0.hasClass("ac-grid-cell") })
        #expect(tables[1].all(class: "ac-tableCell").map { $0.attr("role") ?? "" } == ["cell"])
        // Grid: 1 px lines in the grid style's border colour, 8 px padding; no grid: the host's cell spacing.
        #expect(Self.rule(".ac-grid-cell") == "border-inline-end:1px solid var(--ac-grid-color);border-bottom:1px solid var(--ac-grid-color);padding:var(--ac-sp-small)")
        #expect(Self.base.contains(".ac-grid-default{--ac-grid-color:var(--ac-border-default)}") && Self.light.contains("--ac-border-default:#cccccc;"))
        #expect(Self.rule(".ac-nogrid>.ac-tableRow+.ac-tableRow") == "margin-top:var(--ac-cell-spacing)")
    }

    @Test func richTextRunsAndTextStyles() throws {
        let (root, _) = try Self.render([
            ["type": "RichTextBlock", "inlines": [
                "plain ", ["type": "TextRun", "text": "mono", "fontType": "monospace"],
                ["type": "TextRun", "text": "subtle", "isSubtle": true], ["type": "TextRun", "text": "marked", "highlight": true],
                ["type": "TextRun", "text": "gone", "strikethrough": true], ["type": "TextRun", "text": "big", "size": "extraLarge"],
            ]],
            ["type": "TextBlock", "text": "code", "fontType": "monospace", "isSubtle": true],
        ])
        let runs = root.all(class: "ac-textRun")
        #expect(runs.map(\.textContent) == ["plain ", "mono", "subtle", "marked", "gone", "big"])
        #expect(runs[1].hasClass("ac-mono") && runs[2].hasClass("ac-subtle") && runs[3].hasClass("ac-highlight"))
        #expect(runs[4].hasClass("ac-strike") && runs[5].hasClass("ac-size-extraLarge"))
        let block = try #require(root.all(class: "ac-textBlock").last)
        #expect(block.hasClass("ac-mono") && block.hasClass("ac-subtle"))
        // Runs keep the font's own line height (only text blocks get the host's 1.33 × size);
        // the rich text block's line boxes use the page's font size, as the official renderer.
        #expect(Self.rule(".ac-textBlock,.ac-textRun")?.contains("line-height") == false)
        #expect(Self.rule(".ac-size-extraLarge") == "font-size:var(--ac-fs-extraLarge)")
        #expect(Self.rule(".ac-adaptiveCard")?.contains("font-size:medium;line-height:normal") == true)
        #expect(Self.light.contains("--ac-font-mono:'Courier New', Courier, monospace;"))
        #expect(Self.rule(".ac-strike") == "text-decoration-line:line-through" && Self.rule(".ac-subtle") == "color:var(--ac-c-default-s)")
        #expect(Self.rule(".ac-highlight") == "background-color:var(--ac-hl-default)")
    }

    @Test func rightToLeftMirrorsTheLayout() throws {
        let (root, _) = try Self.render([
            ["type": "ColumnSet", "columns": [["type": "Column", "rtl": false, "items": [["type": "TextBlock", "text": "ltr"]]],
                                               ["type": "Column", "separator": true, "items": [["type": "TextBlock", "text": "rtl", "horizontalAlignment": "right"]]]]],
            ["type": "Input.Text", "id": "n", "label": "Name", "labelPosition": "inline"],
        ], extra: ["rtl": true])
        #expect(root.first(class: "ac-root")?.attr("dir") == "rtl")
        #expect(root.all(class: "ac-column")[0].attr("dir") == "ltr")
        #expect(root.all(class: "ac-textBlock")[1].hasClass("ac-ha-right"))
        // Logical properties: "right" is the end of the line, separators and bleed follow the direction.
        #expect(Self.rule(".ac-textBlock.ac-ha-right,.ac-richTextBlock.ac-ha-right") == "text-align:end")
        #expect(Self.rule(".ac-vertical-separator.ac-line")?.contains("border-inline-end") == true)
        #expect(Self.rule(".ac-carousel-prev") == "inset-inline-start:0")
    }

    @Test func inputsHaveTheTeamsSizes() throws {
        let (root, _) = try Self.render([
            ["type": "Input.Text", "id": "t", "label": "Text"],
            ["type": "Input.ChoiceSet", "id": "c", "label": "Pick", "choices": [["title": "A", "value": "a"]]],
            ["type": "Input.Date", "id": "d", "label": "When", "labelPosition": "inline", "labelWidth": 40],
            ["type": "Input.Number", "id": "n", "label": "How many", "labelPosition": "inline"],
        ])
        #expect(root.first(class: "ac-textInput")?.tag == "input")
        #expect(root.first(class: "ac-multichoiceInput")?.tag == "select")
        let inline = try #require(root.first(class: "ac-label-inline"))
        #expect(inline.first(class: "ac-input-label")?.attr("style") == "width:40%")
        #expect(inline.first(class: "ac-input-container")?.attr("style") == "width:60%")
        // Without a width, the host's (30 % in Teams) from the theme's stylesheet: the HTML holds no host value.
        let hostWidth = try #require(root.all(class: "ac-label-inline").last)
        #expect(hostWidth.first(class: "ac-input-label")?.hasClass("ac-label-width") == true && hostWidth.first(class: "ac-input-label")?.attr("style") == nil)
        #expect(hostWidth.first(class: "ac-input-container")?.hasClass("ac-label-width") == true)
        #expect(Self.light.contains("--ac-label-width:30%;") && Self.rule(".ac-input-label.ac-label-width") == "width:var(--ac-label-width)")
        // 31 px content + 4 px padding + 1 px border for boxes (41 px), 31 px for a select.
        let box = try #require(Self.rule(".ac-textInput,.ac-numberInput,.ac-dateInput,.ac-timeInput,.ac-multichoiceInput"))
        #expect(box.contains("height:41px") && box.contains("padding:4px 8px"))
        #expect(Self.rule("select.ac-multichoiceInput")?.hasPrefix("height:31px") == true)
        #expect(Self.rule(".ac-toggleInput>input,.ac-choice>input")?.contains("width:13px;height:13px") == true)
    }
}
