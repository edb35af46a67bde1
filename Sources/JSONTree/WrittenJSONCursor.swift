/// Reads JSON the tool wrote itself straight into the caller's types, member by member,
/// without building a tree: the packages' digests in the build details, most of what an
/// incremental build reads before it can reuse the unchanged packages' pages. Building
/// the tree first (`JSONValue.parseWritten`) put every operation's thirteen members in a
/// hashed object only for them to be read out once.
///
/// Any method that meets something else than it reads returns nil or false; the caller
/// then gives up on the whole value (the file is treated as missing, and the site rebuilt).
public struct WrittenJSONCursor {
    var reader: WrittenJSONReader

    /// `body`'s result for the value `bytes` hold, or nil when `body` gives up or bytes are
    /// left after the value.
    public static func read<T>(_ bytes: ArraySlice<UInt8>, _ body: (inout WrittenJSONCursor) -> T?) -> T? {
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = WrittenJSONCursor(reader: WrittenJSONReader(b: buffer))
            cursor.reader.skipSpace()
            guard let value = body(&cursor) else { return nil }
            cursor.reader.skipSpace()
            return cursor.reader.i == buffer.count ? value : nil
        }
    }

    private mutating func next() -> UInt8? {
        reader.skipSpace()
        return reader.i < reader.b.count ? reader.b[reader.i] : nil
    }

    /// Calls `member` with each key of the object here, the cursor at its value, which
    /// `member` must read (or `skip`); false when `member` returns false or this is not an
    /// object.
    public mutating func object(_ member: (inout WrittenJSONCursor, String) -> Bool) -> Bool {
        members({ $0.reader.string() }, member)
    }

    /// Member names a reader knows, matched on their bytes: no string is made for a key.
    public struct Keys: Sendable {
        let names: [String]
        let bytes: [[UInt8]]

        public init(_ names: [String]) {
            self.names = names
            bytes = names.map { Array($0.utf8) }
        }
    }

    /// Like `object(_:)`, with each key given as its place in `keys` (nil for a key not
    /// there, whose value `member` should `skip`).
    public mutating func object(_ keys: Keys, _ member: (inout WrittenJSONCursor, Int?) -> Bool) -> Bool {
        members({ $0.key(in: keys) }, member)
    }

    /// The members of the object here: `key` reads each key at its opening quote (nil when
    /// it cannot), `member` its value.
    private mutating func members<Key>(_ key: (inout WrittenJSONCursor) -> Key?, _ member: (inout WrittenJSONCursor, Key) -> Bool) -> Bool {
        guard next() == UInt8(ascii: "{") else { return false }
        reader.i += 1
        if reader.take(UInt8(ascii: "}")) { return true }
        repeat {
            guard next() == UInt8(ascii: "\""), let k = key(&self), reader.take(UInt8(ascii: ":")), member(&self, k) else { return false }
        } while reader.take(UInt8(ascii: ","))
        return reader.take(UInt8(ascii: "}"))
    }

    /// The key at its opening quote, as its place in `keys`; nil when it is not a string.
    private mutating func key(in keys: Keys) -> Int?? {
        let b = reader.b
        let start = reader.i + 1
        var end = start
        while end < b.count, b[end] != UInt8(ascii: "\""), b[end] != UInt8(ascii: "\\") { end += 1 }
        guard end < b.count else { return nil }
        guard b[end] == UInt8(ascii: "\"") else {
            // Escapes in a key: read it as a string.
            return reader.string().map { keys.names.firstIndex(of: $0) }
        }
        reader.i = end + 1
        let length = end - start
        for (k, key) in keys.bytes.enumerated() where key.count == length {
            var same = true
            for j in 0..<length where key[j] != b[start + j] {
                same = false
                break
            }
            if same { return .some(k) }
        }
        return .some(nil)
    }

    /// Calls `element` with the cursor at each item of the array here.
    public mutating func array(_ element: (inout WrittenJSONCursor) -> Bool) -> Bool {
        guard next() == UInt8(ascii: "[") else { return false }
        reader.i += 1
        if reader.take(UInt8(ascii: "]")) { return true }
        repeat {
            guard element(&self) else { return false }
        } while reader.take(UInt8(ascii: ","))
        return reader.take(UInt8(ascii: "]"))
    }

    public mutating func string() -> String? {
        guard next() == UInt8(ascii: "\"") else { return nil }
        return reader.string()
    }

    /// Reads a string into `value`; false (and `value` nil) when there is none here.
    public mutating func string(into value: inout String?) -> Bool {
        value = string()
        return value != nil
    }

    /// A string, or `.some(nil)` for `null`.
    public mutating func optionalString() -> String?? {
        if null() { return .some(nil) }
        return string().map { $0 }
    }

    /// Moves past `null` when it is here.
    public mutating func null() -> Bool {
        guard next() == UInt8(ascii: "n") else { return false }
        return reader.literal("null", .null) != nil
    }

    public mutating func bool() -> Bool? {
        switch next() {
        case UInt8(ascii: "t"): return reader.literal("true", .bool(true)).map { _ in true }
        case UInt8(ascii: "f"): return reader.literal("false", .bool(false)).map { _ in false }
        default: return nil
        }
    }

    /// A number that is a whole number: digits are read as they are, anything else through
    /// `Double` (as `JSONValue.intValue` reads it).
    public mutating func int() -> Int? {
        guard next() != nil else { return nil }
        let start = reader.i
        var i = start
        let b = reader.b
        if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
        var value = 0
        while i < b.count, b[i] >= 0x30, b[i] <= 0x39, i - start < 18 {
            value = value * 10 + Int(b[i] - 0x30)
            i += 1
        }
        if i > start, i == b.count || !WrittenJSONReader.isNumberByte(b[i]), b[i - 1] != UInt8(ascii: "-") {
            reader.i = i
            return b[start] == UInt8(ascii: "-") ? -value : value
        }
        guard case .number(let d)? = reader.number() else { return nil }
        return Int(exactly: d)
    }

    /// An array of strings.
    public mutating func strings() -> [String]? {
        var out: [String] = []
        let ok = array { c in
            guard let s = c.string() else { return false }
            out.append(s)
            return true
        }
        return ok ? out : nil
    }

    /// Moves past the value here, whatever it is.
    public mutating func skip() -> Bool {
        reader.skipSpace()
        return reader.value(depth: 0) != nil
    }
}
