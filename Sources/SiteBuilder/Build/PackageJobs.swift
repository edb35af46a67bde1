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
        let total = plan.jobs.count
        return parallelMap(plan.jobs) { job in
            defer { if let progress { progress(BuildProgress(done: counter.increment(), total: total)) } }
            if job.unchanged, let reused = reuse(job.input) { return reused }
            return build(job)
        }
    }

    /// Links an unchanged package's files from the current site.
    func reuse(_ input: PackageInput) -> Outcome? {
        guard let old = plan.state?.packages[input.id], var files = plan.details?.packages[input.id] else { return nil }
        for (path, hash) in files.outputs.sorted(by: { $0.key < $1.key }) { assembler.reuse(path, hash: hash) }
        files.prepare(id: input.id)
        return Outcome(state: old, details: files, reused: true)
    }

    /// read → present → render → put.
    func build(_ job: BuildPlan.Job) -> Outcome {
        let input = job.input
        let package = PackageLoader.load(input, options: options)
        let presentation = PackagePresentation(package, context: plan.context)
        let build = PackagePages.build(presentation, context: plan.context)
        var outputs: [String: String] = [:]
        for (path, content) in build.files.sorted(by: { $0.key < $1.key }) {
            outputs[path] = assembler.put(path, content)
        }
        let record = BuildState.Package(
            id: input.id, source: input.display, kind: input.kind.rawValue, url: input.url.path,
            inputs: BuildState.inputs(of: package, input: input), environment: Hashing.hex(package.environmentFingerprint),
            diagnostics: build.digest.diagnostics, operations: build.digest.operations.count, cards: build.cards, pages: build.pages)
        var details = BuildDetails.Package(outputs: outputs, digest: build.digest)
        details.prepare(id: input.id)
        return Outcome(state: record, details: details, reused: false)
    }
}

/// The assemble phase's shared part: the pages every package appears on, built from the
/// packages' digests, the galleries of the catalog file, the theme's assets and the logo.
struct SharedPhase {
    let plan: BuildPlan
    let configuration: CatalogConfiguration
    let outcomes: [PackageJobs.Outcome]

    struct Made: Sendable {
        var digests: [PackageDigest]
        var galleries: [GalleryPage]
        /// The languages with a tree of their own besides the catalog's.
        var otherLocales: [String]
        var diagnostics: [Diagnostic]
    }

    func run(into assembler: SiteAssembler) -> Made {
        let digests = outcomes.map(\.details.digest)
        let context = plan.context
        var locales = Set(configuration.extraLocales)
        for d in digests { locales.formUnion(d.locales) }
        locales.remove(context.catalogLocale)
        var diagnostics = plan.diagnostics
        let (galleries, galleryDiagnostics) = GalleryLoader.load(configuration.galleries, context: context)
        diagnostics += galleryDiagnostics
        let logo = self.logo()
        diagnostics += logo.diagnostics
        let pagePaths = outcomes.flatMap(\.details.outputs.keys)
        var shared = SharedPages.build(digests: digests, catalogDiagnostics: diagnostics.normalized, context: context,
                                       otherLocales: locales.sorted(), galleries: galleries, pagePaths: pagePaths)
        shared["assets/cards.css"] = .text(SiteStylesheets.cardsCSS(context.hostConfigs))
        for (path, text) in shared.sorted(by: { $0.key < $1.key }) { assembler.put(path, text) }
        for (path, bytes) in plan.theme.assets.sorted(by: { $0.key < $1.key }) { assembler.put(path, bytes: bytes) }
        if let bytes = logo.bytes { assembler.put("assets/logo" + configuration.logoExtension, bytes: bytes) }
        return Made(digests: digests, galleries: galleries, otherLocales: locales.sorted(), diagnostics: diagnostics.normalized)
    }

    func logo() -> (bytes: [UInt8]?, diagnostics: [Diagnostic]) {
        guard let logo = configuration.logo else { return (nil, []) }
        guard let data = FileManager.default.contents(atPath: logo.path) else {
            return (nil, [.warning(.config, "the logo file cannot be read", file: logo.path)])
        }
        return ([UInt8](data), [])
    }
}

extension BuildResult {
    /// A build that wrote nothing: its findings say why.
    func refused(_ diagnostics: [Diagnostic]) -> BuildResult {
        var r = self
        r.diagnostics = diagnostics.normalized
        return r
    }

    /// Nothing changed since the last build: nothing is read again and nothing is written.
    func upToDate(_ plan: BuildPlan) -> BuildResult {
        var r = self
        r.upToDate = true
        r.wroteSite = true
        let packages = plan.jobs.compactMap { plan.state?.packages[$0.input.id] }
        r.packages = plan.jobs.count
        r.packagesReused = plan.jobs.count
        r.operations = packages.reduce(0) { $0 + $1.operations }
        r.cards = packages.reduce(0) { $0 + $1.cards }
        r.pages = packages.reduce(0) { $0 + $1.pages }
        r.diagnostics = plan.diagnostics.normalized + packages.flatMap(\.diagnostics)
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
