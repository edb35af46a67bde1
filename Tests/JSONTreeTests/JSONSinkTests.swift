import Foundation
import TestSupport
import Testing
@testable import JSONTree

/// A document given to a sink piece by piece: the text writer writes what serializing the
/// tree gives, and the tree builder builds the tree.
@Suite struct JSONSinkTests {
    /// Gives `v` to `sink` piece by piece (whole subtrees through `value` now and then).
    static func feed<S: JSONSink>(_ v: JSONValue, into sink: inout S, generator: inout SeededRandom) {
        switch v {
        case .null: sink.null()
        case .bool(let b): sink.bool(b)
        case .number(let d): sink.number(d)
        case .string(let s): sink.string(s)
        case .array(let a):
            sink.array(a) { s, e in feedSome(e, into: &s, generator: &generator) }
        case .object(let o):
            sink.object { s in
                for (k, e) in o {
                    s.key(k)
                    feedSome(e, into: &s, generator: &generator)
                }
            }
        }
    }

    static func feedSome<S: JSONSink>(_ v: JSONValue, into sink: inout S, generator: inout SeededRandom) {
        if Int.random(in: 0..<4, using: &generator) == 0 { sink.value(v) } else { feed(v, into: &sink, generator: &generator) }
    }

    static func randomValue(depth: Int, _ g: inout SeededRandom) -> JSONValue {
        switch Int.random(in: 0..<(depth > 3 ? 5 : 8), using: &g) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &g))
        case 2: return .number([0, -1, 2.5, 1e21, 3, .infinity, 1e-7].randomElement(using: &g) ?? 0)
        case 3, 4: return .string(["", "a", "line\nbreak", "quote\"", "é", "tab\t", "\u{1}"].randomElement(using: &g) ?? "")
        case 5: return .array((0..<Int.random(in: 0...3, using: &g)).map { _ in randomValue(depth: depth + 1, &g) })
        default:
            var o = JSONObject()
            for i in 0..<Int.random(in: 0...3, using: &g) { o["k\(i)"] = randomValue(depth: depth + 1, &g) }
            return .object(o)
        }
    }

    @Test func writesWhatSerializingTheTreeGives() {
        var g = SeededRandom(seed: 21)
        var containers = 0
        for _ in 0..<1_500 {
            let v = Self.randomValue(depth: 0, &g)
            if v.arrayValue != nil || v.objectValue != nil { containers += 1 }
            for style in [JSONWriter.Style.compact, .pretty(indent: 2), .pretty(indent: 4)] {
                let level = Int.random(in: 0...3, using: &g)
                var writer = JSONTextWriter(style: style, level: level)
                Self.feed(v, into: &writer, generator: &g)
                #expect(writer.text == JSONWriter.serialize(v, style: style, level: level))
            }
            var builder = JSONTreeBuilder()
            Self.feed(v, into: &builder, generator: &g)
            #expect(JSONWriter.serialize(builder.result) == JSONWriter.serialize(v))
        }
        #expect(containers > 500)
    }

    @Test func membersWriteNullForMissingValues() {
        var writer = JSONTextWriter(style: .pretty(indent: 2))
        writer.object { o in
            o.member("a", nil as String?)
            o.member("b", 3)
            o.member("c", nil as Bool?)
            o.member("d", strings: [])
            o.member("e", strings: ["x"])
        }
        #expect(writer.text == "{\n  \"a\": null,\n  \"b\": 3,\n  \"c\": null,\n  \"d\": [],\n  \"e\": [\n    \"x\"\n  ]\n}")
    }
}

/// Strings are scanned eight bytes at a time: every character that needs an escape gets
/// it wherever it falls.
@Suite struct JSONStringEscapeTests {
    static func reference(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case _ where c.value < 0x20: out += String(format: "\\u%04x", c.value)
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    @Test func escapesEveryCharacterAtEveryPosition() {
        let pieces = ["a", "\"", "\\", "\n", "\u{1}", "\u{1F}", " ", "\u{7F}", "é", "😀", "abcdefgh", "~", "!"]
        var generator = SeededRandom(seed: 5)
        var escaped = 0
        for _ in 0..<4_000 {
            let s = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let expected = Self.reference(s)
            #expect(JSONWriter.quote(s) == expected, "\(s)")
            if expected != "\"" + s + "\"" { escaped += 1 }
        }
        #expect(escaped > 1_000)
    }
}
