@testable import CardTemplating
import Testing
import TestSupport

/// Where a missing field's finding points: the `${` of the expression that mentions it. ASCII
/// templates are searched on bytes; the result must be the one the Unicode search gives.
@Suite struct MissingFieldOffsetTests {
    @Test func theByteSearchAgreesWithTheScalarSearch() {
        let pieces = ["${", "}", "a", "b.c", " ", "\t", "\n", "(", ")", "'x'", "\"}\"", "$", "{", "owner.phone", "formatNumber(amount, 2)", "•"]
        var generator = SeededRandom(seed: 13)
        var compared = 0, found = 0
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let needle = (0..<Int.random(in: 1...3, using: &generator)).map { _ in ["a", "b", ".c", " ", "owner.phone", "amount", "\t"].randomElement(using: &generator) ?? "" }.joined()
            let s = TemplateString(form: .invalid, text: text, path: "/body/0/text")
            let starts = s.expressionStarts
            guard text.utf8.allSatisfy({ $0 < 0x80 }), !starts.isEmpty else { continue }
            let expected = s.mention(of: needle, starts: starts)
            #expect(TemplateString.asciiMention(of: needle, in: text, starts: starts) == expected, "\(text) / \(needle)")
            compared += 1
            if expected != nil { found += 1 }
        }
        #expect(compared > 500)
        #expect(found > 50)
    }

    @Test func aFindingPointsAtTheExpressionThatMentionsTheField() {
        let s = TemplateString(form: .invalid, text: "Priority ${priority}, call ${ owner . phone }", path: "")
        #expect(s.offset(mentioning: "owner.phone") == 27)
        #expect(s.offset(mentioning: "priority") == 9)
        // Not mentioned: the index'th expression, else the first.
        #expect(s.offset(mentioning: "status", index: 1) == 27)
        #expect(s.offset(mentioning: " ") == 9)
        let unicode = TemplateString(form: .invalid, text: "• ${name} — ${ow\u{00A0}ner}", path: "")
        #expect(unicode.offset(mentioning: "owner") == 12)
    }
}
