import Foundation

/// File and folder names that are safe everywhere: `[a-z0-9._-]`, no leading dot, bounded length.
public enum Slug {
    public static func make(_ text: String, fallback: String = "item", maxLength: Int = 80) -> String {
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
            // Keep it unique after truncation with a short hash of the whole text.
            let h = String(Hashing.fnv(text) % 0xFFFFFF, radix: 16)
            out = String(out.prefix(maxLength - 7)) + "-" + h
        }
        if out.isEmpty || out == "." || out == ".." { return fallback }
        // Names Windows reserves.
        if ["con", "prn", "aux", "nul", "com1", "lpt1", "index"].contains(out) { out += "-1" }
        return out
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
