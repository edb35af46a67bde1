import CatalogDiagnostics
import JSONTree

/// Reads an OpenAPI description (Swagger 2.0, OpenAPI 3.0.x, 3.1.x) into `OpenAPISpec`.
/// Swagger 2.0 is converted as the Teams Toolkit does (host/basePath/schemes → servers,
/// body and formData parameters → request bodies, `produces` → response media types).
struct OpenAPIReader {
    let store: DocumentStore
    var resolver: ReferenceResolver
    var schemas: SchemaBuilder

    static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    init(store: DocumentStore) {
        self.store = store
        self.resolver = ReferenceResolver(store: store)
        self.schemas = SchemaBuilder(store: store)
    }

    /// Whether a parsed document looks like an OpenAPI description.
    static func isOpenAPI(_ root: SourceNode) -> Bool {
        root["openapi"] != nil || root["swagger"] != nil
    }

    /// Reads the description at `path`; nil (with diagnostics) when it is not one.
    static func read(_ path: PackagePath, store: DocumentStore) -> OpenAPISpec? {
        guard let doc = store.document(path, as: .openAPI) else { return nil }
        var reader = OpenAPIReader(store: store)
        return reader.read(doc)
    }

    mutating func read(_ doc: PackageDocument) -> OpenAPISpec? {
        let root = doc.root
        let file = doc.display
        guard let (version, swagger2) = checkVersion(doc) else { return nil }
        guard root.object != nil else {
            store.report(.error(.oas01, "an OpenAPI description must be an object", file: file, at: root.location))
            return nil
        }
        let info = root["info"]
        var infoExtensions: [String: JSONValue] = [:]
        for m in info?.object?.members ?? [] where m.key.hasPrefix("x-") { infoExtensions[m.key] = m.value.jsonValue }

        let documentServers = swagger2 ? swaggerServers(root, file: doc.path) : servers(root["servers"], file: doc.path)
        let securitySchemes = readSecuritySchemes(root, swagger2: swagger2, file: doc.path)
        let operations = readPaths(doc, swagger2: swagger2, documentServers: documentServers, documentSecurity: security(root["security"]))
        checkServers(documentServers, operations: operations, file: file, root: root)
        checkOperationIds(operations)
        return OpenAPISpec(
            file: file, path: doc.path, version: version,
            title: info?["title"]?.string, summary: info?["summary"]?.string, description: info?["description"]?.string,
            apiVersion: info?["version"]?.scalarText, servers: documentServers, operations: operations,
            securitySchemes: securitySchemes, schemas: schemas.table(), infoExtensions: infoExtensions)
    }

    /// The declared version (OAS-01/02/03), and whether it is Swagger 2.0; nil when the
    /// document cannot be read as an OpenAPI description.
    func checkVersion(_ doc: PackageDocument) -> (version: String, swagger2: Bool)? {
        let root = doc.root
        let file = doc.display
        if let v = root["openapi"]?.scalarText {
            if !(v.hasPrefix("3.0") || v.hasPrefix("3.1")) {
                store.report(.error(.oas01, "unsupported OpenAPI version \(v); this reader knows 2.0, 3.0.x and 3.1.x", file: file, at: root["openapi"]?.location))
                if !v.hasPrefix("3") { return nil }
            }
            if v.hasPrefix("3.1") {
                store.report(.warning(.oas02, "OpenAPI \(v): Copilot and the Teams Toolkit support 3.0.x; this page reads it anyway", file: file, at: root["openapi"]?.location))
            }
            return (v, false)
        }
        if let v = root["swagger"]?.scalarText {
            if v != "2.0" {
                store.report(.error(.oas01, "unsupported Swagger version \(v)", file: file, at: root["swagger"]?.location))
                return nil
            }
            store.report(.note(.oas03, "Swagger 2.0 is converted to OpenAPI 3.0 (as the Teams Toolkit does)", file: file, at: root["swagger"]?.location))
            return (v, true)
        }
        store.report(.error(.oas01, "this is not an OpenAPI description (no \"openapi\" or \"swagger\" member)", file: file, at: root.location))
        return nil
    }

    /// Every operation of `paths`, with the servers, parameters and security it inherits.
    mutating func readPaths(_ doc: PackageDocument, swagger2: Bool, documentServers: [Server], documentSecurity: [SecurityRequirement]?) -> [APIOperation] {
        let root = doc.root
        guard let paths = root["paths"]?.object else {
            if root["paths"] == nil && root["webhooks"] == nil {
                store.report(.warning(.oas01, "the description has no \"paths\"", file: doc.display, at: root.location))
            }
            return []
        }
        var operations: [APIOperation] = []
        for member in paths.members {
            guard let (item, itemFile) = resolver.dereference(member.value, in: doc.path), item.object != nil else { continue }
            let pathServers = item["servers"].map { servers($0, file: itemFile) } ?? []
            let pathParameters = parameters(item["parameters"], file: itemFile, swagger2: swagger2)
            for m in item.object?.members ?? [] where Self.methods.contains(m.key.lowercased()) {
                guard m.value.object != nil else {
                    store.report(.error(.oas01, "the \(m.key.uppercased()) operation of \(member.key) must be an object", file: store.display(itemFile), at: m.value.location))
                    continue
                }
                operations.append(
                    operation(
                        m.value, method: m.key, path: member.key, file: itemFile, root: root, swagger2: swagger2,
                        inheritedParameters: pathParameters,
                        servers: m.value["servers"].map { servers($0, file: itemFile) } ?? (pathServers.isEmpty ? documentServers : pathServers),
                        documentSecurity: documentSecurity))
            }
        }
        return operations
    }

    // MARK: Servers

    func servers(_ node: SourceNode?, file: PackagePath) -> [Server] {
        guard let list = node?.array else { return [] }
        return list.compactMap { s -> Server? in
            guard let url = s["url"]?.scalarText else { return nil }
            var vars: [Server.Variable] = []
            for m in s["variables"]?.object?.members ?? [] {
                vars.append(
                    Server.Variable(
                        name: m.key, defaultValue: m.value["default"]?.scalarText ?? "",
                        enumValues: m.value["enum"]?.array?.compactMap(\.scalarText) ?? [],
                        description: m.value["description"]?.string))
            }
            return Server(
                url: url, description: s["description"]?.string, variables: vars,
                file: store.display(file), location: s["url"]?.location)
        }
    }

    func swaggerServers(_ root: SourceNode, file: PackagePath) -> [Server] {
        guard let host = root["host"]?.scalarText else { return [] }
        let basePath = root["basePath"]?.scalarText ?? ""
        let schemes = root["schemes"]?.array?.compactMap(\.string) ?? ["https"]
        return schemes.map {
            Server(
                url: "\($0)://\(host)\(basePath)", description: nil, variables: [],
                file: store.display(file), location: root["host"]?.location)
        }
    }

    func checkServers(_ documentServers: [Server], operations: [APIOperation], file: String, root: SourceNode) {
        let all = documentServers + operations.flatMap(\.servers)
        if all.isEmpty {
            store.report(.error(.oas05, "no server information is found in the OpenAPI description", file: file, at: root.location))
            return
        }
        var seen = Set<String>()
        for s in all where seen.insert(s.url).inserted {
            let url = s.resolvedURL
            if url.contains("${{") {
                if store.environment != nil {
                    let names = Placeholders.names(in: url)
                    store.report(
                        .error(
                            .oas08, "unable to resolve the server URL \(url): \(names.map { "${{\($0)}}" }.joined(separator: ", ")) is not defined",
                            file: file, at: root["servers"]?.location))
                }
                continue
            }
            let lower = url.lowercased()
            if !(lower.hasPrefix("http://") || lower.hasPrefix("https://")) {
                store.report(.error(.oas06, "server URL \"\(url)\" is not absolute; relative server URLs are not supported", file: file, at: root["servers"]?.location))
            }
        }
    }

    func checkOperationIds(_ operations: [APIOperation]) {
        var seen: [String: APIOperation] = [:]
        for op in operations {
            guard let id = op.operationId else {
                store.report(
                    .warning(
                        .oas09, "\(op.method) \(op.path) has no operationId; a plugin function or command cannot refer to it",
                        file: op.file, at: op.location))
                continue
            }
            if let first = seen[id] {
                store.report(
                    .error(
                        .oasDuplicateId, "operationId \"\(id)\" is used by \(first.method) \(first.path) and \(op.method) \(op.path)",
                        file: op.file, at: op.location))
            } else {
                seen[id] = op
            }
        }
    }

    // MARK: Security

    func security(_ node: SourceNode?) -> [SecurityRequirement]? {
        guard let list = node?.array else { return nil }
        return list.map { req in
            SecurityRequirement(schemes: (req.object?.members ?? []).map { ($0.key, $0.value.array?.compactMap(\.string) ?? []) })
        }
    }

    mutating func readSecuritySchemes(_ root: SourceNode, swagger2: Bool, file: PackagePath) -> [SecurityScheme] {
        let container = swagger2 ? root["securityDefinitions"] : root["components"]?["securitySchemes"]
        var out: [SecurityScheme] = []
        for m in container?.object?.members ?? [] {
            guard let (n, _) = resolver.dereference(m.value, in: file) else { continue }
            var s = SecurityScheme(
                name: m.key, kind: .unknown, description: n["description"]?.string, scheme: nil, bearerFormat: nil,
                parameterLocation: n["in"]?.string, parameterName: n["name"]?.string, flows: [],
                openIdConnectURL: n["openIdConnectUrl"]?.string, authReferenceID: n["x-ai-auth-reference-id"]?.scalarText)
            let type = n["type"]?.string ?? ""
            switch type {
            case "apiKey": s.kind = .apiKey
            case "http": s.kind = .http; s.scheme = n["scheme"]?.string; s.bearerFormat = n["bearerFormat"]?.string
            case "basic": s.kind = .http; s.scheme = "basic"
            case "oauth2":
                s.kind = .oauth2
                if swagger2 {
                    let flow = n["flow"]?.string ?? ""
                    let renamed = ["accessCode": "authorizationCode", "application": "clientCredentials"][flow] ?? flow
                    s.flows = [
                        SecurityScheme.Flow(
                            type: renamed, authorizationURL: n["authorizationUrl"]?.string, tokenURL: n["tokenUrl"]?.string,
                            refreshURL: nil, scopes: scopes(n["scopes"]))
                    ]
                } else {
                    for f in n["flows"]?.object?.members ?? [] {
                        s.flows.append(
                            SecurityScheme.Flow(
                                type: f.key, authorizationURL: f.value["authorizationUrl"]?.string,
                                tokenURL: f.value["tokenUrl"]?.string, refreshURL: f.value["refreshUrl"]?.string,
                                scopes: scopes(f.value["scopes"])))
                    }
                }
            case "openIdConnect": s.kind = .openIdConnect
            case "mutualTLS": s.kind = .mutualTLS
            default:
                store.report(.warning(.oas01, "security scheme \"\(m.key)\" has an unknown type \"\(type)\"", file: store.display(file), at: n.location))
            }
            out.append(s)
        }
        return out
    }

    func scopes(_ node: SourceNode?) -> [String: String] {
        var out: [String: String] = [:]
        for m in node?.object?.members ?? [] { out[m.key] = m.value.string ?? "" }
        return out
    }

    // MARK: Operations

    mutating func operation(
        _ node: SourceNode, method: String, path: String, file: PackagePath, root: SourceNode, swagger2: Bool,
        inheritedParameters: [Parameter], servers: [Server], documentSecurity: [SecurityRequirement]?
    ) -> APIOperation {
        var params = inheritedParameters
        var body: RequestBody? = nil
        if swagger2 {
            let (own, swaggerBody) = swaggerParameters(node, file: file, root: root)
            Self.merge(own, into: &params)
            body = swaggerBody
        } else {
            let own = parameters(node["parameters"], file: file, swagger2: false)
            Self.merge(own, into: &params)
            if let b = node["requestBody"], let (bn, bf) = resolver.dereference(b, in: file) {
                body = RequestBody(
                    description: bn["description"]?.string, required: bn["required"]?.bool ?? false,
                    contents: mediaTypes(bn["content"], file: bf))
            }
        }
        var extensions: [String: SourceNode] = [:]
        for m in node.object?.members ?? [] where m.key.hasPrefix("x-") { extensions[m.key] = m.value }
        return APIOperation(
            operationId: node["operationId"]?.scalarText,
            method: method.uppercased(),
            path: path,
            summary: node["summary"]?.string,
            description: node["description"]?.string,
            tags: node["tags"]?.array?.compactMap(\.string) ?? [],
            deprecated: node["deprecated"]?.bool == true,
            servers: servers,
            parameters: params,
            requestBody: body,
            responses: responses(node["responses"], file: file, swagger2: swagger2, produces: produces(node, root: root)),
            security: security(node["security"]) ?? documentSecurity,
            extensions: extensions,
            location: node.location,
            file: store.display(file),
            node: node)
    }

    /// Operation parameters replace path-level ones with the same name and location.
    /// Static: an instance method called with `parameters(…)` as its argument would copy
    /// `self` first, and the copy would make every later schema append copy the whole table.
    static func merge(_ own: [Parameter], into params: inout [Parameter]) {
        for p in own {
            if let i = params.firstIndex(where: { $0.name == p.name && $0.location == p.location }) {
                params[i] = p
            } else {
                params.append(p)
            }
        }
    }

    mutating func parameters(_ node: SourceNode?, file: PackagePath, swagger2: Bool) -> [Parameter] {
        var out: [Parameter] = []
        for raw in node?.array ?? [] {
            guard let (p, pf) = resolver.dereference(raw, in: file) else { continue }
            guard let name = p["name"]?.scalarText, let inText = p["in"]?.string else {
                store.report(.error(.oas01, "a parameter needs \"name\" and \"in\"", file: store.display(pf), at: p.location))
                continue
            }
            guard let location = Parameter.Location(rawValue: inText) else {
                if !swagger2 {
                    store.report(.error(.oas01, "parameter \"\(name)\" has an unknown location \"\(inText)\"", file: store.display(pf), at: p["in"]?.location))
                }
                continue
            }
            var schema: SchemaID? = nil
            if let s = p["schema"] {
                schema = schemas.build(s, file: pf, resolver: &resolver)
            } else if let content = p["content"]?.object?.members.first?.value["schema"] {
                schema = schemas.build(content, file: pf, resolver: &resolver)
            } else if swagger2 {
                schema = schemas.build(p, file: pf, resolver: &resolver)
            }
            out.append(
                Parameter(
                    name: name, location: location, required: p["required"]?.bool ?? (location == .path),
                    description: p["description"]?.string, deprecated: p["deprecated"]?.bool == true,
                    schema: schema, example: p["example"]?.jsonValue ?? p["x-example"]?.jsonValue,
                    sourceLocation: p.location, file: store.display(pf)))
        }
        return out
    }

    /// Swagger 2.0: `in: body` becomes the request body, `in: formData` a form body.
    mutating func swaggerParameters(_ node: SourceNode, file: PackagePath, root: SourceNode) -> ([Parameter], RequestBody?) {
        var plain: [SourceNode] = []
        var body: RequestBody? = nil
        var formFields: [(String, SchemaID, Bool, String?)] = []
        var hasFile = false
        let consumes = node["consumes"]?.array?.compactMap(\.string) ?? root["consumes"]?.array?.compactMap(\.string) ?? []
        for raw in node["parameters"]?.array ?? [] {
            guard let (p, pf) = resolver.dereference(raw, in: file) else { continue }
            switch p["in"]?.string {
            case "body":
                let schema = p["schema"].map { schemas.build($0, file: pf, resolver: &resolver) }
                let types = consumes.isEmpty ? ["application/json"] : consumes
                body = RequestBody(
                    description: p["description"]?.string, required: p["required"]?.bool ?? false,
                    contents: types.map { MediaType(contentType: $0, schema: schema, example: nil, examples: []) })
            case "formData":
                if p["type"]?.string == "file" { hasFile = true }
                formFields.append(
                    (
                        p["name"]?.scalarText ?? "", schemas.build(p, file: pf, resolver: &resolver),
                        p["required"]?.bool ?? false, p["description"]?.string
                    ))
            default:
                plain.append(raw)
            }
        }
        if !formFields.isEmpty {
            var s = Schema()
            s.types = ["object"]
            s.properties = formFields.map { ($0.0, $0.1) }
            s.required = formFields.filter(\.2).map(\.0)
            let id = schemas.appendSynthesized(s)
            let type = hasFile ? "multipart/form-data" : (consumes.first { $0.contains("form") } ?? "application/x-www-form-urlencoded")
            body = RequestBody(
                description: nil, required: formFields.contains { $0.2 },
                contents: [MediaType(contentType: type, schema: id, example: nil, examples: [])])
        }
        let params = parameters(SourceNode(.array(plain), at: node.location), file: file, swagger2: true)
        return (params, body)
    }

    func produces(_ node: SourceNode, root: SourceNode) -> [String] {
        node["produces"]?.array?.compactMap(\.string) ?? root["produces"]?.array?.compactMap(\.string) ?? ["application/json"]
    }

    mutating func mediaTypes(_ node: SourceNode?, file: PackagePath) -> [MediaType] {
        var out: [MediaType] = []
        for m in node?.object?.members ?? [] {
            let schema = m.value["schema"].map { schemas.build($0, file: file, resolver: &resolver) }
            var examples: [(String, String?, JSONValue)] = []
            for e in m.value["examples"]?.object?.members ?? [] {
                guard let (en, _) = resolver.dereference(e.value, in: file) else { continue }
                if let v = en["value"] {
                    examples.append((e.key, en["summary"]?.string, v.jsonValue))
                }
            }
            out.append(MediaType(contentType: m.key, schema: schema, example: m.value["example"]?.jsonValue, examples: examples))
        }
        return out
    }

    mutating func responses(_ node: SourceNode?, file: PackagePath, swagger2: Bool, produces: [String]) -> [Response] {
        var out: [Response] = []
        for m in node?.object?.members ?? [] where !m.key.hasPrefix("x-") {
            guard let (r, rf) = resolver.dereference(m.value, in: file) else { continue }
            var contents: [MediaType]
            if swagger2 {
                let schema = r["schema"].map { schemas.build($0, file: rf, resolver: &resolver) }
                var exampleByType: [String: JSONValue] = [:]
                for e in r["examples"]?.object?.members ?? [] { exampleByType[e.key] = e.value.jsonValue }
                contents =
                    schema == nil && exampleByType.isEmpty
                    ? []
                    : produces.map {
                        MediaType(contentType: $0, schema: schema, example: exampleByType[$0], examples: [])
                    }
            } else {
                contents = mediaTypes(r["content"], file: rf)
            }
            var headers: [(String, String?, SchemaID?)] = []
            for h in r["headers"]?.object?.members ?? [] {
                guard let (hn, hf) = resolver.dereference(h.value, in: rf) else { continue }
                let schema = swagger2 ? schemas.build(hn, file: hf, resolver: &resolver) : hn["schema"].map { schemas.build($0, file: hf, resolver: &resolver) }
                headers.append((h.key, hn["description"]?.string, schema))
            }
            out.append(Response(status: m.key, description: r["description"]?.string, contents: contents, headers: headers))
        }
        return out
    }
}
