import CatalogDiagnostics
import Foundation
import JSONTree
@testable import SiteBuilder
import Testing
import TestSupport

/// Rebuilds: nothing is written when nothing changed; a changed package rebuilds its own
/// pages and the shared pages only; everything else is linked from the previous site.
@Suite struct IncrementalBuildTests {
    static func spec(_ title: String, _ ids: [String]) -> String {
        var s = "openapi: 3.0.0\ninfo: {title: \(title), version: '1'}\nservers: [{url: 'https://x.example'}]\npaths:\n"
        for id in ids { s += "  /\(id):\n    get: {operationId: \(id), summary: \(id) of \(title), responses: {'200': {description: ok}}}\n" }
        return s
    }

    func catalog() -> (URL, CatalogConfiguration) {
        let root = TestPackage.write([
            "a/spec.yaml": Self.spec("A", ["a1", "a2"]),
            "b/plugin.json": TestPackage.plugin(spec: "spec.yaml", functions: #"{"name": "b1", "description": "d"}"#),
            "b/spec.yaml": Self.spec("B", ["b1"]),
        ])
        var config = CatalogConfiguration(output: root.appendingPathComponent("site"))
        config.packages = [root.appendingPathComponent("a/spec.yaml"), root.appendingPathComponent("b/plugin.json")]
        config.displayBase = root
        return (root, config)
    }

    static func inode(_ url: URL) -> UInt64? {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? UInt64) ?? nil
    }

    @Test func aRebuildWithUnchangedInputsWritesNothing() throws {
        let (_, config) = catalog()
        let first = BuildAction(configuration: config).run()
        #expect(first.wroteSite && !first.upToDate)
        let page = config.output.appendingPathComponent("packages/spec/a1.html")
        let before = try FileManager.default.attributesOfItem(atPath: page.path)
        let siteInode = Self.inode(config.output)
        let second = BuildAction(configuration: config).run()
        #expect(second.upToDate)
        #expect(second.filesWritten == 0)
        #expect(second.packagesReused == 2)
        #expect(second.operations == 3)
        // Not even the folder was replaced.
        #expect(Self.inode(config.output) == siteInode)
        #expect(try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date == before[.modificationDate] as? Date)
    }

    @Test func aChangedPackageRebuildsOnlyItsPagesAndTheSharedOnes() throws {
        let (root, config) = catalog()
        _ = BuildAction(configuration: config).run()
        let aPage = config.output.appendingPathComponent("packages/spec/a1.html")
        let aInode = Self.inode(aPage)
        try Self.spec("B", ["b1", "b2"]).write(to: root.appendingPathComponent("b/spec.yaml"), atomically: false, encoding: .utf8)
        let r = BuildAction(configuration: config).run()
        #expect(!r.upToDate)
        #expect(r.packagesReused == 1)
        // Package a's pages are the same files (hard links), not rewritten.
        #expect(Self.inode(aPage) == aInode)
        #expect(FileManager.default.fileExists(atPath: config.output.appendingPathComponent("packages/plugin/b2.html").path))
        let ops = SiteTest.text(config.output, "operations.html")
        #expect(ops.contains("b2 of B"))
        #expect(SiteTest.brokenLinks(config.output).isEmpty)
        // And the result is what a full build gives.
        var fresh = config
        fresh.output = TestPaths.temporaryDirectory("fresh").appendingPathComponent("site")
        _ = BuildAction(configuration: fresh).run()
        // Its own records too: the reused package's lines are written again as they were read.
        let a = SiteTest.files(config.output)
        let b = SiteTest.files(fresh.output)
        #expect(a.keys.sorted() == b.keys.sorted())
        #expect(a.keys.contains(".plugin-catalog-digests"))
        for (k, v) in a where b[k] != v { Issue.record("\(k) differs from a full build") }
    }

    /// The site's own records say where packages were read from only as hashes.
    @Test func noFileOfTheSiteNamesAPathOfTheBuildMachine() throws {
        let (root, config) = catalog()
        _ = BuildAction(configuration: config).run()
        let files = SiteTest.files(config.output)
        #expect(files.keys.contains(".plugin-catalog"))
        let machine = root.resolvingSymlinksInPath().path
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            if text.contains(root.path) || text.contains(machine) { Issue.record("\(path) names \(root.path)") }
        }
    }

    @Test func findingsAreKeptWholeInTheSiteRecords() {
        let findings = [
            Diagnostic.error(.siteOutput, "bad \"quote\"\nand a line", file: "a/plugin.json", at: SourceLocation(line: 3, column: 7), notes: ["one", "two"]),
            Diagnostic.warning(.config, "no file"),
            Diagnostic.note(.siteOutput, "file, no place", file: "é/ü.json"),
        ]
        for d in findings {
            let line = JSONWriter.serialize(PackageDigest.record(d))
            #expect(PackageDigest.diagnostic(record: JSONValue.parseWritten(Array(line.utf8)) ?? .null) == d, "\(line)")
            #expect(WrittenJSONCursor.read(Array(line.utf8)[...]) { PackageDigest.diagnostic(reading: &$0) } == d, "\(line)")
        }
        #expect(PackageDigest.diagnostic(record: .array([.string("fatal"), .string("X"), .string("m"), .null, .null, .null])) == nil)
        #expect(PackageDigest.diagnostic(record: .array([.string("error"), .string("X")])) == nil)
        for bad in [#"["fatal", "X", "m", null, null, null]"#, #"["error", "X"]"#, #"["error", "X", "m", null, "3", null]"#] {
            #expect(WrittenJSONCursor.read(Array(bad.utf8)[...]) { PackageDigest.diagnostic(reading: &$0) } == nil, "\(bad)")
        }
    }

    /// A digest read back from the build details is the digest that was written: written
    /// again, it gives the same text (optional members absent, escapes, findings with notes
    /// and places, several languages).
    @Test func digestsReadBackAsTheyWereWritten() throws {
        let operations = [
            PackageDigest.Operation(
                slug: "get-é", kind: "api-operation", operationId: "getÉ", method: "GET", path: "/a/{b}", title: "Quote \"this\"\nnow", summary: "Σ",
                consequential: true, badge: "Consequential", badgeClass: "c-yes", kindLabel: "API", functionName: "get", cards: 3),
            PackageDigest.Operation(
                slug: "tool", kind: "mcp-tool", operationId: "tool", method: nil, path: nil, title: "tool", summary: "", consequential: false, badge: "",
                badgeClass: "", kindLabel: nil, functionName: nil, cards: 0),
        ]
        let digest = PackageDigest(
            id: "p", kind: "api-plugin", kindLabel: "API plugin", source: "packages/p", defaultLocale: "en", locales: ["en", "de"],
            titles: ["en": "P", "de": "P (de)"], summaries: ["de": "Zusammenfassung"],
            diagnostics: [
                .error(.siteOutput, "bad \"quote\"", file: "a/plugin.json", at: SourceLocation(line: 3, column: 7), notes: ["one"]), .warning(.config, "no file"),
            ],
            operations: operations, cards: 3, catalogText: [])
        func text(_ d: PackageDigest) -> String {
            var writer = JSONTextWriter(capacity: 256)
            d.write(into: &writer)
            return writer.text
        }
        let written = text(digest)
        let read = try #require(WrittenJSONCursor.read(Array(written.utf8)[...]) { PackageDigest(reading: &$0) })
        #expect(text(read) == written)
        #expect(read.diagnostics == digest.diagnostics)
        // A digest without its id is not a digest; one with a member of another type is not read.
        for damaged in [written.replacingOccurrences(of: #""id":"p","#, with: ""), written.replacingOccurrences(of: #""cards":3}"#, with: #""cards":"3"}"#)] {
            #expect(damaged != written)
            #expect(WrittenJSONCursor.read(Array(damaged.utf8)[...]) { PackageDigest(reading: &$0) } == nil)
        }
    }

    @Test func aSiteRecordThatCannotBeReadMeansAFullBuild() throws {
        let (_, config) = catalog()
        _ = BuildAction(configuration: config).run()
        let state = config.output.appendingPathComponent(".plugin-catalog")
        let text = try String(contentsOf: state, encoding: .utf8)
        // A damaged package line, then a record of another format: neither is trusted.
        let damaged = text.split(separator: "\n").enumerated().map { $0.offset == 2 ? String($0.element.dropLast()) : String($0.element) }
        for broken in [damaged.joined(separator: "\n") + "\n", text.replacingOccurrences(of: #"{"format":9,"#, with: #"{"format":8,"#)] {
            #expect(broken != text)
            try broken.write(to: state, atomically: false, encoding: .utf8)
            let r = BuildAction(configuration: config).run()
            #expect(r.wroteSite && !r.upToDate && r.packagesReused == 0)
            #expect(r.operations == 3)
        }
        #expect(BuildAction(configuration: config).run().upToDate)
        // The packages' texts cut short: the digests are not trusted, the pages are rebuilt.
        let texts = config.output.appendingPathComponent(".plugin-catalog-texts")
        let whole = try Data(contentsOf: texts)
        #expect(whole.count > 100)
        try whole.dropLast(10).write(to: texts)
        try Self.spec("A", ["a1", "a2", "a3"]).write(to: config.packages[0], atomically: false, encoding: .utf8)
        let r = BuildAction(configuration: config).run()
        #expect(r.wroteSite && r.packagesReused == 0 && r.operations == 4)
        #expect(try Data(contentsOf: texts).count > whole.count)
    }

    @Test func addingAFileThatWasMissingRebuildsThePackage() throws {
        let root = TestPackage.write([
            "p/plugin.json": TestPackage.plugin(spec: "spec.yaml", functions: #"{"name": "x1", "description": "d"}"#),
        ])
        var config = CatalogConfiguration(output: root.appendingPathComponent("site"))
        config.packages = [root.appendingPathComponent("p/plugin.json")]
        let first = BuildAction(configuration: config).run()
        #expect(first.exitCode == 1)  // the spec is missing (PKG-01)
        let again = BuildAction(configuration: config).run()
        #expect(again.upToDate)
        #expect(again.exitCode == 1)  // findings are reported on an up-to-date build too
        #expect(again.diagnostics.contains { $0.rule == "PKG-01" })
        try Self.spec("X", ["x1"]).write(to: root.appendingPathComponent("p/spec.yaml"), atomically: false, encoding: .utf8)
        let fixed = BuildAction(configuration: config).run()
        #expect(!fixed.upToDate)
        #expect(fixed.exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: config.output.appendingPathComponent("packages/plugin/x1.html").path))
    }

    @Test func removedPackagesDisappearAndSettingsRebuildEverything() throws {
        var (_, config) = catalog()
        _ = BuildAction(configuration: config).run()
        config.packages.removeLast()
        let r = BuildAction(configuration: config).run()
        #expect(!r.upToDate)
        #expect(!FileManager.default.fileExists(atPath: config.output.appendingPathComponent("packages/plugin").path))
        config.title = "Renamed catalog"
        let renamed = BuildAction(configuration: config).run()
        #expect(renamed.packagesReused == 0)
        #expect(SiteTest.text(config.output, "packages/spec/a1.html").contains("Renamed catalog"))
    }
}
