import CatalogDiagnostics
import Foundation

/// What a build did.
public struct BuildResult: Sendable {
    public var packages: Int = 0
    /// Packages whose inputs were unchanged since the last build and were not read again.
    public var packagesReused: Int = 0
    public var operations: Int = 0
    public var cards: Int = 0
    public var pages: Int = 0
    /// Files written with new content (reused files are linked, not rewritten).
    public var filesWritten: Int = 0
    public var filesReused: Int = 0
    public var bytesWritten: Int = 0
    /// Every finding, sorted, catalog-level first.
    public var diagnostics: [Diagnostic] = []
    public var seconds: Double = 0
    /// False when the site was not written (a theme error, an unreadable input, an unwritable output).
    public var wroteSite = false
    /// Why the site was left as it was, when the build refused to write it.
    public var notWrittenReason: String?
    /// With `dryRun`: what the build would change in the site (nothing is written).
    public var changes: SiteChanges?
    /// True when nothing changed and nothing was written.
    public var upToDate = false
    /// Seconds spent per phase (`read`, `render`, `write`…), in order.
    public var phases: [(name: String, seconds: Double)] = []

    /// 0 clean (warnings allowed), 1 when any error was reported.
    public var exitCode: Int32 { diagnostics.hasErrors ? 1 : 0 }

    public var summary: String {
        let w = diagnostics.warningCount
        let e = diagnostics.errorCount
        var s =
            "\(packages) \(packages == 1 ? "package" : "packages"), \(operations) operations, \(cards) cards, "
            + "\(w) \(w == 1 ? "warning" : "warnings"), \(e) \(e == 1 ? "error" : "errors") in "
            + String(format: "%.2f s", seconds)
        if upToDate { s += " (up to date: nothing written)" } else if packagesReused > 0 { s += " (\(packagesReused) unchanged packages reused, \(filesWritten) files written)" }
        return s
    }
}

extension BuildResult {
    /// A build that wrote nothing: its findings say why.
    func refused(_ diagnostics: [Diagnostic], reason: String? = nil) -> BuildResult {
        var r = self
        r.diagnostics = diagnostics.normalized
        r.notWrittenReason = reason
        return r
    }

    /// Nothing changed since the last build: nothing is read again and nothing is written.
    func upToDate(jobs: [BuildPlan.Job], state: BuildState, diagnostics: [Diagnostic]) -> BuildResult {
        var r = self
        r.upToDate = true
        r.wroteSite = true
        let packages = jobs.compactMap { state.packages[$0.input.id] }
        r.packages = jobs.count
        r.packagesReused = jobs.count
        r.operations = packages.reduce(0) { $0 + $1.operations }
        r.cards = packages.reduce(0) { $0 + $1.cards }
        r.pages = packages.reduce(0) { $0 + $1.pages }
        r.diagnostics = diagnostics.normalized + packages.flatMap(\.diagnostics)
        return r
    }

    mutating func record(plan: BuildPlan, outcomes: [PackageJobs.Outcome], shared: SharedPhase.Made) {
        packages = shared.digests.count
        packagesReused = outcomes.filter(\.reused).count
        operations = shared.digests.reduce(0) { $0 + $1.operations.count }
        cards = shared.digests.reduce(0) { $0 + $1.cards } + shared.galleries.reduce(0) { $0 + $1.cards }
        pages = outcomes.reduce(0) { $0 + $1.state.pages } + shared.galleries.count + 4 * (1 + shared.otherLocales.count)
        diagnostics = shared.diagnostics + shared.digests.flatMap(\.diagnostics)
    }
}

/// Times the phases of a build.
struct PhaseClock {
    let start = DispatchTime.now().uptimeNanoseconds
    var mark = DispatchTime.now().uptimeNanoseconds

    mutating func mark(_ name: String, into result: inout BuildResult) {
        let now = DispatchTime.now().uptimeNanoseconds
        result.phases.append((name, Double(now - mark) / 1e9))
        mark = now
    }

    func finish(_ result: BuildResult) -> BuildResult {
        var r = result
        r.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return r
    }
}

/// What a build changes in the site, file by file.
public struct SiteChanges: Sendable, Hashable {
    public var added: [String] = []
    public var changed: [String] = []
    public var removed: [String] = []
    public var unchanged = 0

    public init() {}

    public var isEmpty: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }

    public var summary: String {
        "\(added.count) added, \(changed.count) changed, \(removed.count) removed, \(unchanged) unchanged"
    }
}
