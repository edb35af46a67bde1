import CatalogSupport

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
        var out: [UInt8] = []
        out.reserveCapacity(256)
        switch style {
        case .compact: writeCompact(value, into: &out)
        case .pretty(let indent): writePretty(value, indent: indent, level: level, into: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON string literal for `s`, with quotes.
    public static func quote(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 2)
        writeString(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends a JSON string literal for `s`, with quotes (for writers that build JSON
    /// text directly).
    public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        writeString(s, into: &out)
    }

    // The writers append UTF-8 bytes: much cheaper per piece than appending to a `String`.

    static func writeCompact(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .null: append("null", to: &out)
        case .bool(let b): append(b ? "true" : "false", to: &out)
        case .number(let d): out.append(contentsOf: (d.isFinite ? JSNumber.format(d) : "null").utf8)
        case .string(let s): writeString(s, into: &out)
        case .array(let a):
            out.append(UInt8(ascii: "["))
            a.withUnsafeBufferPointer { items in
                for i in items.indices {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    writeCompact(items[i], into: &out)
                }
            }
            out.append(UInt8(ascii: "]"))
        case .object(let o):
            out.append(UInt8(ascii: "{"))
            forEachMember(o) { i, k, v in
                if i > 0 { out.append(UInt8(ascii: ",")) }
                writeString(k, into: &out)
                out.append(UInt8(ascii: ":"))
                writeCompact(v, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// An object's members with their positions, read in place (iterating the dictionary
    /// would copy, and retain, every key and value).
    @inline(__always)
    private static func forEachMember(_ o: JSONObject, _ body: (Int, String, JSONValue) -> Void) {
        o.keys.elements.withUnsafeBufferPointer { keys in
            o.values.elements.withUnsafeBufferPointer { values in
                for i in keys.indices { body(i, keys[i], values[i]) }
            }
        }
    }

    /// A newline and `count` spaces.
    static func newline(_ count: Int, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\n"))
        var left = count
        while left > 0 {
            let n = min(left, spaces.count)
            spaces.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<n])) }
            left -= n
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    static func writePretty(_ value: JSONValue, indent: Int, level: Int, into out: inout [UInt8]) {
        switch value {
        case .array(let a) where !a.isEmpty:
            out.append(UInt8(ascii: "["))
            a.withUnsafeBufferPointer { items in
                for i in items.indices {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    newline((level + 1) * indent, into: &out)
                    writePretty(items[i], indent: indent, level: level + 1, into: &out)
                }
            }
            newline(level * indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let o) where !o.isEmpty:
            out.append(UInt8(ascii: "{"))
            forEachMember(o) { i, k, v in
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline((level + 1) * indent, into: &out)
                writeString(k, into: &out)
                append(": ", to: &out)
                writePretty(v, indent: indent, level: level + 1, into: &out)
            }
            newline(level * indent, into: &out)
            out.append(UInt8(ascii: "}"))
        default:
            writeCompact(value, into: &out)
        }
    }

    @inline(__always) private static func append(_ s: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `s` as a JSON string literal. Only ASCII needs escaping, so the UTF-8 bytes
    /// are copied in runs between the bytes that do.
    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        ByteScan.withUTF8(s) { bytes in
            ByteScan.copy(
                bytes, into: &out, isClear: { !mayNeedEscaping($0) },
                needsEscape: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }, escape: writeEscape)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Writes the escape of a byte that needs one.
    @inline(__always)
    private static func writeEscape(_ b: UInt8, into out: inout [UInt8]) {
        switch b {
        case UInt8(ascii: "\""): append("\\\"", to: &out)
        case UInt8(ascii: "\\"): append("\\\\", to: &out)
        case 0x0A: append("\\n", to: &out)
        case 0x0D: append("\\r", to: &out)
        case 0x09: append("\\t", to: &out)
        case 0x08: append("\\b", to: &out)
        case 0x0C: append("\\f", to: &out)
        default:
            append("\\u00", to: &out)
            out.append(hex[Int(b >> 4)])
            out.append(hex[Int(b & 0xF)])
        }
    }

    /// Whether any of eight bytes may be a control character, `"` or `\\` (exact: false
    /// means none is).
    @inline(__always)
    static func mayNeedEscaping(_ w: UInt64) -> Bool {
        ByteScan.mask(w, below: 0x20) | ByteScan.mask(w, equalTo: UInt8(ascii: "\"")) | ByteScan.mask(w, equalTo: UInt8(ascii: "\\")) != 0
    }
}
