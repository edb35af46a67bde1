import CatalogDiagnostics
import JSONTree
import MarkdownHTML

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
    /// Only as deep as partials are rendered (`MustacheProgram.maxPartialDepth`): a partial
    /// that includes itself on an indented line would otherwise be copied, more indented
    /// each time, 256 times over (found by FuzzMustache: two seconds for a 3 KB theme).
    static func withIndentedPartials(_ templates: [String: MustacheTemplate]) -> [String: MustacheTemplate] {
        var all = templates
        var pending: [(template: MustacheTemplate, depth: Int)] = templates.values.map { ($0, 0) }
        var rounds = 0
        while let (t, depth) = pending.popLast(), rounds < 256 {
            rounds += 1
            guard depth + 1 < MustacheProgram.maxPartialDepth else { continue }
            for (name, indentation) in t.partials() where !indentation.isEmpty {
                let key = partialKey(name, indentation: indentation)
                guard all[key] == nil, let base = templates[name],
                    let indented = try? MustacheTemplate(indent(base.source, with: indentation))
                else { continue }
                all[key] = indented
                pending.append((indented, depth + 1))
            }
        }
        return all
    }

    /// Prefixes every line of `text` (not an empty remainder after the last line break); a
    /// line ends at LF, so CRLF too.
    static func indent(_ text: String, with indentation: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 9 / 8)
        var atLineStart = true
        for b in text.utf8 {
            if atLineStart { out.append(contentsOf: indentation.utf8) }
            out.append(b)
            atLineStart = b == 0x0A
        }
        return String(decoding: out, as: UTF8.self)
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

    /// Renders with `stack` as the enclosing contexts, innermost last, into UTF-8. Past the
    /// budget the output stops where it is and `budget.exceeded` is set.
    /// `capacity`: the bytes to reserve (a layout reserves room for its page's content, so
    /// that the buffer is not grown and copied on the way).
    func render(stack: [TemplateValue], partials: [String: MustacheTemplate], budget: inout MustacheBudget, capacity: Int = 16_384) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(capacity)
        var stack = stack
        program.run(stack: &stack, partials: partials, depth: 0, budget: &budget, into: &out)
        return out
    }

    func render(stack: [TemplateValue], partials: [String: MustacheTemplate]) -> [UInt8] {
        var budget = MustacheBudget()
        return render(stack: stack, partials: partials, budget: &budget)
    }

    /// The value of `key` in the innermost context that has it.
    static func innermost(_ key: String, in stack: [TemplateValue]) -> TemplateValue? {
        stack.withUnsafeBufferPointer { contexts in
            var i = contexts.count
            while i > 0 {
                i -= 1
                if case .map(let m) = contexts[i], let v = m[key] { return v }
            }
            return nil
        }
    }

    /// The innermost context that has the name's first part, then the rest of the dotted
    /// name inside it. The stack is read in place (copying each context would retain it).
    static func lookup(_ name: [String], in stack: [TemplateValue]) -> TemplateValue? {
        guard let first = name.first else { return stack.last }
        guard var value = innermost(first, in: stack) else { return nil }
        for part in name.dropFirst() {
            guard case .map(let m) = value, let v = m[part] else { return nil }
            value = v
        }
        return value
    }
}
