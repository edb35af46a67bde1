import JSONTree

/// Just enough XML for `xml` (JSON → indented XML) and `xPath` (parse, then select).
enum XMLText {
    struct Problem: Error, Sendable { var message: String }

    final class Element {
        let name: String
        var attributes: [(String, String)] = []
        var children: [XMLNode] = []
        weak var parent: Element?
        init(_ name: String) { self.name = name }
    }

    enum XMLNode {
        case element(Element)
        case text(String)
    }

    // MARK: - JSON → XML

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(c)
            }
        }
        return out
    }

    static func build(_ value: JSONValue) -> String {
        var out = ""
        if case .object(let o) = value {
            for (k, v) in o { write(k, v, level: 0, into: &out, depth: 0) }
        }
        while out.last == "\n" { out.removeLast() }
        return out
    }

    private static func write(_ key: String, _ value: JSONValue, level: Int, into out: inout String, depth: Int) {
        guard depth < 200 else { return }
        let indent = String(repeating: "  ", count: level)
        switch value {
        case .array(let items):
            for item in items { write(key, item, level: level, into: &out, depth: depth + 1) }
        case .object(let o):
            if let text = o["#text"], o.count == 1 {
                out += "\(indent)<\(key)>\(escape(JS.toString(text)))</\(key)>\n"
                return
            }
            out += "\(indent)<\(key)>\n"
            for (k, v) in o { write(k, v, level: level + 1, into: &out, depth: depth + 1) }
            out += "\(indent)</\(key)>\n"
        case .null:
            out += "\(indent)<\(key)></\(key)>\n"
        default:
            out += "\(indent)<\(key)>\(escape(JS.toString(value)))</\(key)>\n"
        }
    }

    // MARK: - XML text → tree

    static func parse(_ text: String) throws(Problem) -> Element {
        var p = Reader(Array(text.utf8))
        return try p.document()
    }

    private struct Reader {
        let b: [UInt8]
        var i = 0
        init(_ bytes: [UInt8]) { b = bytes }

        func problem(_ m: String) -> Problem { Problem(message: "\(m) (is not valid xml input)") }

        mutating func skipSpace() { while i < b.count && (b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D) { i += 1 } }

        mutating func skipMisc() {
            while true {
                skipSpace()
                if startsWith("<?") { skip(until: "?>") } else if startsWith("<!--") { skip(until: "-->") } else if startsWith("<!") { skip(until: ">") } else { return }
            }
        }

        func startsWith(_ s: String) -> Bool {
            let u = Array(s.utf8)
            return i + u.count <= b.count && Array(b[i..<(i + u.count)]) == u
        }

        mutating func skip(until s: String) {
            let u = Array(s.utf8)
            while i < b.count && !startsWith(s) { i += 1 }
            i = min(b.count, i + u.count)
        }

        mutating func name() throws(Problem) -> String {
            let start = i
            while i < b.count, !(b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x3E || b[i] == 0x2F || b[i] == 0x3D) { i += 1 }
            guard i > start else { throw problem("expected a name") }
            return String(decoding: b[start..<i], as: UTF8.self)
        }

        mutating func document() throws(Problem) -> Element {
            let root = Element("#document")
            skipMisc()
            guard i < b.count, b[i] == 0x3C else { throw problem("no root element") }
            root.children.append(.element(try element(parent: root, depth: 0)))
            return root
        }

        /// Reads the attributes of a start tag up to its end; false for an empty element (`/>`).
        mutating func attributes(of e: Element) throws(Problem) -> Bool {
            while true {
                skipSpace()
                guard i < b.count else { throw problem("unterminated tag") }
                if b[i] == 0x2F {
                    guard i + 1 < b.count, b[i + 1] == 0x3E else { throw problem("bad tag") }
                    i += 2
                    return false
                }
                if b[i] == 0x3E {
                    i += 1
                    return true
                }
                let attr = try name()
                skipSpace()
                guard i < b.count, b[i] == 0x3D else { throw problem("expected =") }
                i += 1
                skipSpace()
                guard i < b.count, b[i] == 0x22 || b[i] == 0x27 else { throw problem("expected a quoted value") }
                let q = b[i]
                i += 1
                let start = i
                while i < b.count && b[i] != q { i += 1 }
                guard i < b.count else { throw problem("unterminated attribute") }
                e.attributes.append((attr, unescape(String(decoding: b[start..<i], as: UTF8.self))))
                i += 1
            }
        }

        mutating func element(parent: Element, depth: Int) throws(Problem) -> Element {
            guard depth < 200 else { throw problem("nested too deeply") }
            i += 1
            let e = Element(try name())
            e.parent = parent
            guard try attributes(of: e) else { return e }
            var text: [UInt8] = []
            func flush() {
                if !text.isEmpty {
                    e.children.append(.text(unescape(String(decoding: text, as: UTF8.self))))
                    text.removeAll()
                }
            }
            while true {
                guard i < b.count else { throw problem("unterminated element <\(e.name)>") }
                if startsWith("</") {
                    flush()
                    i += 2
                    let closing = try name()
                    guard closing == e.name else { throw problem("mismatched </\(closing)>") }
                    skipSpace()
                    guard i < b.count, b[i] == 0x3E else { throw problem("bad closing tag") }
                    i += 1
                    return e
                }
                if startsWith("<!--") { flush(); skip(until: "-->"); continue }
                if startsWith("<![CDATA[") {
                    i += 9
                    while i < b.count && !startsWith("]]>") { text.append(b[i]); i += 1 }
                    i = min(b.count, i + 3)
                    continue
                }
                if startsWith("<?") { flush(); skip(until: "?>"); continue }
                if b[i] == 0x3C {
                    flush()
                    e.children.append(.element(try element(parent: e, depth: depth + 1)))
                    continue
                }
                text.append(b[i])
                i += 1
            }
        }

        func unescape(_ s: String) -> String {
            guard s.contains("&") else { return s }
            return s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    /// The node as XML text (as a DOM serialiser writes it).
    static func serialize(_ node: XMLNode, depth: Int = 0) -> String {
        switch node {
        case .text(let t): return escapeText(t)
        case .element(let e):
            guard depth < 200 else { return "" }
            var out = "<" + e.name
            for (k, v) in e.attributes { out += " \(k)=\"\(escape(v))\"" }
            if e.children.isEmpty { return out + "/>" }
            out += ">"
            for c in e.children { out += serialize(c, depth: depth + 1) }
            return out + "</\(e.name)>"
        }
    }

    static func escapeText(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    static func textContent(_ node: XMLNode, depth: Int = 0) -> String {
        switch node {
        case .text(let t): return t
        case .element(let e): return depth > 200 ? "" : e.children.map { textContent($0, depth: depth + 1) }.joined()
        }
    }
}

import Foundation

/// A small XPath 1.0 subset for `xPath`: location paths (`/a/b`, `//b`, `*`, `text()`,
/// `@name`), predicates (`[2]`, `[name='x']`), and `sum(…)`, `count(…)`, `string(…)`.
enum XPathLite {
    typealias Problem = XMLText.Problem

    static func evaluate(_ expression: String, on document: XMLText.Element) throws(Problem) -> Value {
        let e = JS.trim(expression)
        for function in ["sum", "count", "string"] where e.hasPrefix(function + "(") && e.hasSuffix(")") {
            let inner = String(e.dropFirst(function.count + 1).dropLast())
            let nodes = try select(inner, document)
            switch function {
            case "sum":
                var total = 0.0
                for n in nodes { total += Double(JS.trim(XMLText.textContent(n))) ?? .nan }
                return .number(total)
            case "count":
                return .number(Double(nodes.count))
            default:
                return .string(nodes.first.map { XMLText.textContent($0) } ?? "")
            }
        }
        let nodes = try select(e, document)
        if nodes.isEmpty { throw Problem(message: "There is no matched nodes for the expression \(expression) in the xml") }
        return .array(nodes.map { .string(XMLText.serialize($0)) })
    }

    static func select(_ path: String, _ document: XMLText.Element) throws(Problem) -> [XMLText.XMLNode] {
        guard path.hasPrefix("/") else { throw Problem(message: "\(path) is not a supported XPath expression") }
        var current: [XMLText.XMLNode] = [.element(document)]
        var rest = Substring(path)
        while !rest.isEmpty {
            var descendant = false
            if rest.hasPrefix("//") {
                descendant = true; rest = rest.dropFirst(2)
            } else if rest.hasPrefix("/") {
                rest = rest.dropFirst()
            } else {
                throw Problem(message: "\(path) is not a supported XPath expression")
            }
            var step = ""
            var bracket = 0
            while let c = rest.first, !(c == "/" && bracket == 0) {
                if c == "[" { bracket += 1 }
                if c == "]" { bracket -= 1 }
                step.append(c)
                rest = rest.dropFirst()
            }
            var predicates: [String] = []
            var test = step
            if let open = step.firstIndex(of: "[") {
                test = String(step[..<open])
                var p = step[open...]
                while p.hasPrefix("["), let close = p.firstIndex(of: "]") {
                    predicates.append(String(p[p.index(after: p.startIndex)..<close]))
                    p = p[p.index(after: close)...]
                }
            }
            var next: [XMLText.XMLNode] = []
            for node in current {
                guard case .element(let e) = node else { continue }
                let candidates = descendant ? descendants(e) : e.children
                var matched: [XMLText.XMLNode] = []
                for c in candidates {
                    switch (test, c) {
                    case ("text()", .text): matched.append(c)
                    case ("node()", _): matched.append(c)
                    case ("*", .element): matched.append(c)
                    case (let name, .element(let child)) where child.name == name: matched.append(c)
                    default: break
                    }
                }
                if test.hasPrefix("@") {
                    let attr = String(test.dropFirst())
                    for (k, v) in e.attributes where k == attr || attr == "*" { matched.append(.text(v)) }
                }
                for p in predicates { matched = try filter(matched, p) }
                next += matched
            }
            current = next
        }
        return current
    }

    static func descendants(_ e: XMLText.Element, depth: Int = 0) -> [XMLText.XMLNode] {
        guard depth < 200 else { return [] }
        var out: [XMLText.XMLNode] = []
        for c in e.children {
            out.append(c)
            if case .element(let child) = c { out += descendants(child, depth: depth + 1) }
        }
        return out
    }

    static func filter(_ nodes: [XMLText.XMLNode], _ predicate: String) throws(Problem) -> [XMLText.XMLNode] {
        let p = JS.trim(predicate)
        if let n = Int(p) { return n >= 1 && n <= nodes.count ? [nodes[n - 1]] : [] }
        if p == "last()" { return nodes.last.map { [$0] } ?? [] }
        if let eq = p.firstIndex(of: "=") {
            let name = JS.trim(String(p[..<eq]))
            var value = JS.trim(String(p[p.index(after: eq)...]))
            if value.count >= 2, let f = value.first, f == "'" || f == "\"" { value = String(value.dropFirst().dropLast()) }
            return nodes.filter { node in
                guard case .element(let e) = node else { return false }
                if name.hasPrefix("@") { return e.attributes.contains { $0.0 == String(name.dropFirst()) && $0.1 == value } }
                if name == "text()" || name == "." { return XMLText.textContent(node) == value }
                return e.children.contains {
                    if case .element(let c) = $0, c.name == name { return XMLText.textContent($0) == value }
                    return false
                }
            }
        }
        throw Problem(message: "\(predicate) is not a supported XPath predicate")
    }
}
