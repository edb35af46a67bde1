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
        let previous = BuildManifest.read(from: configuration.output)
        let reusable = previous?.fingerprint == fingerprint ? previous : nil
        phase("discover")

        // Packages: reuse the unchanged, read and render the others, in parallel.
        enum Outcome: Sendable {
            case reused(BuildManifest.Package)
            case built(PackageBuild, BuildManifest.Package)
        }
        let options = configuration.load
        let counter = Counter()
        let contextForPackages = context
        let outcomes: [Outcome] = parallelMap(inputs) { input in
            defer { if let progress { progress(BuildProgress(done: counter.increment(), total: inputs.count)) } }
            let environment = Hashing.hex(PackageLoader.environmentFingerprint(for: input, options: options))
            if let old = reusable?.packages[input.id], BuildManifest.unchanged(old, input: input, environment: environment) {
                return .reused(old)
            }
            let package = PackageLoader.load(input, options: options)
            let build = PackagePages.build(package, context: contextForPackages)
            let record = BuildManifest.Package(
                id: input.id, source: input.display, kind: input.kind.rawValue, url: input.url.path,
                inputs: BuildManifest.inputs(of: package, input: input), environment: Hashing.hex(package.environmentFingerprint),
                outputs: [:], digest: build.digest, pages: build.pages)
            return .built(build, record)
        }
        phase("packages")

        // Shared pages from the digests.
        let digests: [PackageDigest] = outcomes.map {
            switch $0 {
            case .reused(let p): return p.digest
            case .built(let b, _): return b.digest
            }
        }
        var locales = Set(configuration.extraLocales)
        for d in digests { locales.formUnion(d.locales) }
        locales.remove(catalogLocale)
        context = SiteContext(
            title: context.title, descriptionHTML: context.descriptionHTML, description: context.description, logoPath: context.logoPath,
            baseURL: context.baseURL, catalogLocale: catalogLocale, otherLocales: locales.sorted(), renderer: renderer,
            hostConfigs: hostConfigs, samples: context.samples)
        let (galleries, galleryDiagnostics) = GalleryLoader.load(configuration.galleries, context: context)
        catalogDiagnostics += galleryDiagnostics

        // Every file of the new site: content for new files, a hash for reused ones.
        var files: [String: SiteFile] = [:]
        var records: [String: BuildManifest.Package] = [:]
        for outcome in outcomes {
            switch outcome {
            case .reused(let p):
                for (path, hash) in p.outputs { files[path] = .reuse(hash) }
                records[p.id] = p
                result.packagesReused += 1
                result.pages += p.pages
            case .built(let b, var record):
                for (path, text) in b.files {
                    let bytes = Array(text.utf8)
                    let hash = Hashing.hex(Hashing.fnv(bytes))
                    record.outputs[path] = hash
                    files[path] = previous?.files[path] == hash ? .reuse(hash) : .write(bytes, hash)
                }
                records[record.id] = record
                result.pages += b.pages
            }
        }
        var shared = SharedPages.build(digests: digests, catalogDiagnostics: catalogDiagnostics.normalized, context: context,
                                       galleries: galleries, pagePaths: Array(files.keys))
        shared["assets/cards.css"] = SiteStylesheets.cardsCSS(hostConfigs)
        for (path, text) in shared { files[path] = Self.file(Array(text.utf8), previous: previous, path: path) }
        for (path, bytes) in theme.assets where !path.hasPrefix("hostconfigs/") { files[path] = Self.file(bytes, previous: previous, path: path) }
        if let logo = configuration.logo {
            if let data = FileManager.default.contents(atPath: logo.path) {
                files["assets/logo" + logoExtension] = Self.file([UInt8](data), previous: previous, path: "assets/logo" + logoExtension)
            } else {
                catalogDiagnostics.append(.warning(.config, "the logo file cannot be read", file: logo.path))
            }
        }
        result.pages += galleries.count + 4 * (1 + context.otherLocales.count)
        phase("shared")

        result.packages = digests.count
        result.operations = digests.reduce(0) { $0 + $1.operations.count }
        result.cards = digests.reduce(0) { $0 + $1.cards } + galleries.reduce(0) { $0 + $1.cards }
        result.diagnostics = catalogDiagnostics.normalized + digests.flatMap(\.diagnostics)

        let manifest = BuildManifest(fingerprint: fingerprint, packages: records, files: files.mapValues(\.hash))
        let manifestText = manifest.json
        let unchanged = previous.map { $0.files == manifest.files } ?? false
        do {
            if unchanged {
                // Nothing in the site changes: write nothing (only the manifest, if the inputs'
                // hashes moved without changing any output).
                result.upToDate = true
                let old = FileManager.default.contents(atPath: configuration.output.appendingPathComponent(BuildManifest.fileName).path)
                if old != Data(manifestText.utf8) {
                    try SiteWriter.replaceManifest(manifestText, in: configuration.output)
                }
                result.filesReused = files.count
            } else {
                let stats = try SiteWriter.write(files, manifest: manifestText, to: configuration.output, reusingFrom: previous == nil ? nil : configuration.output)
                result.filesWritten = stats.written
                result.filesReused = stats.reused
                result.bytesWritten = stats.bytes
            }
            result.wroteSite = true
        } catch {
            result.diagnostics.append(error)
        }
        phase("write")
        result.seconds = Self.seconds(since: start)
        return result
    }

    static func file(_ bytes: [UInt8], previous: BuildManifest?, path: String) -> SiteFile {
        let hash = Hashing.hex(Hashing.fnv(bytes))
        return previous?.files[path] == hash ? .reuse(hash) : .write(bytes, hash)
    }

    var logoExtension: String {
        guard let ext = configuration.logo?.pathExtension.lowercased(), ["png", "svg", "jpg", "jpeg", "gif", "webp"].contains(ext) else { return ".png" }
        return "." + ext
    }

    /// Everything besides the packages that the output depends on.
    func fingerprint(theme: Theme) -> String {
        var parts: [String] = [Self.toolVersion, String(theme.fingerprint), configuration.title, configuration.description ?? "",
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
