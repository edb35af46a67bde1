import CatalogSupport
import CardRendering
import CatalogDiagnostics
import Foundation
import JSONTree
import MarkdownHTML
import PackageReader

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
    /// False when the site was not written (a theme error, an unwritable output).
    public var wroteSite = false
    /// True when nothing changed and nothing was written.
    public var upToDate = false
    /// Seconds spent per phase (`read`, `render`, `write`…), in order.
    public var phases: [(name: String, seconds: Double)] = []

    /// 0 clean (warnings allowed), 1 when any error was reported.
    public var exitCode: Int32 { diagnostics.hasErrors ? 1 : 0 }

    public var summary: String {
        let w = diagnostics.warningCount
        let e = diagnostics.errorCount
        var s = "\(packages) \(packages == 1 ? "package" : "packages"), \(operations) operations, \(cards) cards, "
            + "\(w) \(w == 1 ? "warning" : "warnings"), \(e) \(e == 1 ? "error" : "errors") in "
            + String(format: "%.2f s", seconds)
        if upToDate { s += " (up to date: nothing written)" }
        else if packagesReused > 0 { s += " (\(packagesReused) unchanged packages reused, \(filesWritten) files written)" }
        return s
    }
}

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
              let a = try? FileManager.default.attributesOfItem(atPath: url.path) else { return "" }
        let size = (a[.size] as? NSNumber)?.int64Value ?? 0
        let time = (a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size)@\(time)"
    }()

    public init(configuration: CatalogConfiguration) {
        self.configuration = configuration
    }

    public func run(progress: (@Sendable (BuildProgress) -> Void)? = nil) -> BuildResult {
        let start = DispatchTime.now().uptimeNanoseconds
        var mark = start
        var result = BuildResult()
        func phase(_ name: String) {
            let now = DispatchTime.now().uptimeNanoseconds
            result.phases.append((name, Double(now - mark) / 1e9))
            mark = now
        }
        var catalogDiagnostics: [Diagnostic] = []

        let (theme, themeDiagnostics) = Theme.load(overriding: configuration.theme)
        catalogDiagnostics += themeDiagnostics
        let renderer: PageRenderer
        do {
            renderer = try PageRenderer(theme: theme)
        } catch {
            result.diagnostics = (catalogDiagnostics + [error]).normalized
            result.seconds = Self.seconds(since: start)
            return result
        }
        let hostConfigs = SiteContext.HostConfigs(
            light: HostConfigFiles.load("teams-light", theme: theme), dark: HostConfigFiles.load("teams-dark", theme: theme),
            contrast: HostConfigFiles.load("teams-contrast", theme: theme))
        let catalogLocale = configuration.defaultLocale ?? "en"
        var context = SiteContext(
            title: configuration.title, descriptionHTML: Format.markdown(configuration.description), description: configuration.description,
            logoPath: configuration.logo == nil ? nil : "assets/logo" + logoExtension, baseURL: configuration.baseURL,
            catalogLocale: catalogLocale, otherLocales: [], renderer: renderer, hostConfigs: hostConfigs, samples: configuration.samples)

        let (inputs, discoveryDiagnostics) = InputDiscovery.discover(configuration.packages, displayBase: configuration.displayBase)
        catalogDiagnostics += discoveryDiagnostics
        let fingerprint = self.fingerprint(theme: theme)
        let state = BuildState.read(from: configuration.output)
        let sameSettings = state?.fingerprint == fingerprint
        let options = configuration.load

        // Which packages are unchanged since the last build (their inputs hash the same)?
        let environments = parallelMap(inputs) { Hashing.hex(PackageLoader.environmentFingerprint(for: $0, options: options)) }
        let unchanged: [Bool] = parallelMap(Array(zip(inputs, environments)).map { Pair(input: $0.0, environment: $0.1) }) { pair in
            guard sameSettings, let old = state?.packages[pair.input.id] else { return false }
            return BuildState.unchanged(old, input: pair.input, environment: pair.environment)
        }
        phase("discover")

        if let state, sameSettings, !unchanged.contains(false), Set(state.packages.keys) == Set(inputs.map(\.id)) {
            // Up to date: nothing is read again and nothing is written.
            result.upToDate = true
            result.wroteSite = true
            result.packages = inputs.count
            result.packagesReused = inputs.count
            let packages = inputs.compactMap { state.packages[$0.id] }
            result.operations = packages.reduce(0) { $0 + $1.operations }
            result.cards = packages.reduce(0) { $0 + $1.cards }
            result.pages = packages.reduce(0) { $0 + $1.pages }
            result.diagnostics = catalogDiagnostics.normalized + packages.flatMap(\.diagnostics)
            result.seconds = Self.seconds(since: start)
            return result
        }

        let details = BuildDetails.read(from: configuration.output)
        let assembler: SiteAssembler
        do {
            assembler = try SiteAssembler(output: configuration.output, currentFiles: details?.files ?? [:])
        } catch {
            result.diagnostics = catalogDiagnostics.normalized + [error]
            result.seconds = Self.seconds(since: start)
            return result
        }

        // Packages: reuse the unchanged ones' pages, read and render the others, in parallel;
        // each package's files go straight into the new site.
        struct Outcome: Sendable {
            var state: BuildState.Package
            var details: BuildDetails.Package
            var reused: Bool
        }
        let counter = Counter()
        let contextForPackages = context
        let jobs = inputs.indices.map { Job(input: inputs[$0], environment: environments[$0], unchanged: unchanged[$0]) }
        let outcomes: [Outcome] = parallelMap(jobs) { job in
            defer { if let progress { progress(BuildProgress(done: counter.increment(), total: jobs.count)) } }
            let input = job.input
            if job.unchanged, let old = state?.packages[input.id], var files = details?.packages[input.id] {
                for (path, hash) in files.outputs.sorted(by: { $0.key < $1.key }) { assembler.reuse(path, hash: hash) }
                files.prepare(id: input.id)
                return Outcome(state: old, details: files, reused: true)
            }
            let package = PackageLoader.load(input, options: options)
            let build = PackagePages.build(package, context: contextForPackages)
            var outputs: [String: String] = [:]
            for (path, text) in build.files.sorted(by: { $0.key < $1.key }) {
                outputs[path] = assembler.put(path, text)
            }
            let record = BuildState.Package(
                id: input.id, source: input.display, kind: input.kind.rawValue, url: input.url.path,
                inputs: BuildState.inputs(of: package, input: input), environment: Hashing.hex(package.environmentFingerprint),
                diagnostics: build.digest.diagnostics, operations: build.digest.operations.count, cards: build.cards, pages: build.pages)
            var details = BuildDetails.Package(outputs: outputs, digest: build.digest)
            details.prepare(id: input.id)
            return Outcome(state: record, details: details, reused: false)
        }
        phase("packages")

        // Shared pages from the digests.
        let digests = outcomes.map(\.details.digest)
        var locales = Set(configuration.extraLocales)
        for d in digests { locales.formUnion(d.locales) }
        locales.remove(catalogLocale)
        context = SiteContext(
            title: context.title, descriptionHTML: context.descriptionHTML, description: context.description, logoPath: context.logoPath,
            baseURL: context.baseURL, catalogLocale: catalogLocale, otherLocales: locales.sorted(), renderer: renderer,
            hostConfigs: hostConfigs, samples: context.samples)
        let (galleries, galleryDiagnostics) = GalleryLoader.load(configuration.galleries, context: context)
        catalogDiagnostics += galleryDiagnostics
        var pagePaths: [String] = []
        for o in outcomes { pagePaths += o.details.outputs.keys }
        var shared = SharedPages.build(digests: digests, catalogDiagnostics: catalogDiagnostics.normalized, context: context,
                                       galleries: galleries, pagePaths: pagePaths)
        shared["assets/cards.css"] = .text(SiteStylesheets.cardsCSS(hostConfigs))
        for (path, text) in shared.sorted(by: { $0.key < $1.key }) { assembler.put(path, text) }
        for (path, bytes) in theme.assets.sorted(by: { $0.key < $1.key }) { assembler.put(path, bytes: bytes) }
        if let logo = configuration.logo {
            if let data = FileManager.default.contents(atPath: logo.path) {
                assembler.put("assets/logo" + logoExtension, bytes: [UInt8](data))
            } else {
                catalogDiagnostics.append(.warning(.config, "the logo file cannot be read", file: logo.path))
            }
        }
        phase("shared")

        result.packages = digests.count
        result.packagesReused = outcomes.filter(\.reused).count
        result.operations = digests.reduce(0) { $0 + $1.operations.count }
        result.cards = digests.reduce(0) { $0 + $1.cards } + galleries.reduce(0) { $0 + $1.cards }
        result.pages = outcomes.reduce(0) { $0 + $1.state.pages } + galleries.count + 4 * (1 + context.otherLocales.count)
        result.diagnostics = catalogDiagnostics.normalized + digests.flatMap(\.diagnostics)

        let newState = BuildState(fingerprint: fingerprint, packages: Dictionary(uniqueKeysWithValues: outcomes.map { ($0.state.id, $0.state) }))
        let newDetails = BuildDetails(files: assembler.files, packages: Dictionary(uniqueKeysWithValues: outcomes.map { ($0.state.id, $0.details) }))
        do {
            try assembler.finish(manifests: [BuildState.fileName: newState.json, BuildDetails.fileName: newDetails.json])
            result.wroteSite = true
            result.filesWritten = assembler.written
            result.filesReused = assembler.reused
            result.bytesWritten = assembler.bytes
        } catch {
            result.diagnostics.append(error)
        }
        phase("write")
        result.seconds = Self.seconds(since: start)
        return result
    }

    struct Pair: Sendable {
        var input: PackageInput
        var environment: String
    }

    struct Job: Sendable {
        var input: PackageInput
        var environment: String
        var unchanged: Bool
    }

    var logoExtension: String {
        guard let ext = configuration.logo?.pathExtension.lowercased(), ["png", "svg", "jpg", "jpeg", "gif", "webp"].contains(ext) else { return ".png" }
        return "." + ext
    }

    /// Everything besides the packages that the output depends on.
    func fingerprint(theme: Theme) -> String {
        var parts: [String] = [Self.toolVersion, Self.binaryIdentity, String(theme.fingerprint), configuration.title, configuration.description ?? "",
                               configuration.baseURL ?? "", configuration.defaultLocale ?? "", configuration.extraLocales.joined(separator: ","),
                               configuration.load.templateFlags.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","),
                               configuration.load.environmentName ?? ""]
        for url in configuration.load.environmentFiles + (configuration.logo.map { [$0] } ?? []) {
            parts.append(url.path + ":" + Hashing.hex(Hashing.fnv([UInt8](FileManager.default.contents(atPath: url.path) ?? Data()))))
        }
        for folder in configuration.samples {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            for n in names where n.hasSuffix(".json") {
                let data = FileManager.default.contents(atPath: folder.appendingPathComponent(n).path) ?? Data()
                parts.append(folder.path + "/" + n + ":" + Hashing.hex(Hashing.fnv([UInt8](data))))
            }
        }
        if !configuration.galleries.isEmpty { parts.append(GalleryLoader.fingerprint(configuration.galleries)) }
        return Hashing.hex(Hashing.fnv(parts.joined(separator: "\u{0}")))
    }

    static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
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
