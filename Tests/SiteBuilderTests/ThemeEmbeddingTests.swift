import Foundation
@testable import SiteBuilder
import Testing
import TestSupport

/// The default theme is compiled into the tool (`EmbeddedTheme.swift`, generated from
/// `Themes/default`). This test fails when the two drift apart; regenerate with
/// `RECORD_THEME=1 swift test --filter ThemeEmbeddingTests` (or `make theme`).
@Suite struct ThemeEmbeddingTests {
    static let themeFolder = TestPaths.repositoryRoot.appendingPathComponent("Themes/default")
    static let generated = TestPaths.repositoryRoot.appendingPathComponent("Sources/SiteBuilder/Theme/EmbeddedTheme.swift")

    static func themeFiles() -> [(String, String)] {
        var out: [(String, String)] = []
        let base = themeFolder.standardizedFileURL.path
        let e = FileManager.default.enumerator(at: themeFolder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        while let url = e?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            if relative == "README.md" { continue }
            out.append((relative, (try? String(contentsOf: url, encoding: .utf8)) ?? ""))
        }
        return out.sorted { $0.0 < $1.0 }
    }

    static func source() -> String {
        var out = "// Generated from Themes/default by ThemeEmbeddingTests (RECORD_THEME=1). Do not edit.\n"
        out += "// swift-format-ignore-file\n\n"
        out += "enum EmbeddedTheme {\n    static let files: [(path: String, contents: String)] = [\n"
        for (path, text) in themeFiles() {
            var hashes = "#"
            while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
            out += "        (\"\(path)\", \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    @Test func embeddedThemeMatchesTheThemeFolder() throws {
        let expected = Self.source()
        if ProcessInfo.processInfo.environment["RECORD_THEME"] == "1" {
            try expected.write(to: Self.generated, atomically: false, encoding: .utf8)
        }
        let actual = try String(contentsOf: Self.generated, encoding: .utf8)
        #expect(actual == expected, "Sources/SiteBuilder/Theme/EmbeddedTheme.swift is out of date; run `make theme`")
        #expect(Theme.standard.templates.keys.sorted() == Self.themeFiles().filter { $0.0.hasPrefix("templates/") }.map { String($0.0.dropFirst(10).dropLast(9)) }.sorted())
    }
}
