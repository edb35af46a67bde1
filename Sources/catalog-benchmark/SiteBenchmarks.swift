import Foundation
import CatalogDiagnostics
import PackageReader
import SiteBuilder

/// Full, warm, incremental and no-op builds of the synthetic catalogs, realistic and clean.
/// Each catalog is built in a child process so that its first build runs in a fresh
/// process, as `plugin-catalog build` does, and its peak memory is its own.
///
/// The full build is timed in three fresh processes (the first also runs the other
/// builds) and the median is the figure: one process on a shared VM can be 10 % off.
///
///   BENCH_SIZES=1000,5000,20000   sizes of the realistic catalog (default)
///   BENCH_CLEAN_SIZES=1000,5000   sizes of the clean catalog (default)
///   BENCH_FRESH_RUNS=3            fresh processes per catalog (default)
func runSiteBenchmarks() throws {
    func sizes(_ name: String, _ fallback: [Int]) -> [Int] {
        ProcessInfo.processInfo.environment[name].map { $0.split(separator: ",").compactMap { Int($0) } } ?? fallback
    }
    Measure.report("cores", "\(ProcessInfo.processInfo.activeProcessorCount)")
    let fileSystem = fileSystemType(FileManager.default.temporaryDirectory) ?? "unknown"
    Measure.report("sites written to", fileSystem == "tmpfs" ? "tmpfs, each removed once measured" : "\(fileSystem), removed at the end")
    var roots: [URL] = []
    var perOperation: [(operations: Int, seconds: Double)] = []
    for (shape, list) in [("realistic", sizes("BENCH_SIZES", [1000, 5000, 20000])), ("clean", sizes("BENCH_CLEAN_SIZES", [1000, 5000]))] {
        print("  \(shape) catalog")
        for n in list {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("plugin-catalog-bench-\(shape)-\(n)")
            let shapes = shape == "clean" ? SyntheticCatalog.clean(operations: n) : SyntheticCatalog.realistic(operations: n)
            try SyntheticCatalog.write(shapes, title: "Benchmark (\(shape), \(n) operations)", to: root)
            print("    \(n) operations in \(shapes.count) packages (\(String(format: "%.1f", Double(inputBytes(root)) / 1_048_576)) MB of input)")
            let seconds = try medianOfFreshBuilds(root, runs: sizes("BENCH_FRESH_RUNS", [3]).first ?? 3)
            if shape == "realistic", let seconds { perOperation.append((n, seconds / Double(n))) }
            roots.append(root)
        }
    }
    if let small = perOperation.first, let large = perOperation.last, large.operations > small.operations {
        print("  growth of the time per operation, \(large.operations) over \(small.operations) operations: " + String(format: "%.2f", large.seconds / small.seconds))
    }
    // The target's other form (issue #13): the 20,000-operation build at most 4.4 times the
    // 5,000-operation one, 1.1 per operation (the last two sizes, whatever they are).
    if perOperation.count > 2, let large = perOperation.last {
        let before = perOperation[perOperation.count - 2]
        let times = large.seconds * Double(large.operations) / (before.seconds * Double(before.operations))
        print(
            "  full build, \(large.operations) over \(before.operations) operations: " + String(format: "%.2f×", times)
                + String(format: " (%.2f per operation)", large.seconds / before.seconds))
    }
    // On a disk, removed only at the end: on ext4, creating files soon after deleting many is
    // slowed by the allocator skipping recently freed inodes, which would charge one size's
    // clean-up to the next size's build.
    for root in roots { try? FileManager.default.removeItem(at: root) }
}

/// Removes the sites built from `root` once they are measured, when they are held in memory
/// (tmpfs, as with `TMPDIR=/dev/shm`). Kept there, a size's four sites (3 GB at 20,000
/// operations) slowed the next builds on this VM, all of it in the kernel (most likely
/// memory the host has to give the guest again): 1.6 s of system time became 3–4.3 s, and
/// 4.0 s of wall time 4.8–5.4 s. A site on a disk stays until the end (see
/// `runSiteBenchmarks`).
func removeSitesInMemory(_ root: URL) {
    guard fileSystemType(root) == "tmpfs" else { return }
    let fm = FileManager.default
    let output = CatalogConfiguration.read(root.appendingPathComponent("catalog.yml")).0.output
    let folder = output.deletingLastPathComponent()
    for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix(output.lastPathComponent) {
        try? fm.removeItem(at: folder.appendingPathComponent(name))
    }
}

func inputBytes(_ root: URL) -> Int {
    let fm = FileManager.default
    return ((try? fm.subpathsOfDirectory(atPath: root.path)) ?? [])
        .compactMap { try? fm.attributesOfItem(atPath: root.appendingPathComponent($0).path)[.size] as? Int }
        .reduce(0, +)
}

/// Runs the child on one catalog (echoing its report), then `runs - 1` more fresh processes
/// that only build it, and returns the median of the full builds' seconds.
func medianOfFreshBuilds(_ root: URL, runs: Int) throws -> Double? {
    guard let first = try runChild(["--site-child", root.path]) else { return nil }
    removeSitesInMemory(root)
    var all = [first]
    for run in 1..<max(1, runs) {
        if let s = try runChild(["--fresh-child", root.path, "fresh\(run)"]) { all.append(s) }
        removeSitesInMemory(root)
    }
    guard all.count > 1 else { return first }
    let median = all.sorted()[all.count / 2]
    Measure.report(
        "      median of \(all.count) fresh processes",
        Measure.format(median) + "  (" + all.map(Measure.format).joined(separator: ", ") + ")")
    return median
}

/// Runs a child with these arguments, echoes its report, and returns its full-build seconds.
func runChild(_ arguments: [String]) throws -> Double? {
    let child = Process()
    child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    child.arguments = arguments
    let pipe = Pipe()
    child.standardOutput = pipe
    try child.run()
    let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    child.waitUntilExit()
    var seconds: Double?
    for line in out.split(separator: "\n") {
        if line.hasPrefix("=full ") { seconds = Double(line.dropFirst(6)) } else { print(line) }
    }
    return seconds
}

/// The child: a full build in a fresh process, a warm one into another folder, no-op
/// rebuilds, and a rebuild after one small package changed.
func runSiteChild(_ rootPath: String) {
    let root = URL(fileURLWithPath: rootPath)
    var (config, _) = CatalogConfiguration.read(root.appendingPathComponent("catalog.yml"))
    let base = config.output
    config.output = base.deletingLastPathComponent().appendingPathComponent(base.lastPathComponent + "-warm")
    var before = Measure.cpuSeconds()
    let cold = BuildAction(configuration: config).run()
    let coldCPU = Measure.cpuSeconds() - before
    let findings = cold.diagnostics.count
    Measure.report(
        "      full build, fresh process",
        Measure.format(cold.seconds)
            + "  (\(cold.pages) pages, \(cold.cards) cards, \(cold.bytesWritten / 1_048_576) MB)")
    Measure.report(
        "        findings",
        "\(findings) (\(cold.diagnostics.errorCount) errors), "
            + String(format: "%.1f per operation", Double(findings) / Double(max(1, cold.operations))))
    // What the terminal gets: every finding sorted, formatted and written (to /dev/null).
    let printing = Measure.time(repetitions: 3) {
        let text = cold.diagnostics.normalized.map { $0.formatted + "\n" }.joined()
        FileHandle(forWritingAtPath: "/dev/null")?.write(Data(text.utf8))
    }
    Measure.report("        printing the findings", Measure.format(printing.best))
    Measure.report("        CPU time", Measure.format(coldCPU) + String(format: " (%.2f cores busy)", coldCPU / max(cold.seconds, 1e-9)))
    Measure.report("        peak memory (this build)", String(format: "%.0f MB", Measure.peakMemoryMB()))
    Measure.report("        phases", cold.phases.map { "\($0.name) \(Measure.format($0.seconds))" }.joined(separator: ", "))
    print("=full \(cold.seconds)")
    config.output = base.deletingLastPathComponent().appendingPathComponent(base.lastPathComponent + "-cold")
    before = Measure.cpuSeconds()
    let warm = BuildAction(configuration: config).run()
    Measure.report("      full build, warm process", Measure.format(warm.seconds) + "  (CPU time " + Measure.format(Measure.cpuSeconds() - before) + ")")
    let noop = (0..<3).map { _ in BuildAction(configuration: config).run().seconds }.min() ?? 0
    Measure.report("      no-op rebuild (best of 3)", Measure.format(noop))
    let incremental = changeOnePackage(root, config)
    Measure.report("      one package changed", incremental)
    Measure.report("      peak memory, all four builds", String(format: "%.0f MB", Measure.peakMemoryMB()))
}

/// A full build in a fresh process, into a folder of its own (kept until the end, as the
/// other sites are), printing only its seconds.
func runFreshChild(_ rootPath: String, suffix: String) {
    let root = URL(fileURLWithPath: rootPath)
    var (config, _) = CatalogConfiguration.read(root.appendingPathComponent("catalog.yml"))
    config.output = config.output.deletingLastPathComponent().appendingPathComponent(config.output.lastPathComponent + "-" + suffix)
    print("=full \(BuildAction(configuration: config).run().seconds)")
}

/// Edits an operation of the last package (a small one in the realistic shape) and rebuilds.
func changeOnePackage(_ root: URL, _ config: CatalogConfiguration) -> String {
    let packages = ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("packages").path)) ?? [])
    guard let last = packages.max(by: { (Int($0.dropFirst(3)) ?? 0) < (Int($1.dropFirst(3)) ?? 0) }) else { return "no package" }
    let spec = root.appendingPathComponent("packages/\(last)/openapi.yaml")
    guard var text = try? String(contentsOf: spec, encoding: .utf8) else { return "no spec" }
    // An operation's summary: its page, the package page, the operations index and the
    // search index change.
    text = text.replacingOccurrences(of: "summary: Operation 1 of service", with: "summary: Operation 1 (changed) of service")
    try? text.write(to: spec, atomically: false, encoding: .utf8)
    let r = BuildAction(configuration: config).run()
    return Measure.format(r.seconds) + "  (\(r.packages - r.packagesReused) of \(r.packages) packages rebuilt, \(r.filesWritten) files written; "
        + r.phases.map { "\($0.name) \(Measure.format($0.seconds))" }.joined(separator: ", ") + ")"
}

/// The type of the file system holding `url` ("tmpfs", "ext4"…), from the longest mount
/// point above it in /proc/mounts; nil where there is none (not Linux).
func fileSystemType(_ url: URL) -> String? {
    guard let mounts = try? String(contentsOfFile: "/proc/mounts", encoding: .utf8) else { return nil }
    let path = url.resolvingSymlinksInPath().path
    var best: (point: String, type: String)?
    for line in mounts.split(separator: "\n") {
        let fields = line.split(separator: " ")
        guard fields.count > 2 else { continue }
        let point = fields[1].replacingOccurrences(of: "\\040", with: " ")
        let above = point == "/" || path == point || path.hasPrefix(point + "/")
        if above, point.count >= (best?.point.count ?? 0) { best = (point, String(fields[2])) }
    }
    return best?.type
}
