import JSONTree
import OrderedCollections
import PackageReader

/// What a schema field means to a caller, without how it is written: its type (with array
/// items and `oneOf` members, never a component name), format, whether it is required, its
/// enum and nullability. `$ref`s are resolved, `allOf` is merged, 3.1 type arrays and 3.0
/// `nullable` read the same, so a `$ref` inlined or YAML turned into JSON changes nothing.
struct FieldShape: Sendable, Hashable {
    var type: String
    var format: String?
    var required: Bool
    var enumValues: [String]
    var nullable: Bool

    /// `string (date-time), required, enum a|b`.
    var summary: String {
        var parts = [type + (format.map { " (\($0))" } ?? "") + (nullable ? ", nullable" : "")]
        parts.append(required ? "required" : "optional")
        if !enumValues.isEmpty { parts.append("enum " + enumValues.joined(separator: "|")) }
        return parts.joined(separator: ", ")
    }
}

/// A flattened schema: every field by its dotted path (`address.city`, `tags[]`), with
/// where it is written.
struct FlatSchema: Sendable {
    var fields: OrderedDictionary<String, (shape: FieldShape, place: Place)> = [:]

    static let maxFields = 2000
    static let maxDepth = 10

    init() {}

    /// The fields of `root` in `table`; the root itself is the field "" (its type).
    init(_ root: SchemaID, in table: SchemaTable, file: String?) {
        let s = table[root]
        fields[""] = (SchemaShapes.shape(root, in: table, required: true), Place(s.file ?? file, s.location))
        var stack: [SchemaID] = [root]
        walk(root, prefix: "", depth: 0, table: table, file: file, stack: &stack)
    }

    private mutating func walk(_ id: SchemaID, prefix: String, depth: Int, table: SchemaTable, file: String?, stack: inout [SchemaID]) {
        guard depth < Self.maxDepth else { return }
        var s = table[id]
        var target = id
        if s.isArray, let items = s.items {
            target = items
            s = table[items]
            guard s.isObjectLike else { return }
        }
        guard s.isObjectLike else { return }
        let (props, required) = table.mergedProperties(target)
        for (name, child) in props {
            guard fields.count < Self.maxFields else { return }
            let c = table[child]
            let path = (prefix.isEmpty ? "" : prefix + ".") + name + (c.isArray ? "[]" : "")
            fields[path] = (SchemaShapes.shape(child, in: table, required: required.contains(name)), Place(c.file ?? file, c.location))
            if stack.contains(child) { continue }
            stack.append(child)
            walk(child, prefix: path, depth: depth + 1, table: table, file: file, stack: &stack)
            stack.removeLast()
        }
    }

    /// Added, removed and changed paths, in HEAD's order (removed ones in BASE's).
    static func compare(_ base: FlatSchema, _ head: FlatSchema) -> (added: [String], removed: [String], changed: [String]) {
        var added: [String] = [], changed: [String] = []
        for (path, h) in head.fields {
            if let b = base.fields[path] {
                if b.shape != h.shape { changed.append(path) }
            } else {
                added.append(path)
            }
        }
        let removed = Array(base.fields.keys.filter { head.fields[$0] == nil })
        return (added, removed, changed)
    }
}

enum SchemaShapes {
    static func shape(_ id: SchemaID, in table: SchemaTable, required: Bool) -> FieldShape {
        let s = table[id]
        return FieldShape(
            type: type(id, in: table, depth: 0), format: s.format.flatMap { $0.isEmpty ? nil : $0 }, required: required,
            enumValues: s.enumValues.sorted(), nullable: s.nullable || s.types.contains("null"))
    }

    /// The type without names: `string`, `array<object>`, `oneOf(integer|string)`.
    static func type(_ id: SchemaID, in table: SchemaTable, depth: Int) -> String {
        let s = table[id]
        if let ref = s.unresolvedReference { return "ref " + ref }
        guard depth < 4 else { return "…" }
        let nonNull = s.types.filter { $0 != "null" }.sorted()
        if s.isArray && (nonNull.isEmpty || nonNull == ["array"]) {
            return "array<" + (s.items.map { type($0, in: table, depth: depth + 1) } ?? "any") + ">"
        }
        if !nonNull.isEmpty { return nonNull.joined(separator: "|") }
        if !s.properties.isEmpty { return "object" }
        if !s.oneOf.isEmpty { return "oneOf(" + s.oneOf.map { type($0, in: table, depth: depth + 1) }.sorted().joined(separator: "|") + ")" }
        if !s.anyOf.isEmpty { return "anyOf(" + s.anyOf.map { type($0, in: table, depth: depth + 1) }.sorted().joined(separator: "|") + ")" }
        if !s.allOf.isEmpty {
            let members = Set(s.allOf.map { type($0, in: table, depth: depth + 1) }).subtracting(["any"])
            return members.count == 1 ? members.first ?? "any" : (members.isEmpty ? "any" : "allOf(" + members.sorted().joined(separator: "|") + ")")
        }
        return "any"
    }
}

/// The same for a function's inline JSON Schema (MCP tools, functions that restate their
/// parameters), which has no positions.
enum JSONSchemaShapes {
    static func flatten(_ schema: JSONValue?, place: Place) -> FlatSchema {
        var out = FlatSchema()
        guard let schema else { return out }
        walk(schema, prefix: "", depth: 0, place: place, into: &out)
        return out
    }

    static func walk(_ s: JSONValue, prefix: String, depth: Int, place: Place, into out: inout FlatSchema) {
        guard depth < FlatSchema.maxDepth, let props = s["properties"]?.objectValue else { return }
        let required = Set(s["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        for (name, child) in props {
            guard out.fields.count < FlatSchema.maxFields else { return }
            let isArray = type(child).hasPrefix("array")
            let path = (prefix.isEmpty ? "" : prefix + ".") + name + (isArray ? "[]" : "")
            let shape = FieldShape(
                type: type(child), format: child["format"]?.stringValue, required: required.contains(name),
                enumValues: (child["enum"]?.arrayValue ?? []).map { $0.stringValue ?? JSONWriter.serialize($0) }.sorted(),
                nullable: child["nullable"]?.boolValue == true || (child["type"]?.arrayValue?.contains(.string("null")) ?? false))
            out.fields[path] = (shape, place)
            walk(isArray ? (child["items"] ?? .null) : child, prefix: path, depth: depth + 1, place: place, into: &out)
        }
    }

    static func type(_ s: JSONValue) -> String {
        let types = (s["type"]?.arrayValue?.compactMap(\.stringValue) ?? s["type"]?.stringValue.map { [$0] } ?? []).filter { $0 != "null" }.sorted()
        if types == ["array"] { return "array<" + (s["items"].map(type) ?? "any") + ">" }
        if !types.isEmpty { return types.joined(separator: "|") }
        return s["properties"] != nil ? "object" : "any"
    }
}
