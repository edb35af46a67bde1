import CatalogDiagnostics
import Foundation
import JSONTree
@testable import PackageReader
import Testing
import TestSupport
import ZIPFoundation

/// Every class of bad input gives a diagnostic with its rule, text and position, and the
/// rest of the package is still read.
@Suite struct BadInputTests {
    func errors(_ p: CatalogPackage) -> [String] { p.diagnostics.filter { $0.severity == .error }.map(\.formatted) }

    @Test func malformedJSONManifest() {
        let root = TestPackage.write(["manifest.json": "{\n  \"manifestVersion\": \"1.19\",\n  \"name\": {\"short\": \"x\"\n}\n"])
        let p = load(root)
        #expect(errors(p) == ["pkg/manifest.json:5:1: error[json-syntax]: unterminated object (opened at 1:1)"])
        #expect(p.operations.isEmpty)
    }

    @Test func malformedYAMLSpecStillDocumentsTheRest() {
        let root = TestPackage.write([
            "manifest.json": TestPackage.appManifest(),
            "agent.json": TestPackage.agent(actions: ["good.json", "bad.json"]),
            "instructions.txt": "x",
            "good.json": TestPackage.plugin(spec: "good.yml", functions: #"{"name": "GetBudgets", "description": "g"}"#),
            "good.yml": budgetsSpec,
            "bad.json": TestPackage.plugin(spec: "bad.yml", functions: #"{"name": "Broken", "description": "b"}"#),
            "bad.yml": "openapi: 3.0.0\ninfo:\n  title: [unclosed\n  version: 1\npaths: {}\n",
        ])
        let p = load(root)
        let yaml = p.diagnostics.first { $0.rule == "yaml-syntax" }
        #expect(yaml?.severity == .error)
        #expect(yaml?.file == "pkg/bad.yml")
        #expect(yaml?.location?.line == 4)
        #expect(p.operations.map(\.operationId) == ["GetBudgets", "ChargeBudget"])
    }

    @Test func missingReferencedFileSuggestsTheNearestName() {
        let root = TestPackage.write([
            "manifest.json": TestPackage.appManifest(agentFile: "declarativeAgent.json"),
            "declarativeagent.jsn": "{}",
        ])
        let p = load(root)
        let d = p.diagnostics.first { $0.rule == "PKG-01" }
        #expect(d?.formatted == """
            pkg/manifest.json:11:67: error[PKG-01]: the declarative agent "declarativeAgent.json" is not in the package (looked for pkg/declarativeAgent.json)
                note: did you mean "declarativeagent.jsn"?
            """)
    }

    @Test func unsafeReferencesAreRefused() {
        for (ref, expected) in [
            ("../outside.json", "leads outside the package"),
            ("/etc/passwd", "is an absolute path"),
            ("C:\\\\agent.json", "is an absolute path"),
            ("https://evil.example/agent.json", "is a URL"),
            ("%2e%2e/agent.json", "contains characters not allowed"),
        ] {
            let root = TestPackage.write(["manifest.json": TestPackage.appManifest(agentFile: ref)])
            let p = load(root)
            let d = p.diagnostics.first { $0.rule == "PKG-02" }
            #expect(d?.severity == .error, "\(ref)")
            #expect(d?.message.contains(expected) == true, "\(ref): \(d?.message ?? "none")")
        }
    }

    @Test func symbolicLinksLeavingThePackageAreRefused() throws {
        let outside = TestPackage.write(["secret.json": #"{"version": "v1.0", "name": "stolen"}"#])
        let root = TestPackage.write(["manifest.json": TestPackage.appManifest(agentFile: "agent.json")])
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("agent.json"), withDestinationURL: outside.appendingPathComponent("secret.json"))
        let p = load(root)
        #expect(p.agent == nil)
        #expect(p.diagnostics.contains { $0.rule == "PKG-02" && $0.message.contains("symbolic link") })
    }

    @Test func unknownManifestVersion() {
        let root = TestPackage.write(["manifest.json": TestPackage.appManifest().replacingOccurrences(of: "\"manifestVersion\": \"1.19\"", with: "\"manifestVersion\": \"1.18\""),
                                      "agent.json": TestPackage.agent(actions: []), "instructions.txt": "x"])
        let p = load(root)
        #expect(p.diagnostics.first { $0.rule == "TM-01" }?.formatted
            == "pkg/manifest.json:3:22: warning[TM-01]: unknown manifestVersion \"1.18\" (known: 1.13–1.30 except 1.18, devPreview); read as the latest")
        #expect(p.agent?.name.raw == "Budgets")
    }

    @Test func notAPluginManifest() {
        let root = TestPackage.write(["manifest.json": TestPackage.appManifest(), "agent.json": TestPackage.agent(actions: ["x.json"]),
                                      "instructions.txt": "x", "x.json": #"{"hello": 1}"#])
        let p = load(root)
        #expect(p.diagnostics.contains { $0.rule == "DA-03" && $0.message.contains("is not a plugin manifest") })
    }

    @Test func hostileNestingAndAliasBombs() {
        let deepJSON = String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)
        var laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...12 { laughs += "l\(i): &l\(i) [" + Array(repeating: i == 1 ? "*a" : "*l\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let root = TestPackage.write([
            "plugin.json": TestPackage.plugin(spec: "deep.json", functions: "") ,
            "deep.json": deepJSON,
        ])
        let p = load(root.appendingPathComponent("plugin.json"), kind: .pluginManifest, display: "plugin.json")
        #expect(p.diagnostics.contains { $0.rule == "input-depth" && $0.file == "deep.json" })
        let bomb = TestPackage.write(["spec.yaml": laughs])
        let q = load(bomb.appendingPathComponent("spec.yaml"), kind: .openAPI, display: "spec.yaml")
        #expect(q.diagnostics.contains { $0.rule == "input-size" })
        let deepYAML = TestPackage.write(["spec.yaml": String(repeating: "[", count: 5000)])
        let r = load(deepYAML.appendingPathComponent("spec.yaml"), kind: .openAPI, display: "spec.yaml")
        #expect(r.diagnostics.contains { $0.severity == .error })
    }

    @Test func teamsToolkitTemplatesAreReadWithAWarning() {
        let root = TestPackage.write([
            "manifest.json.tpl": TestPackage.appManifest().replacingOccurrences(of: "\"copilotAgents\"", with: """
                {{#DeclarativeCopilot}}"copilotAgents"
                """).replacingOccurrences(of: "}]}\n}", with: "}]}\n{{/DeclarativeCopilot}}{{^DeclarativeCopilot}}\"x\": 1{{/DeclarativeCopilot}}\n}"),
            "agent.json.tpl": TestPackage.agent(actions: []),
            "instructions.txt": "x",
        ])
        let p = load(root)
        #expect(p.agent?.name.raw == "Budgets")
        #expect(p.diagnostics.filter { $0.rule == "ttk-template" }.count == 2)
        #expect(errors(p).isEmpty, "\(errors(p))")
    }

    @Test func templateRenderingKeepsPositions() {
        let text = "a\n{{#On}}b{{/On}}\n{{^On}}c\nd{{/On}}\ne ${{X}} {{name}}"
        let out = TeamsToolkitTemplate.render(text, flags: ["On": true])
        #expect(out.split(separator: "\n", omittingEmptySubsequences: false).count == text.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(out.replacingOccurrences(of: " ", with: "") == "a\nb\n\n\ne${{X}}{{name}}")
    }

    @Test func toleratedJSONIsReadWithWarnings() {
        let root = TestPackage.write(["manifest.json": "\u{FEFF}" + TestPackage.appManifest().replacingOccurrences(of: "\"version\": \"1.0.0\",", with: "\"version\": \"1.0.0\", // the version\n"),
                                      "agent.json": TestPackage.agent(actions: []), "instructions.txt": "x"])
        let p = load(root)
        #expect(p.diagnostics.contains { $0.rule == "json-lenient" && $0.severity == .warning && $0.message.contains("comments") })
        #expect(p.agent != nil)
    }

    @Test func archivesAreReadUnderLimitsAndUnsafeEntriesRefused() throws {
        let folder = TestPaths.temporaryDirectory("zip")
        let zipURL = folder.appendingPathComponent("pkg.zip")
        let archive = try Archive(url: zipURL, accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { pos, size in
                data.subdata(in: Int(pos)..<Int(pos) + size)
            }
        }
        try add("appPackage/manifest.json", TestPackage.appManifest())
        try add("appPackage/agent.json", TestPackage.agent(actions: ["plugin.json"]))
        try add("appPackage/instructions.txt", "Be brief.")
        try add("appPackage/plugin.json", TestPackage.plugin(spec: "b.yml", functions: #"{"name": "GetBudgets", "description": "g"}"#))
        try add("appPackage/b.yml", budgetsSpec)
        try add("../escape.txt", "x")
        try add("big.txt", String(repeating: "a", count: 300_000))
        var limits = ReadLimits()
        limits.maxCompressionRatio = 100
        var options = LoadOptions()
        options.limits = limits
        let p = PackageLoader.load(PackageInput(kind: .archive, url: zipURL, display: "pkg.zip", id: "pkg"), options: options)
        #expect(p.agent?.instructions == "Be brief.")
        #expect(p.operations.count == 2)
        #expect(p.diagnostics.first { $0.rule == "PKG-01" } == nil)
        let refused = p.diagnostics.filter { $0.rule == "zip-entry" }.map(\.message)
        #expect(refused.contains { $0.contains("\"../escape.txt\"") && $0.contains("outside the archive") })
        #expect(refused.contains { $0.contains("\"big.txt\"") && $0.contains("compression ratio") })
        #expect(p.operations.first?.api?.file == "pkg.zip!/appPackage/b.yml")
    }

    @Test func garbageIsNotAnArchive() {
        let root = TestPackage.write(["pkg.zip": "not a zip"])
        let p = PackageLoader.load(PackageInput(kind: .archive, url: root.appendingPathComponent("pkg.zip"), display: "pkg.zip", id: "pkg"))
        #expect(p.diagnostics.first?.rule == "file-unreadable")
    }
}

@Suite struct YAMLReaderTests {
    @Test func coreSchemaAnchorsAndMergeKeys() throws {
        let yaml = """
            base: &base {a: 1, b: two}
            derived:
              <<: *base
              b: 3
            keys: {200: ok, true: yes, ~: null}
            scalars: [null, ~, true, FALSE, 0x1F, 0o17, 1e3, .inf, '123', "x", yes, 2024-01-01]
            url: ${{BASE_URL}}/api
            """
        let root = try YAMLReader.parse(Array(yaml.utf8)).get().root
        #expect(root["derived"]?.jsonValue == ["a": 1, "b": 3])
        #expect(root["keys"]?.object?.keys == ["200", "true", "~"])
        let s = try #require(root["scalars"]?.jsonValue.arrayValue)
        #expect(Array(s.prefix(10)) == [nil, nil, true, false, 31, 15, 1000, .number(.infinity), "123", "x"])
        #expect(s[10] == "yes")
        #expect(s[11] == "2024-01-01")
        #expect(root["url"]?.string == "${{BASE_URL}}/api")
        #expect(root["derived"]?["b"]?.location == SourceLocation(line: 4, column: 6))
    }

    @Test func errorsHavePositions() {
        guard case .failure(let issue) = YAMLReader.parse(Array("a: b\n  c: d\n".utf8)) else {
            Issue.record("expected a failure")
            return
        }
        #expect(issue.location.line == 2)
        #expect(issue.message.contains("mapping values are not allowed"))
    }
}
