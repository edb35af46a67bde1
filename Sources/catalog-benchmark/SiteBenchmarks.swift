import Foundation
import PackageReader
import SiteBuilder

/// Full builds and no-op rebuilds of synthetic catalogs. Each scenario runs in a child
/// process so its peak memory is its own.
func runSiteBenchmarks() throws {
    let sizes = ProcessInfo.processInfo.environment["BENCH_SIZES"].map { $0.split(separator: ",").compactMap { Int($0) } } ?? [1000, 5000]
    Measure.report("cores", "\(ProcessInfo.processInfo.activeProcessorCount)")
    for n in sizes {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("plugin-catalog-bench-\(n)")
        try SyntheticCatalog.write(operations: n, to: root)
        let specBytes = (try? FileManager.default.subpathsOfDirectory(atPath: root.path))?
            .filter { $0.hasSuffix("openapi.yaml") }
            .compactMap { try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent($0).path)[.size] as? Int }
            .reduce(0, +) ?? 0
        print("  \(n) operations (\(String(format: "%.1f", Double(specBytes) / 1_048_576)) MB of YAML)")
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        child.arguments = ["--site-child", root.path]
        let pipe = Pipe()
        child.standardOutput = pipe
        try child.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        print(String(decoding: out, as: UTF8.self), terminator: "")
        try? FileManager.default.removeItem(at: root)
    }
}

/// The child: one full build into a fresh folder, then rebuilds with nothing changed.
func runSiteChild(_ rootPath: String) {
    let root = URL(fileURLWithPath: rootPath)
    let (config, _) = CatalogConfiguration.read(root.appendingPathComponent("catalog.yml"))
    try? FileManager.default.removeItem(at: config.output)
    let full = BuildAction(configuration: config).run()
    Measure.report("    full build", Measure.format(full.seconds) + "  (\(full.pages) pages, \(full.cards) cards, \(full.bytesWritten / 1_048_576) MB, \(full.diagnostics.errorCount) errors)")
    Measure.report("      phases", full.phases.map { "\($0.name) \(Measure.format($0.seconds))" }.joined(separator: ", "))
    var noop: [Double] = []
    var written = 0
    for _ in 0..<3 {
        let r = BuildAction(configuration: config).run()
        noop.append(r.seconds)
        written = r.filesWritten
    }
    Measure.report("    no-op rebuild (best of 3)", Measure.format(noop.min() ?? 0) + "  (\(written) files rewritten)")
    Measure.report("    peak memory", String(format: "%.0f MB", Measure.peakMemoryMB()))
    let bytes = full.bytesWritten
    Measure.report("    average page", String(format: "%.1f KB", Double(bytes) / Double(max(1, full.pages)) / 1024))
}
