/// The JSONPath queries plugins use to find items in a response (RFC 9535, the subset that
/// appears in `data_path`, `properties` and `template_selector`): `$`, `.name`, `['name']`,
/// `[0]`, `[-1]`, `[*]`, `.*`, `..name` (descendants), and a dot path without `$`
/// (`warehouse.products`, as response rendering templates write `jsonPath`).
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    enum Segment: Sendable, Hashable {
        case member(String)
        case index(Int)
        case wildcard
        case descendant(String?)  // nil = all descendants
    }

    let segments: [Segment]
    public let description: String

    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var message: String
        public var offset: Int
        public var description: String { "\(message) (at character \(offset + 1))" }
    }

    /// Parses a JSONPath query. With `allowDotPath`, a path without the leading `$`
    /// (`a.b[0]`) is read relative to the root.
    public init(_ text: String, allowDotPath: Bool = true) throws(ParseError) {
        description = text
        let chars = Array(text.unicodeScalars)
        var i = 0
        var segs: [Segment] = []
        func fail(_ m: String) -> ParseError { ParseError(message: m, offset: i) }
        func isNameChar(_ c: Unicode.Scalar) -> Bool {
            c.properties.isAlphabetic || (c >= "0" && c <= "9") || c == "_" || c == "-" || c == "$" || c.value > 0x7F
        }
        func readName() -> String {
            var s = ""
            while i < chars.count, isNameChar(chars[i]) { s.unicodeScalars.append(chars[i]); i += 1 }
            return s
        }
        while i < chars.count, chars[i] == " " { i += 1 }
        if i < chars.count, chars[i] == "$" {
            i += 1
        } else if !allowDotPath {
            throw fail("a JSONPath query starts with $")
        } else if i < chars.count, chars[i] != "." && chars[i] != "[" {
            let name = readName()
            if name.isEmpty { throw fail("expected a member name") }
            segs.append(.member(name))
        }
        while i < chars.count {
            let c = chars[i]
            if c == " " { i += 1; continue }
            if c == "." {
                i += 1
                if i < chars.count, chars[i] == "." {
                    i += 1
                    if i < chars.count, chars[i] == "*" { i += 1; segs.append(.descendant(nil)); continue }
                    if i < chars.count, chars[i] == "[" {
                        segs.append(.descendant(nil))
                        continue
                    }
                    let name = readName()
                    if name.isEmpty { throw fail("expected a member name after ..") }
                    segs.append(.descendant(name))
                    continue
                }
                if i < chars.count, chars[i] == "*" { i += 1; segs.append(.wildcard); continue }
                let name = readName()
                if name.isEmpty { throw fail("expected a member name after .") }
                segs.append(.member(name))
            } else if c == "[" {
                i += 1
                while i < chars.count, chars[i] == " " { i += 1 }
                guard i < chars.count else { throw fail("unterminated [") }
                if chars[i] == "*" {
                    i += 1
                    segs.append(.wildcard)
                } else if chars[i] == "'" || chars[i] == "\"" {
                    let quote = chars[i]
                    i += 1
                    var s = ""
                    while i < chars.count, chars[i] != quote {
                        if chars[i] == "\\", i + 1 < chars.count { i += 1 }
                        s.unicodeScalars.append(chars[i])
                        i += 1
                    }
                    guard i < chars.count else { throw fail("unterminated string") }
                    i += 1
                    segs.append(.member(s))
                } else {
                    var s = ""
                    while i < chars.count, chars[i] == "-" || (chars[i] >= "0" && chars[i] <= "9") { s.unicodeScalars.append(chars[i]); i += 1 }
                    guard let n = Int(s) else { throw fail("expected an index, a quoted name or *") }
                    segs.append(.index(n))
                }
                while i < chars.count, chars[i] == " " { i += 1 }
                guard i < chars.count, chars[i] == "]" else { throw fail("expected ]") }
                i += 1
            } else {
                throw fail("unexpected character '\(Character(c))'")
            }
        }
        segments = segs
    }

    /// Every node the query selects, in document order.
    public func select(in root: JSONValue) -> [JSONValue] {
        var current = [root]
        for seg in segments {
            var next: [JSONValue] = []
            for v in current {
                switch seg {
                case .member(let name):
                    if let x = v[name] { next.append(x) }
                case .index(let n):
                    if case .array(let a) = v {
                        let idx = n < 0 ? a.count + n : n
                        if idx >= 0, idx < a.count { next.append(a[idx]) }
                    }
                case .wildcard:
                    switch v {
                    case .array(let a): next.append(contentsOf: a)
                    case .object(let o): next.append(contentsOf: o.values)
                    default: break
                    }
                case .descendant(let name):
                    Self.descendants(of: v, name: name, into: &next)
                }
                if next.count > 100_000 { break }
            }
            current = next
        }
        return current
    }

    /// The items a response holds: the selected node's elements when the query selects one
    /// array, otherwise the selected nodes.
    public func items(in root: JSONValue) -> [JSONValue] {
        let selected = select(in: root)
        if selected.count == 1, case .array(let a) = selected[0] { return a }
        return selected
    }

    private static func descendants(of v: JSONValue, name: String?, into out: inout [JSONValue]) {
        var stack = [v]
        var visited = 0
        while let node = stack.popLast(), visited < 1_000_000 {
            visited += 1
            var children: [JSONValue] = []
            switch node {
            case .array(let a): children = a
            case .object(let o):
                if let name, let x = o[name] { out.append(x) }
                children = Array(o.values)
            default: break
            }
            if name == nil { out.append(contentsOf: children) }
            stack.append(contentsOf: children.reversed())
        }
    }
}
