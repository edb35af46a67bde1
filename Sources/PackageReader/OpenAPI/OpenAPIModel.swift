import JSONTree

/// An OpenAPI description normalised from Swagger 2.0, OpenAPI 3.0 or 3.1.
public struct OpenAPISpec: Sendable {
    /// The file as the user would find it.
    public var file: String
    public var path: PackagePath
    /// `2.0`, `3.0.1`, `3.1.0`…
    public var version: String
    public var title: String?
    public var summary: String?
    public var description: String?
    public var apiVersion: String?
    public var servers: [Server]
    public var operations: [APIOperation]
    public var securitySchemes: [SecurityScheme]
    public var schemas: SchemaTable
    /// `info` extensions Kiota and Copilot read (`x-ai-description`, `x-logo`, `x-legal-info-url`, `x-privacy-policy-url`).
    public var infoExtensions: [String: JSONValue]

    public var isSwagger2: Bool { version.hasPrefix("2") }
}

public struct Server: Sendable, Hashable {
    public struct Variable: Sendable, Hashable {
        public var name: String
        public var defaultValue: String
        public var enumValues: [String]
        public var description: String?
    }

    public var url: String
    public var description: String?
    public var variables: [Variable]
    /// Where the URL is written (the file as diagnostics name it, and the value's position).
    public var file: String? = nil
    public var location: SourceLocation? = nil

    /// The URL with `{variables}` replaced by their defaults.
    public var resolvedURL: String {
        var u = url
        for v in variables { u = u.replacingAll("{\(v.name)}", with: v.defaultValue) }
        return u
    }
}

public struct Parameter: Sendable {
    public enum Location: String, Sendable, Hashable, CaseIterable {
        case path, query, header, cookie
    }

    public var name: String
    public var location: Location
    public var required: Bool
    public var description: String?
    public var deprecated: Bool
    public var schema: SchemaID?
    public var example: JSONValue?
    public var sourceLocation: SourceLocation?
    /// The file the parameter object is written in (another one when it is a `$ref`).
    public var file: String? = nil
}

public struct MediaType: Sendable {
    public var contentType: String
    public var schema: SchemaID?
    public var example: JSONValue?
    public var examples: [(name: String, summary: String?, value: JSONValue)]

    /// The first JSON media type of a list (the first of any type when none is JSON).
    public static func primary(of contents: [MediaType]) -> MediaType? {
        contents.withUnsafeBufferPointer { list in
            for i in list.indices where isJSON(list[i].contentType) { return list[i] }
            return list.first
        }
    }

    /// Whether a media type names JSON (`json` in any letter case, read on its bytes).
    public static func isJSON(_ contentType: String) -> Bool {
        var text = contentType
        return text.withUTF8 { b in
            guard b.count >= 4 else { return false }
            for i in 0...(b.count - 4)
            where b[i] | 0x20 == UInt8(ascii: "j") && b[i + 1] | 0x20 == UInt8(ascii: "s") && b[i + 2] | 0x20 == UInt8(ascii: "o")
                && b[i + 3] | 0x20 == UInt8(ascii: "n")
            {
                return true
            }
            return false
        }
    }
}

public struct RequestBody: Sendable {
    public var description: String?
    public var required: Bool
    public var contents: [MediaType]

    /// The JSON content (the one plugins and message extensions use), else the first.
    public var primary: MediaType? { MediaType.primary(of: contents) }
}

public struct Response: Sendable {
    /// `200`, `2XX`, `default`.
    public var status: String
    public var description: String?
    public var contents: [MediaType]
    public var headers: [(name: String, description: String?, schema: SchemaID?)]

    public var primary: MediaType? { MediaType.primary(of: contents) }

    public var isSuccess: Bool { status.hasPrefix("2") }
}

/// How an operation authenticates, from the OpenAPI security requirement.
public struct SecurityScheme: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case apiKey, http, oauth2, openIdConnect, mutualTLS, unknown
    }

    public struct Flow: Sendable, Hashable {
        public var type: String
        public var authorizationURL: String?
        public var tokenURL: String?
        public var refreshURL: String?
        public var scopes: [String: String]
    }

    public var name: String
    public var kind: Kind
    public var description: String?
    /// `bearer`, `basic` for `http`.
    public var scheme: String?
    public var bearerFormat: String?
    /// For `apiKey`: where and under which name.
    public var parameterLocation: String?
    public var parameterName: String?
    public var flows: [Flow]
    public var openIdConnectURL: String?
    /// `x-ai-auth-reference-id` (Kiota) and other extensions.
    public var authReferenceID: String?

    /// A one-line human description: "OAuth 2.0 (authorization code)", "API key in header `X-Key`".
    public var summary: String {
        switch kind {
        case .apiKey:
            return "API key in \(parameterLocation ?? "?") `\(parameterName ?? "?")`"
        case .http:
            let s = (scheme ?? "").lowercased()
            if s == "bearer" { return "HTTP bearer token" + (bearerFormat.map { " (\($0))" } ?? "") }
            if s == "basic" { return "HTTP basic" }
            return "HTTP \(scheme ?? "")"
        case .oauth2:
            let flowNames = flows.map { Self.flowName($0.type) }
            return "OAuth 2.0" + (flowNames.isEmpty ? "" : " (\(flowNames.joined(separator: ", ")))")
        case .openIdConnect: return "OpenID Connect"
        case .mutualTLS: return "Mutual TLS"
        case .unknown: return "unknown scheme"
        }
    }

    static func flowName(_ t: String) -> String {
        switch t {
        case "authorizationCode": return "authorization code"
        case "clientCredentials": return "client credentials"
        case "implicit": return "implicit"
        case "password": return "password"
        default: return t
        }
    }
}

/// One alternative of a security requirement: all of these schemes together.
public struct SecurityRequirement: Sendable, Hashable {
    public var schemes: [(name: String, scopes: [String])]

    public static func == (a: SecurityRequirement, b: SecurityRequirement) -> Bool {
        a.schemes.map(\.name) == b.schemes.map(\.name) && a.schemes.map(\.scopes) == b.schemes.map(\.scopes)
    }

    public func hash(into h: inout Hasher) {
        for s in schemes { h.combine(s.name); h.combine(s.scopes) }
    }
}

public struct APIOperation: Sendable {
    public var operationId: String?
    /// Upper case: `GET`, `POST`…
    public var method: String
    public var path: String
    public var summary: String?
    public var description: String?
    public var tags: [String]
    public var deprecated: Bool
    /// Effective servers (operation, else path, else document).
    public var servers: [Server]
    public var parameters: [Parameter]
    public var requestBody: RequestBody?
    public var responses: [Response]
    /// Effective security alternatives; empty means none (anonymous); nil means unspecified.
    public var security: [SecurityRequirement]?
    /// `x-*` members of the operation object.
    public var extensions: [String: SourceNode]
    public var location: SourceLocation
    public var file: String
    /// The operation object as written in `file` (for findings about its members).
    public var node: SourceNode? = nil

    /// The first success response with content, else the first success response.
    public var successResponse: Response? {
        responses.first { $0.isSuccess && !$0.contents.isEmpty } ?? responses.first { $0.isSuccess }
            ?? responses.first { $0.status == "default" }
    }
}
