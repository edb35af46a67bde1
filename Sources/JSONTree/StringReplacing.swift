import CatalogSupport

extension String {
    /// Every occurrence of `target` replaced by `replacement`, comparing UTF-8 bytes (no
    /// Unicode normalisation or locale rules: what markup and path building need, and much
    /// faster than Foundation's `replacingOccurrences`).
    public func replacingAll(_ target: String, with replacement: String) -> String {
        // Neither string is copied to the heap to be searched (small strings, such as the
        // one-character targets most callers pass, are read in place).
        var target = target
        return target.withUTF8 { t -> String in
            guard !t.isEmpty else { return self }
            var copy = self
            return copy.withUTF8 { bytes -> String in
                // Nothing is allocated until the first match.
                var out: [UInt8] = []
                var run = 0
                while let i = ByteSearch.first(t, in: bytes, from: run) {
                    if out.isEmpty { out.reserveCapacity(bytes.count + 16) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                    out.append(contentsOf: replacement.utf8)
                    run = i + t.count
                }
                guard run > 0 else { return self }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
                return String(decoding: out, as: UTF8.self)
            }
        }
    }
}

extension String {
    /// Whether `needle` occurs in the string (an empty one always does), comparing UTF-8
    /// bytes (no Foundation, no locale rules).
    public func includes(_ needle: String) -> Bool {
        guard !needle.isEmpty else { return true }
        return ByteScan.withUTF8(needle) { n in ByteScan.withUTF8(self) { ByteSearch.first(n, in: $0) != nil } }
    }
}

extension Substring {
    /// The first occurrence of `needle`, comparing UTF-8 bytes in place (no Foundation, no
    /// locale rules); nil for an empty needle.
    public func byteRange(of needle: String) -> Range<Index>? {
        var needle = needle
        var copy = self
        let found: Int? = needle.withUTF8 { n in copy.withUTF8 { ByteSearch.first(n, in: $0) } }
        guard let found else { return nil }
        let lower = utf8.index(startIndex, offsetBy: found)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }
}

/// The byte search under `includes`, `byteRange(of:)` and `replacingAll`.
enum ByteSearch {
    /// Where `needle` first occurs in `hay` at or after `start`; nil for an empty needle.
    static func first(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let first = needle.first, hay.count >= needle.count else { return nil }
        var i = start
        while i <= hay.count - needle.count {
            if hay[i] == first {
                var j = 1
                while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}

extension StringProtocol {
    /// Whether the text is empty or only white space and line breaks (what
    /// `trimmingCharacters(in: .whitespacesAndNewlines).isEmpty` says, without building the
    /// trimmed copy). Any ASCII byte other than a space or control break answers at once;
    /// text with other Unicode characters is checked scalar by scalar.
    public var isBlank: Bool {
        var sawNonASCII = false
        for b in utf8 {
            switch b {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: continue
            case 0..<0x80: return false
            default: sawNonASCII = true
            }
        }
        guard sawNonASCII else { return true }
        return unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{85}" }
    }
}
