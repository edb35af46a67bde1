import Foundation
import JSONTree

/// A schema's place in its document's `SchemaTable`.
public struct SchemaID: Sendable, Hashable {
    public let index: Int

    /// No schema: a table reads it as an empty one (no type, enum, default or example).
    public static let none = SchemaID(index: -1)
}

/// A JSON Schema as the pages show it: resolved references become links between
/// table entries, so recursive schemas are finite graphs and shared ones are read once.
public struct Schema: Sendable {
    public enum Additional: Sendable, Hashable {
        case unspecified
        case allowed
        case forbidden
        case schema(SchemaID)
    }

    /// The component name when the schema is one (`#/components/schemas/Budget` → "Budget").
    public var name: String?
    /// JSON types (`["string"]`, `["string", "null"]` in 3.1); empty means any.
    public var types: [String] = []
    public var format: String?
    public var title: String?
    public var description: String?
    /// Enum members as written.
    public var enumValues: [String] = []
    public var constValue: String?
    public var defaultValue: String?
    public var example: JSONValue?
    public var nullable = false
    public var readOnly = false
    public var writeOnly = false
    public var deprecated = false
    public var properties: [(name: String, schema: SchemaID)] = []
    public var required: [String] = []
    public var items: SchemaID?
    public var additionalProperties: Additional = .unspecified
    public var allOf: [SchemaID] = []
    public var oneOf: [SchemaID] = []
    public var anyOf: [SchemaID] = []
    public var not: SchemaID?
    /// Validation keywords in words (`minLength 1`, `pattern ^[a-z]+$`).
    public var constraints: [String] = []
    /// A `$ref` that could not be followed (remote, missing, cyclic alias), as written.
    public var unresolvedReference: String?
    /// Vendor extensions worth showing (`x-ms-*` are left out).
    public var location: SourceLocation?
    public var file: String?
    /// Where `allOf`, `oneOf`, `anyOf`, `not` and `additionalProperties` are written, when they are.
    public var keywordLocations: [String: SourceLocation] = [:]

    public init() {}

    /// A short type for tables: `string (date-time)`, `array of Budget`, `object`.
    public func typeSummary(in table: SchemaTable) -> String {
        if let unresolvedReference { return "→ \(unresolvedReference)" }
        var base: String
        let nonNull = types.filter { $0 != "null" }
        if nonNull.isEmpty {
            if !properties.isEmpty {
                base = "object"
            } else if items != nil {
                base = "array"
            } else if !oneOf.isEmpty {
                base = "one of " + oneOf.map { table[$0].shortName(in: table) }.joined(separator: " | ")
            } else if !anyOf.isEmpty {
                base = "any of " + anyOf.map { table[$0].shortName(in: table) }.joined(separator: " | ")
            } else if !allOf.isEmpty {
                base = allOf.map { table[$0].shortName(in: table) }.joined(separator: " & ")
            } else {
                base = "any"
            }
        } else {
            base = nonNull.joined(separator: " | ")
        }
        if base == "array", let items {
            base = "array of " + table[items].shortName(in: table)
        }
        if let format, !format.isEmpty { base += " (\(format))" }
        if nullable || types.contains("null") { base += ", nullable" }
        return base
    }

    /// The name, or the type when anonymous.
    public func shortName(in table: SchemaTable, depth: Int = 0) -> String {
        if let name { return name }
        if let unresolvedReference { return unresolvedReference }
        let nonNull = types.filter { $0 != "null" }
        if nonNull == ["array"], let items, depth < 4 { return "array of " + table[items].shortName(in: table, depth: depth + 1) }
        if nonNull.isEmpty { return properties.isEmpty ? "any" : "object" }
        return nonNull.joined(separator: " | ")
    }

    public var isObjectLike: Bool {
        types.contains("object") || !properties.isEmpty || (!allOf.isEmpty && types.isEmpty)
    }

    public var isArray: Bool { types.contains("array") || (items != nil && types.isEmpty) }
}

/// The schemas of one OpenAPI description, immutable once read. Shared by its operations.
public final class SchemaTable: @unchecked Sendable {
    /// The schemas, then an empty one that ids out of range read: with one `yield`, the
    /// subscript is inlined and reads in place (with two, it was a call, and each schema read
    /// a copy that retained every one of its fields).
    @usableFromInline let padded: [Schema]
    /// Synthesized sample values by schema and purpose, filled on first use (guarded by `lock`).
    private var samples: [Int: JSONValue] = [:]
    /// Flattened fields (`fields(of:)`, up to `fieldCacheLimit` rows), by schema and depth limit.
    private var fieldRows: [Int: [SchemaField]] = [:]
    private let lock = NSLock()
    static let fieldCacheLimit = 400

    init(_ schemas: [Schema]) { padded = schemas + [Schema()] }

    /// The schemas, in order.
    public var schemas: ArraySlice<Schema> { padded.dropLast() }

    /// `key`: the schema's index and the sample's purpose (`SampleSynthesizer.value`).
    func cachedSample(_ key: Int) -> JSONValue? {
        lock.lock()
        defer { lock.unlock() }
        return samples[key]
    }

    func cacheSample(_ v: JSONValue, for key: Int) {
        lock.lock()
        samples[key] = v
        lock.unlock()
    }

    /// Read in place: a copy of a `Schema` retains each of its fields.
    @inlinable public subscript(id: SchemaID) -> Schema {
        _read { yield padded[id.index >= 0 && id.index < padded.count - 1 ? id.index : padded.count - 1] }
    }

    /// The values a schema allows: its own enum, else an array's items' (what field tables
    /// and parameters show as "One of").
    public func allowedValues(_ id: SchemaID) -> [String] {
        let own = self[id].enumValues
        guard own.isEmpty, self[id].isArray, let items = self[id].items else { return own }
        return self[items].enumValues
    }

    public static let empty = SchemaTable([])
}

/// One row of a flattened schema: `address.city`, `tags[]`.
public struct SchemaField: Sendable, Hashable {
    public var path: String
    public var depth: Int
    public var required: Bool
    public var type: String
    public var description: String?
    public var enumValues: [String]
    public var defaultValue: String?
    public var example: String?
    public var constraints: [String]
    public var deprecated: Bool
    public var readOnly: Bool
    public var writeOnly: Bool
    /// Set when the field refers back to a schema already being shown (recursion).
    public var recursiveReference: String?
}

extension SchemaTable {
    /// Flattens a schema into rows with dotted names; arrays are marked `[]`, `allOf`
    /// members are merged, recursion is shown once and stopped, and the result is capped.
    public func fields(of root: SchemaID, maxDepth: Int = 8, maxFields: Int = 400) -> [SchemaField] {
        // A page and its Markdown twin flatten the same schemas: the walk is done once.
        guard maxFields <= Self.fieldCacheLimit, maxDepth >= 0, maxDepth < 64 else { return walkFields(of: root, maxDepth: maxDepth, maxFields: maxFields) }
        let key = root.index &* 64 &+ maxDepth
        lock.lock()
        let cached = fieldRows[key]
        lock.unlock()
        let rows: [SchemaField]
        if let cached {
            rows = cached
        } else {
            rows = walkFields(of: root, maxDepth: maxDepth, maxFields: Self.fieldCacheLimit)
            lock.lock()
            fieldRows[key] = rows
            lock.unlock()
        }
        return rows.count <= maxFields ? rows : Array(rows.prefix(maxFields))
    }

    private func walkFields(of root: SchemaID, maxDepth: Int, maxFields: Int) -> [SchemaField] {
        var out: [SchemaField] = []
        var stack: [SchemaID] = [root]
        let s = self[root]
        if s.isArray, let items = s.items, self[items].isObjectLike {
            // A top-level array of objects: its members' fields are `[].name`.
            stack.append(items)
            walkObject(items, prefix: "[]", depth: 0, stack: &stack, out: &out, maxDepth: maxDepth, maxFields: maxFields)
        } else if s.isObjectLike {
            walkObject(root, prefix: "", depth: 0, stack: &stack, out: &out, maxDepth: maxDepth, maxFields: maxFields)
        }
        return out
    }

    /// Properties of a schema with `allOf` merged in (first definition of a name wins).
    public func mergedProperties(_ id: SchemaID, budget: Int = 32) -> (properties: [(name: String, schema: SchemaID)], required: Set<String>) {
        var props: [(String, SchemaID)] = []
        var seen = Set<String>()
        var required = Set<String>()
        var visited = Set<Int>()
        var queue = [id]
        var steps = 0
        while !queue.isEmpty, steps < budget {
            let current = queue.removeFirst()
            steps += 1
            guard visited.insert(current.index).inserted else { continue }
            let s = self[current]
            for p in s.properties where seen.insert(p.name).inserted { props.append(p) }
            required.formUnion(s.required)
            queue.append(contentsOf: s.allOf)
        }
        return (props, required)
    }

    private func walkObject(_ id: SchemaID, prefix: String, depth: Int, stack: inout [SchemaID], out: inout [SchemaField], maxDepth: Int, maxFields: Int) {
        let (props, required) = mergedProperties(id)
        for (name, child) in props {
            if out.count >= maxFields { return }
            let c = self[child]
            let path = prefix.isEmpty ? name : prefix + "." + name
            let itemSchema = c.isArray ? c.items.map { self[$0] } : nil
            out.append(
                SchemaField(
                    path: c.isArray ? path + "[]" : path,
                    depth: depth,
                    required: required.contains(name),
                    type: c.typeSummary(in: self),
                    description: c.description ?? itemSchema?.description ?? c.title,
                    enumValues: allowedValues(child),
                    defaultValue: c.defaultValue,
                    example: c.example.map { $0.stringValue ?? JSONWriter.serialize($0) },
                    constraints: c.constraints,
                    deprecated: c.deprecated,
                    readOnly: c.readOnly,
                    writeOnly: c.writeOnly,
                    recursiveReference: nil))
            guard depth + 1 <= maxDepth else { continue }
            let target = c.isArray ? c.items : child
            guard let target else { continue }
            let t = self[target]
            guard t.isObjectLike else { continue }
            if stack.contains(target) {
                out[out.count - 1].recursiveReference = t.name ?? "(recursive)"
                continue
            }
            stack.append(target)
            walkObject(target, prefix: c.isArray ? path + "[]" : path, depth: depth + 1, stack: &stack, out: &out, maxDepth: maxDepth, maxFields: maxFields)
            stack.removeLast()
        }
    }
}
