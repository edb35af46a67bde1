import JSONTree

/// The tokens of the expression language (the official grammar's lexer rules).
enum TokenKind: Equatable, Sendable {
    case plus, minus, bang, caret, star, slash, percent
    case equal, notEqual, ampersand, and, or
    case less, greater, lessOrEqual, greaterOrEqual
    case openParen, closeParen, dot, openBracket, closeBracket, openBrace, closeBrace
    case comma, colon, arrow, coalesce, question
    case number, string, identifier
    /// A backtick string; its parts are in `Lexer.interpolations[index]`.
    case interpolation(Int)
    case end
}

struct Token: Sendable {
    var kind: TokenKind
    /// Byte offsets into the source.
    var start: Int
    var end: Int
}

/// One piece of a backtick string.
enum InterpolationPart: Sendable {
    /// Literal text, kept as written.
    case text(String)
    /// `` \` `` or `\$`, already unescaped.
    case escape(String)
    /// `${…}`: the expression inside (trimmed as the official engine trims it) and the byte
    /// offset of the whole `${…}` in the source.
    case template(String, offset: Int)
}

/// Splits expression text into tokens. Works on UTF-8 bytes; linear time; never traps.
struct Lexer {
    let bytes: [UInt8]
    var tokens: [Token] = []
    var interpolations: [[InterpolationPart]] = []
    private var i = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    /// Tokenises everything; throws at the first character that starts no token.
    mutating func run() throws(ExpressionError) {
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            let start = i
            switch c {
            case 0x20, 0x09:  // space, tab
                i += 1; continue
            case 0x0A:
                i += 1; continue
            case 0x0D:
                if i + 1 < n && bytes[i + 1] == 0x0A { i += 2; continue }
                throw error("unexpected character", at: i)
            case 0xC2 where i + 1 < n && bytes[i + 1] == 0xA0:  // no-break space
                i += 2; continue
            case 0xEF where i + 2 < n && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF:  // BOM
                i += 3; continue
            case 0x60:  // `
                try lexInterpolation()
                continue
            case 0x27, 0x22:  // ' "
                guard let end = Lexer.matchString(bytes, at: i) else {
                    throw error("unterminated string", at: i)
                }
                i = end
                add(.string, start)
                continue
            default:
                break
            }
            if JS.isDigit(c) {
                while i < n && JS.isDigit(bytes[i]) { i += 1 }
                if i + 1 < n && bytes[i] == 0x2E && JS.isDigit(bytes[i + 1]) {
                    i += 1
                    while i < n && JS.isDigit(bytes[i]) { i += 1 }
                }
                add(.number, start)
                continue
            }
            if let end = Lexer.matchIdentifier(bytes, at: i) {
                // `%` alone is the operator (the rule listed first wins a tie).
                if !(c == 0x25 && end == i + 1) {
                    i = end
                    add(.identifier, start)
                    continue
                }
            }
            let next: UInt8 = i + 1 < n ? bytes[i + 1] : 0
            let kind: TokenKind
            var length = 1
            switch c {
            case 0x2B: kind = .plus
            case 0x2D: kind = .minus
            case 0x21:
                if next == 0x3D { kind = .notEqual; length = 2 } else { kind = .bang }
            case 0x5E: kind = .caret
            case 0x2A: kind = .star
            case 0x2F: kind = .slash
            case 0x25: kind = .percent
            case 0x3D:
                if next == 0x3D { kind = .equal; length = 2 } else if next == 0x3E { kind = .arrow; length = 2 } else { throw error("unexpected character '='", at: i) }
            case 0x26:
                if next == 0x26 { kind = .and; length = 2 } else { kind = .ampersand }
            case 0x7C:
                if next == 0x7C { kind = .or; length = 2 } else { throw error("unexpected character '|'", at: i) }
            case 0x3C:
                if next == 0x3D { kind = .lessOrEqual; length = 2 } else if next == 0x3E { kind = .notEqual; length = 2 } else { kind = .less }
            case 0x3E:
                if next == 0x3D { kind = .greaterOrEqual; length = 2 } else { kind = .greater }
            case 0x28: kind = .openParen
            case 0x29: kind = .closeParen
            case 0x2E: kind = .dot
            case 0x5B: kind = .openBracket
            case 0x5D: kind = .closeBracket
            case 0x7B: kind = .openBrace
            case 0x7D: kind = .closeBrace
            case 0x2C: kind = .comma
            case 0x3A: kind = .colon
            case 0x3F:
                if next == 0x3F { kind = .coalesce; length = 2 } else { kind = .question }
            default:
                throw error("unexpected character", at: i)
            }
            i += length
            add(kind, start)
        }
        tokens.append(Token(kind: .end, start: n, end: n))
    }

    private mutating func add(_ kind: TokenKind, _ start: Int) {
        tokens.append(Token(kind: kind, start: start, end: i))
    }

    func error(_ message: String, at offset: Int) -> ExpressionError {
        ExpressionError(
            .syntax, "syntax error: \(message); Invalid expression format.",
            at: Lexer.location(of: offset, in: bytes))
    }

    /// Line and column (1-based, in characters) of a byte offset.
    static func location(of offset: Int, in bytes: [UInt8]) -> SourceLocation {
        var line = 1, lineStart = 0
        let end = min(offset, bytes.count)
        for j in 0..<end where bytes[j] == 0x0A {
            line += 1
            lineStart = j + 1
        }
        let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1
        return SourceLocation(line: line, column: column)
    }

    // MARK: - Rules

    /// IDENTIFIER: `[a-zA-Z_#@$%]` or `@@`, then `[a-zA-Z0-9_]*`.
    static func matchIdentifier(_ b: [UInt8], at start: Int) -> Int? {
        guard start < b.count else { return nil }
        let c = b[start]
        guard isLetter(c) || c == 0x5F || c == 0x23 || c == 0x40 || c == 0x24 || c == 0x25 else { return nil }
        var j = start + 1
        if c == 0x40 && j < b.count && b[j] == 0x40 { j += 1 }
        while j < b.count && (isLetter(b[j]) || JS.isDigit(b[j]) || b[j] == 0x5F) { j += 1 }
        return j
    }

    @inline(__always)
    static func isLetter(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }

    /// STRING: quoted by `'` or `"`, where a backslash escapes the quote or a backslash.
    /// Returns the offset after the closing quote. When the escapes leave the string
    /// unterminated, the first matching quote closes it (the grammar's shortest match).
    static func matchString(_ b: [UInt8], at start: Int) -> Int? {
        let quote = b[start]
        var j = start + 1
        while j < b.count {
            let c = b[j]
            if c == 0x5C && j + 1 < b.count && (b[j + 1] == quote || b[j + 1] == 0x5C) {
                j += 2
                continue
            }
            if c == quote { return j + 1 }
            j += 1
        }
        var k = start + 1
        while k < b.count {
            if b[k] == quote { return k + 1 }
            k += 1
        }
        return nil
    }

    /// TEMPLATE inside a backtick string: `${`, then strings, object literals and any
    /// character but newlines, braces, quotes and backticks, then `}`.
    static func matchTemplate(_ b: [UInt8], at start: Int) -> Int? {
        var j = start + 2
        var count = 0
        while j < b.count {
            let c = b[j]
            switch c {
            case 0x7D:
                return count > 0 ? j + 1 : nil
            case 0x27, 0x22:
                guard let end = matchString(b, at: j) else { return nil }
                j = end
            case 0x7B:
                guard let end = matchObjectDefinition(b, at: j, depth: 0) else { return nil }
                j = end
            case 0x0D, 0x0A, 0x60:
                return nil
            default:
                j += 1
            }
            count += 1
        }
        return nil
    }

    /// OBJECT_DEFINITION: `{}` or `{key: value…}` where key is an identifier or a string.
    static func matchObjectDefinition(_ b: [UInt8], at start: Int, depth: Int) -> Int? {
        guard depth < 100 else { return nil }
        var j = start + 1
        guard j < b.count else { return nil }
        if b[j] == 0x7D { return j + 1 }
        if b[j] == 0x27 || b[j] == 0x22 {
            guard let end = matchString(b, at: j) else { return nil }
            j = end
        } else if let end = matchIdentifier(b, at: j) {
            j = end
        } else {
            return nil
        }
        guard j < b.count, b[j] == 0x3A else { return nil }
        j += 1
        var values = 0
        while j < b.count {
            let c = b[j]
            switch c {
            case 0x7D:
                return values > 0 ? j + 1 : nil
            case 0x27, 0x22:
                guard let end = matchString(b, at: j) else { return nil }
                j = end
            case 0x7B:
                guard let end = matchObjectDefinition(b, at: j, depth: depth + 1) else { return nil }
                j = end
            case 0x0D, 0x0A, 0x60:
                return nil
            default:
                j += 1
            }
            values += 1
        }
        return nil
    }

    private mutating func lexInterpolation() throws(ExpressionError) {
        let start = i
        var parts: [InterpolationPart] = []
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty {
                parts.append(.text(String(decoding: text, as: UTF8.self)))
                text.removeAll()
            }
        }
        i += 1
        let n = bytes.count
        while true {
            guard i < n else { throw error("unterminated string interpolation", at: start) }
            let c = bytes[i]
            if c == 0x60 {
                i += 1
                break
            }
            if c == 0x5C, i + 1 < n, bytes[i + 1] == 0x60 || bytes[i + 1] == 0x24 {
                flush()
                parts.append(.escape(bytes[i + 1] == 0x60 ? "`" : "$"))
                i += 2
                continue
            }
            if c == 0x24, i + 1 < n, bytes[i + 1] == 0x7B, let end = Lexer.matchTemplate(bytes, at: i) {
                flush()
                let whole = String(decoding: bytes[i..<end], as: UTF8.self)
                parts.append(.template(Lexer.trimTemplate(whole), offset: i))
                i = end
                continue
            }
            text.append(c)
            i += 1
        }
        flush()
        interpolations.append(parts)
        tokens.append(Token(kind: .interpolation(interpolations.count - 1), start: start, end: i))
    }

    /// The official `trimExpression`: trim, drop a leading `$`, trim, drop one pair of
    /// braces, trim.
    static func trimTemplate(_ text: String) -> String {
        var s = JS.trim(text)
        if s.hasPrefix("$") { s.removeFirst() }
        s = JS.trim(s)
        if s.hasPrefix("{") && s.hasSuffix("}") && s.count >= 2 {
            s = String(s.dropFirst().dropLast())
        }
        return JS.trim(s)
    }
}
