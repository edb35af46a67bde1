import JSONTree

/// The JavaScript conversions and comparisons the official engine relies on
/// (`String(x)`, `JSON.stringify`, `parseFloat`, `==` on values…), written once so every
/// built-in agrees with every other.
enum JS {
    // MARK: - Text

    /// `x.toString()` (what `'' + x` gives), with `undefined` spelled out.
    static func toString(_ value: Value) -> String {
        switch value {
        case .undefined: return "undefined"
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let d): return JSNumber.format(d)
        case .string(let s): return s
        case .array(let a): return arrayToString(a, depth: 0)
        case .object: return "[object Object]"
        case .bytes(let b): return b.map { String($0) }.joined(separator: ",")
        }
    }

    static func toString(_ json: JSONValue) -> String { toString(Value(json)) }

    /// `Array.prototype.toString`: elements joined by commas, `null` as the empty string.
    private static func arrayToString(_ a: [JSONValue], depth: Int) -> String {
        var out = ""
        for (i, e) in a.enumerated() {
            if i > 0 { out += "," }
            switch e {
            case .null: break
            case .array(let inner): out += depth > 64 ? "" : arrayToString(inner, depth: depth + 1)
            default: out += toString(Value(e))
            }
        }
        return out
    }

    /// `JSON.stringify(x)`; nil for `undefined` (which has no JSON text).
    static func stringify(_ value: Value) -> String? {
        switch value {
        case .undefined: return nil
        case .bytes(let b):
            // A Uint8Array serialises as an object keyed by index.
            var o = JSONObject()
            for (i, byte) in b.enumerated() { o[String(i)] = .number(Double(byte)) }
            return JSONWriter.serialize(.object(o))
        default: return JSONWriter.serialize(value.json)
        }
    }

    /// The engine's `commonStringify`: nullish → "", containers → JSON without the
    /// outer quote characters, anything else → `toString()`.
    static func commonStringify(_ value: Value) -> String {
        switch value {
        case .undefined, .null: return ""
        case .array, .object, .bytes:
            let text = stringify(value) ?? ""
            return trimQuotes(text)
        default: return toString(value)
        }
    }

    /// Strips leading and trailing runs of `'` and `"`.
    static func trimQuotes(_ text: String) -> String {
        let u = Array(text.utf8)
        var start = 0, end = u.count
        while start < end, u[start] == 0x22 || u[start] == 0x27 { start += 1 }
        while end > start, u[end - 1] == 0x22 || u[end - 1] == 0x27 { end -= 1 }
        if start == 0 && end == u.count { return text }
        return String(decoding: u[start..<end], as: UTF8.self)
    }

    // MARK: - Numbers

    /// `parseFloat(s)`; nil where JavaScript gives NaN.
    static func parseFloat(_ s: String) -> Double? {
        let u = Array(s.utf8)
        var i = skipLeadingWhitespace(u)
        let start = i
        if i < u.count, u[i] == 0x2B || u[i] == 0x2D { i += 1 }
        // Infinity
        let inf = Array("Infinity".utf8)
        if u.count - i >= inf.count, Array(u[i..<(i + inf.count)]) == inf {
            return u[start] == 0x2D ? -.infinity : .infinity
        }
        let digitsStart = i
        while i < u.count, isDigit(u[i]) { i += 1 }
        var sawDigits = i > digitsStart
        if i < u.count, u[i] == 0x2E {
            var j = i + 1
            while j < u.count, isDigit(u[j]) { j += 1 }
            if j > i + 1 { sawDigits = true }
            if sawDigits { i = j }
        }
        guard sawDigits else { return nil }
        if i < u.count, u[i] == 0x65 || u[i] == 0x45 {
            var j = i + 1
            if j < u.count, u[j] == 0x2B || u[j] == 0x2D { j += 1 }
            let expStart = j
            while j < u.count, isDigit(u[j]) { j += 1 }
            if j > expStart { i = j }
        }
        let text = String(decoding: u[start..<i], as: UTF8.self)
        return Double(text) ?? (text.hasPrefix("-") ? -.infinity : .infinity)
    }

    /// `parseInt(s, 10)`; nil where JavaScript gives NaN.
    static func parseInt(_ s: String) -> Double? {
        let u = Array(s.utf8)
        var i = skipLeadingWhitespace(u)
        var negative = false
        if i < u.count, u[i] == 0x2B || u[i] == 0x2D { negative = u[i] == 0x2D; i += 1 }
        let start = i
        while i < u.count, isDigit(u[i]) { i += 1 }
        guard i > start else { return nil }
        let digits = String(decoding: u[start..<i], as: UTF8.self)
        let value = Double(digits) ?? .infinity
        return negative ? -value : value
    }

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private static func skipLeadingWhitespace(_ u: [UInt8]) -> Int {
        // Fast path for ASCII; fall back to scalars for the Unicode spaces JavaScript trims.
        var i = 0
        while i < u.count {
            let b = u[i]
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) { i += 1; continue }
            if b < 0x80 { break }
            let rest = String(decoding: u[i...], as: UTF8.self)
            guard let first = rest.unicodeScalars.first, isWhitespace(first) else { break }
            i += String(first).utf8.count
        }
        return i
    }

    /// JavaScript's WhiteSpace and LineTerminator code points (what `trim` and `\s` use).
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        case 0x2000...0x200A:
            return true
        default:
            return false
        }
    }

    /// `String.prototype.trim`.
    static func trim(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }) else { return "" }
        guard let last = scalars.lastIndex(where: { !isWhitespace($0) }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return s }
        return String(scalars[first...last])
    }

    // MARK: - Equality and order

    /// The engine's `commonEquals` (`==`, `equals`, `contains`, `indexOf` on lists…).
    static func equals(_ a: Value, _ b: Value) -> Bool {
        if a.isNullish || b.isNullish { return a.isNullish && b.isNullish }
        switch (a, b) {
        case (.array(let x), .array(let y)):
            guard x.count == y.count else { return false }
            for i in 0..<x.count where !equals(Value(x[i]), Value(y[i])) { return false }
            return true
        case (.object(let x), .object(let y)):
            return deepEqual(.object(x), .object(y), depth: 0)
        case (.bytes(let x), .bytes(let y)):
            return x == y
        case (.number(let x), .number(let y)):
            return abs(x - y) < Double.ulpOfOne || x == y
        case (.string(let x), .string(let y)):
            return sameText(x, y)
        case (.bool(let x), .bool(let y)):
            return x == y
        default:
            return false
        }
    }

    /// lodash `isEqual` on JSON: member order does not matter, numbers compare exactly.
    static func deepEqual(_ a: JSONValue, _ b: JSONValue, depth: Int) -> Bool {
        if depth > 1_000 { return false }
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y || (x.isNaN && y.isNaN)
        case (.string(let x), .string(let y)): return sameText(x, y)
        case (.array(let x), .array(let y)):
            guard x.count == y.count else { return false }
            for i in 0..<x.count where !deepEqual(x[i], y[i], depth: depth + 1) { return false }
            return true
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            for (k, v) in x {
                guard let w = y[k], deepEqual(v, w, depth: depth + 1) else { return false }
            }
            return true
        default: return false
        }
    }

    /// `===` on strings: the same code units (Swift's `==` would also equate canonically
    /// equivalent spellings).
    @inline(__always)
    static func sameText(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }

    /// `a < b` on strings: UTF-16 code unit order.
    static func less(_ a: String, _ b: String) -> Bool {
        a.utf16.lexicographicallyPrecedes(b.utf16)
    }

    /// The default `Array.prototype.sort` comparator: by `String(x)`, `undefined` last.
    static func defaultSortKey(_ v: JSONValue) -> String { toString(Value(v)) }

    // MARK: - UTF-16 strings

    /// `s.length`.
    @inline(__always)
    static func length(_ s: String) -> Int { s.utf16.count }

    /// `s.substr(start, length)` on UTF-16 offsets (already range-checked by the caller).
    static func substring(_ s: String, from start: Int, length: Int) -> String {
        let u = s.utf16
        let lo = u.index(u.startIndex, offsetBy: max(0, min(start, u.count)))
        let hi = u.index(lo, offsetBy: max(0, min(length, u.distance(from: lo, to: u.endIndex))))
        return String(decoding: Array(u[lo..<hi]), as: UTF16.self)
    }

    /// `s.indexOf(t)` in UTF-16 code units.
    static func indexOf(_ s: String, _ t: String) -> Int {
        if t.isEmpty { return 0 }
        let a = Array(s.utf16), b = Array(t.utf16)
        guard b.count <= a.count else { return -1 }
        var i = 0
        while i + b.count <= a.count {
            if a[i] == b[0] {
                var j = 1
                while j < b.count, a[i + j] == b[j] { j += 1 }
                if j == b.count { return i }
            }
            i += 1
        }
        return -1
    }

    /// `s.lastIndexOf(t, s.length - 1)` in UTF-16 code units.
    static func lastIndexOf(_ s: String, _ t: String) -> Int {
        let a = Array(s.utf16), b = Array(t.utf16)
        let from = max(0, a.count - 1)
        if b.isEmpty { return min(from, a.count) }
        guard b.count <= a.count else { return -1 }
        var i = min(from, a.count - b.count)
        while i >= 0 {
            var j = 0
            while j < b.count, a[i + j] == b[j] { j += 1 }
            if j == b.count { return i }
            i -= 1
        }
        return -1
    }

    /// `s.split(separator)` with a string separator (the empty separator splits into
    /// code units).
    static func split(_ s: String, by sep: String) -> [String] {
        if sep.isEmpty {
            return s.utf16.map { String(decoding: [$0], as: UTF16.self) }
        }
        let a = Array(s.utf16), b = Array(sep.utf16)
        var parts: [String] = []
        var start = 0, i = 0
        while i + b.count <= a.count {
            if a[i] == b[0] && Array(a[i..<(i + b.count)]) == b {
                parts.append(String(decoding: a[start..<i], as: UTF16.self))
                i += b.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(String(decoding: a[start...], as: UTF16.self))
        return parts
    }

    /// The UTF-16 code unit at `index` as a string (`s[i]`).
    static func codeUnit(_ s: String, at index: Int) -> String {
        let u = s.utf16
        let i = u.index(u.startIndex, offsetBy: index)
        return String(decoding: [u[i]], as: UTF16.self)
    }

    /// `toLowerCase` / `toUpperCase`.
    static func lower(_ s: String) -> String { s.lowercased() }
    static func upper(_ s: String) -> String { s.uppercased() }
}
