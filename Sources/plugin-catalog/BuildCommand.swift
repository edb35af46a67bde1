import ArgumentParser
import CatalogDiagnostics
import CatalogSupport
import Foundation
import PackageReader
import SiteBuilder

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the catalog site.",
        discussion: """
            With no inputs, reads catalog.yml (or plugin-catalog.yml) in the current folder; a catalog file (any YAML file with `packages:`) may also be the one input. \
            Inputs may be package folders, .zip packages, bare plugin manifests, bare OpenAPI \
            descriptions, or folders holding many packages. Exit status: 0 clean, 1 errors \
            were reported, 2 usage.
            """)

    @OptionGroup var packageOptions: PackageOptions

    @Option(name: [.short, .customLong("output")], help: "The site folder (default: _site, or the catalog file's `output`).")
    var output: String?

    @Option(help: "The catalog title.")
    var title: String?

    @Option(help: "The catalog description (Markdown, shown on the home page).")
    var description: String?

    @Option(help: "An image shown beside the catalog title.")
    var logo: String?

    @Option(name: .customLong("default-locale"), help: "The language of the root pages (default: the packages' default language).")
    var defaultLocale: String?

    @Option(name: .customLong("locale"), help: "An extra language tree to build, e.g. de (repeatable).")
    var locales: [String] = []

    @Option(name: .customLong("gallery"), help: "A folder of Adaptive Card files shown as a gallery page (repeatable).")
    var galleries: [String] = []

    @Option(help: "A theme folder whose files override the default theme's.")
    var theme: String?

    @Option(help: "A folder of <operationId>.json sample responses for card previews (repeatable).")
    var samples: [String] = []

    @Option(name: .customLong("base-url"), help: "The site's public URL (for canonical links and the sitemap).")
    var baseURL: String?

    @Flag(name: [.short, .long], help: "Print only errors.")
    var quiet = false

    @Flag(name: .customLong("dry-run"), help: "Build aside and list what would change in the site; write nothing.")
    var dryRun = false

    @Option(help: "A review site: compare with this version (a path, or REV:PATH from git, as for diff) and show what changed (changes.html).")
    var compare: String?

    /// Values that would build a broken site are usage errors naming what is accepted.
    func validate() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        if let logo, !FileManager.default.fileExists(atPath: URL(fileURLWithPath: logo, relativeTo: cwd).path) {
            throw ValidationError("--logo: no image at \(logo) (png, svg, jpg, gif or webp)")
        }
        if let baseURL, let problem = OptionChecks.baseURLProblem(baseURL) { throw ValidationError("--base-url: \(problem)") }
        for tag in (defaultLocale.map { [$0] } ?? []) + locales {
            if let problem = OptionChecks.localeProblem(tag) { throw ValidationError("--default-locale/--locale: \(problem)") }
        }
        for folder in galleries + samples + (theme.map { [$0] } ?? []) {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: URL(fileURLWithPath: folder, relativeTo: cwd).path, isDirectory: &isDirectory) || !isDirectory.boolValue {
                throw ValidationError("no folder at \(folder) (--gallery, --samples and --theme take folders)")
            }
        }
    }

    /// `plugin-catalog bulid x`: a bare word that is neither a subcommand nor a file or folder
    /// is a usage error that suggests the nearest subcommand (a path that does not exist is
    /// reported by the build, which then leaves the site alone).
    static func refuseUnknownWords(_ inputs: [String], in cwd: URL) throws {
        for word in inputs where !word.contains("/") && !word.contains(".") && !word.contains("*") && !word.contains("?") {
            guard !FileManager.default.fileExists(atPath: cwd.appendingPathComponent(word).path) else { continue }
            let names = PluginCatalog.configuration.subcommands.compactMap { $0.configuration.commandName }
            var message = "\"\(word)\" is neither a subcommand nor a file or folder"
            if let near = Suggestions.nearest(word, among: names) { message += "; did you mean \"\(near)\"?" }
            message += " (subcommands: \(names.joined(separator: ", ")))"
            throw CLIFiles.usage(message)
        }
    }

    /// `--dry-run`: what the build would do to the site, most telling first.
    static func printChanges(_ changes: SiteChanges, site: String) {
        var out = "Dry run: nothing was written. In \(site): \(changes.summary)\n"
        for (mark, list) in [("+", changes.added), ("~", changes.changed), ("-", changes.removed)] {
            for path in list.prefix(200) { out += "  \(mark) \(path)\n" }
            if list.count > 200 { out += "  \(mark) … and \(list.count - 200) more\n" }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    @Sendable static func drawProgress(_ p: BuildProgress) {
        guard p.total >= 20, p.done == p.total || p.done % max(1, p.total / 50) == 0 else { return }
        let width = 30
        let filled = p.done * width / max(1, p.total)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(p.done)/\(p.total) packages".utf8))
        if p.done == p.total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    /// `--compare BASE`: the comparison of BASE with this build's packages, with card previews.
    static func comparison(_ spec: String, configuration: CatalogConfiguration, in cwd: URL) throws -> (DiffSide, DiffReport) {
        let base: DiffSide
        switch DiffSide.resolve(spec, in: cwd, environmentFolders: configuration.load.environmentName != nil) {
        case .success(let side): base = side
        case .failure(let problem):
            FileHandle.standardError.write(Data("error: --compare: \(problem.message)\n".utf8))
            throw ExitCode(ExitStatus.errors)
        }
        let shown = configuration.packages.prefix(3).map { DisplayPath.relative($0, to: cwd) }.joined(separator: ", ") + (configuration.packages.count > 3 ? ", …" : "")
        let head = DiffSide(label: shown.isEmpty ? "this build" : shown, urls: configuration.packages, displayBase: configuration.displayBase)
        var load = configuration.load
        load.sampleFolders = configuration.samples.map { SampleFolder(url: $0, display: DisplayPath.relative($0, to: configuration.displayBase)) }
        var action = DiffAction(base: base, head: head, load: load)
        action.keepsPreviews = true
        let report = action.run()
        if !report.failures.isEmpty {
            FileHandle.standardError.write(Data((report.failures.map(\.formatted).joined(separator: "\n") + "\n").utf8))
        }
        if !configuration.quiet { FileHandle.standardError.write(Data("Compared with \(spec): \(report.summary) (changes.html)\n".utf8)) }
        return (base, report)
    }

    func run() async throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        try Self.refuseUnknownWords(packageOptions.inputs, in: cwd)
        var (configuration, diagnostics) = try packageOptions.configuration(output: output, in: cwd)
        if let title { configuration.title = title }
        if let description { configuration.description = description }
        if let logo { configuration.logo = URL(fileURLWithPath: logo, relativeTo: cwd) }
        if let defaultLocale { configuration.defaultLocale = defaultLocale }
        if !locales.isEmpty { configuration.extraLocales = locales }
        if !galleries.isEmpty {
            configuration.galleries = galleries.map { path in
                let folder = URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL
                return GalleryLoader.Source(title: folder.lastPathComponent, folder: folder)
            }
        }
        if let theme { configuration.theme = URL(fileURLWithPath: theme, relativeTo: cwd) }
        if !samples.isEmpty { configuration.samples = samples.map { URL(fileURLWithPath: $0, relativeTo: cwd) } }
        if let baseURL { configuration.baseURL = baseURL }
        configuration.quiet = quiet
        configuration.dryRun = dryRun
        var compared: DiffSide? = nil
        defer { compared?.cleanUp() }
        if let compare {
            (compared, configuration.review) = try Self.comparison(compare, configuration: configuration, in: cwd)
        }

        // A counter on a terminal for long builds; silent when not a terminal or with --quiet.
        let showProgress = !quiet && isatty(STDERR_FILENO) == 1
        let progress: (@Sendable (BuildProgress) -> Void)? = showProgress ? BuildCommand.drawProgress : nil
        var result = BuildAction(configuration: configuration).run(progress: progress)
        if configuration.load.schemaDirectory == nil { diagnostics.append(PackageOptions.noSchemasNote) }
        result.diagnostics = diagnostics.normalized + result.diagnostics
        let shown = result.diagnostics.filter { !quiet || $0.severity == .error }.filter { $0.severity != .note || !quiet }
        if !shown.isEmpty {
            FileHandle.standardError.write(Data((shown.map(\.formatted).joined(separator: "\n") + "\n").utf8))
        }
        if let changes = result.changes {
            Self.printChanges(changes, site: DisplayPath.relative(configuration.output, to: nil))
        } else if !quiet {
            let target = configuration.output.standardizedFileURL.path
            let line =
                result.wroteSite
                ? "Built \(result.summary) → \(target)/index.html\n"
                : "Nothing was written\(result.notWrittenReason.map { " (\($0))" } ?? ""): the site in \(DisplayPath.relative(configuration.output, to: nil)) is as it was\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        if result.exitCode != 0 { throw ExitCode(result.exitCode) }
        // A BASE that could not be read is a failed review, as it is for `diff`.
        if let review = configuration.review, !review.failures.isEmpty { throw ExitCode(ExitStatus.errors) }
    }
}
