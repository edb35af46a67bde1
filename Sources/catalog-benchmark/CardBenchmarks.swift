import CardRendering
import Dispatch
import Foundation
import JSONTree

/// The official sample cards and the expanded scenarios of ../shared/conformance/cards.
func loadBenchmarkCards(_ cardsDir: URL) -> [JSONValue] {
    let fm = FileManager.default
    var loaded: [JSONValue] = []
    for sub in ["samples", "expanded-reference-js"] {
        guard let e = fm.enumerator(at: cardsDir.appendingPathComponent(sub), includingPropertiesForKeys: nil) else { continue }
        var files: [URL] = []
        for case let url as URL in e where url.pathExtension == "json" { files.append(url) }
        for url in files.sorted(by: { $0.path < $1.path }) {
            if let text = try? String(contentsOf: url, encoding: .utf8), let card = try? JSONValue.parse(text) { loaded.append(card) }
        }
    }
    return loaded
}

/// Card rendering speed: cards per second over the conformance samples (all schema
/// versions) and the expanded scenarios, single-threaded and across all cores. Rendering is
/// a pure function of card and host config, so the parallel run shares nothing.
///
/// Reads the cards from `../shared/conformance/cards` (or `$PLUGIN_CATALOG_SHARED`) and the
/// Teams light theme from `Themes/default/hostconfigs/`, relative to the working directory.
func runCardBenchmarks() throws {
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let shared =
        ProcessInfo.processInfo.environment["PLUGIN_CATALOG_SHARED"].map { URL(fileURLWithPath: $0) }
        ?? cwd.deletingLastPathComponent().appendingPathComponent("shared")
    let cardsDir = shared.appendingPathComponent("conformance/cards")
    let cards = loadBenchmarkCards(cardsDir)
    guard !cards.isEmpty else {
        print("  no cards found under \(cardsDir.path) (run from the repository root, or set PLUGIN_CATALOG_SHARED)")
        return
    }
    let themeURL = cwd.appendingPathComponent("Themes/default/hostconfigs/teams-light.json")
    let host = (try? String(contentsOf: themeURL, encoding: .utf8)).flatMap { try? HostConfig(jsonText: $0) } ?? HostConfig()

    // Warm-up; totals for the report.
    var htmlBytes = 0
    var warnings = 0
    for card in cards {
        let r = CardRenderer.render(card: card, hostConfig: host)
        htmlBytes += r.html.utf8.count
        warnings += r.warnings.count
    }
    Measure.report("cards (samples v1.0–1.6 + scenarios)", "\(cards.count), \(htmlBytes / 1024) KB of HTML, \(warnings) warnings")
    measureCardThroughput(cards, host: host)
    measureLargestCardAndStylesheet(cards, host: host)
    Measure.report("peak memory", String(format: "%.1f MB", Measure.peakMemoryMB()))
}

/// Cards rendered per second on one core and on all.
func measureCardThroughput(_ cards: [JSONValue], host: HostConfig) {

    // Single-threaded.
    let rounds = 20
    let single = Measure.time(repetitions: 5) {
        var sink = 0
        for _ in 0..<rounds {
            for card in cards { sink &+= CardRenderer.render(card: card, hostConfig: host).html.utf8.count }
        }
        Measure.keep(sink)
    }
    let perRound = Double(cards.count * rounds)
    Measure.report(
        "single thread",
        String(
            format: "%.0f cards/s (best %@ for %d cards, median %@)",
            perRound / single.best, Measure.format(single.best), cards.count * rounds, Measure.format(single.median)))

    // All cores: each task renders a slice; nothing is shared but the read-only inputs.
    let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
    let slices = cores * 4
    let parallel = Measure.time(repetitions: 5) {
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            var sink = 0
            for _ in 0..<rounds {
                var i = slice
                while i < cards.count {
                    sink &+= CardRenderer.render(card: cards[i], hostConfig: host).html.utf8.count
                    i += slices
                }
            }
            Measure.keep(sink)
        }
    }
    Measure.report(
        "parallel (\(cores) cores)",
        String(
            format: "%.0f cards/s (best %@, %.2f× single)",
            perRound / parallel.best, Measure.format(parallel.best), single.best / parallel.best))

}

/// The largest card on its own, and the theme stylesheet (built once per site).
func measureLargestCardAndStylesheet(_ cards: [JSONValue], host: HostConfig) {
    let sizes = cards.map { $0.description.utf8.count }
    let largestIndex = sizes.indices.max { sizes[$0] < sizes[$1] } ?? 0
    let largest = cards[largestIndex]
    let big = Measure.time(repetitions: 5) {
        for _ in 0..<200 { _ = CardRenderer.render(card: largest, hostConfig: host) }
    }
    Measure.report("largest card (\(sizes[largestIndex] / 1024) KB JSON)", String(format: "%.0f µs per render", big.best / 200 * 1e6))

    // Stylesheets: built once per site, shown for scale.
    let css = Measure.time(repetitions: 5) {
        for _ in 0..<100 { _ = CardStylesheet.css(for: host, scope: ".ac-theme-teams-light") }
    }
    Measure.report(
        "theme stylesheet",
        String(
            format: "%.0f µs to build, %d KB (+ %d KB base, built once)",
            css.best / 100 * 1e6, CardStylesheet.css(for: host, scope: ".t").utf8.count / 1024,
            CardStylesheet.base.utf8.count / 1024))
}
