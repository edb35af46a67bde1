/// A step of a path through an instance or a schema; rendered as a JSON Pointer only when an
/// error is reported.
enum PathToken: Sendable, Hashable {
    case key(String)
    case index(Int)

    var text: String {
        switch self {
        case .key(let k): return Pointer.escape(k)
        case .index(let i): return String(i)
        }
    }
}

/// RFC 6901 JSON Pointers and the percent-encoding of URI fragments.
enum Pointer {
    /// `~` → `~0`, `/` → `~1`.
    static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        var out = ""
        for c in token.unicodeScalars {
            switch c {
            case "~": out += "~0"
            case "/": out += "~1"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func render(_ tokens: some Sequence<PathToken>) -> String {
        var out = ""
        for t in tokens {
            out += "/"
            out += t.text
        }
        return out
    }

    static func appending(_ pointer: String, _ token: String) -> String {
        pointer + "/" + escape(token)
    }

    /// The unescaped tokens of a pointer (`/a~1b/0` → `["a/b", "0"]`); nil when it is not one.
    static func tokens(_ pointer: String) -> [String]? {
        if pointer.isEmpty { return [] }
        guard pointer.hasPrefix("/") else { return nil }
        return pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map { raw in
            guard raw.contains("~") else { return String(raw) }
            var out = ""
            var it = raw.makeIterator()
            while let c = it.next() {
                guard c == "~" else { out.append(c); continue }
                switch it.next() {
                case "1": out.append("/")
                case "0": out.append("~")
                case let other?: out.append("~"); out.append(other)
                case nil: out.append("~")
                }
            }
            return out
        }
    }

    /// Decodes `%XX` sequences (as UTF-8); malformed sequences stay as written.
    static func percentDecoded(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "%")) else { return s }
        let bytes = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count, let h = hex(bytes[i + 1]), let l = hex(bytes[i + 2]) {
                out.append(h << 4 | l)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
