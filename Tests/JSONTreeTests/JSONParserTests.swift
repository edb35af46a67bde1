import Dispatch
import Foundation
import TestSupport
import Testing
@testable import JSONTree

@Suite struct JSONParserTests {
    @Test func parsesValuesWithPositions() throws {
        let text = "{\n  \"a\": [1, 2.5, \"x\"],\n  \"é\": {\"b\": null, \"c\": true}\n}"
        let result = try JSONParser.parse(text)
        #expect(result.warnings.isEmpty)
        let root = result.root
        #expect(root.location == SourceLocation(line: 1, column: 1))
        #expect(root["a"]?.location == SourceLocation(line: 2, column: 8))
        #expect(root["a"]?[1]?.double == 2.5)
        #expect(root["a"]?[2]?.location == SourceLocation(line: 2, column: 17))
        #expect(root.object?.member("é")?.keyLocation == SourceLocation(line: 3, column: 3))
        // Columns count characters, not bytes: "é" is two bytes.
        #expect(root["é"]?["c"]?.location == SourceLocation(line: 3, column: 25))
        #expect(root.jsonValue == ["a": [1, 2.5, "x"], "é": ["b": nil, "c": true]])
    }

    /// Objects are taken as read when their keys are unique, small and large (indexed) alike;
    /// a repeated key keeps its first place and its last value, and is reported once each.
    @Test func objectsWithAndWithoutRepeatedKeys() throws {
        for count in [3, 12, 13, 40] {
            let keys = (0..<count).map { "k\($0)" }
            let unique = "{" + keys.enumerated().map { "\"\($1)\": \($0)" }.joined(separator: ", ") + "}"
            let parsed = try JSONParser.parse(unique)
            #expect(parsed.warnings.isEmpty)
            #expect(parsed.root.object?.keys == keys)
            for (i, k) in keys.enumerated() { #expect(parsed.root[k]?.double == Double(i), "\(count) \(k)") }
            let repeated = "{" + keys.enumerated().map { "\"\($1)\": \($0)" }.joined(separator: ", ") + ", \"k1\": 99, \"k0\": 98}"
            let again = try JSONParser.parse(repeated)
            #expect(again.warnings.map(\.code) == [.duplicateKey, .duplicateKey])
            #expect(again.root.object?.keys == keys)
            #expect(again.root["k1"]?.double == 99 && again.root["k0"]?.double == 98)
            #expect(again.root["k\(count - 1)"]?.double == Double(count - 1))
        }
    }

    @Test func reportsSyntaxErrorsWithLineAndColumn() {
        #expect(throws: JSONIssue(.syntax, "unexpected '}'; expected a value (object, array, string, number, true, false or null)", at: SourceLocation(line: 2, column: 8))) {
            try JSONParser.parse("{\n  \"a\": }")
        }
        do {
            _ = try JSONParser.parse("{\"a\": 1 \"b\": 2}")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .syntax)
            #expect(error.location == SourceLocation(line: 1, column: 9))
            #expect(error.message.contains("expected ',' or '}'"))
        }
    }

    @Test func errorsNeverTrap() {
        let inputs = ["", "   ", "{", "[", "\"abc", "\"\\u12\"", "-", "01", "1.", "1e", "tru", "nul", "[1,]x", "{\"a\"}", "\u{0}", "{\"a\":1}}", "/* x", "[\"\n\"]"]
        for input in inputs {
            do {
                _ = try JSONParser.parse(input)
                if !["[1,]x"].contains(input) { continue }
            } catch {
                #expect(error.location.line >= 1)
            }
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONIssue.self) { try JSONParser.parse(deep) }
        do { _ = try JSONParser.parse(deep) } catch { #expect(error.code == .tooDeep) }
    }

    @Test func toleratesWhatRealPackagesContain() throws {
        let text = "\u{FEFF}{\n // comment\n \"a\": [1, 2,],\n \"a\": 3,\n \"flag\": ${{FEATURE_ON}},\n}"
        let result = try JSONParser.parse(text)
        let codes = result.warnings.map(\.code)
        #expect(codes == [.byteOrderMark, .comment, .trailingComma, .barePlaceholder, .trailingComma, .duplicateKey])
        #expect(result.root["a"]?.double == 3)
        #expect(result.root["flag"]?.string == "${{FEATURE_ON}}")
        #expect(result.warnings.last?.location == SourceLocation(line: 4, column: 2))
    }

    @Test func strictModeRefusesExtras() {
        #expect(throws: JSONIssue.self) { try JSONParser.parse("[1,]", options: .strict) }
        #expect(throws: JSONIssue.self) { try JSONParser.parse("// x\n1", options: .strict) }
    }

    @Test func stringsAndEscapes() throws {
        let v = try JSONValue.parse(#"["a\"b\\c\/d\n", "\u00e9\ud83d\ude00", "\ud800x"]"#)
        #expect(v == ["a\"b\\c/d\n", "é😀", "\u{FFFD}x"])
    }

    @Test func numbersKeepTheirLiteral() throws {
        let node = try JSONParser.parse("[9007199254740993, -0.5e3, 0]").root
        #expect(node[0]?.scalarText == "9007199254740993")
        #expect(node[1]?.double == -500)
        #expect(node[2]?.int == 0)
    }

    @Test func jsonPointer() throws {
        let node = try JSONParser.parse(#"{"a/b": {"c~d": [10, 20]}}"#).root
        #expect(node.resolve(pointer: "/a~1b/c~0d/1")?.double == 20)
        #expect(node.resolve(pointer: "/missing") == nil)
        #expect(node.resolve(pointer: "")?.object?.count == 1)
    }
}

@Suite struct JSONWriterTests {
    @Test func numbersAsJavaScriptWritesThem() {
        let cases: [(Double, String)] = [
            (0, "0"), (-0.0, "0"), (1, "1"), (-1, "-1"), (0.1, "0.1"), (1.5, "1.5"), (100, "100"),
            (1e21, "1e+21"), (1e20, "100000000000000000000"), (1e-7, "1e-7"), (0.000001, "0.000001"),
            (123456789.125, "123456789.125"), (5.6, "5.6"), (1.2345e-10, "1.2345e-10"),
            (2538.6409722222224, "2538.6409722222224"), (6372436242, "6372436242"),
            (Double.greatestFiniteMagnitude, "1.7976931348623157e+308"), (5e-324, "5e-324"),
            (9007199254740993, "9007199254740992"), (1e15, "1000000000000000"), (-1.5e300, "-1.5e+300"),
        ]
        for (value, expected) in cases {
            #expect(JSNumber.format(value) == expected, "\(value)")
        }
    }

    @Test func serialisesLikeJSONStringify() {
        let v: JSONValue = ["b": [1, "x\u{1}\"\n"], "a": nil, "e": [:], "f": []]
        #expect(JSONWriter.serialize(v) == #"{"b":[1,"x\u0001\"\n"],"a":null,"e":{},"f":[]}"#)
        #expect(JSONWriter.serialize(v, style: .pretty(indent: 2)) == """
        {
          "b": [
            1,
            "x\\u0001\\"\\n"
          ],
          "a": null,
          "e": {},
          "f": []
        }
        """)
    }

    @Test func roundTrips() throws {
        let text = #"{"z":1,"a":[true,false,null,"é",{"k":-2.25}]}"#
        #expect(JSONWriter.serialize(try JSONValue.parse(text)) == text)
    }
}

@Suite struct JSONValueTests {
    @Test func objectEqualityIgnoresMemberOrder() throws {
        let a = try JSONValue.parse(#"{"a": 1, "b": [1, {"x": 2, "y": 3}]}"#)
        let b = try JSONValue.parse(#"{"b": [1, {"y": 3, "x": 2}], "a": 1}"#)
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a != (try JSONValue.parse(#"{"b": [{"y": 3, "x": 2}, 1], "a": 1}"#)))
        // Serialisation keeps the order.
        #expect(a.description == #"{"a":1,"b":[1,{"x":2,"y":3}]}"#)
    }
}

@Suite struct JSONPathTests {
    let doc: JSONValue = ["results": [["name": "a", "tags": ["x"]], ["name": "b"]], "warehouse": ["products": [1, 2]], "n": nil]

    @Test func selectsLikeRFC9535() throws {
        #expect(try JSONPath("$").select(in: doc) == [doc])
        #expect(try JSONPath("$.results[0].name").select(in: doc) == ["a"])
        #expect(try JSONPath("$['results'][-1]").select(in: doc) == [["name": "b"]])
        #expect(try JSONPath("$.results[*].name").select(in: doc) == ["a", "b"])
        #expect(try JSONPath("$..name").select(in: doc) == ["a", "b"])
        #expect(try JSONPath("$.missing").select(in: doc) == [])
        #expect(try JSONPath("$.results").items(in: doc).count == 2)
    }

    @Test func dotPathsWithoutDollar() throws {
        #expect(try JSONPath("warehouse.products").items(in: doc) == [1, 2])
        #expect(try JSONPath("results[1].name").select(in: doc) == ["b"])
        #expect(throws: JSONPath.ParseError.self) { try JSONPath("results", allowDotPath: false) }
    }

    @Test func badQueriesAreErrors() {
        for q in ["$.", "$[", "$['x", "$[abc]", "$.a b", "$..", "$#"] {
            #expect(throws: JSONPath.ParseError.self, "\(q)") { try JSONPath(q) }
        }
    }

    @Test func blankTextIsWhatTrimmingWouldEmpty() {
        for s in ["", " ", "\n\t\r ", "\u{A0}", " \u{2003}\u{3000}\n", "\u{85}"] {
            #expect(s.isBlank, "\(s.debugDescription)")
        }
        for s in ["a", " a ", "\u{A0}x", "é", "\u{200B}", "\n.\n", "日本"] {
            #expect(!s.isBlank, "\(s.debugDescription)")
        }
        #expect(" x "[...].dropFirst(2).isBlank)
    }

    @Test func byteLevelReplaceAndSearch() {
        #expect("a|b||c".replacingAll("|", with: "\\|") == "a\\|b\\|\\|c")
        #expect("~/x~".replacingAll("~", with: "~0") == "~0/x~0")
        #expect("plain".replacingAll("|", with: "x") == "plain")
        #expect("aaa".replacingAll("aa", with: "b") == "ba")
        #expect("ünï ünï".replacingAll("ï", with: "i") == "üni üni")
        #expect("x".replacingAll("", with: "y") == "x")
        #expect("".replacingAll("a", with: "b") == "")
        #expect("say ${name}".includes("${"))
        #expect(!"say $name".includes("${"))
        #expect("anything".includes(""))
        #expect(!"ab".includes("abc"))
        #expect("日本語".includes("本"))
        // `includes` answers as `byteRange(of:)` does, on seeded random text.
        var generator = SeededRandom(seed: 23)
        let pieces = ["a", "b", "$", "{", "${", "é", "本", " "]
        var found = 0
        for _ in 0..<2_000 {
            let hay = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let needle = (0..<Int.random(in: 1...3, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(hay.includes(needle) == (Substring(hay).byteRange(of: needle) != nil), "\(hay) \(needle)")
            if hay.includes(needle) { found += 1 }
        }
        #expect(found > 200)
    }
}

/// Found by the benchmark: a string with many escapes was built by copying it whole at
/// every escape. A 4 MB string with an escape every 20 bytes took minutes; it now takes
/// milliseconds. The bound is a hundred times what a linear reader needs.
@Suite struct JSONParserScalingTests {
    @Test func aLongStringWithManyEscapesIsReadInLinearTime() throws {
        let line = String(repeating: "x", count: 18) + "\\n"
        let text = "{\"a\": \"" + String(repeating: line, count: 200_000) + "\\u00e9\"}"
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try JSONParser.parse(text)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let value = try #require(result.root["a"]?.string)
        #expect(value.utf8.count == 200_000 * 19 + 2)
        #expect(value.hasSuffix("x\né"))
        #expect(seconds < 5, "took \(seconds) s")
    }
}

/// `JSONValue.parseWritten`, the position-free reader of the build's own files, reads every
/// strict JSON text as the positioned parser does, and refuses what is not strict JSON.
@Suite struct WrittenJSONReaderTests {
    static let samples = [
        #"{"a": [1, -2.5e3, "x\"y\\z\n\u00e9\ud83d\ude00", true, false, null], "b": {}, "c": [], "d": "plain"}"#,
        #"[{"format": 5, "packages": {"p": {"outputs": {"a.html": "0f"}}}}, 0, 1e-7, "\/"]"#,
        "\"lone \\ud800 surrogate\"", "  42  ", #""tab\there""#,
        // Runs between escapes, with characters beyond ASCII on both sides of them.
        #"["é\"ü\/ß\\", "\n\n", "a\u0041\u00DFb\"", "{\n  \"k\": [\n    1\n  ]\n}"]"#,
    ]

    @Test func readsWhatThePositionedParserReads() throws {
        var texts = Self.samples
        // The JSON of the corpus and of the conformance vectors, when ../shared is here.
        for folder in [TestPaths.corpus, TestPaths.conformance] {
            let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".json") }.sorted()
            for f in files.prefix(400) {
                if let t = try? String(contentsOf: folder.appendingPathComponent(f), encoding: .utf8) { texts.append(t) }
            }
        }
        var compared = 0
        for text in texts {
            guard let expected = try? JSONParser.parse(Array(text.utf8), options: .strict).root.jsonValue else {
                continue
            }
            #expect(JSONValue.parseWritten(Array(text.utf8)) == expected, "\(text.prefix(80))")
            compared += 1
        }
        #expect(compared >= Self.samples.count)
    }

    @Test func refusesWhatIsNotStrictJSON() {
        for text in ["", "{", "[1,]", "{\"a\" 1}", "{'a': 1}", "// c\n1", "\"unterminated", "\"bad \\q escape\"", "\"line\nbreak\"", "\"ab\\ncd", "\"ab\\n\u{01}\"", "tru", "[1] 2",
                     String(repeating: "[", count: 600) + String(repeating: "]", count: 600)] {
            #expect(JSONValue.parseWritten(Array(text.utf8)) == Optional<JSONValue>.none, "\(text.prefix(40))")
        }
    }
}

/// `WrittenJSONCursor` reads the build's own files member by member: each typed read takes
/// what the tree reader would give, and gives up (nil or false) on anything else.
@Suite struct WrittenJSONCursorTests {
    /// Reads a whole text as a value of the shape `JSONValue` has, through the cursor.
    static func tree(_ c: inout WrittenJSONCursor) -> JSONValue? {
        if c.null() { return .null }
        if let b = c.bool() { return .bool(b) }
        if let s = c.string() { return .string(s) }
        var items: [JSONValue] = [], members = JSONObject()
        if c.array({ c in tree(&c).map { items.append($0) } != nil }) { return .array(items) }
        if c.object({ c, k in tree(&c).map { members[k] = $0 } != nil }) { return .object(members) }
        return c.int().map { .number(Double($0)) }
    }

    /// Every sample whose numbers are whole reads as the tree reader reads it.
    @Test func readsWhatTheTreeReaderReads() {
        let samples = [
            #"{"a": [1, -2, "x\"y\\z\n\u00e9\ud83d\ude00", true, false, null], "b": {}, "c": [], "d": "plain"}"#,
            #"[{"format": 5, "packages": {"p": {"outputs": {"a.html": "0f"}}}}, 0, 1e3, 2.0]"#,
            "  42  ", #""tab\there""#, #"["é\"ü\/ß\\", "\n\n"]"#, "-0", "[ ]", "{ }",
        ]
        for text in samples {
            let ours = WrittenJSONCursor.read(Array(text.utf8)[...]) { Self.tree(&$0) }
            let theirs = JSONValue.parseWritten(Array(text.utf8))
            #expect(ours != nil && ours == theirs, "\(text)")
        }
    }

    @Test func wholeNumbersOnly() {
        let cases: [(String, Int?)] = [
            ("7", 7), ("-12", -12), ("1e3", 1000), ("2.0", 2), ("2.5", nil), ("999999999999999999", 999_999_999_999_999_999), ("-", nil), ("\"3\"", nil),
            ("1e400", nil), ("123456789012345678901", nil),
        ]
        for (text, expected) in cases {
            #expect(WrittenJSONCursor.read(Array(text.utf8)[...]) { $0.int() } == expected, "\(text)")
        }
    }

    /// A read that meets another type, an unfinished value, or bytes after the value gives up.
    @Test func givesUpOnAnythingElse() {
        let strings = ["[\"a\", 1]", "[\"a\"", "[\"a\"] x", "{\"a\": \"b\"}", "", "\"bad \\q\""]
        for text in strings {
            #expect(WrittenJSONCursor.read(Array(text.utf8)[...]) { $0.strings() } == nil, "\(text)")
        }
        let object = #"{"k": "v", "skip": [1, {"x": [null]}], "n": null}"#
        var seen: [String] = []
        let read = WrittenJSONCursor.read(Array(object.utf8)[...]) { c -> Bool? in
            c.object { c, key in
                seen.append(key)
                switch key {
                case "k": return c.optionalString() == .some("v")
                case "n": return c.optionalString() == .some(nil)
                default: return c.skip()
                }
            }
        }
        #expect(read == true)
        #expect(seen == ["k", "skip", "n"])
        #expect(WrittenJSONCursor.read(Array(object.utf8)[...]) { c in c.object { c, _ in c.string() != nil } } != true)
    }
}
