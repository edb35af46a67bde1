import JSONTree

/// One node of a parsed expression. Built once by the parser, immutable afterwards, shared
/// freely between threads; evaluation never allocates nodes.
final class Node: Sendable {
    enum Kind: Sendable {
        /// A literal (or `true`, `null`, `undefined`…).
        case constant(Value)
        /// A chain of plain member names rooted in memory (`a.b.c`), resolved without
        /// building a path string.
        case memoryPath([PathSegment])
        /// `Accessor`: children are `[name constant]` or `[name constant, instance]`.
        case accessor(name: String)
        /// `Element`: children are `[instance, index]`.
        case element
        /// A function call, operator or lambda function.
        case call(FunctionDefinition)
    }

    let kind: Kind
    let children: [Node]
    /// What the node can produce, for the parse-time checks of its parent.
    let returnType: ReturnType
    /// The function name as the official engine prints it (`+`, `concat`, `Accessor`…).
    let typeName: String
    /// The height of the tree below this node (1 for a leaf); bounded by the parser so that
    /// evaluation recursion is bounded too.
    let height: Int

    init(_ kind: Kind, children: [Node] = [], returnType: ReturnType, typeName: String) {
        self.kind = kind
        self.children = children
        self.returnType = returnType
        self.typeName = typeName
        var h = 0
        for c in children where c.height > h { h = c.height }
        self.height = h + 1
    }

    static func constant(_ v: Value) -> Node {
        Node(.constant(v), returnType: v.returnType, typeName: "Constant")
    }

    var constantValue: Value? {
        if case .constant(let v) = kind { return v }
        return nil
    }

    var isConstant: Bool { constantValue != nil }

    var isAccessor: Bool {
        switch kind {
        case .accessor, .memoryPath: return true
        default: return false
        }
    }

    /// For a lambda's iterator (`Accessor` with a single name child): the name.
    var simpleAccessorName: String? {
        switch kind {
        case .accessor(let name) where children.count == 1: return name
        case .memoryPath(let segments) where segments.count == 1: return segments[0].name
        default: return nil
        }
    }
}

/// One step of a memory path: a member name, or an index when the current value is a list
/// and the name reads as an integer (as JavaScript's `parseInt` reads it).
struct PathSegment: Sendable {
    let name: String
    let asIndex: Int?

    init(_ name: String) {
        self.name = name
        if let d = JS.parseInt(name), d.isFinite, abs(d) < 1e15 { asIndex = Int(d) } else { asIndex = nil }
    }

    /// Splits a path string as the official memory does: on runs of `.`, `[` and `]`,
    /// dropping empty parts and one pair of matching quotes around a part.
    static func split(_ path: String) -> [PathSegment] {
        var parts: [PathSegment] = []
        var current: [UInt8] = []
        func flush() {
            guard !current.isEmpty else { return }
            var part = current
            if part.count >= 2, let f = part.first, let l = part.last,
                (f == 0x22 && l == 0x22) || (f == 0x27 && l == 0x27)
            {
                part = Array(part[1..<(part.count - 1)])
            }
            parts.append(PathSegment(String(decoding: part, as: UTF8.self)))
            current.removeAll(keepingCapacity: true)
        }
        for b in path.utf8 {
            if b == 0x2E || b == 0x5B || b == 0x5D { flush() } else { current.append(b) }
        }
        flush()
        return parts
    }

    /// Whether `name` is split by `split` (contains `.`, `[` or `]`, or is quoted).
    static func needsSplitting(_ name: String) -> Bool {
        for b in name.utf8 where b == 0x2E || b == 0x5B || b == 0x5D { return true }
        if let f = name.utf8.first, f == 0x22 || f == 0x27 { return true }
        return name.isEmpty
    }
}

// MARK: - Printing (the official engine's `toString`, used in messages and templates)

extension Node: CustomStringConvertible {
    var description: String {
        var out = ""
        write(into: &out, depth: 0)
        return out
    }

    func write(into out: inout String, depth: Int) {
        if depth > 400 { out += "…"; return }
        switch kind {
        case .constant(let v):
            out += Node.constantText(v)
            return
        case .memoryPath(let segments):
            for (i, s) in segments.enumerated() {
                if i > 0 { out += "." }
                out += s.name
            }
            return
        case .accessor(let name):
            if children.count == 1 {
                out += name
                return
            }
            if children.count == 2 {
                children[1].write(into: &out, depth: depth + 1)
                out += "."
                out += name
                return
            }
        case .element:
            if children.count == 2 {
                children[0].write(into: &out, depth: depth + 1)
                out += "["
                children[1].write(into: &out, depth: depth + 1)
                out += "]"
                return
            }
        case .call:
            break
        }
        let first = typeName.unicodeScalars.first
        let isLetter = first.map { ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") } ?? false
        let infix = !typeName.isEmpty && !isLetter && children.count >= 2
        if !infix { out += typeName }
        out += "("
        for (i, child) in children.enumerated() {
            if i > 0 { out += infix ? " \(typeName) " : ", " }
            child.write(into: &out, depth: depth + 1)
        }
        out += ")"
    }

    /// A constant as the official engine prints it: strings single-quoted with `\` doubled
    /// and unescaped `'` escaped, numbers in JavaScript notation.
    static func constantText(_ v: Value) -> String {
        switch v {
        case .undefined: return "undefined"
        case .null: return "null"
        case .string(let s):
            var out = "'"
            var previous: Character? = nil
            for c in s {
                if c == "\\" {
                    out += "\\\\"
                    previous = "\\"
                } else if c == "'" {
                    if previous != "\\" { out += "\\" }
                    out += "'"
                    previous = c
                } else {
                    out.append(c)
                    previous = c
                }
            }
            return out + "'"
        case .number(let d): return JSNumber.format(d)
        case .bool(let b): return b ? "true" : "false"
        case .array, .object, .bytes: return JS.stringify(v) ?? ""
        }
    }
}
