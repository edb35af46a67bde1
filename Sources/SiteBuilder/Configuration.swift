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

    public init(output: URL) {
        self.output = output
    }

    public static let fileNames = ["catalog.yml", "catalog.yaml", "plugin-catalog.yml", "plugin-catalog.yaml"]

    /// Reads a catalog file (`catalog.yml`). Paths in it are relative to the file.
    /// Unknown keys are warnings, wrong types errors; the returned configuration always exists.
    public static func read(_ url: URL, output: URL? = nil) -> (CatalogConfiguration, [Diagnostic]) {
        let base = url.deletingLastPathComponent()
        var config = CatalogConfiguration(output: output ?? base.appendingPathComponent("_site"))
        config.displayBase = base
        var diagnostics: [Diagnostic] = []
        let display = DisplayPath.relative(url, to: nil)
        let root: SourceNode
        switch ConfigurationFile.read(url) {
        case .success(let (node, warnings)):
            root = node
            diagnostics += warnings.map { d in var d = d; d.file = display; return d }
        case .failure(let d):
            var d = d
            d.file = display
            return (config, [d])
        }
        guard let o = root.object else {
            if !root.isNull { diagnostics.append(.error(.config, "the catalog file must be a mapping of options", file: display, at: root.location)) }
            return (config, diagnostics)
        }
        func string(_ key: String) -> String? {
            guard let v = o[key] else { return nil }
            if let s = v.scalarText, v.object == nil, v.array == nil { return s }
            diagnostics.append(.error(.config, "\(key) must be a string", file: display, at: v.location))
            return nil
        }
        func strings(_ key: String) -> [String] {
            guard let v = o[key] else { return [] }
            if let s = v.string { return [s] }
            guard let a = v.array else {
                diagnostics.append(.error(.config, "\(key) must be a list", file: display, at: v.location))
                return []
            }
            return a.compactMap { item in
                if let s = item.scalarText, item.object == nil { return s }
                if let p = item["path"]?.string { return p }
                diagnostics.append(.error(.config, "each entry of \(key) must be a path", file: display, at: item.location))
                return nil
            }
        }
        let known: Set<String> = ["title", "description", "logo", "packages", "output", "base_url", "baseURL", "locales", "default_locale",
                                  "extra_locales", "theme", "samples", "env", "env_files", "template_flags", "galleries"]
        for m in o.members where !known.contains(m.key) {
            diagnostics.append(.warning(.config, "unknown option \"\(m.key)\" is ignored (known: \(known.sorted().joined(separator: ", ")))", file: display, at: m.keyLocation))
        }
        if let t = string("title") { config.title = t }
        config.description = string("description")
        config.logo = string("logo").map { base.appendingPathComponent($0) }
        if output == nil, let out = string("output") { config.output = base.appendingPathComponent(out) }
        config.baseURL = string("base_url") ?? string("baseURL")
        if let locales = o["locales"], locales.object != nil {
            config.defaultLocale = locales["default"]?.string
            config.extraLocales = locales["extra"]?.array?.compactMap(\.string) ?? []
        } else {
            config.defaultLocale = string("default_locale")
            config.extraLocales = strings("extra_locales")
        }
        config.theme = string("theme").map { base.appendingPathComponent($0) }
        config.samples = strings("samples").map { base.appendingPathComponent($0) }
        config.load.environmentName = string("env")
        config.load.environmentFiles = strings("env_files").map { base.appendingPathComponent($0) }
        for g in o["galleries"]?.array ?? [] {
            guard let path = g["path"]?.string else {
                diagnostics.append(.error(.config, "each gallery needs a path", file: display, at: g.location))
                continue
            }
            let folder = base.appendingPathComponent(path).standardizedFileURL
            // `optional: true`: a folder that may be absent (e.g. reference material outside the repository).
            if g["optional"]?.bool == true && !FileManager.default.fileExists(atPath: folder.path) { continue }
            config.galleries.append(GalleryLoader.Source(title: g["title"]?.string ?? path, folder: folder))
        }
        for m in o["template_flags"]?.object?.members ?? [] {
            if let b = m.value.bool { config.load.templateFlags[m.key] = b }
        }
        var packages: [URL] = []
        for pattern in strings("packages") {
            let matches = Glob.expand(pattern, relativeTo: base)
            if matches.isEmpty {
                diagnostics.append(.error(.config, "\"\(pattern)\" matches nothing", file: display, at: o["packages"]?.location))
                config.unmatchedPackages.append(pattern)
            }
            packages += matches
        }
        config.packages = packages
        return (config, diagnostics)
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
