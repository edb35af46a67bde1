import CatalogDiagnostics
import Foundation
@testable import PackageReader
import Testing
import TestSupport
import ZIPFoundation

/// Inputs found by `make fuzz` (docs/fuzzing.md) that hung or crashed the reader, reduced
/// to what they do. Each must now give a finding, quickly.
@Suite struct FuzzFindingsTests {
    /// Runs `body` on another thread; false when it has not finished within `seconds`
    /// (the thread is left behind: the test fails instead of hanging the suite).
    func finishes(within seconds: Double, _ body: @escaping @Sendable () -> Void) -> Bool {
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            body()
            done.signal()
        }
        return done.wait(timeout: .now() + seconds) == .success
    }

    /// A zip whose one deflated entry starts a stored block longer than the rest of the file:
    /// ZIPFoundation 0.9.20 inflates on from the archive file and waits for more bytes forever
    /// (FuzzZip, timeout). Built byte by byte: local header, data, central directory, end.
    static func zipWithDeflateStreamCutByTheEndOfTheFile(name: String = "manifest.json") -> [UInt8] {
        func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16(v >> 16 & 0xFFFF) }
        let path = Array(name.utf8)
        // BFINAL 0, BTYPE 00 (stored), LEN 65535, NLEN 0, then one byte of the 65535.
        let data: [UInt8] = [0x00, 0xFF, 0xFF, 0x00, 0x00, 0x7B]
        let declared = 1_000
        var zip = le32(0x0403_4B50) + le16(20) + le16(0) + le16(8) + le16(0) + le16(0) + le32(0)
        zip += le32(data.count) + le32(declared) + le16(path.count) + le16(0) + path + data
        let directory = zip.count
        zip += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(8) + le16(0) + le16(0) + le32(0)
        zip += le32(data.count) + le32(declared) + le16(path.count) + le16(0) + le16(0) + le16(0) + le16(0)
        zip += le32(0) + le32(0) + path
        let directorySize = zip.count - directory
        zip += le32(0x0605_4B50) + le16(0) + le16(0) + le16(1) + le16(1) + le32(directorySize) + le32(directory) + le16(0)
        return zip
    }

    @Test func aDeflateStreamCutByTheEndOfTheArchiveIsRefusedNotWaitedFor() throws {
        let folder = TestPaths.temporaryDirectory("zip-cut")
        let url = folder.appendingPathComponent("pkg.zip")
        try Data(Self.zipWithDeflateStreamCutByTheEndOfTheFile()).write(to: url)
        let result = Box()
        #expect(finishes(within: 30) {
            result.package = PackageLoader.load(PackageInput(kind: .archive, url: url, display: "pkg.zip", id: "pkg"))
        })
        let refused = result.package?.diagnostics.filter { $0.rule == "zip-entry" }.map(\.message) ?? []
        #expect(refused.contains { $0.contains("\"manifest.json\"") && $0.contains("cannot be unpacked") }, "\(refused)")
    }

    @Test func packageIdsDoNotWaitForACutDeflateStreamEither() throws {
        let folder = TestPaths.temporaryDirectory("zip-cut-id")
        let url = folder.appendingPathComponent("pkg.zip")
        try Data(Self.zipWithDeflateStreamCutByTheEndOfTheFile()).write(to: url)
        let ids = IDBox()
        #expect(finishes(within: 30) { ids.value = PackageIdentity.ids(for: [(.archive, url)], base: folder) })
        #expect(ids.value == ["pkg"])
    }

    /// A large file that is not a zip: ZIPFoundation looks for the end record with a seek and
    /// a read per byte over the whole file (27 s for 50 MB in a release build, read twice:
    /// for the package id and for the package). Only the last 64 KB can hold it.
    @Test func aLargeFileThatIsNotAZipIsRefusedQuickly() throws {
        let folder = TestPaths.temporaryDirectory("not-zip")
        let url = folder.appendingPathComponent("big.zip")
        try Data(repeating: 0x41, count: 20 << 20).write(to: url)
        let started = Date()
        let p = PackageLoader.load(PackageInput(kind: .archive, url: url, display: "big.zip", id: "big"))
        _ = PackageIdentity.ids(for: [(.archive, url)], base: folder)
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(p.diagnostics.first?.rule == "file-unreadable")
        #expect(p.diagnostics.first?.message.contains("no end of central directory record") == true)
    }

    /// Found writing docs/limits.md: within the 20M-value budget, a 3.5 KB spec repeated a
    /// 1.1M-value anchor as the example of 15 operations; the build took 12 s and 1 GB and
    /// wrote a 424 MB site. Aliases may now repeat 1M values in all.
    @Test func aliasesCannotRepeatMoreThanAMillionValues() throws {
        var yaml = "openapi: 3.0.1\ninfo: {title: t, version: '1'}\nx-l0: &l0 [a, a, a, a, a, a, a, a, a, a]\n"
        for i in 1...5 { yaml += "x-l\(i): &l\(i) [" + Array(repeating: "*l\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        yaml += "paths:\n"
        for k in 0..<15 {
            yaml += "  /x\(k):\n    get:\n      operationId: op\(k)\n      responses:\n        '200':\n          description: ok\n"
                + "          content:\n            application/json:\n              example: *l5\n"
        }
        guard case .failure(let issue) = YAMLReader.parse(Array(yaml.utf8)) else {
            Issue.record("the spec was accepted")
            return
        }
        #expect(issue.kind == .tooLarge)
        #expect(issue.message.contains("aliases repeat more than 1000000 values"))
        // Anchors used as they are meant to be still work.
        let ordinary = "base: &b {type: object, properties: {a: {type: string}}}\nx: [*b, *b, *b]\ny: {<<: *b, title: y}\n"
        #expect(try YAMLReader.parse(Array(ordinary.utf8)).get().root["y"]?["title"]?.string == "y")
    }

    @Test func deflatedAndStoredEntriesStillReadAsBefore() throws {
        let folder = TestPaths.temporaryDirectory("zip-ok")
        let url = folder.appendingPathComponent("pkg.zip")
        let archive = try Archive(url: url, accessMode: .create, pathEncoding: nil)
        let text = (0..<4_000).map { String($0 * 7_919 % 10_007) }.joined(separator: " ")
        for (name, method) in [("a/deflated.txt", CompressionMethod.deflate), ("stored.txt", .none)] {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method) { pos, size in
                data.subdata(in: Int(pos)..<Int(pos) + size)
            }
        }
        let fs = try ArchiveFileSystem(archive: url)
        #expect(fs.refusedEntries.isEmpty)
        #expect(try fs.read(PackagePath(components: ["a", "deflated.txt"])).get() == Array(text.utf8))
        #expect(try fs.read(PackagePath(components: ["stored.txt"])).get() == Array(text.utf8))
    }

    /// Anchors that each nest the previous one deeper: every document stays within the
    /// nesting limit as written, but the tree the aliases make did not (found writing the
    /// YAML target, whose check is that the tree writes as JSON that reads back). 60 links
    /// of 400 levels made a tree 24,000 deep, which the code that walks it recursively
    /// could not survive.
    @Test func chainedAliasesCannotNestBeyondTheDepthLimit() throws {
        var yaml = "a0: &a0 " + String(repeating: "[", count: 400) + String(repeating: "]", count: 400) + "\n"
        for i in 1...60 {
            yaml += "a\(i): &a\(i) " + String(repeating: "[", count: 400) + "*a\(i - 1)" + String(repeating: "]", count: 400) + "\n"
        }
        guard case .failure(let issue) = YAMLReader.parse(Array(yaml.utf8)) else {
            Issue.record("the chain was accepted")
            return
        }
        #expect(issue.kind == .tooDeep)
        #expect(issue.location.line == 2)
        #expect(issue.message.contains("*a0"))
        // As an OpenAPI example, the chain overflowed the stack of the reader (ASan,
        // FuzzPackage); now the spec is refused with a located finding.
        let spec = "openapi: 3.0.1\ninfo: {title: t, version: '1'}\nx-chain:\n  " + yaml.replacingOccurrences(of: "\n", with: "\n  ")
            + "\npaths:\n  /x:\n    get:\n      operationId: op\n      responses:\n        '200':\n          description: ok\n"
            + "          content:\n            application/json:\n              example: *a60\n"
        let root = TestPackage.write(["spec.yaml": spec])
        let p = PackageLoader.load(PackageInput(kind: .openAPI, url: root.appendingPathComponent("spec.yaml"), display: "spec.yaml", id: "spec"))
        #expect(p.diagnostics.contains { $0.rule == "input-depth" && $0.location?.line == 5 }, "\(p.diagnostics.map(\.formatted))")
        // Within the limit, an alias is still expanded.
        let shallow = "a: &a [[1]]\nb: [*a, *a]\n"
        #expect(try YAMLReader.parse(Array(shallow.utf8)).get().root["b"]?.jsonValue == [[[1]], [[1]]])
    }
}

private final class Box: @unchecked Sendable { var package: CatalogPackage? }
private final class IDBox: @unchecked Sendable { var value: [String] = [] }
