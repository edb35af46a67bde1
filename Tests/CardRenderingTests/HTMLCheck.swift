import Foundation

/// A small HTML reader for assertions: a tree of elements with attributes and text, and
/// checks for well-formedness and for anything script-like.
final class Node {
    let tag: String
    var attributes: [(String, String)]
    var children: [Node] = []
    var text = ""  // for "#text" nodes
    weak var parent: Node?

    init(tag: String, attributes: [(String, String)] = []) {
        self.tag = tag
        self.attributes = attributes
    }

    func attr(_ name: String) -> String? { attributes.first { $0.0 == name }?.1 }
    var classes: [String] { (attr("class") ?? "").split(separator: " ").map(String.init) }
    func hasClass(_ c: String) -> Bool { classes.contains(c) }

    /// All descendants (pre-order) that are elements.
    var descendants: [Node] {
        var out: [Node] = []
        var stack = children.reversed().map { $0 }
        while let n = stack.popLast() {
            if n.tag != "#text" { out.append(n) }
            stack.append(contentsOf: n.children.reversed())
        }
        return out
    }

    func all(_ predicate: (Node) -> Bool) -> [Node] { descendants.filter(predicate) }
    func all(class c: String) -> [Node] { all { $0.hasClass(c) } }
    func first(class c: String) -> Node? { descendants.first { $0.hasClass(c) } }
    func all(tag t: String) -> [Node] { all { $0.tag == t } }

    /// The concatenated text content (entities decoded).
    var textContent: String {
        if tag == "#text" { return text }
        return children.map(\.textContent).joined()
    }

    /// The nearest ancestor (or self) with a class starting `prefix`; returns that class.
    func nearestClass(prefix: String) -> String? {
        var n: Node? = self
        while let cur = n {
            if let c = cur.classes.first(where: { $0.hasPrefix(prefix) }) { return c }
            n = cur.parent
        }
        return nil
    }
}

enum HTMLCheck {
    static let voidTags: Set<String> = ["img", "input", "br", "hr", "col", "source", "track", "meta", "link", "wbr"]

    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    /// Parses `html` (as this renderer writes it: quoted attributes, no comments in
    /// content) into a tree under a `#root` node; throws on a mismatched tag.
    static func parse(_ html: String) throws -> Node {
        let root = Node(tag: "#root")
        var current = root
        let s = Array(html.unicodeScalars)
        var i = 0
        var textStart = 0
        func flushText(_ end: Int) {
            guard end > textStart else { return }
            let t = Node(tag: "#text")
            t.text = decode(String(String.UnicodeScalarView(s[textStart..<end])))
            t.parent = current
            current.children.append(t)
        }
        while i < s.count {
            if s[i] == "<" {
                flushText(i)
                guard let close = s[i...].firstIndex(of: ">") else { throw Problem(description: "unterminated tag at \(i)") }
                let inner = String(String.UnicodeScalarView(s[(i + 1)..<close]))
                i = close + 1
                textStart = i
                if inner.hasPrefix("!") { continue }
                if inner.hasPrefix("/") {
                    let name = inner.dropFirst().lowercased()
                    guard current.tag == name else {
                        throw Problem(description: "</\(name)> closes <\(current.tag)> near offset \(i): …\(String(String.UnicodeScalarView(s[max(0, i - 120)..<i])))")
                    }
                    current = current.parent ?? root
                    continue
                }
                let (name, attrs) = try tag(inner)
                let n = Node(tag: name, attributes: attrs)
                n.parent = current
                current.children.append(n)
                if !voidTags.contains(name) { current = n }
            } else {
                i += 1
            }
        }
        flushText(s.count)
        guard current === root else { throw Problem(description: "<\(current.tag)> is never closed") }
        return root
    }

    static func tag(_ inner: String) throws -> (String, [(String, String)]) {
        let chars = Array(inner)
        var i = 0
        var name = ""
        while i < chars.count, !chars[i].isWhitespace { name.append(chars[i]); i += 1 }
        var attrs: [(String, String)] = []
        while i < chars.count {
            while i < chars.count, chars[i].isWhitespace { i += 1 }
            guard i < chars.count else { break }
            var key = ""
            while i < chars.count, chars[i] != "=", !chars[i].isWhitespace { key.append(chars[i]); i += 1 }
            if i < chars.count, chars[i] == "=" {
                i += 1
                guard i < chars.count, chars[i] == "\"" || chars[i] == "'" else { throw Problem(description: "unquoted attribute \(key) in <\(inner)>") }
                let q = chars[i]
                i += 1
                var value = ""
                while i < chars.count, chars[i] != q { value.append(chars[i]); i += 1 }
                if chars.indices.contains(i), value.contains("<") { throw Problem(description: "raw < in attribute \(key)") }
                i += 1
                attrs.append((key.lowercased(), decode(value)))
            } else if !key.isEmpty {
                attrs.append((key.lowercased(), ""))
            }
        }
        return (name.lowercased(), attrs)
    }

    static func decode(_ s: String) -> String {
        guard s.contains("&") else { return s }
        return s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#58;", with: ":").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Everything script-like this renderer must never write. Returns the problems found.
    static func scriptProblems(_ html: String) -> [String] {
        var problems: [String] = []
        let lower = html.lowercased()
        for bad in ["<script", "javascript:", "vbscript:", "<iframe", "<object", "<embed", "<base", "<form", "<style", "<link", "<meta", "expression("] where lower.contains(bad) {
            problems.append("contains \(bad)")
        }
        guard let root = try? parse(html) else { return problems + ["not well-formed"] }
        for n in root.descendants {
            for (k, v) in n.attributes {
                if k.hasPrefix("on") { problems.append("event handler \(k) on <\(n.tag)>") }
                if ["href", "src", "poster", "action", "formaction", "xlink:href"].contains(k) {
                    let scheme = v.lowercased().split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
                    let allowed = ["http", "https", "mailto", "tel", "data"]
                    if v.contains(":") && !allowed.contains(scheme) { problems.append("\(k)=\(v.prefix(60)) on <\(n.tag)>") }
                    if scheme == "data", !v.lowercased().hasPrefix("data:image/") { problems.append("non-image data URL in \(k)") }
                }
                if k == "style" {
                    let lv = v.lowercased()
                    if lv.contains("expression") || lv.contains("javascript") || lv.contains("@import") || lv.contains("behavior") {
                        problems.append("suspicious style \(v.prefix(80))")
                    }
                }
            }
        }
        return problems
    }
}
