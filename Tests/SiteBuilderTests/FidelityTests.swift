import Foundation
@testable import SiteBuilder
import Testing
import TestSupport

/// Card previews against the official renderer: every public card of
/// `../shared/conformance/cards/reference-renders` (templates with their data, plain samples)
/// is written by `CardAction` as `plugin-catalog card --bare` writes it (the card element
/// alone, Teams light and dark), then `scripts/site-checks/fidelity.py` opens each one in
/// headless Chromium at 400 px and compares it with the reference PNG and text: visible
/// text, grey-level pixels and height. The means per theme must stay at or above the floors
/// below (they only rise); side-by-side PNGs of the ten worst renders go to
/// `.build/fidelity/`. Method and figures: docs/renderer.md, "Fidelity".
@Suite struct FidelityTests {
    /// Means over the cards not excluded, per theme (1.0 = identical to the reference).
    /// Reached: text 1.0000, pixels 0.9993 (light) and 0.9992 (dark), height 1.0000.
    static let floors: [(theme: String?, metric: String, value: Double)] = [
        (nil, "text", 0.999),
        (nil, "pixels", 0.997),
        (nil, "height", 0.999),
    ]

    /// Cards left out of the means and floors, each with the reason (docs/renderer.md, "Fidelity",
    /// shows them side by side).
    static let excluded: [String: String] = [
        "samples/v1.2/Elements/Action.ShowCard.Style.json": positiveAndDestructive,
        "samples/v1.2/Elements/Action.OpenUrl.Style.json": positiveAndDestructive,
        "samples/v1.2/Elements/Action.Submit.Style.json": positiveAndDestructive,
        "samples/v1.2/Elements/ActionFallback.json":
            "an unknown action without fallback shows a marker here (the build also warns); Teams leaves it out",
        "samples/v1.6/Elements/Input.ChoiceSet.DynamicTypeahead.json":
            "the Designer's Teams stylesheet leaves the type-ahead box unstyled (white, grey border); Teams draws it like its other inputs, as here",
        "templates/scenarios/CarouselTemplatedPages.template.json":
            "the reference carousels are taller than any of their pages: hidden slides (Swiper's copies for looping) keep the alt text of their failed images offline",
    ]
    static let positiveAndDestructive =
        "positive and destructive buttons: the Designer's Teams stylesheet has no style for them, so they show the generic renderer's blue and red; Teams fills positive ones with its brand colour and writes destructive ones in red"

    static let references = TestPaths.conformance.appendingPathComponent("cards/reference-renders")

    struct Reference: Decodable {
        var card: String
        var data: String?
        var host: String
        var png: String
    }

    struct Index: Decodable {
        var renders: [Reference]
    }

    @Test(.needsShared, .enabled(if: SiteChecks.enabled, "SKIP_SITE_CHECKS=1 is set"), .timeLimit(.minutes(10)))
    func previewsMatchTheOfficialRenderer() async throws {
        let index = try JSONDecoder().decode(Index.self, from: Data(contentsOf: Self.references.appendingPathComponent("index.json")))
        let renders = try requireInputs(index.renders, "reference renders")
        let pages = TestPaths.temporaryDirectory("fidelity")
        defer { try? FileManager.default.removeItem(at: pages) }
        try Self.writePages(renders, to: pages)

        let out = TestPaths.repositoryRoot.appendingPathComponent(".build/fidelity")
        var arguments = [Self.references.path, pages.path, "--out", out.path]
        for floor in Self.floors {
            arguments += ["--floor", (floor.theme.map { $0 + ":" } ?? "") + floor.metric + "=" + String(floor.value)]
        }
        for (card, reason) in Self.excluded.sorted(by: { $0.key < $1.key }) {
            arguments += ["--exclude", card + "=" + reason]
        }
        guard let run = await SiteChecks.run("fidelity.py", arguments, timeout: 540) else { return }
        print(run.output.split(separator: "\n").filter { $0.hasPrefix("fidelity: ") }.joined(separator: "\n"))
        #expect(run.status == SiteChecks.passed, Comment(rawValue: "The card previews fell under a fidelity floor:\n" + run.output))
        #expect(run.output.contains("\(renders.count) renders compared"), Comment(rawValue: run.output))
    }

    /// The check itself: a preview that is not the card fails its floor, a faithful one passes,
    /// and a missing page is a problem.
    @Test(.needsShared, .enabled(if: SiteChecks.enabled, "SKIP_SITE_CHECKS=1 is set"), .timeLimit(.minutes(5)))
    func theCheckCatchesAWrongPreview() async throws {
        let index = try JSONDecoder().decode(Index.self, from: Data(contentsOf: Self.references.appendingPathComponent("index.json")))
        let card = "samples/v1.0/Elements/TextBlock.Color.json"
        let renders = try requireInputs(index.renders.filter { $0.card == card }, "renders of \(card)")
        let pages = TestPaths.temporaryDirectory("fidelity-self-test")
        defer { try? FileManager.default.removeItem(at: pages) }
        try Self.writePages(renders, to: pages)
        // The dark page shows another card.
        let dark = try #require(renders.first { $0.host == "teams-dark" })
        let wrong = TestPackage.write(["other.json": #"{"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock", "text": "Something else entirely", "size": "extraLarge"}]}"#])
        var action = CardAction(template: wrong.appendingPathComponent("other.json"), host: .named("teams-dark"))
        action.bare = true
        try Data(try #require(action.run().html).utf8).write(to: pages.appendingPathComponent(String(dark.png.dropLast(4)) + ".html"))
        let out = TestPaths.temporaryDirectory("fidelity-self-test-out")
        defer { try? FileManager.default.removeItem(at: out) }
        let arguments = [Self.references.path, pages.path, "--out", out.path, "--only", "^" + NSRegularExpression.escapedPattern(for: card) + "$",
                         "--floor", "text=0.99", "--floor", "pixels=0.99", "--worst", "1"]
        guard let run = await SiteChecks.run("fidelity.py", arguments, timeout: 240) else { return }
        #expect(run.status == SiteChecks.foundProblems, Comment(rawValue: run.output))
        #expect(run.output.contains("teams-dark text ") && run.output.contains("is under its floor 0.9900"), Comment(rawValue: run.output))
        #expect(!run.output.contains("teams-light text ") && !run.output.contains("teams-light pixels "), Comment(rawValue: run.output))
        #expect(run.output.contains("2 renders compared") || run.output.contains("in 2 renders"), Comment(rawValue: run.output))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("01-" + String(dark.png.dropLast(4)) + ".png").path))
    }

    /// `card --bare`: the card element alone (no heading, page padding or frame), as wide as
    /// the window; without it, the page keeps its heading.
    @Test func bareDocumentHoldsTheCardElementOnly() throws {
        let folder = TestPackage.write(["hello.json": #"{"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock", "text": "Hello"}]}"#])
        var action = CardAction(template: folder.appendingPathComponent("hello.json"))
        let framed = try #require(action.run().html)
        action.bare = true
        let bare = try #require(action.run().html)
        #expect(framed.contains("<h1 class=\"ac-standalone-title\">hello.json</h1>") && !framed.contains("<body class=\"ac-standalone ac-bare"))
        #expect(!bare.contains("<h1") && bare.contains("<body class=\"ac-standalone ac-bare "))
        #expect(bare.contains(".ac-bare main{max-width:none;padding:0}") && bare.contains(".ac-bare .ac-root{border:0;border-radius:0}"))
        #expect(bare.contains("<p>Hello</p>") && !bare.contains("<script"))
    }

    /// Each reference card as `plugin-catalog card --bare` writes it, named after its PNG.
    static func writePages(_ renders: [Reference], to folder: URL) throws {
        let cards = TestPaths.conformance.appendingPathComponent("cards")
        for render in renders {
            var action = CardAction(template: cards.appendingPathComponent(render.card),
                                    data: render.data.map { cards.appendingPathComponent($0) },
                                    host: .named(render.host))
            action.bare = true
            let result = action.run()
            let html = try #require(result.html, "\(render.card) was not rendered: \(result.diagnostics.map(\.formatted))")
            let name = render.png.hasSuffix(".png") ? String(render.png.dropLast(4)) : render.png
            try Data(html.utf8).write(to: folder.appendingPathComponent(name + ".html"))
        }
    }
}
