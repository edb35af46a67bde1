extension String {
    /// Every occurrence of `target` replaced by `replacement`, comparing UTF-8 bytes (no
    /// Unicode normalisation or locale rules: what markup and path building need, and much
    /// faster than Foundation's `replacingOccurrences`).
    public func replacingAll(_ target: String, with replacement: String) -> String {
        // Neither string is copied to the heap to be searched (small strings, such as the
        // one-character targets most callers pass, are read in place).
        var target = target
        return target.withUTF8 { t -> String in
            guard let first = t.first else { return self }
            var copy = self
            return copy.withUTF8 { bytes -> String in
                let n = bytes.count, m = t.count
                guard n >= m else { return self }
                // Nothing is allocated until the first match.
                var out: [UInt8] = []
                var changed = false
                var i = 0
                var run = 0
                while i <= n - m {
                    if bytes[i] == first {
                        var j = 1
                        while j < m && bytes[i + j] == t[j] { j += 1 }
                        if j == m {
                            if !changed {
                                out.reserveCapacity(n + 16)
                                changed = true
                            }
                            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                            out.append(contentsOf: replacement.utf8)
                            i += m
                            run = i
                            continue
                        }
                    }
                    i += 1
                }
                guard changed else { return self }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<n]))
                return String(decoding: out, as: UTF8.self)
            }
        }
    }
}

extension String {
    /// Whether `needle` occurs in the string, comparing UTF-8 bytes (no Foundation, no
    /// locale rules).
    public func includes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { n -> Bool in
            guard let first = n.first else { return true }
            var copy = self
            return copy.withUTF8 { hay -> Bool in
                let m = n.count
                guard hay.count >= m else { return false }
                var i = 0
                while i <= hay.count - m {
                    if hay[i] == first {
                        var j = 1
                        while j < m && hay[i + j] == n[j] { j += 1 }
                        if j == m { return true }
                    }
                    i += 1
                }
                return false
            }
        }
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
