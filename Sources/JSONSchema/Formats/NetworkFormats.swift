/// `hostname` (RFC 1123), `ipv4`, `ipv6` (RFC 4291 text forms), `email` (RFC 5321 mailbox).
enum NetworkFormats {
    typealias Scalars = ArraySlice<Unicode.Scalar>

    /// Labels of 1–63 letters, digits and hyphens, not starting or ending with a hyphen;
    /// at most 253 characters. (A-labels are not decoded: `xn--` labels are checked as ASCII.)
    static func hostname(_ c: Scalars) -> Bool {
        guard !c.isEmpty, c.count <= 253 else { return false }
        for label in c.split(separator: ".", omittingEmptySubsequences: false) {
            guard (1...63).contains(label.count), label.first != "-", label.last != "-",
                label.allSatisfy({ Format.isAlpha($0) || Format.isDigit($0) || $0 == "-" })
            else { return false }
        }
        return true
    }

    /// Four decimal octets 0–255 without leading zeros.
    static func ipv4(_ c: Scalars) -> Bool {
        let parts = c.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        for p in parts {
            guard (1...3).contains(p.count), p.allSatisfy(Format.isDigit), !(p.count > 1 && p.first == "0") else { return false }
            var v = 0
            for d in p { v = v * 10 + Int(d.value - 48) }
            guard v <= 255 else { return false }
        }
        return true
    }

    /// Eight groups of 1–4 hex digits, one `::` standing for one or more zero groups, the
    /// last two groups optionally written as an IPv4 address.
    static func ipv6(_ c: Scalars) -> Bool {
        guard !c.isEmpty, c.allSatisfy({ Format.isHex($0) || $0 == ":" || $0 == "." }) else { return false }
        var hex = Array(c)[...]
        var tail = 0
        if c.contains(".") {
            guard let colon = hex.lastIndex(of: ":"), ipv4(hex[(colon + 1)...]) else { return false }
            hex = hex[...colon]
            if !(hex.count >= 2 && hex[hex.endIndex - 2] == ":") { hex = hex.dropLast() }
            tail = 2
        }
        let text = String(String.UnicodeScalarView(hex))
        func groups(_ s: Substring) -> Int? {
            if s.isEmpty { return 0 }
            let parts = s.split(separator: ":", omittingEmptySubsequences: false)
            return parts.allSatisfy({ (1...4).contains($0.count) }) ? parts.count : nil
        }
        guard let gap = text.firstRange(of: "::") else {
            guard let n = groups(Substring(text)) else { return false }
            return n + tail == 8
        }
        let left = text[..<gap.lowerBound], right = text[gap.upperBound...]
        guard !right.contains("::"), !right.hasPrefix(":"), let l = groups(left), let r = groups(right) else { return false }
        return l + r + tail <= 7
    }

    /// `local@domain`: a dot-atom or quoted local part, a hostname or an address literal
    /// (`[192.0.2.1]`, `[IPv6:2001:db8::1]`). `international` admits non-ASCII (RFC 6531).
    static func email(_ c: [Unicode.Scalar], international: Bool) -> Bool {
        guard let at = c.lastIndex(of: "@"), at > 0, at < c.count - 1 else { return false }
        let local = c[..<at], domain = c[(at + 1)...]
        guard localPart(local, international: international) else { return false }
        if domain.first == "[" {
            guard domain.last == "]" else { return false }
            let inner = domain.dropFirst().dropLast()
            if Array(inner.prefix(5)) == Array("IPv6:".unicodeScalars) { return ipv6(inner.dropFirst(5)) }
            return ipv4(inner)
        }
        if international { return !domain.contains(where: { $0 == " " || $0 == "@" }) }
        return hostname(domain)
    }

    private static func localPart(_ c: Scalars, international: Bool) -> Bool {
        if c.first == "\"" {
            guard c.count >= 2, c.last == "\"" else { return false }
            return !c.dropFirst().dropLast().contains(where: { $0.value < 0x20 })
        }
        guard c.first != ".", c.last != ".", !zip(c, c.dropFirst()).contains(where: { $0 == "." && $1 == "." }) else {
            return false
        }
        let specials = Set("!#$%&'*+-/=?^_`{|}~.".unicodeScalars)
        return c.allSatisfy { Format.isAlpha($0) || Format.isDigit($0) || specials.contains($0) || (international && $0.value >= 0x80) }
    }
}
