import CatalogDiagnostics
import JSONTree

/// Turns JSON Schema nodes (OpenAPI 3.0 / 3.1 / Swagger 2.0 dialects) into `SchemaTable`
/// entries, following `$ref`s once per target so that cycles and sharing cost nothing.
struct SchemaBuilder {
    private(set) var schemas: [Schema] = []
    private var memo: [String: SchemaID] = [:]
    let store: DocumentStore

    static let maxSchemas = 500_000
    static let maxDepth = 64

    init(store: DocumentStore) {
        self.store = store
    }

    func table() -> SchemaTable { SchemaTable(schemas) }

    /// Adds a schema that no document node describes (e.g. a Swagger 2.0 form body).
    mutating func appendSynthesized(_ s: Schema) -> SchemaID { allocate(s) }

    private mutating func allocate(_ s: Schema) -> SchemaID {
        schemas.append(s)
        return SchemaID(index: schemas.count - 1)
    }

    /// Builds `node` (written in `file`) and returns its id.
    mutating func build(_ node: SourceNode, file: PackagePath, resolver: inout ReferenceResolver, depth: Int = 0) -> SchemaID {
        if schemas.count >= Self.maxSchemas || depth > Self.maxDepth {
            var s = Schema()
            s.unresolvedReference = schemas.count >= Self.maxSchemas ? "(schema limit reached)" : "(nested too deeply)"
            return allocate(s)
        }
        if let ref = node["$ref"]?.string {
            let refLocation = node["$ref"]?.location ?? node.location
            guard let target = resolver.target(of: ref, in: file, at: refLocation) else {
                var s = Schema()
                s.unresolvedReference = ref
                s.location = refLocation
                s.file = store.display(file)
                return allocate(s)
            }
            let id: SchemaID
            if let existing = memo[target.key] {
                id = existing
            } else {
                id = allocate(Schema())
                memo[target.key] = id
                var s = fill(target.node, file: target.file, resolver: &resolver, depth: depth + 1)
                s.name = Self.componentName(pointer: target.pointer, file: target.file)
                schemas[id.index] = s
            }
            // Siblings of `$ref` (3.1, and common in practice): a description or example
            // that applies to this use only.
            if let o = node.object, o.count > 1 {
                var copy = schemas[id.index]
                var changed = false
                if let d = node["description"]?.string { copy.description = d; changed = true }
                if let e = node["example"] { copy.example = e.jsonValue; changed = true }
                if node["nullable"]?.bool == true { copy.nullable = true; changed = true }
                if let d = node["default"] { copy.defaultValue = Self.display(d); changed = true }
                if changed { return allocate(copy) }
            }
            return id
        }
        let s = fill(node, file: file, resolver: &resolver, depth: depth + 1)
        return allocate(s)
    }

    /// Where `allOf`, `oneOf`, `anyOf`, `not` and `additionalProperties` are written (OAS-18, OAS-20).
    static func keywordLocations(_ o: SourceObject) -> [String: SourceLocation] {
        var out: [String: SourceLocation] = [:]
        for key in ["allOf", "oneOf", "anyOf", "not", "additionalProperties"] {
            if let m = o.member(key) { out[key] = m.keyLocation }
        }
        return out
    }

    static func componentName(pointer: String, file: PackagePath) -> String? {
        let parts = pointer.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 4, parts[1] == "components", parts[2] == "schemas" { return String(parts[3]) }
        if parts.count == 3, parts[1] == "definitions" { return String(parts[2]) }
        if pointer.isEmpty {
            let n = file.name
            return n.split(separator: ".").first.map(String.init) ?? n
        }
        return parts.last.map(String.init)
    }

    static func display(_ node: SourceNode) -> String {
        node.scalarText ?? JSONWriter.serialize(node.jsonValue)
    }

    private mutating func fill(_ node: SourceNode, file: PackagePath, resolver: inout ReferenceResolver, depth: Int) -> Schema {
        var s = Schema()
        s.location = node.location
        s.file = store.display(file)
        guard let o = node.object else {
            // `true` / `{}` / anything else: an unconstrained schema.
            return s
        }
        switch o["type"]?.value {
        case .string(let t)?: s.types = [t]
        case .array(let a)?: s.types = a.compactMap(\.string)
        default: break
        }
        s.format = o["format"]?.string
        s.title = o["title"]?.string
        s.description = o["description"]?.string
        if let e = o["enum"]?.array { s.enumValues = e.map(Self.display) }
        if let c = o["const"] { s.constValue = Self.display(c) }
        if let d = o["default"] { s.defaultValue = Self.display(d) }
        if let e = o["example"] {
            s.example = e.jsonValue
        } else if let e = o["examples"]?.array?.first {
            s.example = e.jsonValue
        }
        s.nullable = o["nullable"]?.bool == true || o["x-nullable"]?.bool == true
        s.readOnly = o["readOnly"]?.bool == true
        s.writeOnly = o["writeOnly"]?.bool == true
        s.deprecated = o["deprecated"]?.bool == true
        if let props = o["properties"]?.object {
            for m in props.members {
                s.properties.append((m.key, build(m.value, file: file, resolver: &resolver, depth: depth)))
            }
        }
        if let r = o["required"]?.array { s.required = r.compactMap(\.string) }
        if let items = o["items"] {
            if let tuple = items.array {
                // Tuple form (2019-09 and older): show the first item type.
                if let first = tuple.first { s.items = build(first, file: file, resolver: &resolver, depth: depth) }
            } else {
                s.items = build(items, file: file, resolver: &resolver, depth: depth)
            }
        } else if let prefix = o["prefixItems"]?.array?.first {
            s.items = build(prefix, file: file, resolver: &resolver, depth: depth)
        }
        switch o["additionalProperties"]?.value {
        case .bool(true)?: s.additionalProperties = .allowed
        case .bool(false)?: s.additionalProperties = .forbidden
        case .object?:
            if let n = o["additionalProperties"] { s.additionalProperties = .schema(build(n, file: file, resolver: &resolver, depth: depth)) }
        default: break
        }
        for (key, keyPath) in [("allOf", \Schema.allOf), ("oneOf", \Schema.oneOf), ("anyOf", \Schema.anyOf)] {
            if let list = o[key]?.array {
                s[keyPath: keyPath] = list.map { build($0, file: file, resolver: &resolver, depth: depth) }
            }
        }
        if let n = o["not"] { s.not = build(n, file: file, resolver: &resolver, depth: depth) }
        (s.constraints, s.keywordLocations) = (Self.constraints(o), Self.keywordLocations(o))
        return s
    }

    static func constraints(_ o: SourceObject) -> [String] {
        var out: [String] = []
        func add(_ key: String, _ label: String) {
            if let v = o[key], let t = v.scalarText, !v.isNull { out.append("\(label) \(t)") }
        }
        add("minLength", "min length")
        add("maxLength", "max length")
        add("pattern", "pattern")
        if o["exclusiveMinimum"]?.bool == true {
            add("minimum", ">")
        } else {
            add("minimum", "≥")
            if o["exclusiveMinimum"]?.double != nil { add("exclusiveMinimum", ">") }
        }
        if o["exclusiveMaximum"]?.bool == true {
            add("maximum", "<")
        } else {
            add("maximum", "≤")
            if o["exclusiveMaximum"]?.double != nil { add("exclusiveMaximum", "<") }
        }
        add("multipleOf", "multiple of")
        add("minItems", "min items")
        add("maxItems", "max items")
        if o["uniqueItems"]?.bool == true { out.append("unique items") }
        add("minProperties", "min properties")
        add("maxProperties", "max properties")
        return out
    }
}
