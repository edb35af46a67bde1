/// `uri`, `uri-reference` (RFC 3986), `iri`, `iri-reference` (RFC 3987: the same grammar with
/// non-ASCII characters allowed), `uri-template` (RFC 6570, the expression syntax).
enum URIFormats {
    typealias Scalars = ArraySlice<Unicode.Scalar>

    static func uri(_ c: [Unicode.Scalar], reference: Bool, international: Bool) -> Bool {
        var rest = c[...]
        var fragment: Scalars? = nil
        var query: Scalars? = nil
        if let hash = rest.firstIndex(of: "#") {
            fragment = rest[(hash + 1)...]
            rest = rest[..<hash]
        }
        if let q = rest.firstIndex(of: "?") {
            query = rest[(q + 1)...]
            rest = rest[..<q]
        }
        let allowed = Chars(international: international)
        for part in [query, fragment].compactMap({ $0 }) where !allowed.valid(part, extra: ":@/?") {
            return false
        }
        var hasScheme = false
        if let colon = rest.firstIndex(of: ":"), isScheme(rest[..<colon]) {
            hasScheme = true
            rest = rest[(colon + 1)...]
        }
        guard hasScheme || reference else { return false }
        if rest.starts(with: ["/", "/"]) {
            let afterSlashes = rest.dropFirst(2)
            let end = afterSlashes.firstIndex(of: "/") ?? afterSlashes.endIndex
            guard authority(afterSlashes[..<end], allowed) else { return false }
            rest = afterSlashes[end...]
        } else if !hasScheme, rest.prefix(while: { $0 != "/" }).contains(":") {
            return false  // path-noscheme: a colon in the first segment would read as a scheme.
        }
        return allowed.valid(rest, extra: ":@/")
    }

    static func isScheme(_ s: Scalars) -> Bool {
        guard let first = s.first, Format.isAlpha(first) else { return false }
        return s.allSatisfy { Format.isAlpha($0) || Format.isDigit($0) || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// `[userinfo@]host[:port]`, host an IP literal, IPv4 address or registered name.
    private static func authority(_ a: Scalars, _ allowed: Chars) -> Bool {
        var host = a
        if let at = a.lastIndex(of: "@") {
            guard allowed.valid(a[..<at], extra: ":") else { return false }
            host = a[(at + 1)...]
        }
        if host.first == "[" {
            guard let close = host.firstIndex(of: "]") else { return false }
            let literal = host[(host.startIndex + 1)..<close]
            let after = host[(close + 1)...]
            guard after.isEmpty || (after.first == ":" && after.dropFirst().allSatisfy(Format.isDigit)) else { return false }
            if literal.first == "v" || literal.first == "V" { return literal.count > 3 }
            return NetworkFormats.ipv6(literal)
        }
        if let colon = host.lastIndex(of: ":") {
            guard host[(colon + 1)...].allSatisfy(Format.isDigit) else { return false }
            host = host[..<colon]
        }
        return allowed.valid(host, extra: "")
    }

    /// The characters a URI component may hold: unreserved, sub-delims, percent-encodings,
    /// the component's own extras, and for IRIs any non-ASCII character.
    struct Chars {
        var international: Bool

        func valid(_ s: Scalars, extra: String) -> Bool {
            var i = s.startIndex
            while i < s.endIndex {
                let c = s[i]
                if c == "%" {
                    guard i + 2 < s.endIndex, Format.isHex(s[i + 1]), Format.isHex(s[i + 2]) else { return false }
                    i += 3
                    continue
                }
                let ok =
                    Format.isAlpha(c) || Format.isDigit(c) || "-._~!$&'()*+,;=".unicodeScalars.contains(c)
                    || extra.unicodeScalars.contains(c) || (international && c.value >= 0xA0)
                guard ok else { return false }
                i += 1
            }
            return true
        }
    }

    /// Literal text and `{…}` expressions with an optional operator and `,`-separated
    /// variables, each optionally `:length` or `*`.
    static func template(_ c: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < c.count {
            let x = c[i]
            if x == "}" { return false }
            guard x == "{" else {
                if x.value < 0x21 || x.value == 0x7F || "\"<>\\^`|".unicodeScalars.contains(x) { return false }
                i += 1
                continue
            }
            guard let close = c[i...].firstIndex(of: "}") else { return false }
            var body = c[(i + 1)..<close]
            if let op = body.first, "+#./;?&=,!@|".unicodeScalars.contains(op) { body = body.dropFirst() }
            for variable in body.split(separator: ",", omittingEmptySubsequences: false) {
                var name = variable
                if name.last == "*" {
                    name = name.dropLast()
                } else if let colon = name.firstIndex(of: ":") {
                    let length = name[(colon + 1)...]
                    guard !length.isEmpty, length.count <= 4, length.allSatisfy(Format.isDigit), length.first != "0" else { return false }
                    name = name[..<colon]
                }
                // varname = varchar *( ["."] varchar )
                guard !name.isEmpty, name.first != ".", name.last != ".",
                    !zip(name, name.dropFirst()).contains(where: { $0 == "." && $1 == "." }),
                    name.allSatisfy({ Format.isAlpha($0) || Format.isDigit($0) || $0 == "_" || $0 == "." || $0 == "%" })
                else {
                    return false
                }
            }
            i = close + 1
        }
        return true
    }
}
