@testable import CatalogSupport
import Foundation
import Testing
import TestSupport

/// File names made from operation ids and titles: the byte reading gives what reading
/// characters gave.
@Suite struct SlugTests {
    /// The character reading `Slug.make` replaced.
    static func characterSlug(_ text: String, fallback: String = "item", maxLength: Int = 80) -> String {
        var out = ""
        var lastDash = false
        for scalar in text.unicodeScalars {
            let c = Character(scalar)
            if scalar.isASCII, c.isLetter || c.isNumber || c == "_" || c == "." {
                out.append(Character(String(c).lowercased()))
                lastDash = false
            } else if !lastDash, !out.isEmpty {
                out.append("-")
                lastDash = true
            }
        }
        while out.hasPrefix(".") || out.hasPrefix("-") { out.removeFirst() }
        while out.hasSuffix("-") || out.hasSuffix(".") { out.removeLast() }
        if out.count > maxLength {
            let h = String(Hashing.fnv(text) % 0xFFFFFF, radix: 16)
            out = String(out.prefix(maxLength - 7)) + "-" + h
        }
        if out.isEmpty || out == "." || out == ".." { return fallback }
        if ["con", "prn", "aux", "nul", "com1", "lpt1", "index"].contains(out) { out += "-1" }
        return out
    }

    @Test func bytesGiveWhatCharactersGave() {
        let pieces = ["Get", "ITEMS", "by_id", ".", "-", "..", " ", "/", "{id}", "é", "½", "٤", "日本", "\u{301}", "42", "index", "Con", "x", "--", "_"]
        var generator = SeededRandom(seed: 3)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...9, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(Slug.make(text) == Self.characterSlug(text), "\(text)")
            #expect(Slug.make(text, maxLength: 12) == Self.characterSlug(text, maxLength: 12), "\(text)")
        }
        #expect(Slug.make("GET /Items/{id}") == "get-items-id")
        #expect(Slug.make("...") == "item")
        #expect(Slug.make("INDEX") == "index-1")
    }
}
