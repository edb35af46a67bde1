/// A position in a source file: 1-based line and column (columns count Unicode scalars).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let start = SourceLocation(line: 1, column: 1)

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        a.line != b.line ? a.line < b.line : a.column < b.column
    }

    public var description: String { "\(line):\(column)" }
}

/// A JSON or YAML value read from a file, with the position of every value and key.
/// Readers of package files build this tree; `jsonValue` turns any subtree into a plain
/// `JSONValue` (for cards and sample data).
public struct SourceNode: Sendable {
    public enum Value: Sendable {
        case null
        case bool(Bool)
        /// The parsed double and the number as written (so `9007199254740993` shows as written).
        case number(Double, literal: String)
        case string(String)
        case array([SourceNode])
        case object(SourceObject)
    }

    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    public var isNull: Bool { if case .null = value { return true } else { return false } }
    public var string: String? { if case .string(let s) = value { return s } else { return nil } }
    public var bool: Bool? { if case .bool(let b) = value { return b } else { return nil } }
    public var double: Double? { if case .number(let d, _) = value { return d } else { return nil } }
    public var int: Int? {
        guard let d = double, d.isFinite, d.rounded(.towardZero) == d, abs(d) <= 9_007_199_254_740_992 else { return nil }
        return Int(d)
    }
    public var array: [SourceNode]? { if case .array(let a) = value { return a } else { return nil } }
    public var object: SourceObject? { if case .object(let o) = value { return o } else { return nil } }
    /// Calls `body` with each element of an array (no key) or each member of an object (its
    /// key), read in place (iterating a copy of the members would copy each one); nothing
    /// for a scalar. `containersOnly`: only the arrays and objects among them (what a walk
    /// goes into). What the checks that walk a document go through.
    public func forEachChild(containersOnly: Bool = false, _ body: (_ key: String?, _ child: SourceNode) -> Void) {
        switch value {
        case .array(let items):
            items.withUnsafeBufferPointer { items in
                for i in items.indices where !containersOnly || items[i].isContainer { body(nil, items[i]) }
            }
        case .object(let object):
            object.members.withUnsafeBufferPointer { members in
                for i in members.indices where !containersOnly || members[i].value.isContainer { body(members[i].key, members[i].value) }
            }
        default:
            return
        }
    }

    /// An array or an object (what a walk of a document goes into).
    @inlinable public var isContainer: Bool {
        switch value {
        case .array, .object: return true
        default: return false
        }
    }

    public subscript(key: String) -> SourceNode? { object?[key] }
    public subscript(index: Int) -> SourceNode? {
        guard let a = array, index >= 0, index < a.count else { return nil }
        return a[index]
    }

    /// JSON Schema's name for the node's type.
    public var typeName: String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .number(let d, _): return d.rounded(.towardZero) == d ? "integer" : "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// The scalar as display text: strings as they are, numbers as written, `true`/`false`/`null`;
    /// nil for arrays and objects.
    public var scalarText: String? {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(_, let literal): return literal
        case .string(let s): return s
        case .array, .object: return nil
        }
    }

    /// The subtree as a plain JSON value (positions dropped). Recursion depth is bounded by
    /// the readers' nesting limit.
    public var jsonValue: JSONValue {
        switch value {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let d, _): return .number(d)
        case .string(let s): return .string(s)
        case .array(let a): return .array(a.map(\.jsonValue))
        case .object(let o):
            // A source object's keys are unique (`set` keeps one of each): the object is made
            // without looking each key up again.
            return .object(
                o.members.withUnsafeBufferPointer { m in
                    JSONObject(uncheckedUniqueKeys: m.map(\.key), values: m.map(\.value.jsonValue))
                })
        }
    }

    /// The first place where this tree and `other` differ, in a value, a number as written,
    /// a key, the order of keys or any position; nil when they are the same tree. For
    /// holding two readers of one format to each other (tests, fuzzing).
    public func firstDifference(from other: SourceNode, at path: String = "$") -> String? {
        guard location == other.location else { return "\(path): at \(location), other at \(other.location)" }
        switch (value, other.value) {
        case (.null, .null): return nil
        case (.bool(let x), .bool(let y)): return x == y ? nil : "\(path): \(x), other \(y)"
        case (.number(let x, let lx), .number(let y, let ly)):
            return lx == ly && (x == y || x.isNaN && y.isNaN) ? nil : "\(path): \(lx), other \(ly)"
        case (.string(let x), .string(let y)): return x == y ? nil : "\(path): \(x.debugDescription), other \(y.debugDescription)"
        case (.array(let x), .array(let y)):
            guard x.count == y.count else { return "\(path): \(x.count) items, other \(y.count)" }
            for (n, (p, q)) in zip(x, y).enumerated() {
                if let d = p.firstDifference(from: q, at: "\(path)[\(n)]") { return d }
            }
            return nil
        case (.object(let x), .object(let y)):
            guard x.keys == y.keys else { return "\(path): keys \(x.keys), other \(y.keys)" }
            for (p, q) in zip(x.members, y.members) {
                guard p.keyLocation == q.keyLocation else { return "\(path).\(p.key): key at \(p.keyLocation), other \(q.keyLocation)" }
                if let d = p.value.firstDifference(from: q.value, at: "\(path).\(p.key)") { return d }
            }
            return nil
        default:
            return "\(path): \(typeName), other \(other.typeName)"
        }
    }

    /// Follows an RFC 6901 JSON Pointer ("" is the node itself; "/a/0/b~1c").
    /// Percent-encoding (as in URI fragments) must be removed by the caller.
    public func resolve(pointer: String) -> SourceNode? {
        if pointer.isEmpty { return self }
        guard pointer.hasPrefix("/") else { return nil }
        var node = self
        for raw in pointer.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            let token = Self.unescapePointerToken(Substring(raw))
            switch node.value {
            case .object(let o):
                guard let next = o[token] else { return nil }
                node = next
            case .array(let a):
                guard let i = Int(token), i >= 0, i < a.count else { return nil }
                node = a[i]
            default:
                return nil
            }
        }
        return node
    }
}

extension SourceNode {
    /// `~1` → `/`, `~0` → `~` (in that order, as RFC 6901 requires).
    static func unescapePointerToken(_ raw: Substring) -> String {
        guard raw.utf8.contains(UInt8(ascii: "~")) else { return String(raw) }
        var out = ""
        var it = raw.makeIterator()
        while let c = it.next() {
            if c == "~" {
                switch it.next() {
                case "1": out.append("/")
                case "0": out.append("~")
                case let other?: out.append("~"); out.append(other)
                case nil: out.append("~")
                }
            } else {
                out.append(c)
            }
        }
        return out
    }
}

/// An object read from a file: members in source order, each with its key's position.
/// Lookup is by a hash index for larger objects, by a scan for small ones.
public struct SourceObject: Sendable {
    public struct Member: Sendable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: SourceNode

        public init(key: String, keyLocation: SourceLocation, value: SourceNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    public private(set) var members: [Member]
    private var index: [String: Int]?

    private static let indexThreshold = 12

    public init() {
        members = []
        index = nil
    }

    /// Builds an object; a repeated key keeps its first position and its last value
    /// (what `JSON.parse` does). The returned keys are the repeated ones, for diagnostics.
    public init(members input: [Member]) {
        members = []
        members.reserveCapacity(input.count)
        index = nil
        for m in input { _ = set(m) }
    }

    /// An object of `input`'s members, taken as they are when their keys are unique (what a
    /// parser reads, nearly always); otherwise built as `init(members:)` builds it, with
    /// `repeated` called for each member whose key came before.
    public static func adopting(_ input: [Member], repeated: (Member) -> Void) -> SourceObject {
        if input.count > indexThreshold {
            var index = [String: Int](minimumCapacity: input.count * 2)
            var unique = true
            for i in input.indices where index.updateValue(i, forKey: input[i].key) != nil {
                unique = false
                break
            }
            if unique { return SourceObject(unique: input, index: index) }
        } else if fewKeysAreUnique(input) {
            return SourceObject(unique: input, index: nil)
        }
        var object = SourceObject()
        for m in input where !object.set(m) { repeated(m) }
        return object
    }

    private init(unique members: [Member], index: [String: Int]?) {
        self.members = members
        self.index = index
    }

    /// Whether no key repeats among a few members (compared pairwise, lengths first).
    static func fewKeysAreUnique(_ input: [Member]) -> Bool {
        input.withUnsafeBufferPointer { b in
            for i in b.indices {
                let length = b[i].key.utf8.count
                for j in 0..<i where b[j].key.utf8.count == length && b[j].key == b[i].key { return false }
            }
            return true
        }
    }

    /// Adds or replaces a member; returns false when the key was already present.
    @discardableResult
    public mutating func set(_ member: Member) -> Bool {
        if let i = position(of: member.key) {
            members[i].value = member.value
            return false
        }
        members.append(member)
        if index != nil {
            index?[member.key] = members.count - 1
        } else if members.count > Self.indexThreshold {
            var ix = [String: Int](minimumCapacity: members.count * 2)
            for (i, m) in members.enumerated() { ix[m.key] = i }
            index = ix
        }
        return true
    }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }
    public var keys: [String] { members.map(\.key) }

    public func position(of key: String) -> Int? {
        if let index { return index[key] }
        // Keys read in place (iterating the members would copy each one, value and all),
        // keys of another length told apart without calling into string comparison.
        let length = key.utf8.count
        return members.withUnsafeBufferPointer { buffer in
            for i in buffer.indices where buffer[i].key.utf8.count == length && buffer[i].key == key { return i }
            return nil
        }
    }

    public subscript(key: String) -> SourceNode? {
        guard let i = position(of: key) else { return nil }
        return members[i].value
    }

    public func member(_ key: String) -> Member? {
        guard let i = position(of: key) else { return nil }
        return members[i]
    }
}
