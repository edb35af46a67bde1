import Foundation

/// File and folder names that are safe everywhere: `[a-z0-9._-]`, no leading dot, bounded length.
public enum Slug {
    public static func make(_ text: String, fallback: String = "item", maxLength: Int = 80) -> String {
        // ASCII letters (lower-cased), digits, `_` and `.` are kept; any run of other
        // characters becomes one `-`. Gathered as bytes: the slug is ASCII.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var lastDash = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII, let b = kept(UInt8(scalar.value)) {
                bytes.append(b)
                lastDash = false
            } else if !lastDash, !bytes.isEmpty {
                bytes.append(UInt8(ascii: "-"))
                lastDash = true
            }
        }
        let dot = UInt8(ascii: "."), dash = UInt8(ascii: "-")
        var lo = 0, hi = bytes.count
        while lo < hi, bytes[lo] == dot || bytes[lo] == dash { lo += 1 }
        while hi > lo, bytes[hi - 1] == dot || bytes[hi - 1] == dash { hi -= 1 }
        var out = String(decoding: bytes[lo..<hi], as: UTF8.self)
        if hi - lo > maxLength {
            // Keep it unique after truncation with a short hash of the whole text.
            let h = String(Hashing.fnv(text) % 0xFFFFFF, radix: 16)
            out = String(out.prefix(maxLength - 7)) + "-" + h
        }
        if out.isEmpty || out == "." || out == ".." { return fallback }
        // Names Windows reserves.
        if ["con", "prn", "aux", "nul", "com1", "lpt1", "index"].contains(out) { out += "-1" }
        return out
    }

    /// The byte a slug keeps for an ASCII byte, lower-cased; nil for one it replaces.
    static func kept(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): b | 0x20
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."): b
        default: nil
        }
    }

    /// Makes `slug` unique among `taken` by appending `-2`, `-3`…
    public static func unique(_ slug: String, in taken: inout Set<String>) -> String {
        var candidate = slug
        var n = 2
        while !taken.insert(candidate).inserted {
            candidate = "\(slug)-\(n)"
            n += 1
        }
        return candidate
    }
}
