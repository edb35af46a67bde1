/// Serialises `JSONValue`s the way JavaScript's `JSON.stringify` does: member order kept,
/// numbers in ECMAScript notation, the same escapes. Output is deterministic.
public enum JSONWriter {
    public enum Style: Sendable {
        /// No whitespace at all: `{"a":[1,2]}`.
        case compact
        /// `JSON.stringify(value, null, indent)`.
        case pretty(indent: Int)
    }

    /// `level` (pretty style only) is how deeply the value is nested in the document it
    /// will be part of: its members are indented for that depth, so pieces serialized apart
    /// (in parallel) join into what serializing the whole document gives.
    public static func serialize(_ value: JSONValue, style: Style = .compact, level: Int = 0) -> String {
        var out = ""
        out.reserveCapacity(64)
        switch style {
        case .compact: writeCompact(value, into: &out)
        case .pretty(let indent): writePretty(value, indent: String(repeating: " ", count: indent), level: level, into: &out)
        }
        return out
    }

    /// A JSON string literal for `s`, with quotes.
    public static func quote(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 2)
        writeString(s, into: &out)
        return out
    }

    static func writeCompact(_ value: JSONValue, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let d): out += d.isFinite ? JSNumber.format(d) : "null"
        case .string(let s): writeString(s, into: &out)
        case .array(let a):
            out += "["
            var first = true
            for e in a {
                if !first { out += "," }
                first = false
                writeCompact(e, into: &out)
            }
            out += "]"
        case .object(let o):
            out += "{"
            var first = true
            for (k, v) in o {
                if !first { out += "," }
                first = false
                writeString(k, into: &out)
                out += ":"
                writeCompact(v, into: &out)
            }
            out += "}"
        }
    }

    static func writePretty(_ value: JSONValue, indent: String, level: Int, into out: inout String) {
        switch value {
        case .array(let a) where !a.isEmpty:
            out += "[\n"
            for (i, e) in a.enumerated() {
                for _ in 0...level { out += indent }
                writePretty(e, indent: indent, level: level + 1, into: &out)
                out += i + 1 < a.count ? ",\n" : "\n"
            }
            for _ in 0..<level { out += indent }
            out += "]"
        case .object(let o) where !o.isEmpty:
            out += "{\n"
            var i = 0
            for (k, v) in o {
                for _ in 0...level { out += indent }
                writeString(k, into: &out)
                out += ": "
                writePretty(v, indent: indent, level: level + 1, into: &out)
                i += 1
                out += i < o.count ? ",\n" : "\n"
            }
            for _ in 0..<level { out += indent }
            out += "}"
        default:
            writeCompact(value, into: &out)
        }
    }

    private static let hex: [Character] = Array("0123456789abcdef")

    /// Appends `s` as a JSON string literal. Runs of characters that need no escape are
    /// appended as slices of `s` (appending through `out.unicodeScalars` would copy `out`).
    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escape: one pass over the bytes, then one append.
        let plain = s.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        }
        if plain == true {
            out += s
            out += "\""
            return
        }
        let scalars = s.unicodeScalars
        var run = scalars.startIndex
        var i = run
        while i < scalars.endIndex {
            let c = scalars[i]
            let escape: String?
            switch c {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "\u{08}": escape = "\\b"
            case "\u{0C}": escape = "\\f"
            default:
                if c.value < 0x20 {
                    escape = "\\u00" + String(hex[Int(c.value >> 4)]) + String(hex[Int(c.value & 0xF)])
                } else {
                    escape = nil
                }
            }
            if let escape {
                out += s[run..<i]
                out += escape
                i = scalars.index(after: i)
                run = i
            } else {
                i = scalars.index(after: i)
            }
        }
        out += s[run..<scalars.endIndex]
        out += "\""
    }
}
