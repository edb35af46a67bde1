import Foundation
import Testing
import TestSupport

/// Rules of the code base that a reviewer would otherwise have to remember: no function
/// longer than about 60 lines except the tables listed here (a listed one may shrink, never
/// grow), each C library touched in one file, no `try!`, `fatalError` or `as!`, and
/// nothing that leaves temporary folders behind.
@Suite struct SourceRulesTests {
    static let sources = TestPaths.repositoryRoot.appendingPathComponent("Sources")
    static let limit = 60

    /// Functions allowed past the limit, with the most lines each may have and why.
    /// Tables: one case or one property per line, which splitting would only scatter.
    /// Renderers: one Adaptive Card element's HTML, in the order the element is drawn.
    static let allowed: [String: (lines: Int, why: String)] = [
        "CardRendering/Stylesheet/ThemeStylesheet.swift make": (120, "table: one CSS rule per line"),
        "CardRendering/HostConfig/HostConfig+JSON.swift init": (107, "table: one host config property per line"),
        "AdaptiveExpressions/Syntax/Lexer.swift run": (92, "lexer: one switch over the first byte"),
        "MarkdownHTML/CMark.swift convert": (79, "table: one case per cmark node type"),
        "SiteBuilder/Render/SharedPages.swift make": (79, "table: one case per shared page"),
    ]

    /// `relative path` + " " + `name` → length in lines, for every function over the limit.
    static func longFunctions() -> [String: Int] {
        let declaration = try! Regex(#"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|static|mutating|override|final|nonisolated|@inline\(__always\)|@discardableResult)\s+)*(func\s+([^\s(<]+)|(init)[?!]?\s*[(<])"#)
        var found: [String: Int] = [:]
        for file in swiftFiles() {
            let relative = String(file.path.dropFirst(sources.path.count + 1))
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            let lines = text.components(separatedBy: "\n")
            for (i, line) in lines.enumerated() {
                guard let m = line.firstMatch(of: declaration) else { continue }
                let name = (m.output[2].substring ?? m.output[3].substring).map(String.init) ?? "?"
                if let n = bodyLength(lines, from: i), n > limit {
                    found["\(relative) \(name)", default: 0] = max(found["\(relative) \(name)"] ?? 0, n)
                }
            }
        }
        return found
    }

    /// Lines from the declaration to its closing brace (braces in strings and comments do
    /// not count); nil when no body starts within five lines.
    static func bodyLength(_ lines: [String], from start: Int) -> Int? {
        var depth = 0, started = false, inBlockString = false
        for j in start..<lines.count {
            let quotes = lines[j].components(separatedBy: "\"\"\"").count - 1
            if inBlockString || quotes > 0 {
                if quotes % 2 == 1 { inBlockString.toggle() }
                if inBlockString || quotes > 0 { continue }
            }
            for c in codeOnly(lines[j]) {
                if c == "{" { depth += 1; started = true } else if c == "}" { depth -= 1 }
            }
            if started && depth <= 0 { return j - start + 1 }
            if !started && j > start + 5 { return nil }
        }
        return nil
    }

    /// A line without its string literals and its `//` comment.
    static func codeOnly(_ line: String) -> String {
        var out = "", inString = false, escaped = false
        var previous: Character = " "
        for c in line {
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
            } else if c == "\"" {
                inString = true
            } else if c == "/" && previous == "/" {
                out.removeLast()
                break
            } else {
                out.append(c)
            }
            previous = c
        }
        return out
    }

    static func swiftFiles() -> [URL] {
        let e = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        return (e?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" && $0.lastPathComponent != "EmbeddedTheme.swift" }
            .sorted { $0.path < $1.path }
    }

    @Test func noFunctionIsLongerThanTheLimitUnlessListed() {
        let files = Self.swiftFiles()
        #expect(files.count > 100, "found the sources")
        let long = Self.longFunctions()
        for (key, n) in long.sorted(by: { $0.key < $1.key }) {
            guard let allowed = Self.allowed[key] else {
                Issue.record("\(key) is \(n) lines; split it (the limit is \(Self.limit))")
                continue
            }
            #expect(n <= allowed.lines, "\(key) grew to \(n) lines (listed at \(allowed.lines): \(allowed.why))")
        }
        for key in Self.allowed.keys.sorted() where long[key] == nil {
            Issue.record("\(key) is no longer over \(Self.limit) lines (or is gone): take it off the list")
        }
    }

    @Test func eachCLibraryIsTouchedInOneFile() throws {
        for module in ["CCmarkGFM", "CYAML"] {
            let importers = Self.swiftFiles().filter { file in
                ((try? String(contentsOf: file, encoding: .utf8)) ?? "").components(separatedBy: "\n").contains { $0.hasPrefix("import \(module)") }
            }
            #expect(importers.count == 1, "\(module) is imported by \(importers.map(\.lastPathComponent))")
        }
    }

    /// Foundation's atomic `String.write` leaves a folder behind in the temporary folder on
    /// Linux, and a test's temporary folder made anywhere but `TestPaths.temporaryDirectory`
    /// outlives the run (that one is under a root removed at exit).
    @Test func nothingLeavesTemporaryFoldersBehind() throws {
        let tests = TestPaths.repositoryRoot.appendingPathComponent("Tests")
        let e = FileManager.default.enumerator(at: tests, includingPropertiesForKeys: nil)
        let testFiles = (e?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }
        #expect(testFiles.count > 100, "found the tests")
        for file in Self.swiftFiles() + testFiles {
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            for (i, line) in text.components(separatedBy: "\n").enumerated() {
                let code = Self.codeOnly(line)
                let madeAside = code.contains("FileManager.default.temporaryDirectory") && file.path.contains("/Tests/")
                    && file.lastPathComponent != "Paths.swift"
                if code.contains("atomically: true") || madeAside {
                    Issue.record("\(file.lastPathComponent):\(i + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
    }

    @Test func noTrapsOnWhatIsRead() throws {
        let traps = try Regex(#"try!|fatalError\(|\bas! "#)
        for file in Self.swiftFiles() {
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            for (i, line) in text.components(separatedBy: "\n").enumerated() where Self.codeOnly(line).contains(traps) {
                Issue.record("\(file.lastPathComponent):\(i + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
    }
}
