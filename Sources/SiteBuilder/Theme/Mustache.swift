import CatalogDiagnostics
import JSONTree
import MarkdownHTML

/// A value a template renders: what page views are made of.
enum TemplateValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case list([TemplateValue])
    case map(View)
    /// Markup already rendered, as UTF-8 (a page's content inside the layout): written as
    /// it is by `{{{…}}}`, so it is not turned into a `String` and back.
    case rendered([UInt8])

    /// `false`, `null` and empty lists skip a section; everything else (an empty string
    /// too) renders it, as swift-mustache does.
    var isFalsy: Bool {
        switch self {
        case .null: return true
        case .bool(let b): return !b
        case .list(let l): return l.isEmpty
        default: return false
        }
    }

    var text: String {
        switch self {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .string(let s): return s
        case .rendered(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .list, .map: return ""
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    init(stringLiteral value: String) { self = .string(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    init(dictionaryLiteral elements: (String, TemplateValue)...) {
        var view = View(minimumCapacity: elements.count)
        for (key, value) in elements { view[key] = value }
        self = .map(view)
    }
    init(nilLiteral: ()) { self = .null }
}

/// A compiled Mustache template (the Mustache spec: variables, `{{{unescaped}}}` and `{{&…}}`,
/// dotted names, sections, inverted sections, comments, partials with standalone indentation,
/// set delimiters). Lambdas and template inheritance are not supported.
///
/// Rendering works on `TemplateValue`s directly, without dynamic casts, and runs the
/// template as flat instructions that write UTF-8 bytes (`MustacheProgram`), which makes a
/// page an order of magnitude faster than rendering `Any` values (README, "The Mustache
/// engine"); a test renders every theme template with swift-mustache too and requires
/// identical output.
struct MustacheTemplate: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        case variable([String], escaped: Bool)
        case section([String], [Node], inverted: Bool)
        case partial(String, indentation: String)
    }

    let nodes: [Node]
    let source: String
    let program: MustacheProgram

    struct ParseError: Error, Sendable {
        var message: String
        var location: SourceLocation
    }

    init(_ text: String) throws(ParseError) {
        var parser = MustacheParser(text)
        nodes = try parser.parse()
        source = text
        program = MustacheProgram(nodes)
    }

    /// The key a partial is found under when included with `indentation`.
    static func partialKey(_ name: String, indentation: String) -> String {
        indentation.isEmpty ? name : name + "\u{1}" + indentation
    }

    /// Every (partial, indentation) pair reachable from `templates`, each compiled from its
    /// source with every line indented, as the spec says standalone partials are rendered.
    static func withIndentedPartials(_ templates: [String: MustacheTemplate]) -> [String: MustacheTemplate] {
        var all = templates
        var pending: [MustacheTemplate] = Array(templates.values)
        var rounds = 0
        while let t = pending.popLast(), rounds < 256 {
            rounds += 1
            for (name, indentation) in t.partials() where !indentation.isEmpty {
                let key = partialKey(name, indentation: indentation)
                guard all[key] == nil, let base = templates[name],
                      let indented = try? MustacheTemplate(indent(base.source, with: indentation)) else { continue }
                all[key] = indented
                pending.append(indented)
            }
        }
        return all
    }

    /// Prefixes every line of `text` (not an empty remainder after the last line break).
    static func indent(_ text: String, with indentation: String) -> String {
        var out = ""
        var atLineStart = true
        for c in text {
            if atLineStart { out += indentation }
            out.append(c)
            atLineStart = c == "\n"
        }
        return out
    }

    func partials() -> [(String, String)] {
        var out: [(String, String)] = []
        var stack = nodes
        while let n = stack.popLast() {
            switch n {
            case .partial(let name, let indentation): out.append((name, indentation))
            case .section(_, let body, _): stack.append(contentsOf: body)
            default: break
            }
        }
        return out
    }

    func render(_ value: TemplateValue, partials: [String: MustacheTemplate]) -> String {
        String(decoding: render(stack: [value], partials: partials), as: UTF8.self)
    }

    /// Renders with `stack` as the enclosing contexts, innermost last, into UTF-8.
    func render(stack: [TemplateValue], partials: [String: MustacheTemplate]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16_384)
        var stack = stack
        program.run(stack: &stack, partials: partials, depth: 0, into: &out)
        return out
    }

    static func lookup(_ name: [String], in stack: [TemplateValue]) -> TemplateValue? {
        guard let first = name.first else { return stack.last }
        var found: TemplateValue? = nil
        for context in stack.reversed() {
            if case .map(let m) = context, let v = m[first] {
                found = v
                break
            }
        }
        guard var value = found else { return nil }
        for part in name.dropFirst() {
            guard case .map(let m) = value, let v = m[part] else { return nil }
            value = v
        }
        return value
    }
}

/// A template flattened for rendering: plain instructions (no reference-counted payloads,
/// so walking them retains nothing), the literal text in one byte buffer, the names in a
/// table. A section's body is the instructions up to its `end`.
struct MustacheProgram: Sendable {
    enum Op: Sendable {
        /// Bytes `start..<end` of `text`.
        case text(start: Int, end: Int)
        case variable(name: Int, escaped: Bool)
        case section(name: Int, end: Int, inverted: Bool)
        case partial(key: Int)
    }

    var ops: [Op] = []
    var text: [UInt8] = []
    var names: [[String]] = []
    var partialKeys: [String] = []

    init(_ nodes: [MustacheTemplate.Node]) {
        append(nodes)
    }

    private mutating func append(_ nodes: [MustacheTemplate.Node]) {
        for node in nodes {
            switch node {
            case .text(let t):
                let start = text.count
                text.append(contentsOf: t.utf8)
                ops.append(.text(start: start, end: text.count))
            case .variable(let name, let escaped):
                names.append(name)
                ops.append(.variable(name: names.count - 1, escaped: escaped))
            case .section(let name, let body, let inverted):
                names.append(name)
                let nameIndex = names.count - 1
                let at = ops.count
                ops.append(.section(name: nameIndex, end: 0, inverted: inverted))
                append(body)
                ops[at] = .section(name: nameIndex, end: ops.count, inverted: inverted)
            case .partial(let name, let indentation):
                partialKeys.append(MustacheTemplate.partialKey(name, indentation: indentation))
                ops.append(.partial(key: partialKeys.count - 1))
            }
        }
    }

    /// `partials` must hold the indented variants (`MustacheTemplate.withIndentedPartials`).
    func run(stack: inout [TemplateValue], partials: [String: MustacheTemplate], depth: Int, into out: inout [UInt8]) {
        text.withUnsafeBufferPointer { bytes in
            run(0..<ops.count, bytes: bytes, stack: &stack, partials: partials, depth: depth, into: &out)
        }
    }

    private func run(_ range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, stack: inout [TemplateValue],
                     partials: [String: MustacheTemplate], depth: Int, into out: inout [UInt8])
    {
        var i = range.lowerBound
        while i < range.upperBound {
            switch ops[i] {
            case .text(let start, let end):
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                i += 1
            case .variable(let name, let escaped):
                i += 1
                guard let v = MustacheTemplate.lookup(names[name], in: stack) else { continue }
                switch v {
                case .string(let s):
                    if escaped { HTML.escape(s, into: &out) } else { out.append(contentsOf: s.utf8) }
                case .rendered(let bytes) where !escaped:
                    out.append(contentsOf: bytes)
                case .null, .list, .map:
                    continue
                default:
                    let s = v.text
                    if escaped { HTML.escape(s, into: &out) } else { out.append(contentsOf: s.utf8) }
                }
            case .section(let name, let end, let inverted):
                let body = (i + 1)..<end
                i = end
                let v = MustacheTemplate.lookup(names[name], in: stack) ?? .null
                if inverted {
                    if v.isFalsy { run(body, bytes: bytes, stack: &stack, partials: partials, depth: depth, into: &out) }
                    continue
                }
                switch v {
                case .null:
                    continue
                case .bool(let b):
                    if b { run(body, bytes: bytes, stack: &stack, partials: partials, depth: depth, into: &out) }
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        run(body, bytes: bytes, stack: &stack, partials: partials, depth: depth, into: &out)
                        stack.removeLast()
                    }
                default:
                    stack.append(v)
                    run(body, bytes: bytes, stack: &stack, partials: partials, depth: depth, into: &out)
                    stack.removeLast()
                }
            case .partial(let key):
                i += 1
                // A depth limit stops partials that include themselves.
                guard depth < 32, let p = partials[partialKeys[key]] else { continue }
                p.program.run(stack: &stack, partials: partials, depth: depth + 1, into: &out)
            }
        }
    }
}

/// Parses Mustache text into nodes, removing standalone tag lines as the spec says.
private struct MustacheParser {
    static let maxNesting = 100
    let chars: [Character]
    var pos = 0
    var open: [Character] = ["{", "{"]
    var close: [Character] = ["}", "}"]

    init(_ text: String) {
        chars = Array(text)
    }

    func location(_ offset: Int) -> SourceLocation {
        var line = 1, col = 1
        for c in chars[0..<min(offset, chars.count)] {
            if c == "\n" { line += 1; col = 1 } else { col += 1 }
        }
        return SourceLocation(line: line, column: col)
    }

    func matches(_ seq: [Character], at i: Int) -> Bool {
        guard i + seq.count <= chars.count else { return false }
        for (k, c) in seq.enumerated() where chars[i + k] != c { return false }
        return true
    }

    struct Frame {
        var name: String
        var inverted: Bool
        var nodes: [MustacheTemplate.Node] = []
        var start: Int
    }

    mutating func parse() throws(MustacheTemplate.ParseError) -> [MustacheTemplate.Node] {
        var frames = [Frame(name: "", inverted: false, start: 0)]
        var text = ""
        func flush() {
            if !text.isEmpty {
                frames[frames.count - 1].nodes.append(.text(text))
                text = ""
            }
        }
        while pos < chars.count {
            guard matches(open, at: pos) else {
                text.append(chars[pos])
                pos += 1
                continue
            }
            let tagStart = pos
            var i = pos + open.count
            // Triple mustache.
            var sigil: Character? = nil
            if i < chars.count, ["#", "^", "/", "!", ">", "&", "=", "{"].contains(chars[i]) {
                sigil = chars[i]
                i += 1
            }
            let closing: [Character] = sigil == "{" ? ["}"] + close : (sigil == "=" ? ["="] + close : close)
            var end = i
            while end < chars.count, !matches(closing, at: end) { end += 1 }
            guard end < chars.count else {
                throw .init(message: "unclosed tag", location: location(tagStart))
            }
            let content = String(chars[i..<end]).trimmingCharacters(in: .whitespaces)
            let tagEnd = end + closing.count

            // Standalone: only whitespace before the tag on its line and after it up to the line end.
            let standaloneKinds: Set<Character> = ["#", "^", "/", "!", ">", "="]
            var lineStart = tagStart
            while lineStart > 0, chars[lineStart - 1] == " " || chars[lineStart - 1] == "\t" { lineStart -= 1 }
            let startsLine = lineStart == 0 || chars[lineStart - 1] == "\n"
            var after = tagEnd
            while after < chars.count, chars[after] == " " || chars[after] == "\t" { after += 1 }
            let endsLine = after == chars.count || chars[after] == "\n" || (chars[after] == "\r" && after + 1 < chars.count && chars[after + 1] == "\n")
            let standalone = sigil.map { standaloneKinds.contains($0) } == true && startsLine && endsLine
            var indentation = ""
            if standalone {
                // Drop the whitespace before the tag (already collected as text).
                let leading = tagStart - lineStart
                if leading > 0 {
                    indentation = String(chars[lineStart..<tagStart])
                    text.removeLast(min(leading, text.count))
                }
                if after < chars.count { after += chars[after] == "\r" ? 2 : 1 }
                pos = after
            } else {
                pos = tagEnd
            }

            switch sigil {
            case "!":
                break
            case "=":
                let parts = content.split(separator: " ", omittingEmptySubsequences: true)
                guard parts.count == 2 else { throw .init(message: "invalid set-delimiter tag", location: location(tagStart)) }
                open = Array(parts[0])
                close = Array(parts[1])
            case "#", "^":
                flush()
                // Compiling and rendering recurse into sections: a bound keeps a hostile
                // theme from exhausting the stack.
                guard frames.count <= Self.maxNesting else {
                    throw .init(message: "sections nest more than \(Self.maxNesting) deep", location: location(tagStart))
                }
                frames.append(Frame(name: content, inverted: sigil == "^", start: tagStart))
            case "/":
                flush()
                guard frames.count > 1, let frame = frames.last, frame.name == content else {
                    let expected = frames.count > 1 ? "{{/\(frames[frames.count - 1].name)}}" : "no section to close"
                    throw .init(message: "{{/\(content)}} does not close a section (expected \(expected))", location: location(tagStart))
                }
                frames.removeLast()
                frames[frames.count - 1].nodes.append(.section(Self.path(content), frame.nodes, inverted: frame.inverted))
            case ">":
                flush()
                frames[frames.count - 1].nodes.append(.partial(content, indentation: standalone ? indentation : ""))
            case "&", "{":
                flush()
                frames[frames.count - 1].nodes.append(.variable(Self.path(content), escaped: false))
            default:
                flush()
                if content.isEmpty { throw .init(message: "empty tag", location: location(tagStart)) }
                frames[frames.count - 1].nodes.append(.variable(Self.path(content), escaped: true))
            }
        }
        flush()
        if frames.count > 1, let last = frames.last {
            throw .init(message: "the section {{#\(last.name)}} is never closed", location: location(last.start))
        }
        return frames[0].nodes
    }

    static func path(_ name: String) -> [String] {
        name == "." ? [] : name.split(separator: ".").map(String.init)
    }
}
