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
        var scan = QueryScanner(chars: Array(text.unicodeScalars))
        var segs: [Segment] = []
        scan.skipSpaces()
        if scan.peek == "$" {
            scan.i += 1
        } else if !allowDotPath {
            throw scan.fail("a JSONPath query starts with $")
        } else if let c = scan.peek, c != "." && c != "[" {
            let name = scan.readName()
            if name.isEmpty { throw scan.fail("expected a member name") }
            segs.append(.member(name))
        }
        while let c = scan.peek {
            if c == " " {
                scan.i += 1
            } else if c == "." {
                segs.append(try scan.dotSegment())
            } else if c == "[" {
                segs.append(try scan.bracketSegment())
            } else {
                throw scan.fail("unexpected character '\(Character(c))'")
            }
        }
        segments = segs
    }

    /// Reads a query's segments one at a time.
    struct QueryScanner {
        let chars: [Unicode.Scalar]
        var i = 0

        var peek: Unicode.Scalar? { i < chars.count ? chars[i] : nil }

        func fail(_ m: String) -> ParseError { ParseError(message: m, offset: i) }

        mutating func skipSpaces() {
            while peek == " " { i += 1 }
        }

        /// ASCII letters and digits, `_`, `-`, `$`, and anything beyond ASCII (the only
        /// alphabetic ASCII characters are the letters, so no Unicode property is looked up).
        static func isNameChar(_ c: Unicode.Scalar) -> Bool {
            switch c.value {
            case 0x61...0x7A, 0x41...0x5A, 0x30...0x39, 0x5F, 0x2D, 0x24: return true
            default: return c.value > 0x7F
            }
        }

        mutating func readName() -> String {
            var s = ""
            while let c = peek, Self.isNameChar(c) { s.unicodeScalars.append(c); i += 1 }
            return s
        }

        /// `.name`, `.*`, `..name`, `..*` or `..[` (the bracket is read next).
        mutating func dotSegment() throws(ParseError) -> Segment {
            i += 1
            if peek == "." {
                i += 1
                if peek == "*" { i += 1; return .descendant(nil) }
                if peek == "[" { return .descendant(nil) }
                let name = readName()
                if name.isEmpty { throw fail("expected a member name after ..") }
                return .descendant(name)
            }
            if peek == "*" { i += 1; return .wildcard }
            let name = readName()
            if name.isEmpty { throw fail("expected a member name after .") }
            return .member(name)
        }

        /// `[*]`, `['name']`, `["name"]` or `[index]`.
        mutating func bracketSegment() throws(ParseError) -> Segment {
            i += 1
            skipSpaces()
            guard let c = peek else { throw fail("unterminated [") }
            let segment: Segment
            if c == "*" {
                i += 1
                segment = .wildcard
            } else if c == "'" || c == "\"" {
                i += 1
                var s = ""
                while let d = peek, d != c {
                    if d == "\\", i + 1 < chars.count { i += 1 }
                    s.unicodeScalars.append(chars[i])
                    i += 1
                }
                guard peek != nil else { throw fail("unterminated string") }
                i += 1
                segment = .member(s)
            } else {
                var s = ""
                while let d = peek, d == "-" || (d >= "0" && d <= "9") { s.unicodeScalars.append(d); i += 1 }
                guard let n = Int(s) else { throw fail("expected an index, a quoted name or *") }
                segment = .index(n)
            }
            skipSpaces()
            guard peek == "]" else { throw fail("expected ]") }
            i += 1
            return segment
        }
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
