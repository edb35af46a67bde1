import CatalogDiagnostics
import JSONTree
import MarkdownHTML

/// Bounds on one rendering, so that a theme whose partials include each other twice or
/// whose sections nest over long lists cannot run (or grow) without end: past either
/// bound, rendering stops where it is and `exceeded` is set (docs/limits.md).
struct MustacheBudget: Sendable {
    static let standardSteps = 5_000_000
    static let standardBytes = 64 << 20
    /// Instructions and list items left to render.
    var steps: Int
    /// The most bytes the output may hold.
    var maxBytes: Int
    var exceeded = false

    init(steps: Int = standardSteps, maxBytes: Int = standardBytes) {
        self.steps = steps
        self.maxBytes = maxBytes
    }

    /// Charges one step; false (and `exceeded`) when the budget is spent.
    @inline(__always)
    mutating func charge(_ out: [UInt8]) -> Bool {
        steps -= 1
        if steps < 0 || out.count > maxBytes { exceeded = true }
        return !exceeded
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

    /// How deeply partials are included (a partial that includes itself stops there).
    static let maxPartialDepth = 32

    var ops: [Op] = []
    var text: [UInt8] = []
    var names: [[String]] = []
    /// The name when it is one part (not `.` and not dotted): such variables are written in
    /// place (`write(_:from:escaped:into:)`).
    var plainKeys: [String?] = []
    var partialKeys: [String] = []

    init(_ nodes: [MustacheTemplate.Node]) {
        append(nodes)
        plainKeys = names.map { $0.count == 1 ? $0[0] : nil }
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

    /// A variable's value as the page shows it.
    @inline(__always)
    static func write(_ v: TemplateValue, escaped: Bool, into out: inout [UInt8]) {
        switch v {
        case .string(let s):
            if escaped { HTML.escape(s, into: &out) } else { out.append(contentsOf: s.utf8) }
        case .rendered(let bytes) where !escaped:
            out.append(contentsOf: bytes)
        case .null, .list, .map:
            return
        default:
            let s = v.text
            if escaped { HTML.escape(s, into: &out) } else { out.append(contentsOf: s.utf8) }
        }
    }

    /// The innermost context's value for a one-part name, written where it is (a lookup
    /// would copy it out, retaining its text). Most variables are one part.
    static func write(_ key: String, from stack: [TemplateValue], escaped: Bool, into out: inout [UInt8]) {
        stack.withUnsafeBufferPointer { contexts in
            var i = contexts.count
            while i > 0 {
                i -= 1
                if case .map(let m) = contexts[i], m.withValue(key, { write($0, escaped: escaped, into: &out) }) { return }
            }
        }
    }

    /// `partials` must hold the indented variants (`MustacheTemplate.withIndentedPartials`).
    func run(
        stack: inout [TemplateValue], partials: [String: MustacheTemplate], depth: Int, budget: inout MustacheBudget,
        into out: inout [UInt8]
    ) {
        text.withUnsafeBufferPointer { bytes in
            run(0..<ops.count, bytes: bytes, stack: &stack, partials: partials, depth: depth, budget: &budget, into: &out)
        }
    }

    private func run(
        _ range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, stack: inout [TemplateValue],
        partials: [String: MustacheTemplate], depth: Int, budget: inout MustacheBudget, into out: inout [UInt8]
    ) {
        var i = range.lowerBound
        while i < range.upperBound, budget.charge(out) {
            switch ops[i] {
            case .text(let start, let end):
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                i += 1
            case .variable(let name, let escaped):
                i += 1
                if let key = plainKeys[name] {
                    Self.write(key, from: stack, escaped: escaped, into: &out)
                } else if let v = MustacheTemplate.lookup(names[name], in: stack) {
                    Self.write(v, escaped: escaped, into: &out)
                }
            case .section(let name, let end, let inverted):
                let body = (i + 1)..<end
                i = end
                let v = (plainKeys[name].map { MustacheTemplate.innermost($0, in: stack) } ?? MustacheTemplate.lookup(names[name], in: stack)) ?? .null
                if inverted {
                    if v.isFalsy { run(body, bytes: bytes, stack: &stack, partials: partials, depth: depth, budget: &budget, into: &out) }
                    continue
                }
                switch v {
                case .null:
                    continue
                case .bool(let b):
                    if b { run(body, bytes: bytes, stack: &stack, partials: partials, depth: depth, budget: &budget, into: &out) }
                case .list(let items):
                    for item in items where budget.charge(out) {
                        stack.append(item)
                        run(body, bytes: bytes, stack: &stack, partials: partials, depth: depth, budget: &budget, into: &out)
                        stack.removeLast()
                    }
                default:
                    stack.append(v)
                    run(body, bytes: bytes, stack: &stack, partials: partials, depth: depth, budget: &budget, into: &out)
                    stack.removeLast()
                }
            case .partial(let key):
                i += 1
                // A depth limit stops partials that include themselves (the budget, those
                // that include themselves more than once).
                guard depth < Self.maxPartialDepth, let p = partials[partialKeys[key]] else { continue }
                p.program.run(stack: &stack, partials: partials, depth: depth + 1, budget: &budget, into: &out)
            }
        }
    }
}
