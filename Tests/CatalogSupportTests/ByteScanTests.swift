import CatalogSupport
import Foundation
import Testing

/// The word tests are exact (false only when no byte matches), and the scan offers every
/// byte a word test does not clear.
@Suite struct ByteScanTests {
    static func bytes(of word: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * UInt64($0))) } }

    @Test func wordTestsAreExact() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hits = 0
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Bytes drawn from a small alphabet around the values looked for.
            let word = (0..<8).reduce(UInt64(0)) { w, k in
                let pick = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x26, 0x27, 0x3C, 0x5C, 0x7F, 0x80, 0xFF][Int((state >> (UInt64(k) * 4)) & 0xF) % 12]
                return w | UInt64(pick) << (8 * UInt64(k))
            }
            let b = Self.bytes(of: word)
            for target: UInt8 in [0x22, 0x26, 0x5C, 0x00] {
                #expect((ByteScan.mask(word, equalTo: target) != 0) == b.contains(target), "\(word) \(target)")
            }
            #expect((ByteScan.mask(word, below: 0x20) != 0) == b.contains { $0 < 0x20 }, "\(word)")
            if b.contains(0x22) { hits += 1 }
        }
        #expect(hits > 1_000)
    }

    @Test func clearWordsAreSkippedAndNoMatchIs() {
        let text = Array("plain text, then a \"quote\" and more plain text at the end\"".utf8)
        var stops: [Int] = []
        text.withUnsafeBufferPointer { bytes in
            var i = 0
            while i < bytes.count {
                i = ByteScan.skipClearWords(in: bytes, from: i) { ByteScan.mask($0, equalTo: 0x22) == 0 }
                stops.append(i)
                i = min(i + 8, bytes.count)
            }
        }
        // Every quote is in the eight bytes after a stop (or the tail after the last one).
        for q in text.indices where text[q] == 0x22 { #expect(stops.contains { $0 <= q && q < $0 + 8 }, "\(q)") }
        #expect(stops.count < text.count / 8)
        #expect(stops == stops.sorted())
    }

    /// Small, native and Foundation-made strings all give their UTF-8 bytes.
    @Test func withUTF8GivesTheBytesOfEveryKindOfString() {
        let texts = ["", "a", "fifteen bytes!!", "sixteen bytes!!!", String(repeating: "é😀x", count: 40), NSString(string: "from Foundation: ü").description]
        for text in texts {
            #expect(ByteScan.withUTF8(text) { Array($0) } == Array(text.utf8), "\(text)")
        }
    }
}
