import JSONTree

/// The value an expression computes while it is being evaluated.
///
/// It is a JSON value plus the two JavaScript values the official engine distinguishes:
/// `undefined` (a missing member, the result of a failed lookup) and a byte array
/// (`binary(...)`). Containers hold plain `JSONValue`s, so moving between the two
/// representations is a re-wrap, never a copy of the tree.
enum Value: Sendable {
    case undefined
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
    case bytes([UInt8])

    @inline(__always)
    init(_ json: JSONValue) {
        switch json {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .number(let d): self = .number(d)
        case .string(let s): self = .string(s)
        case .array(let a): self = .array(a)
        case .object(let o): self = .object(o)
        }
    }

    /// The value as JSON: `undefined` becomes `null`, bytes become an array of numbers.
    var json: JSONValue {
        switch self {
        case .undefined, .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let d): return .number(d)
        case .string(let s): return .string(s)
        case .array(let a): return .array(a)
        case .object(let o): return .object(o)
        case .bytes(let b): return .array(b.map { .number(Double($0)) })
        }
    }

    /// `undefined` or `null` (JavaScript's `value == null`).
    @inline(__always)
    var isNullish: Bool {
        switch self {
        case .undefined, .null: return true
        default: return false
        }
    }

    @inline(__always)
    var isUndefined: Bool { if case .undefined = self { return true } else { return false } }

    var string: String? { if case .string(let s) = self { return s } else { return nil } }
    var number: Double? { if case .number(let d) = self, !d.isNaN { return d } else { return nil } }
    var array: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }

    /// JavaScript's `Number.isInteger`.
    var integer: Int? {
        guard case .number(let d) = self, d.isFinite, d.rounded(.towardZero) == d,
            abs(d) <= 9_007_199_254_740_992
        else { return nil }
        return Int(d)
    }

    /// JavaScript `typeof x === 'object'` for a value that is not null: arrays, objects, bytes.
    var isJSObject: Bool {
        switch self {
        case .array, .object, .bytes: return true
        default: return false
        }
    }

    /// The engine's truthiness (`isLogicTrue`): booleans are themselves, `null` and
    /// `undefined` are false, everything else (0 and "" included) is true.
    @inline(__always)
    var isLogicTrue: Bool {
        switch self {
        case .bool(let b): return b
        case .undefined, .null: return false
        default: return true
        }
    }

    /// JavaScript truthiness (`!!x`).
    var isJSTruthy: Bool {
        switch self {
        case .undefined, .null: return false
        case .bool(let b): return b
        case .number(let d): return !(d == 0 || d.isNaN)
        case .string(let s): return !s.isEmpty
        default: return true
        }
    }

    /// The static type of a constant, as the validators see it.
    var returnType: ReturnType {
        switch self {
        case .string: return .string
        case .bool: return .boolean
        case .number(let d): return d.isNaN ? .object : .number
        case .array: return .array
        default: return .object
        }
    }
}

/// The static result type of an expression node (a bit set, as in the official engine),
/// used to reject calls such as `'1' * 2` when the expression is parsed.
struct ReturnType: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    static let boolean = ReturnType(rawValue: 1)
    static let number = ReturnType(rawValue: 2)
    static let object = ReturnType(rawValue: 4)
    static let string = ReturnType(rawValue: 8)
    static let array = ReturnType(rawValue: 16)

    /// The names the official engine prints, in its order.
    var names: [String] {
        var out: [String] = []
        if contains(.boolean) { out.append("Boolean") }
        if contains(.number) { out.append("Number") }
        if contains(.object) { out.append("Object") }
        if contains(.string) { out.append("String") }
        if contains(.array) { out.append("Array") }
        return out
    }
}

extension Value {
    /// Evaluation steps for copying the value (a string's bytes, a list's items), charged
    /// where a function builds its result piece by piece.
    var copyCost: Int {
        switch self {
        case .string(let s): return s.utf8.count >> 6
        case .array(let a): return a.count >> 3
        case .bytes(let b): return b.count >> 6
        default: return 0
        }
    }
}
