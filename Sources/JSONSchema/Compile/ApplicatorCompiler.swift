import ECMARegex
import JSONTree

/// Reading the keywords that apply subschemas, and the reference keywords.
extension Compiler {
    mutating func applicatorKeyword(_ c: KeywordContext, node: Int) throws(SchemaCompileError) -> [Check]? {
        let d = c.dialect
        switch c.key {
        case "$ref": return [.unresolved(try string(c), dynamic: false)]
        case "$dynamicRef" where d.has(.modern): return [.unresolved(try string(c), dynamic: true)]
        case "definitions" where d.has(.legacy) || d.lenient, "$defs" where d.has(.modern) || d.lenient:
            _ = try schemaMap(c)
            return []
        default: break
        }
        guard d.applicators else { return try unevaluatedKeyword(c, node: node) }
        if let checks = try objectApplicator(c) { return checks }
        if let checks = try arrayApplicator(c) { return checks }
        switch c.key {
        case "allOf": return [.allOf(try schemaList(c))]
        case "anyOf": return [.anyOf(try schemaList(c))]
        case "oneOf": return [.oneOf(try schemaList(c))]
        case "not": return [.not(try schema(c))]
        case "if" where d.has(.ifThenElse):
            let condition = try schema(c)
            let then = try sibling("then", of: c)
            let otherwise = try sibling("else", of: c)
            // Alone, `if` still yields annotations (for `unevaluated*`).
            return [.ifThenElse(if: condition, then: then, else: otherwise)]
        case "then" where d.has(.ifThenElse), "else" where d.has(.ifThenElse):
            // Compiled with `if` (or alone, to be addressable); nothing to check by itself.
            _ = try schema(c)
            return []
        default:
            return try unevaluatedKeyword(c, node: node)
        }
    }

    private func string(_ c: KeywordContext) throws(SchemaCompileError) -> String {
        guard let s = c.value.string else { throw bad(c, "a string") }
        return s
    }

    mutating func schema(_ c: KeywordContext) throws(SchemaCompileError) -> Int {
        try compileSchema(c.value, pointer: c.pointer, scope: c.scope)
    }

    mutating func schemaList(_ c: KeywordContext) throws(SchemaCompileError) -> [Int] {
        guard let a = c.value.array else { throw bad(c, "an array of schemas") }
        var out: [Int] = []
        for (i, v) in a.enumerated() {
            out.append(try compileSchema(v, pointer: c.pointer + "/" + String(i), scope: c.scope))
        }
        return out
    }

    mutating func schemaMap(_ c: KeywordContext) throws(SchemaCompileError) -> [(String, Int)] {
        guard let o = c.value.object else { throw bad(c, "an object of schemas") }
        var out: [(String, Int)] = []
        for m in o.members {
            out.append((m.key, try compileSchema(m.value, pointer: Pointer.appending(c.pointer, m.key), scope: c.scope)))
        }
        return out
    }

    /// The compiled sibling keyword `name` (compiled once: the node is shared by pointer).
    private mutating func sibling(_ name: String, of c: KeywordContext) throws(SchemaCompileError) -> Int? {
        guard let m = c.object.member(name) else { return nil }
        let pointer = String(c.pointer.dropLast(Pointer.escape(c.key).count)) + Pointer.escape(name)
        return try compileSchema(m.value, pointer: pointer, scope: c.scope)
    }

    // MARK: - Objects

    private mutating func objectApplicator(_ c: KeywordContext) throws(SchemaCompileError) -> [Check]? {
        let d = c.dialect
        switch c.key {
        case "properties":
            return [.properties(Dictionary(try schemaMap(c), uniquingKeysWith: { a, _ in a }))]
        case "patternProperties":
            var out: [(regex: JSRegex, source: String, node: Int)] = []
            for (key, node) in try schemaMap(c) {
                out.append((try regex(key, c, pointer: Pointer.appending(c.pointer, key)), key, node))
            }
            return [.patternProperties(out)]
        case "additionalProperties":
            let node = try schema(c)
            let known = Set(c.object["properties"]?.object?.keys ?? [])
            var patterns: [JSRegex] = []
            for key in c.object["patternProperties"]?.object?.keys ?? [] { patterns.append(try regex(key, c)) }
            return [.additionalProperties(node, known: known, patterns: patterns)]
        case "propertyNames" where d.has(.propertyNames):
            return [.propertyNames(try schema(c))]
        case "dependencies":
            // Draft 4–7; 2020-12 split it in two but implementations keep reading it.
            guard let o = c.value.object else { throw bad(c, "an object") }
            var required: [(String, [String])] = []
            var schemas: [(String, Int)] = []
            for m in o.members {
                if let a = m.value.array {
                    required.append((m.key, a.compactMap(\.string)))
                } else {
                    schemas.append((m.key, try compileSchema(m.value, pointer: Pointer.appending(c.pointer, m.key), scope: c.scope)))
                }
            }
            return (required.isEmpty ? [] : [.dependentRequired(required)]) + (schemas.isEmpty ? [] : [.dependentSchemas(schemas)])
        case "dependentSchemas" where d.has(.modern):
            return [.dependentSchemas(try schemaMap(c))]
        default:
            return nil
        }
    }

    // MARK: - Arrays

    private mutating func arrayApplicator(_ c: KeywordContext) throws(SchemaCompileError) -> [Check]? {
        let d = c.dialect
        switch c.key {
        case "items":
            if c.value.array != nil { return [.prefixItems(try schemaList(c))] }
            let from = d.has(.prefixItems) ? (c.object["prefixItems"]?.array?.count ?? 0) : 0
            return [.items(try schema(c), from: from)]
        case "prefixItems" where d.has(.prefixItems):
            return [.prefixItems(try schemaList(c))]
        case "additionalItems" where d.has(.arrayItems):
            let node = try schema(c)
            guard let count = c.object["items"]?.array?.count else { return [] }
            return [.items(node, from: count)]
        case "contains" where d.has(.contains):
            let node = try schema(c)
            var min = 1
            var max: Int? = nil
            if d.has(.modern), d.validation {
                if let v = c.object["minContains"]?.double, v >= 0, v.rounded(.towardZero) == v { min = Int(Swift.min(v, 1e15)) }
                if let v = c.object["maxContains"]?.double, v >= 0, v.rounded(.towardZero) == v { max = Int(Swift.min(v, 1e15)) }
            }
            return [.contains(node, min: min, max: max)]
        default:
            return nil
        }
    }

    // MARK: - Unevaluated

    private mutating func unevaluatedKeyword(_ c: KeywordContext, node: Int) throws(SchemaCompileError) -> [Check]? {
        guard c.dialect.has(.modern), c.dialect.vocabularies.contains(.unevaluated) else { return nil }
        switch c.key {
        case "unevaluatedProperties":
            nodes[node].collectsAnnotations = true
            return [.unevaluatedProperties(try schema(c))]
        case "unevaluatedItems":
            nodes[node].collectsAnnotations = true
            return [.unevaluatedItems(try schema(c))]
        default:
            return nil
        }
    }
}
