import ArgumentParser
import CatalogDiagnostics
import CatalogSupport
import Foundation
import SiteBuilder

/// What `build` and `validate` read, and how: inputs or a catalog file, placeholders, the
/// schema folder and rule settings.
struct PackageOptions: ParsableArguments {
    @Argument(help: "Packages, archives, plugin manifests, OpenAPI files or folders of packages.")
    var inputs: [String] = []

    @Option(name: .customLong("config"), help: "The catalog file (default: catalog.yml in the current folder when no inputs are given).")
    var config: String?

    @Option(help: "Substitute ${{VAR}} placeholders from each package's env/.env.NAME.")
    var env: String?

    @Option(name: .customLong("env-file"), help: "Substitute ${{VAR}} placeholders from this file (repeatable).")
    var envFiles: [String] = []

    @Option(help: "A folder of the official JSON schemas laid out like their URLs (default: $PLUGIN_CATALOG_SCHEMAS, or `schemas:` in the catalog file).")
    var schemas: String?

    @Option(name: .customLong("rule"), help: "RULE=off|note|warning|error: turn a rule off or change its severity (repeatable).")
    var rules: [String] = []

    static let schemasVariable = "PLUGIN_CATALOG_SCHEMAS"

    func validate() throws {
        if let schemas { try Self.requireFolder(schemas, option: "--schemas") }
        var settings = RuleSettings()
        for r in rules {
            if let problem = settings.parse(r) { throw ValidationError("--rule: \(problem)") }
        }
    }

    static func requireFolder(_ path: String, option: String) throws {
        var isDirectory: ObjCBool = false
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        guard FileManager.default.fileExists(atPath: URL(fileURLWithPath: path, relativeTo: cwd).path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("\(option): no folder at \(path)")
        }
    }

    /// A catalog file by its name (`catalog.yml`…), or any YAML file with a top-level
    /// `packages:` and no `openapi:` or `swagger:` (an OpenAPI description is a package input).
    static func isCatalogFile(_ url: URL) -> Bool {
        if CatalogConfiguration.fileNames.contains(url.lastPathComponent) { return true }
        guard ["yml", "yaml"].contains(url.pathExtension.lowercased()),
            let head = FileManager.default.contents(atPath: url.path)?.prefix(65_536)
        else { return false }
        let keys = String(decoding: head, as: UTF8.self).split(whereSeparator: \.isNewline).compactMap { line -> Substring? in
            guard let first = line.first, first.isLetter, let colon = line.firstIndex(of: ":") else { return nil }
            return line[..<colon]
        }
        return keys.contains("packages") && !keys.contains("openapi") && !keys.contains("swagger")
    }

    /// The configuration: the catalog file's (given, or found when there are no inputs), the
    /// command line on top. Usage problems exit with status 2.
    func configuration(output: String?, in cwd: URL, verb: String = "build") throws -> (CatalogConfiguration, [Diagnostic]) {
        var configuration: CatalogConfiguration
        var diagnostics: [Diagnostic] = []
        // A catalog file given as the only input (`build Site/catalog.yml`) is read as --config.
        var inputs = self.inputs
        var config = self.config
        if config == nil, inputs.count == 1, let only = inputs.first, Self.isCatalogFile(URL(fileURLWithPath: only, relativeTo: cwd)) {
            config = only
            inputs = []
        }
        let configURL: URL? =
            config.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL }
            ?? (inputs.isEmpty ? CatalogConfiguration.fileNames.map { cwd.appendingPathComponent($0) }.first { FileManager.default.fileExists(atPath: $0.path) } : nil)
        if let configURL {
            guard FileManager.default.fileExists(atPath: configURL.path) else {
                throw CLIFiles.usage("no catalog file at \(DisplayPath.relative(configURL, to: cwd))")
            }
            (configuration, diagnostics) = CatalogConfiguration.read(configURL, output: output.map { URL(fileURLWithPath: $0, relativeTo: cwd) })
        } else if inputs.isEmpty {
            throw CLIFiles.usage("nothing to \(verb): give package paths or run where catalog.yml is (see --help)")
        } else {
            configuration = CatalogConfiguration(output: URL(fileURLWithPath: output ?? "_site", relativeTo: cwd))
            configuration.displayBase = cwd
        }
        if !inputs.isEmpty {
            configuration.packages = inputs.flatMap { pattern in
                let matches = Glob.expand(pattern, relativeTo: cwd)
                return matches.isEmpty ? [URL(fileURLWithPath: pattern, relativeTo: cwd).standardizedFileURL] : matches
            }
        }
        if let env { configuration.load.environmentName = env }
        if !envFiles.isEmpty { configuration.load.environmentFiles = envFiles.map { URL(fileURLWithPath: $0, relativeTo: cwd) } }
        try applySchemas(to: &configuration, in: cwd)
        for r in rules { _ = configuration.rules.parse(r) }
        return (configuration, diagnostics)
    }

    /// `--schemas`, else `$PLUGIN_CATALOG_SCHEMAS`, else the catalog file's `schemas:`.
    func applySchemas(to configuration: inout CatalogConfiguration, in cwd: URL) throws {
        if let schemas {
            configuration.load.schemaDirectory = URL(fileURLWithPath: schemas, relativeTo: cwd).standardizedFileURL.path
        } else if let variable = ProcessInfo.processInfo.environment[Self.schemasVariable], !variable.isEmpty {
            try Self.requireFolder(variable, option: Self.schemasVariable)
            configuration.load.schemaDirectory = URL(fileURLWithPath: variable, relativeTo: cwd).standardizedFileURL.path
        }
    }

    /// The one note a run without schemas prints.
    static let noSchemasNote = Diagnostic.note(
        .pkg04,
        "the official JSON schemas were not checked: give a folder of them with --schemas DIR, \(schemasVariable) or `schemas:` in catalog.yml "
            + "(a clone of github.com/microsoft/json-schemas works)")
}
