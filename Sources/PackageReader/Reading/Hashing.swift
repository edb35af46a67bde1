/// FNV-1a, 64-bit: a stable content hash for change detection (not security).
public enum Hashing {
    public static func fnv(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        bytes.withUnsafeBufferPointer { buffer in
            for b in buffer {
                h ^= UInt64(b)
                h = h &* 0x100_0000_01b3
            }
        }
        return h
    }

    public static func fnv(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    /// A fast 64-bit content hash of a page about to be written (eight bytes a step; not
    /// FNV, not for security). Stable across runs and machines of either byte order.
    public static func content(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ (UInt64(bytes.count) &* k)
        var i = 0
        let n = bytes.count
        while i + 8 <= n {
            let w = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            h = (h ^ w) &* k
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* k
        h ^= h >> 32
        return h
    }

    /// `content` of a string's UTF-8 bytes (without copying them when the string is native).
    public static func content(_ text: String) -> UInt64 {
        if let h = text.utf8.withContiguousStorageIfAvailable({ content(UnsafeRawBufferPointer($0)) }) { return h }
        return Array(text.utf8).withUnsafeBytes { content($0) }
    }

    public static func hex(_ h: UInt64) -> String {
        let s = String(h, radix: 16)
        return String(repeating: "0", count: max(0, 16 - s.count)) + s
    }
}
