import CatalogSupport
import CatalogDiagnostics
import Foundation
import JSONTree

/// A parsed package file.
public struct PackageDocument: Sendable {
    public enum Format: Sendable, Hashable { case json, yaml }
    public var path: PackagePath
    /// The file the document was actually read from (`x.json.tpl` for a template).
    public var actualPath: PackagePath
    public var display: String
    public var format: Format
    public var root: SourceNode
    public var isTemplate: Bool

    /// What a package file is, as the reference that reached it says.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case appManifest, localization, declarativeAgent, pluginManifest, openAPI, responseRenderingTemplate, adaptiveCard, sampleData, toolDescription
    }
}

/// Reads, parses and caches the files of one package, and reports what goes wrong as
/// diagnostics. Used by one package load at a time (not shared between threads).
final class DocumentStore {
    let fs: PackageFileSystem
    let environment: PlaceholderEnvironment?
    let templateFlags: [String: Bool]
    private(set) var diagnostics: [Diagnostic] = []
    private var cache: [PackagePath: PackageDocument?] = [:]
    private var textCache: [PackagePath: String?] = [:]
    /// Every file read, with its bytes' hash (for incremental builds).
    private(set) var filesRead: [PackagePath: UInt64] = [:]
    /// Files looked for and not found (adding one later must rebuild the package).
    private(set) var missingProbes = Set<PackagePath>()

    /// Whether a file exists, remembering the answer when it does not.
    func exists(_ path: PackagePath) -> Bool {
        if fs.exists(path) { return true }
        missingProbes.insert(path)
        return false
    }
    private lazy var fileList: [PackagePath] = fs.allFiles()

    /// Every file of the package, in path order.
    var allFiles: [PackagePath] { fileList }

    /// Whether the file has been read (as a document, a template stand-in or text).
    func hasRead(_ path: PackagePath) -> Bool { filesRead[path] != nil }
    private var reportedPlaceholders = Set<String>()
    /// Per file shown, where each top-level member starts (to attribute findings to operations).
    private(set) var boundaries: [String: [SourceLocation]] = [:]
    /// What each document read is (for the schema checks and the rules).
    private(set) var kinds: [PackagePath: PackageDocument.Kind] = [:]

    /// Reads a document and remembers what it is.
    func document(_ path: PackagePath, as kind: PackageDocument.Kind, format: PackageDocument.Format? = nil) -> PackageDocument? {
        let doc = document(path, format: format)
        if doc != nil, kinds[path] == nil { kinds[path] = kind }
        return doc
    }

    /// The documents read of one kind, in reading order of their paths.
    func documents(_ kind: PackageDocument.Kind) -> [PackageDocument] {
        kinds.filter { $0.value == kind }.keys.sorted { $0.description < $1.description }.compactMap { document($0) }
    }

    /// Nesting limit for package files (well above any real manifest or OpenAPI document,
    /// well below what could exhaust a thread's stack).
    static let maxDepth = 200

    init(fs: PackageFileSystem, environment: PlaceholderEnvironment?, templateFlags: [String: Bool] = TeamsToolkitTemplate.defaultFlags) {
        self.fs = fs
        self.environment = environment
        self.templateFlags = templateFlags
    }

    func report(_ d: Diagnostic) { diagnostics.append(d) }

    func display(_ path: PackagePath) -> String { fs.displayPath(path) }

    // MARK: References

    /// Resolves a reference written in `referrer` at `location`; reports unsafe and missing
    /// targets (PKG-02, PKG-01) and returns the path to read (a `.tpl` stand-in when only the
    /// template exists).
    func reference(
        _ reference: String, from referrer: PackagePath?, at location: SourceLocation?, what: String,
        severity: Severity = .error
    ) -> PackagePath? {
        let file = referrer.map(display)
        switch PackagePath.resolve(reference, from: referrer) {
        case .failure(let problem):
            report(Diagnostic(.error, .pkg02, "the \(what) reference is refused: \(problem.message)", file: file, at: location))
            return nil
        case .success(let (path, usedParent)):
            if usedParent {
                report(.warning(.pkg02, "the \(what) reference \"\(reference)\" uses '..'; the store validation asks for paths without it", file: file, at: location))
            }
            if exists(path) { return path }
            // Relative to the referencing file first, then to the package root (as the client falls back).
            if let referrer, !referrer.parent.components.isEmpty,
                case .success(let (fromRoot, _)) = PackagePath.resolve(reference, from: nil), exists(fromRoot)
            {
                return fromRoot
            }
            if templateStandIn(for: path) != nil { return path }
            var notes: [String] = []
            let near = nearest(to: path)
            if let near { notes.append("did you mean \"\(near)\"?") }
            // An unmistakable variant (another case, .yml for .yaml) is read anyway, so the
            // package is still documented; the error stays.
            let variant = near.flatMap { Self.isVariant($0, of: path) ? $0 : nil }
            if let variant { notes.append("the pages are built from \(variant), which the Teams client would not find") }
            report(
                Diagnostic(
                    severity, .pkg01, "the \(what) \"\(reference)\" is not in the package (looked for \(display(path)))",
                    file: file, at: location, notes: notes))
            return variant
        }
    }

    /// Same path but for letter case or a `.yml`/`.yaml` (`.jsonc`/`.json`) swap.
    static func isVariant(_ a: PackagePath, of b: PackagePath) -> Bool {
        func canonical(_ p: PackagePath) -> String {
            var s = p.description.lowercased()
            for (from, to) in [(".yml", ".yaml"), (".jsonc", ".json")] where s.hasSuffix(from) {
                s = String(s.dropLast(from.count)) + to
            }
            return s
        }
        return canonical(a) == canonical(b)
    }

    /// The closest existing file name, for "did you mean".
    func nearest(to path: PackagePath) -> PackagePath? {
        let target = path.description.lowercased()
        var best: (PackagePath, Int)? = nil
        for f in fileList {
            let candidate = f.description.lowercased()
            var d = Self.distance(target, candidate, limit: 4)
            if f.name.lowercased() == path.name.lowercased() { d = min(d, 1) }
            if d > 3 { continue }
            if let b = best, b.1 <= d { continue }
            best = (f, d)
        }
        return best?.0
    }

    static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var prev = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var cur = [i] + Array(repeating: 0, count: y.count)
            var rowMin = cur[0]
            for j in 1...max(1, y.count) where !y.isEmpty {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                rowMin = min(rowMin, cur[j])
            }
            if rowMin > limit { return limit + 1 }
            prev = cur
        }
        return x.isEmpty ? y.count : prev[y.count]
    }

    // MARK: Reading

    /// The bytes of a file (or of its `.tpl` stand-in), recorded for incremental builds.
    /// A file's bytes (an icon), remembered for incremental builds; nil when it is not there.
    func binary(_ path: PackagePath) -> [UInt8]? {
        guard exists(path), case .success(let b) = fs.read(path) else { return nil }
        filesRead[path] = Hashing.content(b)
        return b
    }

    /// The template a missing file is read from: Teams Toolkit's `x.json.tpl`, or a
    /// `x.template.json` (`ai-plugin.template.json`, `openapi.template.yaml`).
    func templateStandIn(for path: PackagePath) -> PackagePath? {
        let tpl = path.parent.appending(path.name + ".tpl")
        if exists(tpl) { return tpl }
        guard let dot = path.name.lastIndex(of: ".") else { return nil }
        let suffixed = path.parent.appending(path.name[..<dot] + ".template" + path.name[dot...])
        return exists(suffixed) ? suffixed : nil
    }

    private func bytes(_ path: PackagePath) -> (bytes: [UInt8], actual: PackagePath)? {
        var actual = path
        if !exists(path), let template = templateStandIn(for: path) { actual = template }
        switch fs.read(actual) {
        case .success(let b):
            filesRead[actual] = Hashing.content(b)
            return (b, actual)
        case .failure(.notFound):
            report(.error(.pkg01, "\(display(path)) is not in the package"))
            return nil
        case .failure(.outsidePackage(let why)):
            report(.error(.pkg02, why, file: display(path)))
            return nil
        case .failure(let e):
            report(.error(.fileUnreadable, e.message, file: display(path)))
            return nil
        }
    }

    /// A text file (instructions, env files), UTF-8.
    func text(_ path: PackagePath) -> String? {
        if let cached = textCache[path] { return cached }
        let result = bytes(path).map { String(decoding: $0.bytes, as: UTF8.self) }
        textCache[path] = result
        return result
    }

    /// A JSON or YAML document, parsed (nil after reporting why when it cannot be read).
    func document(_ path: PackagePath, format: PackageDocument.Format? = nil) -> PackageDocument? {
        if let cached = cache[path] { return cached }
        let doc = load(path, format: format)
        cache[path] = doc
        return doc
    }

    private func load(_ path: PackagePath, format: PackageDocument.Format?) -> PackageDocument? {
        guard let (raw, actual) = bytes(path) else { return nil }
        let shown = display(actual)
        var bytes = raw
        let isTemplate = actual != path || actual.name.lowercased().hasSuffix(".tpl")
        if isTemplate {
            let text = String(decoding: raw, as: UTF8.self)
            let sections = TeamsToolkitTemplate.hasSections(text)
            let flags = templateFlags.filter(\.value).keys.sorted().joined(separator: ", ")
            // A `.template.json` without sections is the file with placeholders: a note.
            let severity: Severity = sections || actual.name.lowercased().hasSuffix(".tpl") ? .warning : .note
            report(
                Diagnostic(
                    severity, .template,
                    "\(path.name) exists only as the template \(actual.name); it is read as a template"
                        + (sections ? " with its sections rendered for \(flags.isEmpty ? "no flags" : flags)" : ""), file: shown))
            if sections { bytes = Array(TeamsToolkitTemplate.render(text, flags: templateFlags).utf8) }
        }
        let format = format ?? Self.format(of: actual, bytes: bytes)
        var root: SourceNode
        switch format {
        case .json:
            var options = JSONParser.Options()
            options.maxDepth = Self.maxDepth
            do {
                let result = try JSONParser.parse(bytes, options: options)
                root = result.root
                for w in result.warnings {
                    report(
                        Diagnostic(
                            w.code == .byteOrderMark || w.code == .barePlaceholder ? .note : .warning,
                            .jsonTolerated, w.message, file: shown, at: w.location))
                }
            } catch {
                let rule: Rule = error.code == .tooDeep ? .depthLimit : .jsonSyntax
                report(.error(rule, error.message, file: shown, at: error.location))
                return nil
            }
        case .yaml:
            switch YAMLReader.parse(bytes) {
            case .success(let result):
                root = result.root
                for w in result.warnings {
                    report(.warning(w.kind == .duplicateKey ? .yamlSyntax : .yamlUnsupported, w.message, file: shown, at: w.location))
                }
            case .failure(let issue):
                let rule: Rule
                switch issue.kind {
                case .tooDeep: rule = .depthLimit
                case .tooLarge: rule = .sizeLimit
                default: rule = .yamlSyntax
                }
                report(.error(rule, issue.message, file: shown, at: issue.location))
                return nil
            }
        }
        if let environment { root = substitute(root, environment, file: shown) }
        boundaries[shown] = (root.object?.members.map(\.keyLocation) ?? []) + [root.location]
        return PackageDocument(path: path, actualPath: actual, display: shown, format: format, root: root, isTemplate: isTemplate)
    }

    /// `${{VAR}}` values filled in; each unresolved name reported once, each secret withheld
    /// reported where it is written.
    func substitute(_ root: SourceNode, _ environment: PlaceholderEnvironment, file shown: String) -> SourceNode {
        var unresolved: [(String, SourceLocation)] = []
        var secrets: [(String, SourceLocation)] = []
        let root = Placeholders.substitute(root, environment, unresolved: &unresolved, secrets: &secrets)
        for (name, location) in secrets {
            report(
                .warning(
                    .secret,
                    "${{\(name)}} is a secret; its value is not shown, \(PlaceholderEnvironment.secretToken(name)) stands in its place. "
                        + "A secret written into the package is sent to everyone who installs the app", file: shown, at: location))
        }
        // Without any env file the package has one finding saying so, not one per name.
        for (name, location) in unresolved where !environment.sources.isEmpty && reportedPlaceholders.insert(name).inserted {
            report(
                .warning(
                    .placeholder, "${{\(name)}} is not defined in \(environment.sources.joined(separator: ", ")); it is shown as written",
                    file: shown, at: location))
        }
        return root
    }

    static func format(of path: PackagePath, bytes: [UInt8]) -> PackageDocument.Format {
        switch path.fileExtension {
        case "json": return .json
        case "yaml", "yml": return .yaml
        default:
            let first = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
            return first == UInt8(ascii: "{") || first == UInt8(ascii: "[") ? .json : .yaml
        }
    }
}
