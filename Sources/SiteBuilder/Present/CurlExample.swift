import JSONTree
import PackageReader

/// A `curl` command for an operation: the first server, path parameters and required
/// query parameters as placeholders (or their examples), credentials as placeholders, and a
/// JSON body built from the request schema. Every value is single-quoted for the shell.
enum CurlExample {
    /// nil without an operation (the operation is passed as it is: binding it would copy it).
    static func make(_ op: APIOperation?, spec: OpenAPISpec?, runtime: CatalogPackage.Plugin.Runtime?) -> String? {
        guard let op else { return nil }
        let table = spec?.schemas ?? .empty
        // A Teams Toolkit variable in the server URL is a placeholder like any other: `<NAME>`.
        var url = PlaceholderTokens.angled(op.servers.first?.resolvedURL ?? "https://<server>")
        while url.hasSuffix("/") { url.removeLast() }
        var path = op.path
        var query: [String] = []
        var headers: [String] = []
        for p in op.parameters {
            let value = example(p, table: table)
            switch p.location {
            case .path: path = path.replacingAll("{\(p.name)}", with: percentEncode(value))
            case .query where p.required || p.example != nil: query.append("\(percentEncode(p.name))=\(percentEncode(value))")
            case .header where p.required: headers.append("\(p.name): \(value)")
            case .cookie where p.required: headers.append("Cookie: \(p.name)=\(value)")
            default: break
            }
        }
        // Credentials: from the OpenAPI security requirement, else the plugin runtime.
        var user: String? = nil
        if let alternative = op.security?.first, let schemeName = alternative.schemes.first?.name,
            let scheme = spec?.securitySchemes.first(where: { $0.name == schemeName })
        {
            switch scheme.kind {
            case .apiKey:
                let name = scheme.parameterName ?? "api-key"
                switch scheme.parameterLocation {
                case "query": query.append("\(percentEncode(name))=<api-key>")
                case "cookie": headers.append("Cookie: \(name)=<api-key>")
                default: headers.append("\(name): <api-key>")
                }
            case .http where (scheme.scheme ?? "").lowercased() == "basic":
                user = "<username>:<password>"
            case .http, .oauth2, .openIdConnect:
                headers.append("Authorization: Bearer <access-token>")
            default: break
            }
        } else if let runtime, runtime.authType == "OAuthPluginVault" {
            headers.append("Authorization: Bearer <access-token>")
        } else if let runtime, runtime.authType == "ApiKeyPluginVault" {
            headers.append("Authorization: Bearer <api-key>")
        }
        var body: String? = nil
        if let media = op.requestBody?.primary {
            headers.append("Content-Type: \(media.contentType)")
            let value: JSONValue? = media.example ?? media.examples.first?.value ?? media.schema.map { SampleSynthesizer.value(for: $0, in: table, purpose: .request) }
            if let value {
                body = media.contentType.includes("json") ? JSONWriter.serialize(value, style: .pretty(indent: 2)) : formBody(value)
            }
        }
        let target = url + path + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
        var lines = ["curl -X \(op.method) \(quote(target))"]
        if let user { lines.append("  -u \(quote(user))") }
        for h in headers { lines.append("  -H \(quote(h))") }
        if let body { lines.append("  --data \(quote(body))") }
        return lines.joined(separator: " \\\n")
    }

    static func example(_ p: Parameter, table: SchemaTable) -> String {
        if let e = p.example { return e.stringValue ?? JSONWriter.serialize(e) }
        if let s = p.schema {
            let schema = table[s]
            if let e = schema.example { return e.stringValue ?? JSONWriter.serialize(e) }
            if let d = schema.defaultValue { return d }
            if let first = schema.enumValues.first { return first }
        }
        return "<\(p.name)>"
    }

    static func formBody(_ value: JSONValue) -> String {
        guard let o = value.objectValue else { return JSONWriter.serialize(value) }
        return o.map { "\(percentEncode($0.key))=\(percentEncode($0.value.stringValue ?? JSONWriter.serialize($0.value)))" }.joined(separator: "&")
    }

    /// Percent-encodes what would break a URL, keeping `<placeholders>` readable.
    static func percentEncode(_ s: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "<"), UInt8(ascii: ">"):
                out.append(b)
            default:
                out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// POSIX shell single quotes.
    static func quote(_ s: String) -> String {
        "'" + s.replacingAll("'", with: "'\\''") + "'"
    }
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
