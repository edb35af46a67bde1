import CatalogSupport
import Testing

/// The content hash decides which pages an incremental build links instead of writing.
@Suite struct HashingTests {
    static func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { Hashing.content($0) } }

    @Test func everyByteAndItsPlaceCount() {
        var seen = Set<UInt64>()
        for length in 0...100 {
            let base = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7) }
            #expect(seen.insert(Self.hash(base)).inserted, "length \(length)")
            for i in 0..<length {
                var changed = base
                changed[i] ^= 1
                #expect(seen.insert(Self.hash(changed)).inserted, "length \(length), byte \(i)")
            }
        }
        // Words in different lanes swapped: a different hash.
        let a = (0..<64).map { UInt8($0) }
        let b = Array(a[8..<16] + a[0..<8] + a[16...])
        #expect(Self.hash(a) != Self.hash(b))
        #expect(Self.hash(a) == Self.hash(Array(a)))
        #expect(Hashing.content("héllo") == Self.hash(Array("héllo".utf8)))
    }
}
