import Foundation
import JSONTree
@testable import PackageReader
@testable import SiteBuilder
import Testing
import TestSupport

/// The same content written differently reports nothing: indentation, key order, YAML
/// turned into JSON (with the reference updated), a `$ref` inlined, instructions moved to a
/// file; and every package of the corpus compared with itself reformatted.
@Suite struct DiffReformatTests {
    typealias F = DiffFixture

    @Test func aReformattedPackageReportsNothing() throws {
        let parent = F.pair(head: [])
        let head = parent.appendingPathComponent("head")
        try Reformat.package(head)
        #expect(FileManager.default.fileExists(atPath: head.appendingPathComponent("openapi.json").path))
        #expect(!FileManager.default.fileExists(atPath: head.appendingPathComponent("openapi.yaml").path))
        let r = F.diff(parent)
        #expect(r.failures.isEmpty, "\(r.failures.map(\.formatted))")
        #expect(r.changes.isEmpty, "\(r.changes.map { "\($0.id): \($0.message)" })")
    }

    @Test func aRefInlinedOrExtractedReportsNothing() {
        let extracted: [F.Edit] = [
            ("openapi.yaml", """
                                items:
                                  type: object
                                  properties:
                                    name:
                                      type: string
                                      description: The budget's name.
                                    owner:
                                      type: string
                                      description: Who owns it.
                                    remaining:
                                      type: number
                                      description: What is left.
            """, """
                                items:
                                  $ref: '#/components/schemas/Budget'
            """),
            ("openapi.yaml", "paths:\n", """
                components:
                  schemas:
                    Budget:
                      type: object
                      properties:
                        owner:
                          description: Who owns it.
                          type: string
                        name: { type: string, description: "The budget's name." }
                        remaining:
                          type: number
                          description: What is left.
                paths:

                """),
        ]
        let changes = F.changes(head: extracted)
        #expect(changes.isEmpty, "\(changes.map { "\($0.id): \($0.message)" })")
    }

    /// Every package of `../shared/corpus` against a copy with every JSON file re-indented
    /// with its keys in reverse order and every YAML file turned into JSON.
    @Test(.needsShared) func everyCorpusPackageReformattedReportsNothing() throws {
        let inventory = try JSONParser.parse(Array(try Data(contentsOf: TestPaths.corpus.appendingPathComponent("inventory.json")))).root.jsonValue
        let paths = try requireInputs((inventory.arrayValue ?? []).compactMap { $0["path"]?.stringValue }, "corpus packages")
        var reports: [String] = []
        var converted = 0
        for path in paths {
            let original = TestPaths.corpus.appendingPathComponent(path)
            let copy = TestPaths.temporaryDirectory("pair-corpus").appendingPathComponent("pkg")
            try FileManager.default.copyItem(at: original, to: copy)
            converted += try Reformat.package(copy)
            let report = DiffAction(base: DiffSide(label: path, urls: [original], displayBase: TestPaths.corpus),
                                    head: DiffSide(label: "copy", urls: [copy], displayBase: copy.deletingLastPathComponent())).run()
            if !report.changes.isEmpty {
                reports.append("\(path): " + report.changes.prefix(5).map { "\($0.id) \($0.operationId ?? "") \($0.message)" }.joined(separator: "; "))
            }
            try? FileManager.default.removeItem(at: copy.deletingLastPathComponent())
        }
        #expect(paths.count == 72)
        #expect(converted > 20, "YAML files were turned into JSON")
        #expect(reports.isEmpty, "\(reports.count) packages report changes:\n\(reports.joined(separator: "\n"))")
    }
}

/// Rewrites a package without changing what it says: JSON re-indented (4 spaces) with keys in
/// reverse order (except `responses`, whose order the reader reads), YAML as JSON.
enum Reformat {
    /// Returns how many YAML files were turned into JSON.
    @discardableResult
    static func package(_ folder: URL) throws -> Int {
        let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
        var renames: [(String, String)] = []
        for file in files {
            let url = folder.appendingPathComponent(file)
            let ext = url.pathExtension.lowercased()
            guard ext == "json" || ext == "yaml" || ext == "yml", let data = FileManager.default.contents(atPath: url.path) else { continue }
            let root: SourceNode?
            if ext == "json" {
                root = try? JSONParser.parse([UInt8](data), options: .standard).root
            } else {
                root = try? YAMLReader.parse([UInt8](data)).get().root
            }
            guard let root else { continue }
            let text = JSONWriter.serialize(reversed(root.jsonValue, parent: nil), style: .pretty(indent: 4)) + "\n"
            if ext == "json" {
                try Data(text.utf8).write(to: url)
            } else {
                let target = url.deletingPathExtension().appendingPathExtension("json")
                guard !FileManager.default.fileExists(atPath: target.path) else { continue }
                try Data(text.utf8).write(to: target)
                try FileManager.default.removeItem(at: url)
                renames.append((url.lastPathComponent, target.lastPathComponent))
                // A reference that names `.yaml` for a `.yml` file (the reader takes the near file) follows it too.
                let stem = url.deletingPathExtension().lastPathComponent
                for other in [stem + ".yaml", stem + ".yml"] where other != url.lastPathComponent {
                    if !FileManager.default.fileExists(atPath: url.deletingLastPathComponent().appendingPathComponent(other).path) {
                        renames.append((other, target.lastPathComponent))
                    }
                }
            }
        }
        // The references to renamed files, in every JSON file (the YAML ones now JSON) and template.
        guard !renames.isEmpty else { return 0 }
        for file in (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
        where file.lowercased().hasSuffix(".json") || file.lowercased().hasSuffix(".tpl") {
            let url = folder.appendingPathComponent(file)
            guard var text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let before = text
            for (old, new) in renames { text = text.replacingOccurrences(of: old, with: new) }
            if text != before { try Data(text.utf8).write(to: url) }
        }
        return Set(renames.map(\.1)).count
    }

    static func reversed(_ v: JSONValue, parent: String?) -> JSONValue {
        switch v {
        case .array(let a): return .array(a.map { reversed($0, parent: nil) })
        case .object(let o):
            var out = JSONObject()
            let members = parent == "responses" ? Array(o) : o.reversed()
            for (k, value) in members { out[k] = reversed(value, parent: k) }
            return .object(out)
        default: return v
        }
    }
}
