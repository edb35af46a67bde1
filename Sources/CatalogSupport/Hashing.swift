import Foundation

/// Stable 64-bit hashes for change detection (not security): FNV-1a for short keys and
/// fingerprints, `content` for file contents (inputs read, pages written).
public enum Hashing {
    public static func fnv(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    public static func fnv(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer(fnv)
    }

    public static func fnv(_ text: String) -> UInt64 {
        ByteScan.withUTF8(text, fnv)
    }

    /// A fast 64-bit content hash of a page about to be written (four independent lanes of
    /// eight bytes, so the multiplications overlap; not FNV, not for security). Stable
    /// across runs and machines of either byte order.
    public static func content(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        let n = bytes.count
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0xcbf2_9ce4_8422_2325 ^ (UInt64(n) &* k), 0x8422_2325_cbf2_9ce4, 0x7F4A_7C15_9E37_79B9, 0x1000_0000_01b3)
        func word(_ at: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
        func mix(_ h: UInt64, _ w: UInt64) -> UInt64 {
            let m = (h ^ w) &* k
            return m ^ (m >> 29)
        }
        var i = 0
        while i + 32 <= n {
            lanes.0 = mix(lanes.0, word(i))
            lanes.1 = mix(lanes.1, word(i + 8))
            lanes.2 = mix(lanes.2, word(i + 16))
            lanes.3 = mix(lanes.3, word(i + 24))
            i += 32
        }
        // Each lane through a full avalanche before they are combined, so that related
        // changes in two lanes cannot cancel out.
        func avalanche(_ x: UInt64) -> UInt64 {
            var x = x
            x ^= x >> 33
            x = x &* 0xff51_afd7_ed55_8ccd
            x ^= x >> 33
            x = x &* 0xc4ce_b9fe_1a85_ec53
            x ^= x >> 33
            return x
        }
        func rotate(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }
        var h = avalanche(lanes.0) ^ rotate(avalanche(lanes.1), 16) ^ rotate(avalanche(lanes.2), 32) ^ rotate(avalanche(lanes.3), 48)
        while i + 8 <= n {
            h = mix(h, word(i))
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        return avalanche(h ^ tail ^ UInt64(n))
    }

    /// `content` of a file's bytes (input files: what an incremental build compares).
    public static func content(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { content($0) }
    }

    public static func content(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { content($0) }
    }

    /// `content` of a string's UTF-8 bytes (without copying them when the string is native).
    public static func content(_ text: String) -> UInt64 {
        ByteScan.withUTF8(text) { content(UnsafeRawBufferPointer($0)) }
    }

    public static func hex(_ h: UInt64) -> String {
        let s = String(h, radix: 16)
        return String(repeating: "0", count: max(0, 16 - s.count)) + s
    }
}
