import CatalogDiagnostics
import Foundation
import JSONTree

/// OAS: what Teams and Copilot accept of an OpenAPI description, on the operations they
/// call. An operation bound to an API-based message extension command gets the message
/// extension rules (ME), one bound to a plugin function the Copilot plugin rules (CP);
/// every operation they use, and every operation of a description given on its own, gets
/// the rules for all. OAS-01…06, 08…10 are the reader's (`OpenAPIReader`, `FunctionBinder`).
enum OpenAPIChecks {
    /// An operation as the rules see it: its description, and who calls it.
    struct Use {
        let op: APIOperation
        let spec: OpenAPISpec
        /// Bound to an API-based message extension command.
        let me: Bool
        /// Bound to a plugin function of an OpenApi runtime.
        let cp: Bool

        var table: SchemaTable { spec.schemas }
        var name: String { "\(op.method) \(op.path)" }
    }

    static func run(_ c: CheckContext) {
        let uses = uses(c)
        var schemaWalks: [String: SchemaWalk] = [:]
        for u in uses {
            for d in problems(u, c) { c.report(d) }
            schemaWalks[u.spec.file, default: SchemaWalk(table: u.table, file: u.spec.file)].visit(roots(of: u.op), request: requestRoots(of: u.op))
            descriptions(u, c)
            if u.me { generatedLengths(u, c) }
        }
        for walk in schemaWalks.values.sorted(by: { $0.file < $1.file }) { walk.findings.forEach(c.report) }
        for spec in c.specs {
            infoDescription(spec, c)
            supportedAPIs(spec, uses: uses, c)
        }
        functionDescriptions(c)
    }

    /// The operations the rules look at: those bound to a command or a function, and every
    /// operation of a description nothing binds (a stand-alone description).
    static func uses(_ c: CheckContext) -> [Use] {
        var out: [Use] = []
        var used = Set<Int>()
        for e in c.entries where e.kind == .apiOperation {
            guard let op = e.api, let si = e.specIndex, si >= 0, si < c.specs.count else { continue }
            let me = e.command != nil
            let cp = e.function != nil && e.runtime?.kind == .openAPI
            guard me || cp else { continue }
            used.insert(si)
            out.append(Use(op: op, spec: c.specs[si], me: me, cp: cp))
        }
        for (si, spec) in c.specs.enumerated() where !used.contains(si) {
            out += spec.operations.map { Use(op: $0, spec: spec, me: false, cp: false) }
        }
        return out
    }

    /// The findings that make an operation unusable for its caller (OAS-07, 11, 13–17, 19, 21).
    static func problems(_ u: Use, _ c: CheckContext) -> [Diagnostic] {
        var out = server(u) + security(u, c)
        if u.me {
            out += method(u) + meParameters(u) + response(u) + cycles(u)
        }
        if u.cp { out += nestedObjects(u) }
        return out
    }

    // MARK: OAS-07 server

    /// OAS-07: the server an operation is called on uses HTTPS (an error for message
    /// extensions; for plugins the Toolkit accepts http, the store does not).
    static func server(_ u: Use) -> [Diagnostic] {
        guard u.me || u.cp, let s = u.op.servers.first else { return [] }
        let url = s.resolvedURL
        let lower = url.lowercased()
        guard !url.includes("${{"), lower.includes("://"), !lower.hasPrefix("https://") else { return [] }
        let scheme = String(lower.prefix { $0 != ":" })
        let file = s.file ?? u.op.file, at = s.location ?? u.op.location
        if u.me {
            return [.error(.oas07, "server URL \"\(url)\" uses \(scheme); message extensions call APIs over https only", file: file, at: at)]
        }
        return [.warning(.oas07, "server URL \"\(url)\" uses \(scheme); store validation requires https (the Toolkit accepts http for plugins)", file: file, at: at)]
    }

    // MARK: OAS-21 authentication

    /// OAS-21: one authentication scheme per operation, of a kind Copilot and Teams support:
    /// an API key (not in a cookie), an HTTP bearer token, OAuth 2.0 authorization code.
    static func security(_ u: Use, _ c: CheckContext) -> [Diagnostic] {
        guard let alternatives = u.op.security, !alternatives.isEmpty,
            !alternatives.contains(where: { $0.schemes.isEmpty })
        else { return [] }
        let known = Dictionary(u.spec.securitySchemes.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let (file, at) = securityPlace(u, c)
        if alternatives.allSatisfy({ $0.schemes.count > 1 }) {
            let names = alternatives[0].schemes.map(\.name).joined(separator: " + ")
            return [
                .error(
                    .oas21, "the operation requires several authentication schemes together (\(names)); one scheme per operation is supported",
                    file: file, at: at)
            ]
        }
        let single = alternatives.filter { $0.schemes.count == 1 }.compactMap { known[$0.schemes[0].name] }
        guard !single.isEmpty, !single.contains(where: isSupported) else { return [] }
        let list = single.map { "\"\($0.name)\" (\($0.summary))" }.joined(separator: ", ")
        return [
            .error(
                .oas21, "security scheme \(list) is not supported; use an API key in a header or query, an HTTP bearer token or OAuth 2.0 authorization code",
                file: file, at: at)
        ]
    }

    static func isSupported(_ s: SecurityScheme) -> Bool {
        switch s.kind {
        case .apiKey: return s.parameterLocation?.lowercased() != "cookie"
        case .http: return s.scheme?.lowercased() == "bearer"
        case .oauth2: return s.flows.contains { $0.type == "authorizationCode" }
        case .openIdConnect, .mutualTLS, .unknown: return false
        }
    }

    /// The `security` the operation inherits: its own, else the description's.
    static func securityPlace(_ u: Use, _ c: CheckContext) -> (String, SourceLocation) {
        if let m = u.op.node?.object?.member("security") { return (u.op.file, m.keyLocation) }
        if let m = c.root(of: u.spec)?.object?.member("security") { return (u.spec.file, m.keyLocation) }
        return (u.op.file, u.op.location)
    }

    // MARK: OAS-11 method (ME)

    static func method(_ u: Use) -> [Diagnostic] {
        guard u.op.method != "GET" && u.op.method != "POST" else { return [] }
        return [.error(.oas11, "\(u.name): message extensions call GET and POST operations only", file: u.op.file, at: u.op.location)]
    }

    // MARK: OAS-13/14/15 parameters (ME)

    /// How many parameters a message extension can fill in, as the Toolkit counts them.
    struct Count {
        var required = 0
        var optional = 0
    }

    /// Stops at the first visible character (trimming a long description copied all of it).
    static func isBlank(_ s: String?) -> Bool { (s ?? "").isBlank }

    static func isPrimitive(_ s: Schema) -> Bool {
        s.types.contains { ["string", "number", "integer", "boolean"].contains($0) }
    }

    /// The Toolkit's object test: `type: object`, or properties without a type.
    static func isObject(_ s: Schema) -> Bool {
        s.types.contains("object") || (s.types.isEmpty && !s.properties.isEmpty)
    }

    /// OAS-13, OAS-14, OAS-15 over a message extension operation's parameters and body.
    static func meParameters(_ u: Use) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var count = Count()
        for p in u.op.parameters {
            let schema = p.schema.map { u.table[$0] }
            let requiredWithoutDefault = p.required && schema?.defaultValue == nil
            let file = p.file ?? u.op.file, at = p.sourceLocation ?? u.op.location
            if p.location == .header || p.location == .cookie {
                if requiredWithoutDefault {
                    out.append(
                        .error(
                            .oas14, "parameter \"\(p.name)\" is a required \(p.location.rawValue) parameter without a default; users cannot enter it",
                            file: file, at: at))
                }
                continue
            }
            guard let schema, isPrimitive(schema) else {
                if requiredWithoutDefault {
                    out.append(
                        .error(
                            .oas14, "required parameter \"\(p.name)\" is \(schema?.typeSummary(in: u.table) ?? "untyped"); required parameters must be a string, number, integer or boolean",
                            file: file, at: at))
                }
                continue
            }
            if requiredWithoutDefault { count.required += 1 } else { count.optional += 1 }
        }
        out += requestBody(u, count: &count)
        out += parameterCount(u, count)
        return out
    }

    /// OAS-15: one `application/json` body, whose required fields are primitive.
    static func requestBody(_ u: Use, count: inout Count) -> [Diagnostic] {
        guard let body = u.op.requestBody else { return [] }
        let bodyKey = u.op.node?.object?.member("requestBody")
        let at = bodyKey?.keyLocation ?? u.op.location
        var out: [Diagnostic] = []
        if body.contents.count > 1 {
            out.append(
                .error(
                    .oas15, "the request body has \(body.contents.count) media types (\(body.contents.map(\.contentType).joined(separator: ", "))); message extensions send one, application/json",
                    file: u.op.file, at: at))
        }
        guard let json = body.contents.first(where: { $0.contentType.lowercased().hasPrefix("application/json") }) else {
            if let first = body.contents.first {
                let typeAt = bodyKey?.value["content"]?.object?.member(first.contentType)?.keyLocation ?? at
                out.append(.error(.oas15, "the request body is \(first.contentType); message extensions send application/json only", file: u.op.file, at: typeAt))
            }
            return out
        }
        if let schema = json.schema {
            var visited = Set<Int>()
            bodyFields(schema, required: body.required, u: u, count: &count, visited: &visited, out: &out)
        }
        return out
    }

    /// Counts the body's primitive fields as parameters; a required field that is neither
    /// primitive nor an object cannot be filled in (OAS-15).
    static func bodyFields(_ id: SchemaID, required: Bool, u: Use, count: inout Count, visited: inout Set<Int>, out: inout [Diagnostic], name: String = "") {
        let s = u.table[id]
        let requiredWithoutDefault = required && s.defaultValue == nil
        if isPrimitive(s) {
            if requiredWithoutDefault { count.required += 1 } else { count.optional += 1 }
        } else if isObject(s) || !s.allOf.isEmpty {
            guard visited.insert(id.index).inserted else { return }
            let (props, req) = u.table.mergedProperties(id)
            for (key, child) in props {
                bodyFields(child, required: req.contains(key), u: u, count: &count, visited: &visited, out: &out, name: name.isEmpty ? key : name + "." + key)
            }
        } else if requiredWithoutDefault {
            let what = name.isEmpty ? "the request body" : "required body field \"\(name)\""
            out.append(
                .error(
                    .oas15, "\(what) is \(s.typeSummary(in: u.table)); required body fields must be a string, number, integer or boolean",
                    file: s.file ?? u.op.file, at: s.location ?? u.op.location))
        }
    }

    /// OAS-13: at least one parameter; one required parameter without a default (up to five
    /// with the multi-parameter support of current clients, a warning; more is an error).
    static func parameterCount(_ u: Use, _ count: Count) -> [Diagnostic] {
        if count.required > 5 {
            return [
                .error(
                    .oas13, "\(u.name) has \(count.required) required parameters without a default; message extensions fill in at most 5",
                    file: u.op.file, at: u.op.location)
            ]
        }
        if count.required > 1 {
            return [
                .warning(
                    .oas13, "\(u.name) has \(count.required) required parameters without a default; the Teams docs allow one (multi-parameter clients up to 5)",
                    file: u.op.file, at: u.op.location)
            ]
        }
        if count.required + count.optional == 0 {
            return [
                .error(
                    .oas13, "\(u.name) has no parameter a message extension can fill in (query, path or JSON body field)",
                    file: u.op.file, at: u.op.location)
            ]
        }
        return []
    }

    // MARK: OAS-16 response (ME)

    /// The response codes the Toolkit reads a result from, in its order.
    static let resultCodes = ["200", "201", "202", "203", "204", "205", "206", "207", "208", "226", "default"]

    /// OAS-16: the result is one `application/json` media type with a schema.
    static func response(_ u: Use) -> [Diagnostic] {
        let responses = resultCodes.compactMap { code in u.op.responses.first { $0.status == code } }
        var multiple: Response? = nil
        for r in responses {
            guard let json = r.contents.first(where: { $0.contentType.lowercased().contains("application/json") }) else { continue }
            if r.contents.count > 1 {
                multiple = multiple ?? r
                continue
            }
            if json.schema != nil { return [] }
            return [
                .error(
                    .oas16, "the \(r.status) response has application/json without a schema; message extensions need it to build result cards",
                    file: u.op.file, at: responseLocation(u, r.status))
            ]
        }
        if let r = multiple {
            return [
                .error(
                    .oas16, "the \(r.status) response has \(r.contents.count) media types; message extensions read a response with exactly one, application/json",
                    file: u.op.file, at: responseLocation(u, r.status))
            ]
        }
        return [
            .error(
                .oas16, "\(u.name) has no success response with application/json content; message extensions need one",
                file: u.op.file, at: u.op.node?.object?.member("responses")?.keyLocation ?? u.op.location)
        ]
    }

    static func responseLocation(_ u: Use, _ status: String) -> SourceLocation {
        u.op.node?["responses"]?.object?.member(status)?.keyLocation ?? u.op.location
    }

    // MARK: OAS-17 circular references (ME)

    static func cycles(_ u: Use) -> [Diagnostic] {
        CycleFinder(table: u.table).backEdges(from: roots(of: u.op)).map { id in
            let s = u.table[id]
            return .error(
                .oas17, "schema \(s.name.map { "\"\($0)\"" } ?? "") refers back to itself; message extensions do not support circular references",
                file: s.file ?? u.op.file, at: s.location ?? u.op.location)
        }
    }

    /// The schemas an operation uses: its parameters', its request body's and its result's.
    static func roots(of op: APIOperation) -> [SchemaID] {
        var out = requestRoots(of: op)
        if let r = op.successResponse?.primary?.schema { out.append(r) }
        return out
    }

    /// The schemas of what the caller sends: parameters and request body.
    static func requestRoots(of op: APIOperation) -> [SchemaID] {
        var out = op.parameters.compactMap(\.schema)
        if let b = op.requestBody?.primary?.schema { out.append(b) }
        return out
    }

    // MARK: OAS-19 nested objects (CP)

    /// OAS-19: Copilot cannot fill in an object inside a parameter or the request body.
    static func nestedObjects(_ u: Use) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for p in u.op.parameters {
            guard let id = p.schema, let inner = firstNestedObject(id, u.table) else { continue }
            out.append(
                .error(
                    .oas19, "parameter \"\(p.name)\" holds a nested object (\"\(inner)\"); Copilot does not support nested objects in parameters",
                    file: p.file ?? u.op.file, at: p.sourceLocation ?? u.op.location))
        }
        if let id = u.op.requestBody?.primary?.schema, isObject(u.table[id]) {
            for (key, child) in u.table[id].properties where isObject(u.table[child]) {
                let s = u.table[child]
                out.append(
                    .error(
                        .oas19, "request body property \"\(key)\" is a nested object; Copilot does not support nested objects in request bodies",
                        file: s.file ?? u.op.file, at: s.location ?? u.op.location))
            }
        }
        return out
    }

    static func firstNestedObject(_ id: SchemaID, _ table: SchemaTable) -> String? {
        guard isObject(table[id]) else { return nil }
        return table[id].properties.first { isObject(table[$0.schema]) }?.name
    }

    // MARK: OAS-12 at least one supported operation

    /// OAS-12: a description a message extension or a plugin uses has at least one
    /// operation it can call.
    static func supportedAPIs(_ spec: OpenAPISpec, uses: [Use], _ c: CheckContext) {
        let mine = uses.filter { $0.spec.file == spec.file && $0.spec.path == spec.path }
        let me = mine.contains(where: \.me), cp = mine.contains(where: \.cp)
        guard me || cp else { return }
        let callable = spec.operations.filter { !me || $0.method == "GET" || $0.method == "POST" }
        let supported = callable.contains { op in
            op.operationId != nil && !problems(Use(op: op, spec: spec, me: me, cp: cp), c).contains { $0.severity == .error }
        }
        guard !supported else { return }
        let root = c.root(of: spec)
        let at = root?.object?.member("paths")?.keyLocation ?? root?.location
        let what =
            me
            ? "a message extension (GET or POST, an operationId, at most 5 required parameters, supported authentication)"
            : "Copilot (an operationId, flat parameters, supported authentication)"
        c.report(.error(.oas12, "no operation of this description can be called by \(what)", file: spec.file, at: at))
    }
}

// MARK: - Documentation rules (OAS-20, 22, 23, 24) and schema walks (OAS-18, 20)

extension OpenAPIChecks {
    /// OAS-22: the description, each operation (a description or at least a summary, which
    /// the Toolkit falls back on) and each parameter say what they are; each operation
    /// documents its success response.
    static func descriptions(_ u: Use, _ c: CheckContext) {
        let op = u.op
        if isBlank(op.description) && isBlank(op.summary) {
            c.report(.warning(.oas22, "\(u.name) has neither a description nor a summary; Copilot reads them to choose the operation", file: op.file, at: op.location))
        }
        for p in op.parameters where isBlank(p.description) && isBlank(p.schema.flatMap { u.table[$0].description }) {
            c.report(
                .warning(
                    .oas22, "parameter \"\(p.name)\" has no description; Copilot reads it to fill the parameter in",
                    file: p.file ?? op.file, at: p.sourceLocation ?? op.location))
        }
        if !op.responses.contains(where: { $0.isSuccess || $0.status == "default" }) {
            c.report(
                .warning(
                    .oas22, "\(u.name) documents no success response", file: op.file,
                    at: op.node?.object?.member("responses")?.keyLocation ?? op.location))
        }
    }

    static func infoDescription(_ spec: OpenAPISpec, _ c: CheckContext) {
        guard isBlank(spec.description), let root = c.root(of: spec) else { return }
        c.report(
            .warning(
                .oas22, "info has no description; Copilot reads it to know what the API does", file: spec.file,
                at: root.object?.member("info")?.keyLocation ?? root.location))
    }

    /// OAS-24: texts the Toolkit cuts when it generates a message extension from the
    /// description (command title 32, description 128, parameter description 128, app
    /// short description 80, full description 4000).
    static func generatedLengths(_ u: Use, _ c: CheckContext) {
        let op = u.op, node = op.node
        func check(_ text: String?, _ limit: Int, _ what: String, file: String, at: SourceLocation?) {
            guard let text, text.count > limit else { return }
            c.report(
                .warning(
                    .oas24, "\(what) is \(text.count) characters; the Toolkit cuts it to \(limit) when it generates the command",
                    file: file, at: at ?? op.location))
        }
        check(op.summary, 32, "the summary of \(u.name) (the command title)", file: op.file, at: node?["summary"]?.location)
        check(op.description, 128, "the description of \(u.name) (the command description)", file: op.file, at: node?["description"]?.location)
        for p in op.parameters {
            check(p.description, 128, "the description of parameter \"\(p.name)\"", file: p.file ?? op.file, at: p.sourceLocation)
        }
        let info = c.root(of: u.spec)?["info"]
        check(u.spec.title, 80, "info.title (the app's short description)", file: u.spec.file, at: info?["title"]?.location)
        check(u.spec.description, 4000, "info.description (the app's full description)", file: u.spec.file, at: info?["description"]?.location)
    }

    /// OAS-23: the operation text the Toolkit makes a plugin function's description of (its
    /// description, else its summary) is at most 100 characters; the Toolkit cuts longer ones.
    static func functionDescriptions(_ c: CheckContext) {
        var seen = Set<String>()
        for e in c.entries where e.kind == .apiOperation && e.runtime?.kind == .openAPI && e.function != nil {
            guard let op = e.api, seen.insert("\(op.file)|\(op.location)").inserted else { continue }
            let key = isBlank(op.description) ? "summary" : "description"
            guard let text = isBlank(op.description) ? op.summary : op.description, text.count > 100 else { continue }
            c.report(
                .warning(
                    .oas23, "the \(key) of \(op.method) \(op.path) is \(text.count) characters; the Toolkit cuts a function description to 100",
                    file: op.file, at: op.node?[key]?.location ?? op.location))
        }
    }
}

/// OAS-18 and OAS-20 over the schemas the operations use, each schema once per description.
/// `oneOf`/`anyOf`/`allOf`/`not` is an error in what the caller sends (Copilot and the
/// Toolkit cannot fill it in) and a warning in a response only (the JSON is read as it
/// comes; the Toolkit cannot build a card from the schema). `additionalProperties` is
/// looked for in what the caller sends only: a response may hold any member.
struct SchemaWalk {
    let table: SchemaTable
    let file: String
    private var visited = Set<Int>()
    private var visitedRequest = Set<Int>()
    /// Schemas with a composition keyword, and whether a request uses them.
    private var compositions: [Int: Bool] = [:]
    private var additional: [Int] = []

    init(table: SchemaTable, file: String) {
        self.table = table
        self.file = file
    }

    mutating func visit(_ roots: [SchemaID], request: [SchemaID]) {
        for id in Self.reach(request, table, &visitedRequest) {
            if Self.hasComposition(table[id]) { compositions[id.index] = true }
            if case .allowed = table[id].additionalProperties { additional.append(id.index) }
            if case .schema = table[id].additionalProperties { additional.append(id.index) }
        }
        for id in Self.reach(roots, table, &visited) where Self.hasComposition(table[id]) && compositions[id.index] == nil {
            compositions[id.index] = false
        }
    }

    var findings: [Diagnostic] {
        var out: [Diagnostic] = []
        for (i, inRequest) in compositions.sorted(by: { $0.key < $1.key }) {
            let s = table[SchemaID(index: i)]
            for (key, present) in [("oneOf", !s.oneOf.isEmpty), ("anyOf", !s.anyOf.isEmpty), ("allOf", !s.allOf.isEmpty), ("not", s.not != nil)] where present {
                let at = s.keywordLocations[key] ?? s.location
                out.append(
                    inRequest
                        ? .error(.oas18, "'\(key)' is not supported in what Copilot and Teams send; flatten the schema", file: s.file ?? file, at: at)
                        : .warning(
                            .oas18, "'\(key)' in a response is not supported by Copilot and Teams (no card can be generated from it); flatten the schema",
                            file: s.file ?? file, at: at))
            }
        }
        for i in additional {
            let s = table[SchemaID(index: i)]
            out.append(
                .warning(
                    .oas20, "'additionalProperties' is not supported and is ignored; Copilot fills in only the declared properties",
                    file: s.file ?? file, at: s.keywordLocations["additionalProperties"] ?? s.location))
        }
        return out
    }

    static func hasComposition(_ s: Schema) -> Bool {
        !s.oneOf.isEmpty || !s.anyOf.isEmpty || !s.allOf.isEmpty || s.not != nil
    }

    /// The schemas reached from `roots` that `seen` does not hold yet (read in place by the
    /// caller: a list of the schemas themselves copied each one).
    static func reach(_ roots: [SchemaID], _ table: SchemaTable, _ seen: inout Set<Int>) -> [SchemaID] {
        var out: [SchemaID] = []
        var stack = roots
        while let id = stack.popLast() {
            guard seen.insert(id.index).inserted else { continue }
            out.append(id)
            stack += children(of: table[id])
        }
        return out
    }

    static func children(of s: Schema) -> [SchemaID] {
        var out = s.properties.map(\.schema) + s.allOf + s.oneOf + s.anyOf
        if let i = s.items { out.append(i) }
        if let n = s.not { out.append(n) }
        if case .schema(let a) = s.additionalProperties { out.append(a) }
        return out
    }
}

/// Schemas reached again while still being walked from an operation (circular references).
struct CycleFinder {
    let table: SchemaTable
    /// Enough for any description a message extension uses; a larger walk stops quietly.
    static let maxSteps = 50_000

    /// The schemas where a walk from `roots` comes back to a schema it is inside.
    func backEdges(from roots: [SchemaID]) -> [SchemaID] {
        var found: [SchemaID] = []
        var done = Set<Int>()
        var steps = 0
        for root in roots where !done.contains(root.index) {
            // Each frame: a schema and its children still to visit.
            var frames: [(SchemaID, [SchemaID])] = [(root, SchemaWalk.children(of: table[root]))]
            var onPath: Set<Int> = [root.index]
            while !frames.isEmpty, steps < Self.maxSteps {
                steps += 1
                guard let child = frames[frames.count - 1].1.popLast() else {
                    let (id, _) = frames.removeLast()
                    onPath.remove(id.index)
                    done.insert(id.index)
                    continue
                }
                if onPath.contains(child.index) {
                    if !found.contains(child) { found.append(child) }
                } else if !done.contains(child.index) {
                    onPath.insert(child.index)
                    frames.append((child, SchemaWalk.children(of: table[child])))
                }
            }
        }
        return found
    }
}
