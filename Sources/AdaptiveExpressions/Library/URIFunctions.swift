import JSONTree

/// URI parts, read as the WHATWG URL parser reads an absolute URL: `uriHost`, `uriPath`,
/// `uriPathAndQuery`, `uriPort`, `uriQuery`, `uriScheme`.
enum URIFunctions {
    static var all: [FunctionDefinition] {
        [
            part("uriHost", .string) { .string($0.hostname) },
            part("uriPath", .string) { .string($0.pathname) },
            part("uriPathAndQuery", .string) { .string($0.pathname + $0.search) },
            part("uriPort", .number) { .number(JS.parseInt($0.port) ?? .nan) },
            part("uriQuery", .string) { .string($0.search) },
            part("uriScheme", .string) { .string($0.scheme) }
        ]
    }

    static func part(_ name: String, _ returns: ReturnType, _ pick: @escaping @Sendable (WebURL) -> Value) -> FunctionDefinition {
        eager(name, returns, Validate.unary) { _, args throws(EvalError) in
            guard case .string(let s) = args[0] else { throw fail("\(name) should contain a URI string.") }
            guard let url = WebURL(s) else { throw fail("Invalid URI: \(s)") }
            return pick(url)
        }
    }
}

/// The parts of an absolute URL (scheme, host, port, path, query) after WHATWG parsing.
struct WebURL: Sendable {
    var scheme: String
    var hostname = ""
    var port = ""
    var pathname = ""
    var search = ""

    static let defaultPorts: [String: String] = ["http": "80", "https": "443", "ws": "80", "wss": "443", "ftp": "21"]

    init?(_ input: String) {
        var s = Substring(input.trimmingPrefixAndSuffix { $0.value <= 0x20 })
        s = Substring(s.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" })
        guard let colon = s.firstIndex(of: ":") else { return nil }
        let rawScheme = s[..<colon]
        guard let first = rawScheme.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic,
            rawScheme.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) })
        else { return nil }
        scheme = rawScheme.lowercased()
        var rest = s[s.index(after: colon)...]
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        var query: Substring? = nil
        if let q = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: q)...]
            rest = rest[..<q]
        }
        let special = WebURL.defaultPorts[scheme] != nil || scheme == "file"
        if special {
            while let c = rest.first, c == "/" || c == "\\" { rest = rest.dropFirst() }
            let end = rest.firstIndex(where: { $0 == "/" || $0 == "\\" }) ?? rest.endIndex
            var authority = rest[..<end]
            rest = rest[end...]
            if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
            var host = authority
            if let portColon = authority.lastIndex(of: ":"), !authority[portColon...].contains("]") {
                host = authority[..<portColon]
                let p = authority[authority.index(after: portColon)...]
                guard p.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
                if !p.isEmpty {
                    guard let n = Int(p), n <= 65535 else { return nil }
                    port = WebURL.defaultPorts[scheme] == String(n) ? "" : String(n)
                }
            }
            if host.isEmpty && scheme != "file" { return nil }
            guard !host.contains(where: { " <>^|%".contains($0) && $0 != "%" }) else { return nil }
            hostname = host.lowercased()
            pathname = WebURL.normalize(String(rest).replacingOccurrences(of: "\\", with: "/"))
        } else {
            if rest.hasPrefix("//") {
                rest = rest.dropFirst(2)
                let end = rest.firstIndex(of: "/") ?? rest.endIndex
                var authority = rest[..<end]
                if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
                if let portColon = authority.lastIndex(of: ":") {
                    port = String(authority[authority.index(after: portColon)...])
                    authority = authority[..<portColon]
                }
                hostname = String(authority)
                rest = rest[end...]
                pathname = WebURL.percentEncode(String(rest), extra: "")
            } else {
                pathname = WebURL.percentEncode(String(rest), extra: "")
            }
        }
        if let query, !query.isEmpty {
            search = "?" + WebURL.percentEncode(String(query), extra: special ? "'" : "")
        }
    }

    /// Resolves `.` and `..` segments; the empty path is `/`.
    static func normalize(_ path: String) -> String {
        var segments: [String] = []
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for (i, part) in parts.enumerated() {
            let isLast = i == parts.count - 1
            switch part.lowercased() {
            case ".", "%2e":
                if isLast { segments.append("") }
            case "..", ".%2e", "%2e.", "%2e%2e":
                if !segments.isEmpty { segments.removeLast() }
                if isLast { segments.append("") }
            default:
                segments.append(percentEncode(String(part), extra: "?`{}"))
            }
        }
        return "/" + segments.joined(separator: "/")
    }

    static func percentEncode(_ s: String, extra: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        let extraBytes = Set(extra.utf8)
        for b in s.utf8 {
            if b < 0x21 || b > 0x7E || b == 0x22 || b == 0x3C || b == 0x3E || extraBytes.contains(b) {
                out += [0x25, hex[Int(b >> 4)], hex[Int(b & 15)]]
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

private extension String {
    func trimmingPrefixAndSuffix(_ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }), let last = scalars.lastIndex(where: { !drop($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
