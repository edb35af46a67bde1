import AdaptiveExpressions
import CardTemplating
import Foundation
import JSONTree

/// Expressions evaluated per second (parsed once, evaluated many times, over the
/// conformance expressions that evaluate without error) and cards expanded per second
/// (the corpus templates with their sample data, compiled once).
func runExpressionBenchmarks() throws {
    let shared = benchmarkSharedFolder()
    let conformance = shared.appendingPathComponent("conformance")

    // Expressions.
    let casesText = try String(contentsOf: conformance.appendingPathComponent("expressions.json"), encoding: .utf8)
    let scopeText = try String(contentsOf: conformance.appendingPathComponent("scope.json"), encoding: .utf8)
    guard case .array(let cases) = try JSONValue.parse(casesText) else { return }
    let scope = plainScope(try JSONValue.parse(scopeText)["expressionParser"]?["scope"] ?? .null) ?? .null
    let context = EvaluationContext(now: Date(timeIntervalSince1970: 1_596_240_740), locale: "en-US", randomSeed: 1)
    var mix: [AdaptiveExpression] = []
    for c in cases {
        guard let text = c["expression"]?.stringValue, !text.contains("setPathToValue"),
            let e = try? Expression.parse(text), (try? e.evaluate(scope: scope, context: context).get()) != nil
        else { continue }
        mix.append(e)
    }
    let parseStart = DispatchTime.now().uptimeNanoseconds
    var parsed = 0
    for _ in 0..<20 {
        for c in cases { if let t = c["expression"]?.stringValue, (try? Expression.parse(t)) != nil { parsed += 1 } }
    }
    let parseSeconds = Double(DispatchTime.now().uptimeNanoseconds - parseStart) / 1e9
    let rounds = 200
    let timing = Measure.time(repetitions: 5) {
        for _ in 0..<rounds {
            for e in mix { _ = e.evaluate(scope: scope, context: context) }
        }
    }
    let evaluations = Double(rounds * mix.count)
    Measure.report("expression mix", "\(mix.count) expressions (conformance cases that evaluate)")
    Measure.report("parse", String(format: "%.0f expressions/s", Double(parsed) / parseSeconds))
    Measure.report("evaluate (best)", String(format: "%.0f evaluations/s (%.2f µs each)", evaluations / timing.best, timing.best / evaluations * 1e6))
    Measure.report("evaluate (median)", String(format: "%.0f evaluations/s", evaluations / timing.median))
    try runTemplateBenchmarks(shared: shared, context: context)
}

/// Card templates expanded per second: the corpus cards with data and the conformance templates.
func runTemplateBenchmarks(shared: URL, context: EvaluationContext) throws {
    let conformance = shared.appendingPathComponent("conformance")
    var cards: [(CardTemplate, JSONValue)] = []
    let fm = FileManager.default
    let corpus = shared.appendingPathComponent("corpus")
    if let walker = fm.enumerator(atPath: corpus.path) {
        for case let relative as String in walker where relative.hasSuffix(".data.json") {
            let dataURL = corpus.appendingPathComponent(relative)
            let templateURL = URL(fileURLWithPath: String(dataURL.path.dropLast(".data.json".count)) + ".json")
            guard let t = try? String(contentsOf: templateURL, encoding: .utf8), let template = try? JSONValue.parse(t),
                let d = try? String(contentsOf: dataURL, encoding: .utf8), let data = try? JSONValue.parse(d)
            else { continue }
            cards.append((CardTemplate(json: template), data))
        }
    }
    let templates = conformance.appendingPathComponent("cards/templates")
    for dir in (try? fm.contentsOfDirectory(atPath: templates.path)) ?? [] {
        let folder = templates.appendingPathComponent(dir)
        for file in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? [] where file.hasSuffix(".template.json") {
            let stem = String(file.dropLast(".template.json".count))
            guard let t = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8), let template = try? JSONValue.parse(t),
                let d = try? String(contentsOf: folder.appendingPathComponent(stem + ".data.json"), encoding: .utf8),
                let data = try? JSONValue.parse(d)
            else { continue }
            cards.append((CardTemplate(json: template), data))
        }
    }
    let cardRounds = 200
    let cardTiming = Measure.time(repetitions: 5) {
        for _ in 0..<cardRounds {
            for (template, data) in cards { _ = template.expand(data: data, context: context) }
        }
    }
    let expansions = Double(cardRounds * cards.count)
    Measure.report("card templates", "\(cards.count) (corpus cards with data + conformance templates)")
    Measure.report("expand (best)", String(format: "%.0f cards/s (%.1f µs each)", expansions / cardTiming.best, cardTiming.best / expansions * 1e6))
    Measure.report("expand (median)", String(format: "%.0f cards/s", expansions / cardTiming.median))
    Measure.report("peak memory", String(format: "%.1f MB", Measure.peakMemoryMB()))
}

/// `../shared` beside the repository (found from the working directory upwards).
private func benchmarkSharedFolder() -> URL {
    var url = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    while url.path != "/" {
        let candidate = url.deletingLastPathComponent().appendingPathComponent("shared")
        if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("conformance").path) { return candidate }
        url.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: "../shared")
}

/// The conformance scope with its tagged non-JSON members replaced by JSON.
private func plainScope(_ v: JSONValue) -> JSONValue? {
    switch v {
    case .object(let o):
        if case .string(let tag)? = o["__ac_type__"] {
            switch tag {
            case "undefined": return nil
            case "Date": return o["iso"]
            case "TimexProperty": return o["timex"]
            case "bigInt": return o["value"]?.stringValue.flatMap(Double.init).map { .number($0) }
            default: return .object([:])
            }
        }
        var out = JSONObject()
        for (k, m) in o { if let p = plainScope(m) { out[k] = p } }
        return .object(out)
    case .array(let a): return .array(a.map { plainScope($0) ?? .null })
    default: return v
    }
}
