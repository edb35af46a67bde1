import CatalogSupport
import CatalogDiagnostics
import Foundation
import PackageReader

/// The templates and assets a site is built with: the default theme compiled into the
/// tool (from `Themes/default`), with any file overridden by a user theme folder.
public struct Theme: Sendable {
    /// Template name (file name without `.mustache`) → text.
    public private(set) var templates: [String: String]
    /// Site-relative path (`assets/site.css`) → bytes.
    public private(set) var assets: [String: [UInt8]]
    /// Other theme files (`hostconfigs/teams-light.json`) → text.
    public private(set) var files: [String: String]
    /// Identifies the theme's content, for incremental builds.
    public let fingerprint: UInt64

    /// The default theme.
    public static let standard = Theme(entries: EmbeddedTheme.files.map { ($0.path, Array($0.contents.utf8)) })

    init(entries: [(String, [UInt8])]) {
        var templates: [String: String] = [:]
        var assets: [String: [UInt8]] = [:]
        var files: [String: String] = [:]
        var parts: [String] = []
        for (path, bytes) in entries.sorted(by: { $0.0 < $1.0 }) {
            parts.append(path + ":" + Hashing.hex(bytes.withUnsafeBytes { Hashing.content($0) }))
            if path.hasPrefix("templates/"), path.hasSuffix(".mustache") {
                let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
                // A file's final line break is not part of the template, so a partial can be
                // included in the middle of a line.
                var text = String(decoding: bytes, as: UTF8.self)
                if text.hasSuffix("\r\n") { text.removeLast(2) } else if text.hasSuffix("\n") { text.removeLast() }
                templates[name] = text
            } else if path.hasPrefix("assets/") {
                assets[path] = bytes
            } else {
                files[path] = String(decoding: bytes, as: UTF8.self)
            }
        }
        self.templates = templates
        self.assets = assets
        self.files = files
        self.fingerprint = Hashing.fnv(parts.joined(separator: "\u{0}"))
    }

    /// The default theme with the files of `folder` laid over it.
    public static func load(overriding folder: URL?) -> (Theme, [Diagnostic]) {
        guard let folder else { return (.standard, []) }
        var entries: [String: [UInt8]] = [:]
        for f in EmbeddedTheme.files { entries[f.path] = Array(f.contents.utf8) }
        var diagnostics: [Diagnostic] = []
        guard let e = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else {
            return (.standard, [.error(.theme, "the theme folder cannot be read", file: folder.path)])
        }
        let base = folder.standardizedFileURL.path
        var count = 0
        for case let url as URL in e {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base + "/") else { continue }
            let relative = String(path.dropFirst(base.count + 1))
            guard let data = FileManager.default.contents(atPath: path) else {
                diagnostics.append(.error(.theme, "cannot read this theme file", file: path))
                continue
            }
            entries[relative] = [UInt8](data)
            count += 1
        }
        if count == 0 {
            diagnostics.append(.warning(.theme, "the theme folder holds no files; the default theme is used", file: folder.path))
        }
        return (Theme(entries: entries.map { ($0.key, $0.value) }), diagnostics)
    }
}
