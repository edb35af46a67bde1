/// A problem found while reading JSON text: a stable code, a message and where it is.
public struct JSONIssue: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// Not JSON at this point (the message says what was expected).
        case syntax = "json-syntax"
        /// Nesting deeper than the reader's limit.
        case tooDeep = "json-depth"
        /// Tolerated: `//` or `/* */` comments.
        case comment = "json-comment"
        /// Tolerated: a comma before `]` or `}`.
        case trailingComma = "json-trailing-comma"
        /// Tolerated: a key that appears twice in one object (the last value wins).
        case duplicateKey = "json-duplicate-key"
        /// Tolerated: an unquoted Teams Toolkit `${{NAME}}` placeholder in value position.
        case barePlaceholder = "json-bare-placeholder"
        /// Tolerated: a UTF-8 byte order mark.
        case byteOrderMark = "json-bom"
        /// Tolerated: bytes that are not UTF-8 (replaced by U+FFFD).
        case invalidUTF8 = "json-invalid-utf8"
    }

    public var code: Code
    public var message: String
    public var location: SourceLocation

    public init(_ code: Code, _ message: String, at location: SourceLocation) {
        self.code = code
        self.message = message
        self.location = location
    }

    public var description: String { "\(location): \(message)" }
}

/// A strict, fast reader of JSON bytes into `SourceNode`s with positions.
///
/// It never traps on input: malformed text gives a `JSONIssue` with the line and column
/// of the problem. It tolerates, and reports as warnings, what real packages contain:
/// a byte order mark, comments, trailing commas, duplicate keys and unquoted `${{VAR}}`.
public struct JSONParser {
    public struct Options: Sendable {
        public var maxDepth: Int = 512
        public var allowComments = true
        public var allowTrailingCommas = true
        public var allowBarePlaceholders = true
        public init() {}
        public static let standard = Options()
        /// RFC 8259 only.
        public static var strict: Options {
            var o = Options()
            o.allowComments = false
            o.allowTrailingCommas = false
            o.allowBarePlaceholders = false
            return o
        }
    }

    public struct Result: Sendable {
        public var root: SourceNode
        public var warnings: [JSONIssue]
    }

    /// Reads one JSON document. Throws the first error.
    public static func parse(_ bytes: [UInt8], options: Options = .standard) throws(JSONIssue) -> Result {
        var outcome: Swift.Result<Result, JSONIssue> = .failure(JSONIssue(.syntax, "empty", at: .start))
        bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(buffer, options: options)
            outcome = reader.document()
        }
        return try outcome.get()
    }

    public static func parse(_ text: String, options: Options = .standard) throws(JSONIssue) -> Result {
        try parse(Array(text.utf8), options: options)
    }
}

extension JSONValue {
    /// Parses JSON text into a plain value (RFC 8259 plus the tolerated extras of `JSONParser`).
    public static func parse(_ text: String) throws(JSONIssue) -> JSONValue {
        try JSONParser.parse(text).root.jsonValue
    }

    public static func parse(_ bytes: [UInt8]) throws(JSONIssue) -> JSONValue {
        try JSONParser.parse(bytes).root.jsonValue
    }
}

private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    let options: JSONParser.Options
    var pos = 0
    var line = 1
    var lineStart = 0
    // Column checkpoint: the column of byte offset `checkPos` (same line).
    var checkPos = 0
    var checkColumn = 1
    var warnings: [JSONIssue] = []
    var depth = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, options: JSONParser.Options) {
        self.bytes = bytes
        self.options = options
    }

    /// Location of byte offset `offset`, which must not precede the last location asked for
    /// on the same line (the reader only moves forward, so this holds).
    mutating func location(_ offset: Int) -> SourceLocation {
        if checkPos < lineStart || checkPos > offset {
            checkPos = lineStart
            checkColumn = 1
        }
        var col = checkColumn
        var i = checkPos
        while i < offset {
            // Count scalars: skip UTF-8 continuation bytes.
            if bytes[i] & 0xC0 != 0x80 { col += 1 }
            i += 1
        }
        checkPos = offset
        checkColumn = col
        return SourceLocation(line: line, column: col)
    }

    mutating func fail<T>(_ message: String, at offset: Int? = nil, code: JSONIssue.Code = .syntax) -> Swift.Result<T, JSONIssue> {
        .failure(JSONIssue(code, message, at: location(offset ?? pos)))
    }

    mutating func warn(_ code: JSONIssue.Code, _ message: String, at offset: Int) {
        warnings.append(JSONIssue(code, message, at: location(offset)))
    }

    mutating func document() -> Swift.Result<JSONParser.Result, JSONIssue> {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            pos = 3
            lineStart = 3
            checkPos = 3
            warn(.byteOrderMark, "the file starts with a UTF-8 byte order mark", at: 3)
        }
        if case .failure(let e) = skipSpace() { return .failure(e) }
        if pos >= bytes.count { return fail("the file is empty; expected a JSON value") }
        let root: SourceNode
        switch value() {
        case .success(let v): root = v
        case .failure(let e): return .failure(e)
        }
        if case .failure(let e) = skipSpace() { return .failure(e) }
        if pos < bytes.count {
            return fail("unexpected \(describe(pos)) after the end of the JSON value")
        }
        return .success(JSONParser.Result(root: root, warnings: warnings))
    }

    func describe(_ offset: Int) -> String {
        guard offset < bytes.count else { return "end of file" }
        let b = bytes[offset]
        if b >= 0x21 && b < 0x7F { return "'\(Character(UnicodeScalar(b)))'" }
        if b == 0x0A { return "line break" }
        if b == 0x20 || b == 0x09 { return "space" }
        let digits: [Character] = Array("0123456789ABCDEF")
        return "byte 0x" + String(digits[Int(b >> 4)]) + String(digits[Int(b & 0xF)])
    }

    mutating func newline(at offset: Int) {
        line += 1
        lineStart = offset + 1
        checkPos = lineStart
        checkColumn = 1
    }

    mutating func skipSpace() -> Swift.Result<Void, JSONIssue> {
        while pos < bytes.count {
            let b = bytes[pos]
            switch b {
            case 0x20, 0x09:
                pos += 1
            case 0x0D:
                pos += 1
                if pos < bytes.count, bytes[pos] == 0x0A { continue }
                newline(at: pos - 1)
            case 0x0A:
                newline(at: pos)
                pos += 1
            case UInt8(ascii: "/") where pos + 1 < bytes.count && (bytes[pos + 1] == UInt8(ascii: "/") || bytes[pos + 1] == UInt8(ascii: "*")):
                if !options.allowComments { return fail("comments are not allowed in JSON") }
                let start = pos
                let startLocation = location(start)
                warnings.append(JSONIssue(.comment, "comments are not JSON; strict readers (and the Teams service) reject them", at: startLocation))
                if bytes[pos + 1] == UInt8(ascii: "/") {
                    while pos < bytes.count, bytes[pos] != 0x0A { pos += 1 }
                } else {
                    pos += 2
                    var closed = false
                    while pos < bytes.count {
                        if bytes[pos] == UInt8(ascii: "*"), pos + 1 < bytes.count, bytes[pos + 1] == UInt8(ascii: "/") {
                            pos += 2
                            closed = true
                            break
                        }
                        if bytes[pos] == 0x0A { newline(at: pos) }
                        pos += 1
                    }
                    if !closed { return .failure(JSONIssue(.syntax, "unterminated /* comment", at: startLocation)) }
                }
            default:
                return .success(())
            }
        }
        return .success(())
    }

    mutating func value() -> Swift.Result<SourceNode, JSONIssue> {
        guard pos < bytes.count else { return fail("unexpected end of file; expected a value") }
        let start = pos
        switch bytes[pos] {
        case UInt8(ascii: "{"): return object()
        case UInt8(ascii: "["): return array()
        case UInt8(ascii: "\""):
            let loc = location(start)
            return string().map { SourceNode(.string($0), at: loc) }
        case UInt8(ascii: "t"): return keyword("true", .bool(true))
        case UInt8(ascii: "f"): return keyword("false", .bool(false))
        case UInt8(ascii: "n"): return keyword("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
        case UInt8(ascii: "$")
        where options.allowBarePlaceholders && pos + 2 < bytes.count
            && bytes[pos + 1] == UInt8(ascii: "{") && bytes[pos + 2] == UInt8(ascii: "{"):
            return barePlaceholder()
        default:
            return fail("unexpected \(describe(pos)); expected a value (object, array, string, number, true, false or null)")
        }
    }

    mutating func keyword(_ word: StaticString, _ v: SourceNode.Value) -> Swift.Result<SourceNode, JSONIssue> {
        let start = pos
        let n = word.utf8CodeUnitCount
        let w = word.utf8Start
        if pos + n <= bytes.count {
            var ok = true
            for i in 0..<n where bytes[pos + i] != w[i] { ok = false; break }
            if ok {
                // The keyword must end here (not `trueish`).
                if pos + n == bytes.count || !isIdentifierByte(bytes[pos + n]) {
                    pos += n
                    return .success(SourceNode(v, at: location(start)))
                }
            }
        }
        return fail("unexpected \(describe(pos)); expected a value (did you mean \(word)?)")
    }

    func isIdentifierByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }

    mutating func barePlaceholder() -> Swift.Result<SourceNode, JSONIssue> {
        let start = pos
        var i = pos + 3
        while i + 1 < bytes.count, !(bytes[i] == UInt8(ascii: "}") && bytes[i + 1] == UInt8(ascii: "}")) {
            if bytes[i] == 0x0A || bytes[i] == UInt8(ascii: ",") { break }
            i += 1
        }
        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "}"), bytes[i + 1] == UInt8(ascii: "}") else {
            return fail("unterminated ${{ placeholder")
        }
        pos = i + 2
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        let loc = location(start)
        warnings.append(JSONIssue(.barePlaceholder, "unquoted placeholder \(text); it is read as the string \"\(text)\"", at: loc))
        return .success(SourceNode(.string(text), at: loc))
    }

    mutating func number() -> Swift.Result<SourceNode, JSONIssue> {
        let start = pos
        if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        guard pos < bytes.count, isDigit(bytes[pos]) else { return fail("expected a digit after '-'") }
        if bytes[pos] == UInt8(ascii: "0") {
            pos += 1
            if pos < bytes.count, isDigit(bytes[pos]) { return fail("numbers must not have leading zeros", at: start) }
        } else {
            while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
        }
        var integral = true
        if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") {
            integral = false
            pos += 1
            guard pos < bytes.count, isDigit(bytes[pos]) else { return fail("expected a digit after the decimal point") }
            while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
        }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
            integral = false
            pos += 1
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            guard pos < bytes.count, isDigit(bytes[pos]) else { return fail("expected a digit in the exponent") }
            while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
        }
        if pos < bytes.count, isIdentifierByte(bytes[pos]) {
            return fail("unexpected \(describe(pos)) in a number")
        }
        let literal = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        let value: Double
        if integral, pos - start <= 15 {
            // Exact and fast for the common case.
            var v: Int64 = 0
            var i = start
            let negative = bytes[i] == UInt8(ascii: "-")
            if negative { i += 1 }
            while i < pos { v = v * 10 + Int64(bytes[i] - 0x30); i += 1 }
            value = Double(negative ? -v : v)
        } else {
            value = Double(literal) ?? .nan
        }
        return .success(SourceNode(.number(value, literal: literal), at: location(start)))
    }

    func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Reads a string starting at the opening quote.
    mutating func string() -> Swift.Result<String, JSONIssue> {
        let open = pos
        pos += 1
        let contentStart = pos
        // Fast path: no escapes, all bytes printable.
        var simple = true
        while pos < bytes.count {
            let b = bytes[pos]
            if b == UInt8(ascii: "\"") { break }
            if b == UInt8(ascii: "\\") || b < 0x20 { simple = false; break }
            pos += 1
        }
        if simple {
            guard pos < bytes.count else { return fail("unterminated string", at: open) }
            let s = makeString(contentStart, pos)
            pos += 1
            return .success(s)
        }
        // Built in a local String (amortized appends). A nested function capturing it made
        // every append copy the whole string: a 140 KB string with an escape every line took
        // seconds, and a digests file of them two minutes.
        var text = ""
        var segmentStart = contentStart
        while true {
            guard pos < bytes.count else { return fail("unterminated string", at: open) }
            let b = bytes[pos]
            if b == UInt8(ascii: "\"") {
                if pos > segmentStart { text += makeString(segmentStart, pos) }
                pos += 1
                return .success(text)
            }
            if b < 0x20 {
                return fail(b == 0x0A ? "line break inside a string (write it as \\n)" : "control character inside a string (escape it)")
            }
            if b != UInt8(ascii: "\\") { pos += 1; continue }
            if pos > segmentStart { text += makeString(segmentStart, pos) }
            let escapeStart = pos
            pos += 1
            guard pos < bytes.count else { return fail("unterminated string", at: open) }
            let e = bytes[pos]
            pos += 1
            guard let scalar = escapedScalar(e) else {
                return fail(
                    e == UInt8(ascii: "u")
                        ? "\\u must be followed by four hex digits"
                        : "invalid escape \\\(Character(UnicodeScalar(e))) in a string", at: escapeStart)
            }
            text.unicodeScalars.append(scalar)
            segmentStart = pos
        }
    }

    /// The character an escape stands for, `pos` just after its letter.
    mutating func escapedScalar(_ e: UInt8) -> Unicode.Scalar? { JSONEscape.scalar(e, in: bytes, at: &pos) }

    mutating func makeString(_ from: Int, _ to: Int) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[from..<to])
        // ASCII needs no validation.
        var ascii = true
        for b in slice where b >= 0x80 { ascii = false; break }
        if ascii { return String(decoding: slice, as: UTF8.self) }
        if let s = String(validating: slice, as: UTF8.self) { return s }
        warn(.invalidUTF8, "bytes that are not UTF-8 were replaced by U+FFFD", at: from)
        return String(decoding: slice, as: UTF8.self)
    }

    mutating func enter() -> Swift.Result<Void, JSONIssue> {
        depth += 1
        if depth > options.maxDepth {
            return fail("nesting deeper than \(options.maxDepth) levels", code: .tooDeep)
        }
        return .success(())
    }

    mutating func object() -> Swift.Result<SourceNode, JSONIssue> {
        let start = pos
        let loc = location(start)
        if case .failure(let e) = enter() { return .failure(e) }
        pos += 1
        var members: [SourceObject.Member] = []
        if case .failure(let e) = skipSpace() { return .failure(e) }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") {
            pos += 1
            depth -= 1
            return .success(SourceNode(.object(SourceObject()), at: loc))
        }
        while true {
            if case .failure(let e) = skipSpace() { return .failure(e) }
            guard pos < bytes.count else { return fail("unterminated object (opened at \(loc))") }
            guard bytes[pos] == UInt8(ascii: "\"") else {
                if bytes[pos] == UInt8(ascii: "}") && !members.isEmpty && options.allowTrailingCommas {
                    warn(.trailingComma, "trailing comma before '}'", at: pos)
                    pos += 1
                    break
                }
                return fail("unexpected \(describe(pos)); expected a member name in double quotes")
            }
            let keyLoc = location(pos)
            let key: String
            switch string() {
            case .success(let k): key = k
            case .failure(let e): return .failure(e)
            }
            if case .failure(let e) = skipSpace() { return .failure(e) }
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else {
                return fail("unexpected \(describe(pos)); expected ':' after the member name \"\(key)\"")
            }
            pos += 1
            if case .failure(let e) = skipSpace() { return .failure(e) }
            switch value() {
            case .success(let v): members.append(SourceObject.Member(key: key, keyLocation: keyLoc, value: v))
            case .failure(let e): return .failure(e)
            }
            if case .failure(let e) = skipSpace() { return .failure(e) }
            guard pos < bytes.count else { return fail("unterminated object (opened at \(loc))") }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            if bytes[pos] == UInt8(ascii: "}") { pos += 1; break }
            return fail("unexpected \(describe(pos)); expected ',' or '}' in the object opened at \(loc)")
        }
        depth -= 1
        let object = SourceObject.adopting(members) { m in
            warnings.append(JSONIssue(.duplicateKey, "duplicate member \"\(m.key)\"; the last value is used", at: m.keyLocation))
        }
        return .success(SourceNode(.object(object), at: loc))
    }

    mutating func array() -> Swift.Result<SourceNode, JSONIssue> {
        let start = pos
        let loc = location(start)
        if case .failure(let e) = enter() { return .failure(e) }
        pos += 1
        var items: [SourceNode] = []
        if case .failure(let e) = skipSpace() { return .failure(e) }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") {
            pos += 1
            depth -= 1
            return .success(SourceNode(.array([]), at: loc))
        }
        while true {
            if case .failure(let e) = skipSpace() { return .failure(e) }
            guard pos < bytes.count else { return fail("unterminated array (opened at \(loc))") }
            if bytes[pos] == UInt8(ascii: "]") && !items.isEmpty && options.allowTrailingCommas {
                warn(.trailingComma, "trailing comma before ']'", at: pos)
                pos += 1
                break
            }
            switch value() {
            case .success(let v): items.append(v)
            case .failure(let e): return .failure(e)
            }
            if case .failure(let e) = skipSpace() { return .failure(e) }
            guard pos < bytes.count else { return fail("unterminated array (opened at \(loc))") }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            if bytes[pos] == UInt8(ascii: "]") { pos += 1; break }
            return fail("unexpected \(describe(pos)); expected ',' or ']' in the array opened at \(loc)")
        }
        depth -= 1
        return .success(SourceNode(.array(items), at: loc))
    }
}
