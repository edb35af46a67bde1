import Foundation
import PackageReader
import SiteBuilder

/// Full builds and no-op rebuilds of synthetic catalogs. Each scenario runs in a child
/// process so its peak memory is its own.
func runSiteBenchmarks() throws {
    let sizes = ProcessInfo.processInfo.environment["BENCH_SIZES"].map { $0.split(separator: ",").compactMap { Int($0) } } ?? [1000, 5000]
    Measure.report("cores", "\(ProcessInfo.processInfo.activeProcessorCount)")
    var roots: [URL] = []
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
        roots.append(root)
    }
    // Removed only at the end: on ext4, creating files soon after deleting many is slowed by
    // the allocator skipping recently freed inodes, which would charge one size's clean-up
    // to the next size's build.
    for root in roots { try? FileManager.default.removeItem(at: root) }
}

/// The child: three full builds, each into a fresh folder, then rebuilds with nothing changed.
func runSiteChild(_ rootPath: String) {
    let root = URL(fileURLWithPath: rootPath)
    var (config, _) = CatalogConfiguration.read(root.appendingPathComponent("catalog.yml"))
    let base = config.output
    var fulls: [BuildResult] = []
    var cpu: [Double] = []
    for i in 1...3 {
        config.output = base.deletingLastPathComponent().appendingPathComponent(base.lastPathComponent + "-\(i)")
        try? FileManager.default.removeItem(at: config.output)
        let before = Measure.cpuSeconds()
        fulls.append(BuildAction(configuration: config).run())
        cpu.append(Measure.cpuSeconds() - before)
    }
    // The first build runs in a fresh process, as `plugin-catalog build` does; the next two
    // find the theme, stylesheets and host configs already prepared.
    let cold = fulls[0]
    Measure.report("    full build, fresh process", Measure.format(cold.seconds) + "  (\(cold.pages) pages, \(cold.cards) cards, "
                   + "\(cold.bytesWritten / 1_048_576) MB, \(cold.diagnostics.errorCount) errors)")
    Measure.report("      phases", cold.phases.map { "\($0.name) \(Measure.format($0.seconds))" }.joined(separator: ", "))
    Measure.report("      CPU time", Measure.format(cpu[0]) + String(format: " (%.2f cores busy)", cpu[0] / max(cold.seconds, 1e-9)))
    let warm = fulls.dropFirst().map(\.seconds).sorted()
    Measure.report("    full build, warm (best of 2)", Measure.format(warm.first ?? 0) + "  (CPU time " + Measure.format(cpu.dropFirst().min() ?? 0) + ")")
    var noop: [Double] = []
    var written = 0
    for _ in 0..<3 {
        let r = BuildAction(configuration: config).run()
        noop.append(r.seconds)
        written = r.filesWritten
    }
    Measure.report("    no-op rebuild (best of 3)", Measure.format(noop.min() ?? 0) + "  (\(written) files rewritten)")
    Measure.report("    peak memory", String(format: "%.0f MB", Measure.peakMemoryMB()))
    let bytes = cold.bytesWritten
    Measure.report("    average page", String(format: "%.1f KB", Double(bytes) / Double(max(1, cold.pages)) / 1024))
}
