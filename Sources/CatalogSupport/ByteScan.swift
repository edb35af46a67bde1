/// Scanning text for a few bytes eight at a time: most text has none of the bytes an
/// escaper looks for, and an eight-byte word is cleared by a handful of arithmetic steps
/// instead of eight comparisons each (HTML and JSON escaping).
public enum ByteScan {
    /// The first position from `start`, in steps of eight, whose eight bytes `isClear` does
    /// not clear, or where fewer than eight bytes are left. `isClear` must be exact in one
    /// direction: true only when no byte of the word is one looked for.
    @inlinable
    public static func skipClearWords(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ isClear: (UInt64) -> Bool) -> Int {
        var i = start
        while i + 8 <= bytes.count,
            isClear(UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: i, as: UInt64.self)))
        {
            i += 8
        }
        return i
    }

    /// Appends `bytes` to `out` with each byte `needsEscape` picks written by `escape`
    /// instead: the runs between such bytes are copied whole, and eight-byte words
    /// `isClear` clears (see `skipClearWords`) are stepped over at once.
    @inlinable
    public static func copy(
        _ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], isClear: (UInt64) -> Bool,
        needsEscape: (UInt8) -> Bool, escape: (UInt8, inout [UInt8]) -> Void
    ) {
        var run = 0
        var i = skipClearWords(in: bytes, from: 0, isClear)
        while i < bytes.count {
            // A word that may hold such a byte (or the last few bytes), byte by byte.
            let end = min(i + 8, bytes.count)
            while i < end {
                if needsEscape(bytes[i]) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                    escape(bytes[i], &out)
                    run = i + 1
                }
                i += 1
            }
            i = skipClearWords(in: bytes, from: i, isClear)
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
    }

    /// Calls `body` with the UTF-8 bytes of `s`, read in place for native and small strings
    /// (a mutable copy for `withUTF8` retains the string and checks it is unique); a string
    /// of another kind is made contiguous first.
    @inlinable
    public static func withUTF8<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var s = s
        return s.withUTF8(body)
    }

    /// The value of an ASCII hexadecimal digit (either case), or nil (escapes of the JSON
    /// and YAML readers).
    @inlinable
    public static func hexDigit(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: return UInt32(c - 0x30)
        case 0x41...0x46: return UInt32(c - 0x41 + 10)
        case 0x61...0x66: return UInt32(c - 0x61 + 10)
        default: return nil
        }
    }

    /// Nonzero exactly when a byte of `word` is `byte` (masks of several bytes are or-ed).
    @inlinable
    public static func mask(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    /// Nonzero exactly when a byte of `word` is below `limit` (a limit up to 0x80).
    @inlinable
    public static func mask(_ word: UInt64, below limit: UInt8) -> UInt64 {
        (word &- 0x0101_0101_0101_0101 &* UInt64(limit)) & ~word & 0x8080_8080_8080_8080
    }
}
