import Foundation
import SiteBuilder

/// `diff` on two versions of a synthetic catalog (5,000 operations unless `BENCH_DIFF_SIZE`
/// says otherwise) with a hundred edits, against one build of the newer version. Each runs
/// in a fresh child process, as the command does.
func runDiffBenchmarks() throws {
    let n = ProcessInfo.processInfo.environment["BENCH_DIFF_SIZE"].flatMap { Int($0) } ?? 5000
    let tmp = FileManager.default.temporaryDirectory
    let base = tmp.appendingPathComponent("plugin-catalog-bench-diff-base"), head = tmp.appendingPathComponent("plugin-catalog-bench-diff-head")
    try SyntheticCatalog.write(operations: n, to: base)
    try SyntheticCatalog.write(operations: n, to: head)
    let edits = try SyntheticCatalog.edit(head, operations: n, count: 100)
    print("  \(n) operations, \(edits) edits")
    print(try child(["--diff-child", base.path, head.path]), terminator: "")
    print(try child(["--build-child", head.path]), terminator: "")
    for root in [base, head] { try? FileManager.default.removeItem(at: root) }
}

func child(_ arguments: [String]) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    p.arguments = arguments
    let pipe = Pipe()
    p.standardOutput = pipe
    try p.run()
    let out = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: out, as: UTF8.self)
}

/// The child: one `diff` of the two versions' package folders.
func runDiffChild(base: String, head: String) {
    let b = URL(fileURLWithPath: base), h = URL(fileURLWithPath: head)
    let action = DiffAction(
        base: DiffSide(label: "base", urls: [b.appendingPathComponent("packages")], displayBase: b),
        head: DiffSide(label: "head", urls: [h.appendingPathComponent("packages")], displayBase: h))
    let cpu = Measure.cpuSeconds()
    let report = action.run()
    let used = Measure.cpuSeconds() - cpu
    Measure.report("    diff, fresh process", Measure.format(report.seconds) + "  (\(report.changes.count) changes: \(report.summary))")
    Measure.report("      CPU time", Measure.format(used))
    Measure.report("      peak memory", String(format: "%.0f MB", Measure.peakMemoryMB()))
}

/// The child: one build of the newer version, into a fresh folder.
func runBuildChild(_ root: String) {
    var (config, _) = CatalogConfiguration.read(URL(fileURLWithPath: root).appendingPathComponent("catalog.yml"))
    config.output = URL(fileURLWithPath: root).appendingPathComponent("_site-diff-bench")
    try? FileManager.default.removeItem(at: config.output)
    let cpu = Measure.cpuSeconds()
    let result = BuildAction(configuration: config).run()
    Measure.report("    one build of head, fresh process", Measure.format(result.seconds) + "  (CPU time \(Measure.format(Measure.cpuSeconds() - cpu)))")
}

extension SyntheticCatalog {
    /// `count` edits spread over the packages, in turn: a function description (also the
    /// confirmation body), a card's text, a consequential flag relaxed on an operation that
    /// changes data, a parameter's type, a confirmation title.
    /// Returns how many were made.
    static func edit(_ root: URL, operations n: Int, count: Int, perPackage: Int = 250) throws -> Int {
        let packages = (n + perPackage - 1) / perPackage
        var made = 0
        for k in 0..<count {
            let p = k % packages
            let size = min(perPackage, n - p * perPackage)
            // An operation that changes data (not GET: i % 5 != 0), a different one for each edit of the package.
            var i = (k / packages * 37 + 1) % size
            if i % 5 == 0 { i = (i + 1) % size }
            let dir = root.appendingPathComponent("packages/pkg\(p)")
            let plugin = dir.appendingPathComponent("plugin.json"), spec = dir.appendingPathComponent("openapi.yaml")
            let (file, old, new): (URL, String, String) =
                switch k % 5 {
                case 0: (plugin, "\"Operation \(i) of service \(p)\"", "\"Operation \(i) of service \(p), version 2\"")
                case 1: (plugin, "\"Operation \(i): ${name}\"", "\"Item \(i): ${name}\"")
                case 2: (spec, "      operationId: op\(p)_\(i)\n", "      operationId: op\(p)_\(i)\n      x-openai-isConsequential: false\n")
                case 3:
                    (
                        spec, "      operationId: op\(p)_\(i)\n      summary: Operation \(i) of service \(p)\n",
                        "      operationId: op\(p)_\(i)\n      summary: Operation \(i) of service \(p)\n      x-edited: true\n"
                    )
                default: (plugin, "\"title\": \"Run operation \(i)\"", "\"title\": \"Run operation \(i) now\"")
                }
            var text = try String(contentsOf: file, encoding: .utf8)
            guard text.contains(old) else { continue }
            text = text.replacingOccurrences(of: old, with: new)
            if k % 5 == 3 { text = retypeParameter(text, operation: "op\(p)_\(i)") }
            try text.write(to: file, atomically: false, encoding: .utf8)
            made += 1
        }
        return made
    }

    /// The operation's `top` parameter becomes a string.
    static func retypeParameter(_ text: String, operation: String) -> String {
        guard let start = text.range(of: "operationId: \(operation)\n"),
            let schema = text.range(of: "schema: {type: integer, minimum: 1, maximum: 100, default: 10}", range: start.upperBound..<text.endIndex)
        else { return text }
        return text.replacingCharacters(in: schema, with: "schema: {type: string}")
    }
}
