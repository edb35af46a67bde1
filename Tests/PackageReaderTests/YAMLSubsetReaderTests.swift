import Foundation
import JSONTree
@testable import PackageReader
import Testing
import TestSupport

/// The subset reader must make exactly libyaml's tree (values, number literals, key order,
/// every position) or leave the file to libyaml: on hand-written cases, on every YAML file
/// of the corpus, the demo catalog and the fixtures, and on seeded mutations of them.
@Suite struct YAMLSubsetReaderTests {
    /// What libyaml makes of `bytes`, as the subset reader would have to make it: nil
    /// when libyaml refuses the file or warns (the subset reader never does either).
    static func libYAMLTree(_ bytes: [UInt8]) -> SourceNode? {
        guard case .success(let result) = YAMLReader.parseWithLibYAML(bytes), result.warnings.isEmpty else { return nil }
        return result.root
    }

    /// Checks one input; returns whether the subset reader read it.
    @discardableResult
    static func check(_ bytes: [UInt8], _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        guard let fast = YAMLSubsetReader.parse(bytes) else { return false }
        guard let reference = libYAMLTree(bytes) else {
            Issue.record("\(name): the subset reader read what libyaml refuses or warns about", sourceLocation: sourceLocation)
            return true
        }
        if let d = fast.firstDifference(from: reference) { Issue.record("\(name): \(d)", sourceLocation: sourceLocation) }
        return true
    }

    /// Inputs the subset reader must read, and read as libyaml does.
    static let readCases: [String] = [
        "a: 1\nb: two\nc: 'three'\nd: \"fo\\tur\\u00e9\\x41\\\\\"\ne: -1.5e3\nf: true\ng: ~\nh: 0x1F\n",
        "paths:\n  /items/{id}:\n    get:\n      operationId: op # comment\n      tags: [a, 'b c', \"d\"]\n",
        "list:\n- a\n- b: 1\n  c: 2\n-   - x\n    - y\nnext: z\n",
        "seq:\n  - name: id\n    in: path\n  - {name: top, in: query, schema: {type: integer, minimum: 1}}\n  - []\n  - {}\n",
        "lit: |\n  line one\n    indented\n\n  last\nkeep: |+\n  kept\n\n\nstrip: |-\n  stripped\n\nafter: x\n",
        "fold: >\n  folded\n  lines\n\n  para\n    more\n  back\nfoldstrip: >-\n  a\n  b\nend: 1\n",
        "empty: |\nnext: 1\ncomment: |  # a comment\n  text\n",
        "unicode: \"é\"\n",
        "'quoted key': 1\n\"dq key\": 2\n'it''s': 3\nq: 'it''s'\n",
        "url: https://example.com/a:b#frag\nhash: a#b\ncolon: a:b\nspaced:   x y   \n",
        "é: ü\nnext: 'ö'\nlater: {ä: 1, b: [ö, ü]}\n",
        "# heading comment\n\na: 1\n\n   # indented comment\nb:\n  # comment before nested\n  c: 2\n",
        "'200':\n  description: OK\n'201': x\n404: y\n",
        "k: [1, 2.5, -3, .inf, null, true, 'x']\n",
        "deep:\n  a:\n    b:\n      c:\n        - - - x\n",
        "last: no newline",
        "lit: |\n  no newline at the end",
        "k: \"\\N\\_\\L\\P\\e\\0 \\/ \\\"\"\n",
        "- a\n- b\n",
        "- k: v\n  l: |\n    text\n- - x\n",
        "trailing: x   \n\n\n",
        "a: |2-\n", // an indentation indicator: not read (checked below)
    ]

    /// Inputs the subset reader must leave to libyaml.
    static let outsideCases: [String] = [
        "a: &x 1\nb: *x\n", "a: !!str 1\n", "<<: {a: 1}\n", "? a\n: b\n", "a: b\n  c\n", "a: 'b\n  c'\n",
        "a: [b,\n  c]\n", "a:\nb: 1\n", "---\na: 1\n", "%YAML 1.2\n---\na: 1\n", "a: 1\na: 2\n", "a:\t1\n", "a: 1\r\n",
        "\u{FEFF}a: 1\n", "a: |2\n  x\n", "", "# only a comment\n", "just a scalar\n", "a: b: c\n", "- a\nb: c\n",
        "a: 1\n...\n", "a:\n  - x\n  b: y\n", "{a: 1}\n", "a: {b: }\n", "a: [b, ]\n", "a: [b: c]\n", "a: {b}\n",
        "a: \"\\q\"\n", "a: \"\\ud800\"\n", "a: x\n b: y\n", "a: >\n  x\n\u{85}\n", "a: \u{7F}\n",
    ]

    @Test func readsTheSubsetAsLibYAMLDoes() throws {
        var read = 0
        for (n, text) in Self.readCases.enumerated() where Self.check(Array(text.utf8), "case \(n)") { read += 1 }
        // Every case but the last (an indentation indicator) is in the subset.
        #expect(read == Self.readCases.count - 1)
        #expect(YAMLSubsetReader.parse(Array(Self.readCases.last!.utf8)) == nil)
    }

    @Test func leavesEverythingElseToLibYAML() {
        for text in Self.outsideCases {
            #expect(YAMLSubsetReader.parse(Array(text.utf8)) == nil, "\(text.debugDescription)")
        }
    }

    /// The character check reads eight bytes at a time: each character it refuses is
    /// found wherever it stands in a long line, and long lines of allowed ones pass.
    @Test func refusedCharactersAnywhereInALine() {
        let line = Array("description: a long line of plain text, with ünïcödé and € in it\n".utf8)
        #expect(line.withUnsafeBufferPointer(YAMLCharacters.allowed))
        let refused: [[UInt8]] = [[0x09], [0x0D], [0x00], [0x1F], [0x7F], [0xC2, 0x85], [0xC2, 0x9F], [0xEF, 0xBB, 0xBF], [0xEF, 0xBF, 0xBE], [0xE2, 0x80, 0xA8], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF5, 0x80, 0x80, 0x80], [0xE2, 0x82], [0x80]]
        for bad in refused {
            for at in stride(from: 0, through: line.count - 1, by: 1) where line[at] < 0x80 {
                var bytes = line
                bytes.insert(contentsOf: bad, at: at)
                #expect(!bytes.withUnsafeBufferPointer(YAMLCharacters.allowed), "\(bad) at \(at)")
            }
        }
    }

    /// Columns are counted on along a line, not from its start for every value: a line of
    /// 300,000 values (hostile or generated) is read in linear time, each value at its
    /// column. Counting from the start was quadratic: minutes for this line.
    @Test func aLongLineOfValuesIsReadInLinearTime() throws {
        let items = (0..<300_000).map { "é\($0)" }
        let text = "k: [" + items.joined(separator: ", ") + "]\n"
        let start = DispatchTime.now().uptimeNanoseconds
        let root = try #require(YAMLSubsetReader.parse(Array(text.utf8)))
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let values = try #require(root["k"]?.array)
        #expect(values.count == items.count && values.last?.string == items.last)
        // "k: [" is four characters; each item before the last is its characters and ", ".
        let column = 5 + items.dropLast().reduce(0) { $0 + $1.count + 2 }
        #expect(values.last?.location == JSONTree.SourceLocation(line: 1, column: column))
        #expect(seconds < 5, "took \(seconds) s")
    }

    /// The reader recurses, so it leaves deep nesting to libyaml (which keeps its own
    /// stack): 64 levels are read here, as libyaml reads them; 65 are libyaml's.
    @Test func deepNestingIsLeftToLibYAML() throws {
        func nested(_ levels: Int) -> [UInt8] {
            Array((0..<levels).map { String(repeating: "  ", count: $0) + "k\($0):\n" }.joined().utf8)
                + Array((String(repeating: "  ", count: levels) + "leaf: 1\n").utf8)
        }
        #expect(Self.check(nested(YAMLSubsetReader.maxDepth - 1), "64 levels"))
        #expect(YAMLSubsetReader.parse(nested(YAMLSubsetReader.maxDepth)) == nil)
        let deep = try YAMLReader.parse(nested(200)).get()
        #expect(deep.warnings.isEmpty && deep.root["k0"]?["k1"] != nil)
    }

    /// `YAMLReader.parse` reads through the subset reader and still reports what libyaml
    /// reports outside it.
    @Test func theReaderUsesBoth() throws {
        let fast = try YAMLReader.parse(Array("a: 1\n".utf8)).get()
        #expect(fast.root["a"]?.double == 1 && fast.warnings.isEmpty)
        let slow = try YAMLReader.parse(Array("a: 1\na: 2\n".utf8)).get()
        #expect(slow.warnings.map(\.kind) == [.duplicateKey])
        guard case .failure(let issue) = YAMLReader.parse(Array("a: [b\n".utf8)) else {
            Issue.record("an unclosed flow sequence was read")
            return
        }
        #expect(issue.kind == .syntax)
    }

    /// The project's own YAML (demo catalog, fixtures): read by the subset reader and as
    /// libyaml reads it.
    @Test func theProjectsYAML() throws {
        let root = TestPaths.repositoryRoot
        let files = try requireInputs(Self.yamlFiles(under: [root.appendingPathComponent("Site"), root.appendingPathComponent("Tests")]), "YAML files")
        var read = 0
        for file in files where Self.check(try Self.bytes(file), file.lastPathComponent) { read += 1 }
        #expect(read == files.count, "the subset reader left \(files.count - read) of the project's YAML files to libyaml")
    }

    @Test(.needsShared) func everyCorpusYAMLFile() throws {
        let files = try requireInputs(Self.yamlFiles(under: [TestPaths.corpus]), "corpus YAML files")
        var read = 0
        for file in files where Self.check(try Self.bytes(file), file.path) { read += 1 }
        // The rest are the Teams Toolkit's project files, with shell commands written as
        // plain scalars over several lines, and OpenAPI descriptions written as JSON. The
        // floor only rises.
        #expect(read >= 115, "read \(read) of \(files.count)")
    }

    /// Seeded mutations of real files: each byte change either keeps the file in the subset,
    /// read as libyaml reads it, or takes it out.
    @Test(.needsShared) func mutationsOfCorpusFiles() throws {
        let files = try requireInputs(Self.yamlFiles(under: [TestPaths.corpus]), "corpus YAML files")
        var random = SeededRandom(seed: 0x59A4_11)
        let pieces: [[UInt8]] = [" ", "\n", "-", ":", "'", "\"", "#", "[", "]", "{", "}", ",", "|", ">", "  ", "- ", ": ", "\\", "é", "x"].map { Array($0.utf8) }
        var read = 0, total = 0
        for file in files.prefix(60) {
            let original = try Self.bytes(file).prefix(6000)
            guard !original.isEmpty else { continue }
            for _ in 0..<40 {
                var bytes = Array(original)
                let at = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 3 {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(contentsOf: random.pick(pieces), at: at)
                default: bytes.replaceSubrange(at..<(at + 1), with: random.pick(pieces))
                }
                total += 1
                if Self.check(bytes, "\(file.lastPathComponent) mutated at byte \(at)") { read += 1 }
            }
        }
        // Enough mutations stay in the subset for the comparison to mean something.
        #expect(total >= 1000 && read * 100 >= total * 30, "read \(read) of \(total)")
    }

    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    static func yamlFiles(under roots: [URL]) -> [URL] {
        roots.flatMap { root -> [URL] in
            let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            return (walker?.allObjects as? [URL] ?? []).filter { ["yaml", "yml"].contains($0.pathExtension.lowercased()) }
        }
        .sorted { $0.path < $1.path }
    }
}
