import Foundation
import JSONTree
import Testing
import TestSupport
@testable import CardRendering

/// Every card of the shared collections renders: well-formed HTML, nothing script-like, and
/// an "unsupported element" marker only for types that are not in the schema.
@Suite(.needsShared) struct CardCollectionTests {
    /// Raise as the collections grow; never lower.
    static let sampleFloor = 225
    static let scenarioFloor = 31
    static let corpusFloor = 113

    struct Outcome {
        var cards = 0
        var clean = 0
        var warnings: [String: Int] = [:]
        var failures: [String] = []
    }

    static func check(_ cards: [(String, JSONValue)], host: HostConfig = Fixtures.teamsLight) -> Outcome {
        var o = Outcome()
        let known = Set(Schema.elements.keys).union(Schema.actions.keys).union(Schema.parts.keys)
        for (name, card) in cards {
            o.cards += 1
            let r = CardRenderer.render(card: card, hostConfig: host)
            var ok = true
            for w in r.warnings { o.warnings[w.kind.rawValue, default: 0] += 1 }
            let problems = HTMLCheck.scriptProblems(r.html)
            if !problems.isEmpty {
                ok = false
                o.failures.append("\(name): \(problems)")
            }
            if (try? HTMLCheck.parse(r.html)) == nil {
                ok = false
                o.failures.append("\(name): HTML not well-formed")
            }
            let markers = r.warnings.filter { $0.kind == .unsupportedElement || $0.kind == .unsupportedAction }
            for w in markers {
                let type = Fixtures.resolve(w.path, in: card)?["type"]?.stringValue ?? ""
                if known.contains(type) {
                    ok = false
                    o.failures.append("\(name): \(type) at \(w.path) reported unsupported")
                }
            }
            let markerCount = r.html.components(separatedBy: "ac-unsupported").count - 1
            if markerCount > markers.count {
                ok = false
                o.failures.append("\(name): \(markerCount) markers for \(markers.count) unsupported warnings")
            }
            if ok { o.clean += 1 }
        }
        return o
    }

    static func report(_ label: String, _ o: Outcome) {
        let kinds = o.warnings.keys.sorted().map { "\($0)=\(o.warnings[$0] ?? 0)" }.joined(separator: " ")
        print("\(label): \(o.clean)/\(o.cards) clean; warnings: \(kinds)")
        for f in o.failures.prefix(20) { print("  \(f)") }
    }

    @Test func samplesOfEveryVersionRender() {
        let o = Self.check(Fixtures.samples)
        Self.report("conformance/cards/samples", o)
        #expect(o.cards >= Self.sampleFloor)
        #expect(o.clean >= Self.sampleFloor)
        #expect(o.failures.isEmpty)
    }

    @Test func expandedScenariosRender() throws {
        let o = Self.check(try requireInputs(Fixtures.scenarios, "expanded scenarios"))
        Self.report("conformance/cards/expanded-reference-js", o)
        #expect(o.clean >= Self.scenarioFloor)
        #expect(o.failures.isEmpty)
    }

    /// Corpus cards are mostly templates: `${…}` shows as literal text.
    @Test func corpusCardsRender() {
        let cards = Fixtures.corpusCards
        let o = Self.check(cards)
        Self.report("corpus", o)
        #expect(o.cards >= Self.corpusFloor)
        #expect(o.clean >= Self.corpusFloor)
        #expect(o.failures.isEmpty)
        #expect((o.warnings["unexpanded-template"] ?? 0) > 0, "the corpus has templates")
    }

    /// The same cards in the dark and high-contrast themes give the same HTML as in light.
    @Test func oneRenderingServesEveryTeamsTheme() throws {
        for (name, card) in try requireInputs(Fixtures.samples + Fixtures.scenarios, "sample cards") {
            let light = CardRenderer.render(card: card, hostConfig: Fixtures.teamsLight)
            let dark = CardRenderer.render(card: card, hostConfig: Fixtures.teamsDark)
            let contrast = CardRenderer.render(card: card, hostConfig: Fixtures.teamsContrast)
            #expect(light == dark && light == contrast, "\(name)")
        }
    }

    /// The fallback samples show exactly what their text says they should.
    @Test func fallbackSamplesShowTheRightThings() throws {
        let cards = Fixtures.samples.filter { $0.0.contains("Fallback") || $0.0.contains("Requires") }
        for (name, card) in try requireInputs(cards, "fallback samples") {
            var host = Fixtures.teamsLight
            host.hostCapabilities["acTest"] = "1.0"
            let r = CardRenderer.render(card: card, hostConfig: host)
            let text = try HTMLCheck.parse(r.html).textContent
            #expect(!text.contains("You should never see this"), "\(name)")
            #expect(!text.contains("✗"), "\(name)")
            #expect(!text.contains("This is a bug"), "\(name)")
        }
    }
}
