import MarkdownHTML

/// An append-only HTML byte buffer that can roll back to a mark (used when an element turns
/// out to render nothing after its separator was written).
struct HTMLBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The HTML. Text that merely mentions a script scheme (`javascript:` in a title, say)
    /// has its colon written as `&#58;`: it reads the same, and no `…script:` appears in
    /// the page at all, for readers and for scanners alike. (URLs with such schemes are
    /// refused long before this.)
    var string: String {
        var b = bytes
        Self.defuseScriptSchemes(&b)
        return String(decoding: b, as: UTF8.self)
    }

    static func defuseScriptSchemes(_ b: inout [UInt8]) {
        let word: [UInt8] = Array("script".utf8)
        var hits: [Int] = []
        var i = 6
        while i < b.count {
            if b[i] == UInt8(ascii: ":") {
                var match = true
                for k in 0..<6 where (b[i - 6 + k] | 0x20) != word[k] {
                    match = false
                    break
                }
                if match { hits.append(i) }
            }
            i += 1
        }
        guard !hits.isEmpty else { return }
        var out: [UInt8] = []
        out.reserveCapacity(b.count + hits.count * 4)
        var last = 0
        for h in hits {
            out.append(contentsOf: b[last..<h])
            out.append(contentsOf: Array("&#58;".utf8))
            last = h + 1
        }
        out.append(contentsOf: b[last...])
        b = out
    }

    var mark: Int { bytes.count }

    mutating func rollBack(to mark: Int) {
        if mark < bytes.count { bytes.removeSubrange(mark...) }
    }

    /// Appends trusted markup (literals and values built only from safe characters).
    @inline(__always)
    mutating func raw(_ s: String) {
        bytes.append(contentsOf: s.utf8)
    }

    @inline(__always)
    mutating func raw(_ s: Substring) {
        bytes.append(contentsOf: s.utf8)
    }

    /// Appends text, escaped for element content and quoted attribute values.
    @inline(__always)
    mutating func text(_ s: String) {
        bytes.append(contentsOf: HTML.escape(s).utf8)
    }

    /// ` name="value"` with the value escaped.
    mutating func attr(_ name: String, _ value: String) {
        raw(" ")
        raw(name)
        raw("=\"")
        text(value)
        raw("\"")
    }

    /// `<tag class="…"` — the caller closes the start tag.
    mutating func open(_ tag: String, _ classes: String) {
        raw("<")
        raw(tag)
        raw(" class=\"")
        raw(classes)
        raw("\"")
    }
}

/// Builds a class list and an inline style from pieces.
struct ClassList {
    var value: String

    init(_ first: String) {
        value = first
        value.reserveCapacity(64)
    }

    @inline(__always)
    mutating func add(_ c: String) {
        value += " "
        value += c
    }

    @inline(__always)
    mutating func add(_ c: String, if condition: Bool) {
        if condition { add(c) }
    }
}

struct InlineStyle {
    var value = ""

    /// Adds `name:value` (both built by the renderer from checked values).
    mutating func add(_ name: String, _ v: String) {
        if !value.isEmpty { value += ";" }
        value += name
        value += ":"
        value += v
    }

    var isEmpty: Bool { value.isEmpty }
}
