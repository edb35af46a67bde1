import MarkdownHTML
import TestSupport
import Testing

/// Escaping reads eight bytes at a time: every character still escapes wherever it falls.
@Suite struct HTMLEscapeTests {
    static func reference(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    @Test func escapesEveryCharacterAtEveryPosition() {
        let pieces = ["a", "&", "<", ">", "\"", "'", "é", "😀", " ", "%", "=", "\u{0}", "\u{7F}", "abcdefgh", "7&8"]
        var generator = SeededRandom(seed: 3)
        var escaped = 0
        for _ in 0..<4_000 {
            let s = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            var out: [UInt8] = []
            HTML.escape(s, into: &out)
            let expected = Self.reference(s)
            #expect(String(decoding: out, as: UTF8.self) == expected, "\(s)")
            #expect(HTML.escape(s) == expected)
            if expected != s { escaped += 1 }
        }
        #expect(escaped > 1_000)
    }
}
