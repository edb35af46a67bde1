import CatalogDiagnostics
import CatalogSupport
import Foundation
import JSONTree
import PackageReader

/// Everything a build needs: from `catalog.yml`, then the command line on top.
public struct CatalogConfiguration: Sendable {
    public var title = "Plugin catalog"
    public var description: String?
    /// A logo image, relative to the catalog file (copied into the site).
    public var logo: URL?
    /// Package folders, archives and files (globs already expanded).
    public var packages: [URL] = []
    /// Entries of `packages:` that matched nothing (a build with any refuses to replace the site).
    public var unmatchedPackages: [String] = []
    public var output: URL
    /// The site's public URL, for canonical links and the sitemap (`https://…/catalog/`).
    public var baseURL: String?
    /// The locale pages are written in first; nil = each package's own default.
    public var defaultLocale: String?
    /// Locales to write pages for besides the packages' own (e.g. a catalog that also wants `de`).
    public var extraLocales: [String] = []
    public var theme: URL?
    /// Folders holding `<operationId>.json` sample responses.
    public var samples: [URL] = []
    /// Folders of card files shown as galleries (`galleries:` in the catalog file).
    public var galleries: [GalleryLoader.Source] = []
    public var load = LoadOptions()
    /// Where paths in diagnostics and the site are shown relative to.
    public var displayBase: URL?
    public var quiet = false
    /// Build aside and report what would change, but leave the site as it is.
    public var dryRun = false
    /// Rules turned off or given another severity (`rules:`, `--rule`).
    public var rules = RuleSettings()
    /// `build --compare BASE`: the comparison the review site shows (a `DiffAction` run with
    /// `keepsPreviews`, HEAD being this build's packages).
    public var review: DiffReport?

    public init(output: URL) {
        self.output = output
    }

    public static let fileNames = ["catalog.yml", "catalog.yaml", "plugin-catalog.yml", "plugin-catalog.yaml"]

    /// Reads a catalog file (`catalog.yml`). Paths in it are relative to the file (absolute
    /// ones stay absolute). Unknown keys are warnings at every level, wrong types and values
    /// that would break pages are errors (and are not used); the configuration always exists.
    public static func read(_ url: URL, output: URL? = nil) -> (CatalogConfiguration, [Diagnostic]) {
        var reader = CatalogFileReader(url: url, output: output)
        reader.read()
        return (reader.config, reader.diagnostics)
    }
}

/// Reads `catalog.yml` into a configuration, with a finding for every problem, at its place.
struct CatalogFileReader {
    static let topKeys: Set<String> = [
        "title", "description", "logo", "packages", "output", "base_url", "baseURL", "locales", "default_locale",
        "extra_locales", "theme", "samples", "env", "env_files", "template_flags", "galleries", "schemas", "rules"
    ]
    static let galleryKeys: Set<String> = ["title", "path", "optional"]
    static let localeKeys: Set<String> = ["default", "extra"]

    let url: URL
    let base: URL
    let display: String
    let outputGiven: Bool
    var config: CatalogConfiguration
    var diagnostics: [Diagnostic] = []

    init(url: URL, output: URL?) {
        self.url = url
        base = url.deletingLastPathComponent()
        display = DisplayPath.relative(url, to: nil)
        outputGiven = output != nil
        config = CatalogConfiguration(output: output ?? base.appendingPathComponent("_site"))
        config.displayBase = base
    }

    mutating func read() {
        let root: SourceNode
        switch ConfigurationFile.read(url) {
        case .success(let (node, warnings)):
            root = node
            diagnostics += warnings.map { d in
                var d = d; d.file = display; return d
            }
        case .failure(let d):
            var d = d
            d.file = display
            diagnostics.append(d)
            return
        }
        guard let o = root.object else {
            if !root.isNull { diagnostics.append(.error(.config, "the catalog file must be a mapping of options", file: display, at: root.location)) }
            return
        }
        checkKeys(o, known: Self.topKeys, in: nil)
        readSettings(o)
        readLocales(o)
        readGalleries(o["galleries"])
        readSchemas(o["schemas"])
        readRules(o["rules"])
        readPackages(o)
    }

    /// `schemas: DIR` or `schemas: {path: DIR, optional: true}`: the official JSON schemas.
    mutating func readSchemas(_ node: SourceNode?) {
        guard let node else { return }
        var written = node.string
        var optional = false
        if let object = node.object {
            checkKeys(object, known: ["path", "optional"], in: "schemas")
            written = object["path"]?.string
            optional = object["optional"]?.bool == true
        }
        guard let written else {
            diagnostics.append(.error(.config, "schemas must be a folder path", file: display, at: node.location))
            return
        }
        let folder = path(written)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            if !optional {
                diagnostics.append(.warning(.config, "schemas: no folder at \(written); the schema checks are skipped", file: display, at: node.location))
            }
            return
        }
        config.load.schemaDirectory = folder.path
    }

    /// `rules: {RULE: off|note|warning|error}`, as `--rule` (which wins).
    mutating func readRules(_ node: SourceNode?) {
        guard let node else { return }
        guard let object = node.object else {
            diagnostics.append(.error(.config, "rules must map rule ids to off, note, warning or error", file: display, at: node.location))
            return
        }
        for m in object.members {
            // YAML 1.1 readers take a bare `off` for false.
            guard let value = m.value.bool == false ? "off" : m.value.scalarText, let setting = RuleSettings.Setting(rawValue: value.lowercased()) else {
                diagnostics.append(.error(.config, "rules.\(m.key) must be off, note, warning or error", file: display, at: m.value.location))
                continue
            }
            if let problem = config.rules.set(rule: m.key, setting) {
                diagnostics.append(.warning(.config, problem, file: display, at: m.keyLocation))
            }
        }
    }

    /// A path from the file: relative to the file's folder, or absolute.
    func path(_ s: String) -> URL {
        s.hasPrefix("/") ? URL(fileURLWithPath: s).standardizedFileURL : base.appendingPathComponent(s).standardizedFileURL
    }

    mutating func checkKeys(_ o: SourceObject, known: Set<String>, in context: String?) {
        for m in o.members where !known.contains(m.key) {
            let whereText = context.map { " in \($0)" } ?? ""
            diagnostics.append(
                .warning(
                    .config, "unknown option \"\(m.key)\"\(whereText) is ignored (known: \(known.sorted().joined(separator: ", ")))",
                    file: display, at: m.keyLocation))
        }
    }

    mutating func string(_ key: String, in o: SourceObject) -> String? {
        guard let v = o[key] else { return nil }
        if let s = v.scalarText, v.object == nil, v.array == nil { return s }
        diagnostics.append(.error(.config, "\(key) must be a string", file: display, at: v.location))
        return nil
    }

    mutating func strings(_ key: String, in o: SourceObject) -> [String] {
        guard let v = o[key] else { return [] }
        if let s = v.string { return [s] }
        guard let a = v.array else {
            diagnostics.append(.error(.config, "\(key) must be a list", file: display, at: v.location))
            return []
        }
        return a.compactMap { item in
            if let s = item.scalarText, item.object == nil { return s }
            if let object = item.object, let p = object["path"]?.string {
                checkKeys(object, known: ["path"], in: key)
                return p
            }
            diagnostics.append(.error(.config, "each entry of \(key) must be a path", file: display, at: item.location))
            return nil
        }
    }

    mutating func readSettings(_ o: SourceObject) {
        if let t = string("title", in: o) { config.title = t }
        config.description = string("description", in: o)
        config.logo = string("logo", in: o).map(path)
        if !outputGiven, let out = string("output", in: o) { config.output = path(out) }
        if let url = string("base_url", in: o) ?? string("baseURL", in: o) {
            if let problem = OptionChecks.baseURLProblem(url) {
                diagnostics.append(.error(.config, "base_url: \(problem); it is not used", file: display, at: (o["base_url"] ?? o["baseURL"])?.location))
            } else {
                config.baseURL = url
            }
        }
        config.theme = string("theme", in: o).map(path)
        config.samples = strings("samples", in: o).map(path)
        config.load.environmentName = string("env", in: o)
        config.load.environmentFiles = strings("env_files", in: o).map(path)
        for m in o["template_flags"]?.object?.members ?? [] {
            guard let b = m.value.bool else {
                diagnostics.append(.error(.config, "template_flags.\(m.key) must be true or false", file: display, at: m.value.location))
                continue
            }
            config.load.templateFlags[m.key] = b
        }
    }

    mutating func readLocales(_ o: SourceObject) {
        var tags: [(String, SourceLocation?)] = []
        if let locales = o["locales"]?.object {
            checkKeys(locales, known: Self.localeKeys, in: "locales")
            if let d = locales["default"] { tags.append((d.scalarText ?? "", d.location)) }
            for e in locales["extra"]?.array ?? [] { tags.append((e.scalarText ?? "", e.location)) }
        } else {
            if let d = o["default_locale"] { tags.append((d.scalarText ?? "", d.location)) }
            for e in o["extra_locales"]?.array ?? [] { tags.append((e.scalarText ?? "", e.location)) }
        }
        for (i, (tag, location)) in tags.enumerated() {
            if let problem = OptionChecks.localeProblem(tag) {
                diagnostics.append(.error(.config, "\(problem); it is not used", file: display, at: location))
                continue
            }
            let isDefault = i == 0 && (o["locales"]?.object?["default"] != nil || o["default_locale"] != nil)
            if isDefault { config.defaultLocale = tag } else { config.extraLocales.append(tag) }
        }
    }

    mutating func readGalleries(_ node: SourceNode?) {
        for g in node?.array ?? [] {
            guard let object = g.object, let written = g["path"]?.string else {
                diagnostics.append(.error(.config, "each gallery needs a path", file: display, at: g.location))
                continue
            }
            checkKeys(object, known: Self.galleryKeys, in: "a gallery")
            let folder = path(written)
            // `optional: true`: a folder that may be absent (e.g. reference material outside the repository).
            if g["optional"]?.bool == true && !FileManager.default.fileExists(atPath: folder.path) { continue }
            config.galleries.append(GalleryLoader.Source(title: g["title"]?.string ?? written, folder: folder))
        }
    }

    mutating func readPackages(_ o: SourceObject) {
        for pattern in strings("packages", in: o) {
            let matches = Glob.expand(pattern, relativeTo: base)
            if matches.isEmpty {
                diagnostics.append(.error(.config, "\"\(pattern)\" matches nothing", file: display, at: o["packages"]?.location))
                config.unmatchedPackages.append(pattern)
            }
            config.packages += matches
        }
    }
}

/// Shell-style globs for `packages:` (`packages/*`, `samples/**/appPackage`, `*.zip`).
public enum Glob {
    public static func expand(_ pattern: String, relativeTo base: URL) -> [URL] {
        let isAbsolute = pattern.hasPrefix("/")
        let root = isAbsolute ? URL(fileURLWithPath: "/") : base
        let parts = pattern.split(separator: "/").map(String.init).filter { $0 != "." }
        guard parts.contains(where: { $0.contains("*") || $0.contains("?") || $0.contains("[") }) else {
            let url = isAbsolute ? URL(fileURLWithPath: pattern) : base.appendingPathComponent(pattern)
            return FileManager.default.fileExists(atPath: url.path) ? [url.standardizedFileURL] : []
        }
        var current = [root]
        for part in parts {
            var next: [URL] = []
            for dir in current {
                if part == "**" {
                    next.append(dir)
                    next += descendants(of: dir)
                } else if part.contains("*") || part.contains("?") || part.contains("[") {
                    let children = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
                    for c in children.sorted() where !c.hasPrefix(".") && fnmatch(part, c, 0) == 0 {
                        next.append(dir.appendingPathComponent(c))
                    }
                } else {
                    let child = part == ".." ? dir.deletingLastPathComponent() : dir.appendingPathComponent(part)
                    if FileManager.default.fileExists(atPath: child.path) { next.append(child) }
                }
            }
            current = next
        }
        var seen = Set<String>()
        return current.map(\.standardizedFileURL).filter { seen.insert($0.path).inserted }.sorted { $0.path < $1.path }
    }

    static func descendants(of dir: URL, depth: Int = 0) -> [URL] {
        guard depth < 8, let children = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        var out: [URL] = []
        for c in children.sorted() where !c.hasPrefix(".") && c != "node_modules" {
            let url = dir.appendingPathComponent(c)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue {
                out.append(url)
                out += descendants(of: url, depth: depth + 1)
            }
        }
        return out
    }
}
