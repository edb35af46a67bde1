import Foundation

// catalog-benchmark: measures the project's speed. Not a test: run it in release mode
// (`make bench`) and read the figures; the README quotes them.
//
//   catalog-benchmark [suite ...]     suites: expressions, cards, site, diff (default: all)

let suites: [(name: String, run: () throws -> Void)] = [
    ("expressions", runExpressionBenchmarks),
    ("cards", runCardBenchmarks),
    ("site", runSiteBenchmarks),
    ("diff", runDiffBenchmarks)
]

if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "--site-child" {
    runSiteChild(CommandLine.arguments[2])
    exit(0)
}

if CommandLine.arguments.count == 4, CommandLine.arguments[1] == "--fresh-child" {
    runFreshChild(CommandLine.arguments[2], suffix: CommandLine.arguments[3])
    exit(0)
}

if CommandLine.arguments.count == 4, CommandLine.arguments[1] == "--diff-child" {
    runDiffChild(base: CommandLine.arguments[2], head: CommandLine.arguments[3])
    exit(0)
}

if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "--build-child" {
    runBuildChild(CommandLine.arguments[2])
    exit(0)
}

if (4...5).contains(CommandLine.arguments.count), CommandLine.arguments[1] == "--generate" {
    // catalog-benchmark --generate N DIR [realistic|clean]: write a synthetic catalog (for
    // profiling by hand).
    let n = Int(CommandLine.arguments[2]) ?? 1000
    let realistic = CommandLine.arguments.count == 4 || CommandLine.arguments[4] != "clean"
    try SyntheticCatalog.write(
        realistic ? SyntheticCatalog.realistic(operations: n) : SyntheticCatalog.clean(operations: n),
        title: "Benchmark (\(n) operations)", to: URL(fileURLWithPath: CommandLine.arguments[3]))
    exit(0)
}

let requested = Array(CommandLine.arguments.dropFirst())
for suite in suites where requested.isEmpty || requested.contains(suite.name) {
    print("## \(suite.name)")
    do {
        try suite.run()
    } catch {
        print("  failed: \(error)")
    }
}
