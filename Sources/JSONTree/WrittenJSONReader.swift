/// Reads JSON the tool wrote itself (the build state and digests in a site folder): strict
/// RFC 8259, straight into values, without the source positions `JSONParser` keeps for
/// package files. Reading a 17 MB digests file this way takes a fraction of what the
/// positioned reader takes, which is most of what an incremental build spends before it
/// starts on the changed packages.
extension JSONValue {
    /// The value, or nil for anything that is not strict JSON (the caller then treats the
    /// file as missing, and rebuilds).
    public static func parseWritten(_ bytes: [UInt8]) -> JSONValue? {
        parseWritten(bytes[...])
    }

    /// A part of a file, read without copying it.
    public static func parseWritten(_ bytes: ArraySlice<UInt8>) -> JSONValue? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = WrittenJSONReader(b: buffer)
            reader.skipSpace()
            guard let value = reader.value(depth: 0) else { return nil }
            reader.skipSpace()
            // Not `cond ? value : nil`: JSONValue takes `nil` as a literal (.null).
            guard reader.i == buffer.count else { return Optional<JSONValue>.none }
            return value
        }
    }
}

struct WrittenJSONReader {
    static let maxDepth = 512
    let b: UnsafeBufferPointer<UInt8>
    var i = 0

    mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
    }

    mutating func value(depth: Int) -> JSONValue? {
        guard depth < Self.maxDepth, i < b.count else { return nil }
        switch b[i] {
        case UInt8(ascii: "{"): return object(depth: depth)
        case UInt8(ascii: "["): return array(depth: depth)
        case UInt8(ascii: "\""): return string().map(JSONValue.string)
        case UInt8(ascii: "t"): return literal("true", .bool(true))
        case UInt8(ascii: "f"): return literal("false", .bool(false))
        case UInt8(ascii: "n"): return literal("null", .null)
        default: return number()
        }
    }

    mutating func literal(_ word: StaticString, _ value: JSONValue) -> JSONValue? {
        let n = word.utf8CodeUnitCount
        guard i + n <= b.count else { return nil }
        for k in 0..<n where b[i + k] != word.utf8Start[k] { return nil }
        i += n
        return value
    }

    /// Skips space, then `c` if it comes next.
    mutating func take(_ c: UInt8) -> Bool {
        skipSpace()
        guard i < b.count, b[i] == c else { return false }
        i += 1
        return true
    }

    mutating func object(depth: Int) -> JSONValue? {
        i += 1
        var members = JSONObject()
        if take(UInt8(ascii: "}")) { return .object(members) }
        repeat {
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: "\""), let key = string(), take(UInt8(ascii: ":")) else { return nil }
            skipSpace()
            guard let v = value(depth: depth + 1) else { return nil }
            members[key] = v
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "}")) else { return nil }
        return .object(members)
    }

    mutating func array(depth: Int) -> JSONValue? {
        i += 1
        var items: [JSONValue] = []
        if take(UInt8(ascii: "]")) { return .array(items) }
        repeat {
            skipSpace()
            guard let v = value(depth: depth + 1) else { return nil }
            items.append(v)
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "]")) else { return nil }
        return .array(items)
    }

    mutating func number() -> JSONValue? {
        let start = i
        while i < b.count, Self.isNumberByte(b[i]) { i += 1 }
        guard i > start, let d = Double(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)) else { return nil }
        return .number(d)
    }

    static func isNumberByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".") || c == UInt8(ascii: "e")
            || c == UInt8(ascii: "E")
    }

    /// A string at its opening quote; the bytes between escapes are copied as they are.
    mutating func string() -> String? {
        i += 1
        let start = i
        while i < b.count, b[i] != UInt8(ascii: "\""), b[i] != UInt8(ascii: "\\"), b[i] >= 0x20 { i += 1 }
        guard i < b.count else { return nil }
        if b[i] == UInt8(ascii: "\"") {
            i += 1
            return String(decoding: UnsafeBufferPointer(rebasing: b[start..<i - 1]), as: UTF8.self)
        }
        // Escapes are frequent in the build's records (`catalog.json` text is kept as a
        // string): the runs between them are copied whole, an escape's bytes appended.
        var out: [UInt8] = []
        out.reserveCapacity(i - start + 64)
        var run = start
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                guard i + 1 < b.count, let scalar = escape() else { return nil }
                if scalar.isASCII { out.append(UInt8(scalar.value)) } else { UTF8.encode(scalar) { out.append($0) } }
                run = i
                continue
            }
            guard c >= 0x20 else { return nil }
            if c == UInt8(ascii: "\"") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            i += 1
        }
        return nil
    }

    /// The character of the escape at `i` (a backslash); `i` moves past it.
    mutating func escape() -> Unicode.Scalar? {
        let e = b[i + 1]
        i += 2
        return JSONEscape.scalar(e, in: b, at: &i)
    }
}
