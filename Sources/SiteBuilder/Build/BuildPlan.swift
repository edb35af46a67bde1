import CardRendering
import CatalogDiagnostics
import CatalogSupport
import Foundation
import JSONTree
import PackageReader

/// The plan phase: the theme and what every page shares, the packages to build, and which
/// of them are unchanged since the last build (or whether nothing changed at all).
struct BuildPlan: Sendable {
    /// One package to build: read it again, or reuse what the last build made of it.
    struct Job: Sendable {
        var input: PackageInput
        /// The hash of the `${{VAR}}` values it would be read with.
        var environment: String
        var unchanged: Bool
    }

    /// A build that cannot start (the theme does not parse, an input cannot be read): the
    /// findings, and why the site is left as it was.
    struct Refusal: Error {
        var diagnostics: [Diagnostic]
        var reason: String? = nil
    }

    /// What the plan phase decided: build (some or all packages), or nothing to do.
    enum Decision {
        case build(BuildPlan)
        /// Nothing changed since the last build: its record, for the result.
        case upToDate(jobs: [Job], state: BuildState, diagnostics: [Diagnostic])
    }

    let configuration: CatalogConfiguration
    let theme: Theme
    let context: SiteContext
    let jobs: [Job]
    let loadOptions: LoadOptions
    let fingerprint: String
    let state: BuildState?
    /// What the last build wrote: read on another thread while the changed packages are
    /// built (only reused packages and the shared pages wait for it).
    let details: Pending<BuildDetails?>
    /// Catalog-level findings so far (theme, discovery).
    let diagnostics: [Diagnostic]
    /// The first package to read, read while the theme is compiled (reading needs only the
    /// load options).
    let preload: Preload?

    struct Preload: Sendable {
        let id: String
        let package: Pending<CatalogPackage>
    }

    /// The theme and the inputs, found while the last build's record is read.
    struct Survey: Sendable {
        var theme: Theme
        var themeDiagnostics: [Diagnostic]
        var inputs: [PackageInput]
        var discoveryDiagnostics: [Diagnostic]

        init(_ configuration: CatalogConfiguration) {
            (theme, themeDiagnostics) = Theme.load(overriding: configuration.theme)
            (inputs, discoveryDiagnostics) = InputDiscovery.discover(configuration.packages, displayBase: configuration.displayBase)
        }
    }

    /// A no-op build ends here, before the theme's templates are compiled or the host
    /// configs read: nothing it prints needs them.
    static func make(_ action: BuildAction) -> Result<Decision, Refusal> {
        let configuration = action.configuration
        let (state, survey) = concurrently({ BuildState.read(from: configuration.output) }, { Survey(configuration) })
        if let reason = Self.unreadableInputs(configuration, inputs: survey.inputs, discovery: survey.discoveryDiagnostics) {
            // A theme that does not compile is the first thing to fix.
            if case .failure(let refusal) = compile(survey) { return .failure(refusal) }
            return .failure(Refusal(diagnostics: survey.themeDiagnostics + survey.discoveryDiagnostics, reason: reason))
        }
        let options = loadOptions(configuration, inputs: survey.inputs)
        let fingerprint = Self.fingerprint(configuration, theme: survey.theme, names: options.otherPackageNames)
        let jobs = Self.jobs(survey.inputs, options: options, state: state.flatMap { $0.fingerprint == fingerprint ? $0 : nil })
        let diagnostics = survey.themeDiagnostics + survey.discoveryDiagnostics
        if let state, state.fingerprint == fingerprint, jobs.allSatisfy(\.unchanged),
            Set(state.packages.keys) == Set(survey.inputs.map { $0.id })
        {
            return .success(.upToDate(jobs: jobs, state: state, diagnostics: diagnostics))
        }
        // What the last build wrote is read while the theme is compiled and the changed
        // packages are built.
        let output = configuration.output
        let details = Pending { BuildDetails.read(from: output) }
        let preload = jobs.first { !$0.unchanged }.map { job in
            Preload(id: job.input.id, package: Pending { PackageLoader.load(job.input, options: options) })
        }
        let made = compile(survey).map { renderer in
            var context = SiteContext(configuration: configuration, theme: survey.theme, renderer: renderer)
            context.review = configuration.review.map(ReviewIndex.init)
            return context
        }
        return made.map { context in
            .build(
                BuildPlan(
                    configuration: configuration, theme: survey.theme, context: context, jobs: jobs, loadOptions: options,
                    fingerprint: fingerprint, state: state, details: details, diagnostics: diagnostics, preload: preload))
        }
    }

    /// The theme's templates, compiled; a refusal when one does not parse.
    static func compile(_ survey: Survey) -> Result<PageRenderer, Refusal> {
        do {
            return .success(try PageRenderer(theme: survey.theme))
        } catch {
            return .failure(Refusal(diagnostics: (survey.themeDiagnostics + [error]).normalized))
        }
    }

    /// The names, sizes and modification times of a folder's files: cheap, and changes when
    /// a schema is updated.
    static func folderStamp(_ path: String) -> String {
        var stamp: [String] = []
        let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey]
        for case let url as URL in FileManager.default.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: keys) ?? FileManager.DirectoryEnumerator() {
            let values = try? url.resourceValues(forKeys: Set(keys))
            stamp.append("\(url.path)|\(values?.fileSize ?? 0)|\(values?.contentModificationDate?.timeIntervalSince1970 ?? 0)")
        }
        return Hashing.hex(Hashing.fnv(Array(stamp.sorted().joined(separator: "\n").utf8)))
    }

    /// Everything besides the packages that the output depends on.
    /// `names`: the catalog's package names (a package's TXT-04 findings depend on the others').
    static func fingerprint(_ configuration: CatalogConfiguration, theme: Theme, names: [String]) -> String {
        var parts: [String] = [
            BuildAction.toolVersion, BuildAction.binaryIdentity, String(theme.fingerprint), configuration.title,
            configuration.description ?? "", configuration.baseURL ?? "", configuration.defaultLocale ?? "",
            configuration.extraLocales.joined(separator: ","),
            configuration.load.templateFlags.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","),
            configuration.load.environmentName ?? "", names.joined(separator: "\u{1}"),
            configuration.rules.settings.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.rawValue)" }.joined(separator: ",")
        ]
        if let schemas = configuration.load.schemaDirectory { parts.append("schemas:" + schemas + ":" + folderStamp(schemas)) }
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
        if let review = configuration.review { parts.append("review:" + ReviewIndex(review).fingerprint) }
        return Hashing.hex(Hashing.fnv(parts.joined(separator: "\u{0}")))
    }

    /// Why the site must not be replaced: an input that does not exist or holds no package,
    /// a `packages:` entry that matches nothing, or no package at all where some were named.
    /// A catalog that lists no packages (`packages: []`) builds an empty site.
    static func unreadableInputs(_ configuration: CatalogConfiguration, inputs: [PackageInput], discovery: [Diagnostic]) -> String? {
        let unreadable = discovery.filter { $0.rule == .notAPackage && $0.severity == .error }.compactMap(\.file)
        let missing = unreadable + configuration.unmatchedPackages
        guard !missing.isEmpty || (inputs.isEmpty && !configuration.packages.isEmpty) else { return nil }
        return missing.isEmpty ? "no package was found in the inputs" : "\(missing.map { "\"\($0)\"" }.joined(separator: ", ")) cannot be read"
    }

    /// The reader's options: the configuration's, with the sample folders named for findings.
    static func loadOptions(_ configuration: CatalogConfiguration, inputs: [PackageInput]) -> LoadOptions {
        var options = configuration.load
        options.displayBase = configuration.displayBase
        options.otherPackageNames = InputDiscovery.packageNames(inputs)
        options.sampleFolders = configuration.samples.map { SampleFolder(url: $0, display: DisplayPath.relative($0, to: configuration.displayBase)) }
        return options
    }

    /// Which packages are unchanged since the last build (their inputs hash the same, with
    /// the same settings), worked out in parallel.
    static func jobs(_ inputs: [PackageInput], options: LoadOptions, state: BuildState?) -> [Job] {
        parallelMap(inputs) { input in
            let environment = Hashing.hex(PackageLoader.environmentFingerprint(for: input, options: options))
            guard let old = state?.packages[input.id] else { return Job(input: input, environment: environment, unchanged: false) }
            return Job(input: input, environment: environment, unchanged: BuildState.unchanged(old, input: input, environment: environment))
        }
    }

    /// The files the site keeps about itself that need only the packages: the build's state
    /// and the texts of `catalog.json`. Megabytes for a large catalog, so they are made on
    /// another thread while the shared pages are (`BuildAction.run`).
    func packageRecords(_ outcomes: [PackageJobs.Outcome]) -> [String: FileContent] {
        let state = BuildState(fingerprint: fingerprint, packages: Dictionary(uniqueKeysWithValues: outcomes.map { ($0.state.id, $0.state) }))
        return [BuildState.fileName: .text(state.json), BuildDetails.textsFileName: .bytes(BuildDetails.texts(of: Self.details(outcomes)))]
    }

    /// The record of every file of the new site and of every package's digest and files.
    /// `files`: every file of the new site with its content hash.
    func detailsRecord(_ outcomes: [PackageJobs.Outcome], files: [String: String]) -> [String: FileContent] {
        [BuildDetails.fileName: .text(BuildDetails(files: files, packages: Self.details(outcomes)).json)]
    }

    /// Each package's details by its id.
    static func details(_ outcomes: [PackageJobs.Outcome]) -> [String: BuildDetails.Package] {
        Dictionary(uniqueKeysWithValues: outcomes.map { ($0.state.id, $0.details) })
    }
}

extension SiteContext {
    /// What every page of this configuration shares.
    init(configuration: CatalogConfiguration, theme: Theme, renderer: PageRenderer) {
        let hostConfigs = HostConfigs(
            light: HostConfigFiles.load("teams-light", theme: theme), dark: HostConfigFiles.load("teams-dark", theme: theme),
            contrast: HostConfigFiles.load("teams-contrast", theme: theme))
        self.init(
            title: configuration.title, descriptionHTML: Format.markdown(configuration.description), description: configuration.description,
            logoPath: configuration.logo == nil ? nil : "assets/logo" + configuration.logoExtension, baseURL: configuration.baseURL,
            catalogLocale: configuration.defaultLocale ?? "en", renderer: renderer, hostConfigs: hostConfigs,
            displayBase: configuration.displayBase, rules: configuration.rules)
    }
}

extension CatalogConfiguration {
    /// The logo's extension in the site (`.png` unless the file is another image type).
    var logoExtension: String {
        guard let ext = logo?.pathExtension.lowercased(), ["png", "svg", "jpg", "jpeg", "gif", "webp"].contains(ext) else { return ".png" }
        return "." + ext
    }
}
