import CatalogSupport

/// The escapes of JSON strings, shared by the positioned parser (package files) and the
/// reader of the build's own files.
enum JSONEscape {
    /// The character the escape letter `e` (after a backslash) stands for; `pos` is just after
    /// the letter and moves past `\u` digits (and the low half of a surrogate pair). nil when
    /// it is no escape; a lone surrogate reads as U+FFFD.
    static func scalar<Bytes: RandomAccessCollection>(_ e: UInt8, in bytes: Bytes, at pos: inout Int) -> Unicode.Scalar?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        switch e {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            guard let high = hex4(bytes, at: &pos) else { return nil }
            guard high >= 0xD800 && high < 0xDC00 else { return Unicode.Scalar(high) ?? "\u{FFFD}" }
            // A surrogate pair, if the low half follows.
            guard pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") else { return "\u{FFFD}" }
            let save = pos
            pos += 2
            if let low = hex4(bytes, at: &pos), low >= 0xDC00, low < 0xE000 {
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
            }
            pos = save
            return "\u{FFFD}"
        default:
            return nil
        }
    }

    /// Four hexadecimal digits at `pos` (which moves past them); nil when they are not.
    static func hex4<Bytes: RandomAccessCollection>(_ bytes: Bytes, at pos: inout Int) -> UInt32?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard pos + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for k in 0..<4 {
            guard let d = ByteScan.hexDigit(bytes[pos + k]) else { return nil }
            v = v << 4 | d
        }
        pos += 4
        return v
    }
}
