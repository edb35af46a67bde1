import ECMARegex
import JSONTree

/// A compiled (sub)schema: a boolean schema, or keywords in evaluation order. Subschemas and
/// reference targets are indexes into `CompiledSchema.nodes`, so the graph (cycles included)
/// is a plain immutable array.
struct SchemaNode: Sendable {
    var boolean: Bool?
    var keywords: [CompiledKeyword] = []
    /// The schema resource the node belongs to (for `$dynamicRef`'s dynamic scope).
    var resource: Int
    /// The document the node is in and its JSON Pointer there (for absolute keyword locations).
    var document: Int
    var pointer: String
    /// Where the schema is written (its `{`).
    var location: SourceLocation
    /// The node has `unevaluatedProperties` or `unevaluatedItems`: it collects annotations.
    var collectsAnnotations = false
    /// The node's `$dynamicAnchor`, if it has one.
    var dynamicAnchor: String?
}

/// One keyword of a node, with its name (the step of the keyword location) and where it is written.
struct CompiledKeyword: Sendable {
    var name: String
    var location: SourceLocation
    var check: Check
}

/// What a keyword checks. Numbers are doubles except `multipleOf`, which divides the decimal
/// text exactly.
enum Check: Sendable {
    case type(TypeSet)
    case enumeration(EnumValues)
    case constant(JSONValue)
    case multipleOf(DecimalNumber, Double)
    case maximum(Double, exclusive: Bool)
    case minimum(Double, exclusive: Bool)
    case maxLength(Int)
    case minLength(Int)
    case pattern(JSRegex, String)
    case format(Format, String, assert: Bool)

    /// One schema for every item from an index on: draft 4–7 `items` (from 0) and
    /// `additionalItems` (after an array `items`), 2020-12 `items` (after `prefixItems`).
    case items(Int, from: Int)
    /// A schema per position: 2020-12 `prefixItems`, draft 4–7 array-form `items`.
    case prefixItems([Int])
    case contains(Int, min: Int, max: Int?)
    case maxItems(Int)
    case minItems(Int)
    case uniqueItems

    case maxProperties(Int)
    case minProperties(Int)
    case required([String])
    case properties([String: Int])
    case patternProperties([(regex: JSRegex, source: String, node: Int)])
    case additionalProperties(Int, known: Set<String>, patterns: [JSRegex])
    case propertyNames(Int)
    case dependentRequired([(String, [String])])
    case dependentSchemas([(String, Int)])

    case allOf([Int])
    case anyOf([Int])
    case oneOf([Int])
    case not(Int)
    case ifThenElse(if: Int, then: Int?, else: Int?)

    case ref(Int)
    /// `$dynamicRef`: the statically resolved target, and the anchor name when the reference is
    /// `#name` (the only form that looks at the dynamic scope).
    case dynamicRef(Int, anchor: String?)
    /// A reference not resolved yet (only while compiling).
    case unresolved(String, dynamic: Bool)

    case unevaluatedProperties(Int)
    case unevaluatedItems(Int)
}

/// The JSON types a `type` keyword allows.
struct TypeSet: OptionSet, Sendable, Hashable {
    let rawValue: Int
    static let null = TypeSet(rawValue: 1)
    static let boolean = TypeSet(rawValue: 2)
    static let integer = TypeSet(rawValue: 4)
    static let number = TypeSet(rawValue: 8)
    static let string = TypeSet(rawValue: 16)
    static let array = TypeSet(rawValue: 32)
    static let object = TypeSet(rawValue: 64)

    static let names: [(String, TypeSet)] = [
        ("null", .null), ("boolean", .boolean), ("integer", .integer), ("number", .number),
        ("string", .string), ("array", .array), ("object", .object)
    ]

    init(rawValue: Int) { self.rawValue = rawValue }

    init?(name: String) {
        guard let t = TypeSet.names.first(where: { $0.0 == name }) else { return nil }
        self = t.1
    }

    /// The names as messages list them: strings first, null last.
    var nameList: [String] {
        ["string", "integer", "number", "boolean", "object", "array", "null"].filter { name in
            TypeSet(name: name).map(contains) ?? false
        }
    }

    func admits(_ value: SourceNode) -> Bool {
        switch value.value {
        case .null: return contains(.null)
        case .bool: return contains(.boolean)
        case .number(let d, _):
            if contains(.number) { return true }
            return contains(.integer) && d.isFinite && d.rounded(.towardZero) == d
        case .string: return contains(.string)
        case .array: return contains(.array)
        case .object: return contains(.object)
        }
    }
}

/// The values of an `enum`: a set when they are all strings (the common case), else a list.
struct EnumValues: Sendable {
    var strings: Set<String>?
    var values: [JSONValue]

    init(_ values: [JSONValue]) {
        self.values = values
        var s = Set<String>()
        for v in values {
            guard case .string(let x) = v else { strings = nil; return }
            s.insert(x)
        }
        strings = s
    }

    func contains(_ instance: SourceNode) -> Bool {
        if let strings {
            // The set finds canonically equivalent strings; the match must be exact.
            guard case .string(let s) = instance.value, let i = strings.firstIndex(of: s) else { return false }
            return JSONEquality.sameScalars(strings[i], s) || values.contains { JSONEquality.equal($0, .string(s)) }
        }
        let v = instance.jsonValue
        return values.contains { JSONEquality.equal($0, v) }
    }
}
