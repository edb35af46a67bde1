import Foundation
import JSONTree
import TestSupport
@testable import CardRendering

/// Shared helpers: the built-in themes, the shared card collections.
enum Fixtures {
    static let themeNames = ["teams-light", "teams-dark", "teams-contrast"]

    static func themeText(_ name: String) -> String {
        let url = TestPaths.repositoryRoot.appendingPathComponent("Themes/default/hostconfigs/\(name).json")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    static func theme(_ name: String) -> HostConfig {
        (try? HostConfig(jsonText: themeText(name))) ?? HostConfig()
    }

    static let teamsLight = theme("teams-light")
    static let teamsDark = theme("teams-dark")
    static let teamsContrast = theme("teams-contrast")

    static func sharedHostConfig(_ file: String) -> JSONValue? {
        let url = TestPaths.conformance.appendingPathComponent("cards/hostconfigs/\(file)")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return try? JSONValue.parse(text)
    }

    static func json(_ url: URL) -> JSONValue? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return try? JSONValue.parse(text)
    }

    /// Every `.json` file under `dir`, sorted by path.
    static func jsonFiles(under dir: URL) -> [URL] {
        guard let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { return [] }
        var files: [URL] = []
        for case let url as URL in e where url.pathExtension == "json" { files.append(url) }
        return files.sorted { $0.path < $1.path }
    }

    /// The sample cards of all schema versions: (relative name, card).
    static var samples: [(String, JSONValue)] {
        let dir = TestPaths.conformance.appendingPathComponent("cards/samples")
        return jsonFiles(under: dir).compactMap { url in
            json(url).map { (String(url.path.dropFirst(dir.path.count + 1)), $0) }
        }
    }

    /// The expanded scenario cards (templates expanded by the official JS engine).
    static var scenarios: [(String, JSONValue)] {
        let dir = TestPaths.conformance.appendingPathComponent("cards/expanded-reference-js")
        return jsonFiles(under: dir).compactMap { url in
            json(url).map { (String(url.path.dropFirst(dir.path.count + 1)), $0) }
        }
    }

    /// Every plain JSON object with `"type": "AdaptiveCard"` in the corpus: (file#pointer, card).
    static var corpusCards: [(String, JSONValue)] {
        let dir = TestPaths.corpus
        var out: [(String, JSONValue)] = []
        for url in jsonFiles(under: dir) {
            guard let value = json(url) else { continue }
            let name = String(url.path.dropFirst(dir.path.count + 1))
            var stack: [(JSONValue, String)] = [(value, "")]
            while let (v, p) = stack.popLast() {
                switch v {
                case .object(let o):
                    if o["type"]?.stringValue == "AdaptiveCard" {
                        out.append((name + "#" + p, v))
                        continue
                    }
                    for (k, c) in o.reversed() { stack.append((c, p + "/" + k)) }
                case .array(let a):
                    for (i, c) in a.enumerated().reversed() { stack.append((c, p + "/" + String(i))) }
                default:
                    break
                }
            }
        }
        return out
    }

    /// Resolves a JSON Pointer.
    static func resolve(_ pointer: String, in value: JSONValue) -> JSONValue? {
        var current = value
        for token in pointer.split(separator: "/", omittingEmptySubsequences: true) {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch current {
            case .object(let o): guard let next = o[key] else { return nil }; current = next
            case .array(let a): guard let i = Int(key), i >= 0, i < a.count else { return nil }; current = a[i]
            default: return nil
            }
        }
        return current
    }
}

import MarkdownHTML

/// cmark's rendering of a text, for comparing with the fast path.
enum MarkdownHTMLBridge {
    static func cmark(_ text: String) -> String { Markdown.html(text, options: .adaptiveCard) }
}
