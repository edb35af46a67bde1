import TestSupport
import Testing

@testable import PackageReader

@Suite struct LocalizationTokenTests {
    /// `[[key]]` is read on the bytes of ASCII texts: it must say what trimming Unicode white
    /// space and reading characters says, for texts made of brackets, spaces, keys, accents,
    /// non-breaking spaces, combining marks and line breaks.
    @Test func asciiTokensAreReadAsCharactersWouldBe() {
        let pieces = ["[", "]", "[[", "]]", " ", "\t", "key", "a_1", "é", "\u{00A0}", "\u{0301}", "\r\n", "x y", "[[k]]"]
        var random = SeededRandom(seed: 42)
        var tokens = 0
        for _ in 0..<6_000 {
            let text = (0..<Int.random(in: 0...7, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
            let expected = LocalizableText.trimmedToken(in: text)
            #expect(LocalizableText.token(in: text) == expected, "\(text.debugDescription)")
            if expected != nil { tokens += 1 }
        }
        #expect(tokens > 50)
        #expect(LocalizableText.token(in: "  [[greeting]]\t") == "greeting")
        #expect(LocalizableText.token(in: "[[a]] and [[b]]") == nil)
        #expect(LocalizableText.token(in: "[[]]") == nil)
    }
}
