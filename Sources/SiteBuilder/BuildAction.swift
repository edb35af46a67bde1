import CatalogSupport
import CardRendering
import CatalogDiagnostics
import Foundation
import JSONTree
import MarkdownHTML
import PackageReader

/// Progress of a long build, for a terminal display.
public struct BuildProgress: Sendable {
    public var done: Int
    public var total: Int
}

/// Builds a catalog site: finds the packages, reads the changed ones and renders their
/// pages in parallel, builds the shared pages from every package's digest, and writes the
/// site aside before swapping it in, rewriting only files whose content changed.
public struct BuildAction: Sendable {
    public var configuration: CatalogConfiguration

    /// Changes whenever the output for the same inputs could change.
    public static let toolVersion = "plugin-catalog 0.1.0 (site format 2)"

    /// The running program's size and modification time: a rebuilt tool (a development
    /// build, a patched release) never reuses pages an older binary wrote.
    static let binaryIdentity: String = {
        guard let url = Bundle.main.executableURL?.resolvingSymlinksInPath(),
            let a = try? FileManager.default.attributesOfItem(atPath: url.path)
        else { return "" }
        let size = (a[.size] as? NSNumber)?.int64Value ?? 0
        let time = (a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size)@\(time)"
    }()

    public init(configuration: CatalogConfiguration) {
        self.configuration = configuration
    }

    /// plan → read → present → render → assemble: each package is read, presented and
    /// rendered in its own parallel job, straight into the site being assembled aside.
    public func run(progress: (@Sendable (BuildProgress) -> Void)? = nil) -> BuildResult {
        var clock = PhaseClock()
        var result = BuildResult()
        let plan: BuildPlan
        switch BuildPlan.make(self) {
        case .success(.build(let p)): plan = p
        case .success(.upToDate(let jobs, let state, let diagnostics)):
            clock.mark("plan", into: &result)
            var upToDate = result.upToDate(jobs: jobs, state: state, diagnostics: diagnostics)
            if configuration.dryRun { upToDate.changes = SiteChanges() }
            return clock.finish(upToDate)
        case .failure(let refused): return clock.finish(result.refused(refused.diagnostics, reason: refused.reason))
        }
        clock.mark("plan", into: &result)
        let assembler: SiteAssembler
        do {
            let details = plan.details
            assembler = try SiteAssembler(output: configuration.output, currentFiles: Pending { details.value?.files ?? [:] })
        } catch {
            return clock.finish(result.refused(plan.diagnostics + [error]))
        }
        let outcomes = PackageJobs(plan: plan, assembler: assembler, options: configuration.load).run(progress: progress)
        clock.mark("packages", into: &result)
        // The records that need only the packages are made while the shared pages are.
        let records = configuration.dryRun ? nil : Pending { plan.packageRecords(outcomes) }
        let shared = SharedPhase(plan: plan, configuration: configuration, outcomes: outcomes).run(into: assembler)
        clock.mark("shared", into: &result)
        result.record(plan: plan, outcomes: outcomes, shared: shared)
        result.diagnostics.insert(contentsOf: plan.context.renderer.overrunDiagnostics(), at: 0)
        if configuration.dryRun {
            result.changes = assembler.changes()
            assembler.abandon()
            return clock.finish(result)
        }
        do {
            let made = records?.value ?? plan.packageRecords(outcomes)
            try assembler.finish(manifests: made.merging(plan.detailsRecord(outcomes, files: assembler.files)) { own, _ in own })
            result.wroteSite = true
            result.filesWritten = assembler.written
            result.filesReused = assembler.reused
            result.bytesWritten = assembler.bytes
        } catch {
            result.diagnostics.append(error)
        }
        clock.mark("write", into: &result)
        return clock.finish(result)
    }
}

/// A thread-safe counter for progress.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
