@testable import SiteBuilder
import TestSupport
import Testing

/// A confirmation body's lines are split on bytes when that reads like splitting by
/// characters: the same lines either way, `\r\n` kept whole.
@Suite struct MarkdownLinesTests {
    @Test func bytesAndCharactersSplitAlike() {
        let pieces = ["a", "\n", "é", "\u{301}", " ", "\n\n", "😀", "x\ny", ""]
        var generator = SeededRandom(seed: 11)
        var multiline = 0
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(MarkdownPage.lines(of: text) == expected, "\(text.debugDescription)")
            if expected.count > 2 { multiline += 1 }
        }
        #expect(multiline > 500)
        #expect(MarkdownPage.lines(of: "a\r\nb\nc") == ["a\r\nb", "c"])
    }
}
