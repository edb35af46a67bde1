import Foundation
@testable import SiteBuilder
import TestSupport

enum SiteTest {
    /// Builds the demo catalog (`Site/catalog.yml`) into a fresh folder.
    /// `galleries: false` leaves out the galleries of the reference material, so what is
    /// built does not depend on whether `../shared` is there (the goldens).
    static func buildDemo(into output: URL? = nil, galleries: Bool = true) -> (BuildResult, URL) {
        // `galleries: false` also leaves out the schemas of ../shared: the goldens hold without it.
        let out = output ?? TestPaths.temporaryDirectory("demo").appendingPathComponent("site")
        var (config, diagnostics) = CatalogConfiguration.read(TestPaths.repositoryRoot.appendingPathComponent("Site/catalog.yml"), output: out)
        if !galleries {
            config.galleries = []
            config.load.schemaDirectory = nil
        }
        var result = BuildAction(configuration: config).run()
        result.diagnostics = diagnostics + result.diagnostics
        return (result, out)
    }

    /// Every file of a site, by relative path.
    static func files(_ root: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        let base = root.standardizedFileURL.path
        let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = e?.nextObject() as? URL {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue else { continue }
            out[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = FileManager.default.contents(atPath: url.path)
        }
        return out
    }

    static func text(_ root: URL, _ path: String) -> String {
        (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    /// Internal links and assets that do not resolve: `href`/`src` values that are relative
    /// must name a file of the site, and `#fragment`s an `id` in the target page.
    static func brokenLinks(_ root: URL) -> [String] {
        let files = Self.files(root)
        var ids: [String: Set<String>] = [:]
        func idsOf(_ path: String) -> Set<String> {
            if let cached = ids[path] { return cached }
            let html = String(decoding: files[path] ?? Data(), as: UTF8.self)
            let found = Set(matches(#"\bid="([^"]+)""#, in: html))
            ids[path] = found
            return found
        }
        var broken: [String] = []
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let dir = (path as NSString).deletingLastPathComponent
            for raw in matches(#"\b(?:href|src)="([^"]*)""#, in: html) {
                let link = raw.replacingOccurrences(of: "&amp;", with: "&")
                if link.isEmpty { broken.append("\(path): empty link"); continue }
                if link.contains(":") || link.hasPrefix("//") { continue }  // external (scheme) links
                var target = link
                var fragment: String? = nil
                if let hash = target.firstIndex(of: "#") {
                    fragment = String(target[target.index(after: hash)...])
                    target = String(target[..<hash])
                }
                if let q = target.firstIndex(of: "?") { target = String(target[..<q]) }
                let resolved = target.isEmpty ? path : normalize(dir.isEmpty ? target : dir + "/" + target)
                guard files[resolved] != nil else { broken.append("\(path): \(link) → \(resolved) does not exist"); continue }
                if let fragment, !fragment.isEmpty, resolved.hasSuffix(".html"), !idsOf(resolved).contains(fragment) {
                    broken.append("\(path): \(link) → no id \"\(fragment)\" in \(resolved)")
                }
            }
        }
        return broken.sorted()
    }

    /// Event-handler attributes (`onclick=`…) in any tag, ignoring quoted attribute values.
    static func eventHandlerAttributes(_ html: String) -> [String] {
        matches(#"(<[a-zA-Z][^>]*>)"#, in: html).flatMap { tag -> [String] in
            let unquoted = tag.replacingOccurrences(of: #""[^"]*""#, with: "\"\"", options: .regularExpression)
                .replacingOccurrences(of: #"'[^']*'"#, with: "''", options: .regularExpression)
            return matches(#"\s(on[a-zA-Z]+)\s*="#, in: unquoted)
        }
    }

    static func normalize(_ path: String) -> String {
        var parts: [String] = []
        for p in path.split(separator: "/") {
            if p == "." { continue }
            if p == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(String(p))
        }
        return parts.joined(separator: "/")
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let re = try? NSRegularExpression(pattern: pattern) else { return [] }
        let ns = text as NSString
        return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap {
            $0.numberOfRanges > 1 ? ns.substring(with: $0.range(at: 1)) : nil
        }
    }
}

extension SiteContext {
    /// The default theme's context, for tests that present packages without building a site.
    static let standardForTests: SiteContext = {
        // The embedded theme is the project's own; its templates always parse (ThemeEmbeddingTests).
        let renderer = try! PageRenderer(theme: .standard)
        return SiteContext(configuration: CatalogConfiguration(output: TestPaths.temporaryDirectory("context")), theme: .standard, renderer: renderer)
    }()
}
