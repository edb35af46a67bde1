import CatalogDiagnostics
import CatalogSupport
import Foundation
import PackageReader

/// The read, present and render phases of every package, in parallel: each job reads its
/// package, presents it, renders its pages and puts them into the site being assembled;
/// an unchanged package's files are linked from the current site instead.
struct PackageJobs {
    /// What a job left for the shared pages and the site's own records.
    struct Outcome: Sendable {
        var state: BuildState.Package
        var details: BuildDetails.Package
        var reused: Bool
    }

    let plan: BuildPlan
    let assembler: SiteAssembler
    let options: LoadOptions

    init(plan: BuildPlan, assembler: SiteAssembler, options: LoadOptions) {
        self.plan = plan
        self.assembler = assembler
        self.options = plan.loadOptions
    }

    func run(progress: (@Sendable (BuildProgress) -> Void)?) -> [Outcome] {
        let counter = Counter()
        let jobs = plan.jobs
        // Packages to read start first, so that linking the unchanged ones fills the time
        // around them rather than keeping them waiting; the outcomes keep the jobs' order.
        let order = jobs.indices.sorted { (jobs[$0].unchanged ? 1 : 0, $0) < (jobs[$1].unchanged ? 1 : 0, $1) }
        let done = parallelJobs(order) { i in
            defer { if let progress { progress(BuildProgress(done: counter.increment(), total: jobs.count)) } }
            if jobs[i].unchanged, let reused = reuse(jobs[i].input) { return (i, reused) }
            return (i, build(jobs[i]))
        }
        return done.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Links an unchanged package's files from the current site.
    func reuse(_ input: PackageInput) -> Outcome? {
        guard let old = plan.state?.packages[input.id], var files = plan.details.value?.packages[input.id] else { return nil }
        // A large package has thousands of files: linked in parallel slices.
        let outputs = files.outputs.sorted(by: { $0.key < $1.key })
        let assembler = self.assembler
        _ = parallelMap(Array(stride(from: 0, to: outputs.count, by: 512))) { start in
            assembler.reuse(outputs[start..<min(start + 512, outputs.count)])
        }
        files.prepare(id: input.id)
        return Outcome(state: old, details: files, reused: true)
    }

    /// read → present → render → put.
    func build(_ job: BuildPlan.Job) -> Outcome {
        let input = job.input
        // Taken from the plan, so that the package is freed when this job is done with it.
        let preloaded = plan.preload.flatMap { $0.id == input.id ? $0.package.take() : nil }
        let package = preloaded ?? PackageLoader.load(input, options: options)
        let presentation = PackagePresentation(package, context: plan.context)
        let assembler = self.assembler
        let build = PackagePages.build(presentation, context: plan.context, sink: FileSink { assembler.put($0, $1) })
        let outputs = build.files.outputs
        let record = BuildState.Package(
            id: input.id, source: input.display, kind: input.kind.rawValue, location: BuildState.location(of: input),
            inputs: BuildState.inputs(of: package, input: input), environment: Hashing.hex(package.environmentFingerprint),
            diagnostics: build.digest.diagnostics, operations: build.digest.operations.count, cards: build.cards, pages: build.pages)
        var details = BuildDetails.Package(outputs: outputs, digest: build.digest)
        details.prepare(id: input.id)
        return Outcome(state: record, details: details, reused: false)
    }
}
