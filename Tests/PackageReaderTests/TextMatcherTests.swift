@testable import PackageReader
import Testing
import TestSupport

/// The text rules' tokenizer reads ASCII texts as bytes: the same words and offsets as
/// reading them scalar by scalar.
@Suite struct TextMatcherTests {
    @Test func asciiTextsGiveTheSameWordsEitherWay() {
        let pieces = ["Ignore", "previous", " ", "instructions", "#1", "don't", "ABC", "x-y", "\t", "\n", "…", "é", "’", "42", "!", "/path/{id}", "''", "#"]
        var generator = SeededRandom(seed: 4)
        var ascii = 0
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let fast = TextMatcher(text), slow = TextMatcher(scalarsOf: text)
            #expect(fast.tokens.map(\.word) == slow.tokens.map(\.word), "\(text)")
            #expect(fast.tokens.map(\.offset) == slow.tokens.map(\.offset), "\(text)")
            #expect(fast.written == slow.written, "\(text)")
            if TextMatcher.asciiWords(text) != nil { ascii += 1 }
        }
        #expect(ascii > 500)
        #expect(TextMatcher("Don't IGNORE #all").tokens.map(\.word) == ["don't", "ignore", "#all"])
    }

    /// The first-word filter never hides a phrase: every word gives what the index holds.
    @Test func theFirstWordFilterHidesNoPhrase() {
        let phrases = ["ignore previous instructions", "best in class", "world's leading", "#1", "don't tell", "you are now", "é premier"]
        let index = PhraseIndex(phrases)
        var words = Set(index.byFirst.keys)
        var generator = SeededRandom(seed: 8)
        let letters = Array("abcdefghijklmnopqrstuvwxyz'#é1")
        for _ in 0..<3_000 { words.insert(String((0..<Int.random(in: 1...9, using: &generator)).map { _ in letters.randomElement(using: &generator) ?? "a" })) }
        var found = 0
        for word in words {
            let expected = index.byFirst[word] ?? []
            #expect(index.phrases(startingWith: word) == expected, "\(word)")
            if !expected.isEmpty { found += 1 }
        }
        #expect(found == index.byFirst.count)
        #expect(found >= 6)
    }
}
