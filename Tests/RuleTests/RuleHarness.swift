import CatalogDiagnostics
import Foundation
import JSONTree
import PackageReader
@testable import SiteBuilder
import Testing
import TestSupport

/// One rule broken in a small package: the finding must carry the rule, the file, the line
/// and the column of the value at fault.
struct RuleCase: @unchecked Sendable, CustomTestStringConvertible {
    var rule: Rule
    /// What the case breaks, for the test's name.
    var name: String
    /// Files added to (or replacing files of) the clean package `Fixtures/clean`; the package
    /// is read as a folder named `pkg`.
    var files: [String: String] = [:]
    /// Text replaced in the clean package's files: (file, old text, new text). Positions in
    /// the expectation are then those of the clean file after the replacement.
    var replacing: [(file: String, old: String, new: String)] = []
    /// Files of the clean package left out.
    var removing: [String] = []
    /// The input when it is not the folder: a bare plugin manifest or OpenAPI file.
    var root: String? = nil
    /// Where the finding must be: the file (relative to the package folder) and position.
    var file: String
    var line: Int
    var column: Int
    /// The severity the finding must have, when the case says.
    var severity: Severity? = nil
    /// The clean package to start from: `clean` (a declarative agent with an API plugin) or
    /// `me` (an API-based message extension), both in `Tests/RuleTests/Fixtures`.
    var base = "clean"
    /// Checked with the official schemas of `../shared/json-schemas` (TM-01, LOC-01, DA-01, PLG-01, RRT-01, PKG-04).
    var schemas = false

    var testDescription: String { "\(rule.id): \(name)" }
}

enum RuleHarness {
    static let context: SiteContext = {
        // The embedded theme is the project's own; its templates always parse (ThemeEmbeddingTests).
        let renderer = try! PageRenderer(theme: .standard)
        return SiteContext(configuration: CatalogConfiguration(output: TestPaths.temporaryDirectory("rules")), theme: .standard, renderer: renderer)
    }()

    /// Every finding `validate` reports for the case's package.
    static let fixtures = TestPaths.repositoryRoot.appendingPathComponent("Tests/RuleTests/Fixtures")

    /// The clean package with the case's changes, in a new folder named `pkg`.
    static func write(_ c: RuleCase) -> URL {
        let folder = TestPaths.temporaryDirectory("rule").appendingPathComponent("pkg")
        try? FileManager.default.copyItem(at: fixtures.appendingPathComponent(c.base), to: folder)
        for path in c.removing { try? FileManager.default.removeItem(at: folder.appendingPathComponent(path)) }
        for (file, old, new) in c.replacing {
            let url = folder.appendingPathComponent(file)
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            precondition(text.contains(old), "the clean \(file) has no \"\(old)\"")
            try? text.replacingOccurrences(of: old, with: new).write(to: url, atomically: false, encoding: .utf8)
        }
        // Images are given as Latin-1 strings (one character a byte).
        for (path, text) in c.files where path.hasSuffix(".png") {
            FileManager.default.createFile(atPath: folder.appendingPathComponent(path).path, contents: text.data(using: .isoLatin1))
        }
        TestPackage.write(c.files.filter { !$0.key.hasSuffix(".png") }, in: folder)
        return folder
    }

    /// Every finding `validate` reports for the case's package.
    static func findings(_ c: RuleCase, options: LoadOptions = LoadOptions()) -> [Diagnostic] {
        let folder = write(c)
        let input: PackageInput
        if let root = c.root {
            let url = folder.appendingPathComponent(root)
            let kind: PackageInput.Kind = root.hasSuffix(".yaml") || root.hasSuffix(".yml") || c.files[root]?.contains("\"openapi\"") == true
                || c.files[root]?.contains("\"swagger\"") == true ? .openAPI : .pluginManifest
            input = PackageInput(kind: kind, url: url, display: "pkg/" + root, id: "pkg")
        } else {
            input = PackageInput(kind: .folder, url: folder, display: "pkg", id: "pkg")
        }
        return PackagePresentation(PackageLoader.load(input, options: options), context: context).diagnostics
    }

    /// Loading with the official schemas of `../shared`.
    static var schemaOptions: LoadOptions {
        var o = LoadOptions()
        o.schemaDirectory = TestPaths.shared.appendingPathComponent("json-schemas").path
        return o
    }

    static func check(_ c: RuleCase, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let found = findings(c, options: c.schemas ? schemaOptions : LoadOptions())
        let ofRule = found.filter { $0.rule == c.rule }
        let wanted = JSONTree.SourceLocation(line: c.line, column: c.column)
        let hit = ofRule.first { $0.file == "pkg/" + c.file && $0.location == wanted }
        #expect(hit != nil, "\(c.rule.id) at pkg/\(c.file):\(wanted); found: \(ofRule.map(\.formatted)) (all: \(found.map(\.formatted)))",
                sourceLocation: sourceLocation)
        if let severity = c.severity, let hit {
            #expect(hit.severity == severity, "\(hit.formatted)", sourceLocation: sourceLocation)
        }
    }
}
