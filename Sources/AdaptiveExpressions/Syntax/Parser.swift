import JSONTree

/// Turns tokens into nodes, resolving and checking every call on the way (the official
/// grammar: unary operators bind tightest, then `^` (right-associative), `* / %`, `+ -`,
/// `== !=`, `&`, `< <= > >=`, `&&`, `||`, `??`, and the conditional `?:`).
struct Parser {
    private let source: String
    private var lexer: Lexer
    private var position = 0
    private var depth = 0
    private let functions: FunctionTable
    private let limits: ExpressionLimits
    private let baseOffset: Int
    private let rootBytes: [UInt8]

    private init(
        _ text: String, functions: FunctionTable, limits: ExpressionLimits, depth: Int,
        baseOffset: Int, rootBytes: [UInt8]?
    ) throws(ExpressionError) {
        source = text
        lexer = Lexer(text)
        self.functions = functions
        self.limits = limits
        self.depth = depth
        self.baseOffset = baseOffset
        self.rootBytes = rootBytes ?? lexer.bytes
        do {
            try lexer.run()
        } catch {
            throw Parser.relocate(error, baseOffset: baseOffset, rootBytes: self.rootBytes, localBytes: lexer.bytes)
        }
    }

    /// Parses a whole expression (`=` prefix allowed; the empty text is the empty string).
    static func parse(_ text: String, functions: FunctionTable, limits: ExpressionLimits) throws(ExpressionError) -> Node {
        var body = Substring(text)
        if body.hasPrefix("=") { body = body.dropFirst() }
        return try parse(String(body), functions: functions, limits: limits, depth: 0, baseOffset: text.utf8.count - body.utf8.count, rootBytes: Array(text.utf8))
    }

    private static func parse(
        _ text: String, functions: FunctionTable, limits: ExpressionLimits, depth: Int,
        baseOffset: Int, rootBytes: [UInt8]
    ) throws(ExpressionError) -> Node {
        if text.isEmpty { return .constant(.string("")) }
        var p = try Parser(text, functions: functions, limits: limits, depth: depth, baseOffset: baseOffset, rootBytes: rootBytes)
        let node = try p.expression(0)
        guard p.current.kind == .end else { throw p.syntaxError("unexpected '\(p.text(p.current))'") }
        return node
    }

    // MARK: - Tokens

    private var current: Token { lexer.tokens[position] }

    private func peek(_ k: Int = 1) -> Token {
        let j = min(position + k, lexer.tokens.count - 1)
        return lexer.tokens[j]
    }

    private mutating func advance() { if position < lexer.tokens.count - 1 { position += 1 } }

    private func text(_ t: Token) -> String {
        if t.kind == .end { return "<end>" }
        return String(decoding: lexer.bytes[t.start..<t.end], as: UTF8.self)
    }

    private func location(_ offset: Int) -> SourceLocation {
        Lexer.location(of: baseOffset + offset, in: rootBytes)
    }

    private func syntaxError(_ message: String, at token: Token? = nil) -> ExpressionError {
        let t = token ?? current
        return ExpressionError(
            .syntax, "syntax error at line \(location(t.start)): \(message); Invalid expression format.",
            at: location(t.start))
    }

    private static func relocate(_ e: ExpressionError, baseOffset: Int, rootBytes: [UInt8], localBytes: [UInt8]) -> ExpressionError {
        guard baseOffset > 0, let loc = e.location else { return e }
        // Convert the local line/column back to an offset, then to the root position.
        var line = 1, offset = 0
        while offset < localBytes.count && line < loc.line {
            if localBytes[offset] == 0x0A { line += 1 }
            offset += 1
        }
        var col = 1
        while offset < localBytes.count && col < loc.column {
            let b = localBytes[offset]
            offset += 1
            if b & 0xC0 != 0x80 { col += 1 }
            while offset < localBytes.count && localBytes[offset] & 0xC0 == 0x80 { offset += 1 }
        }
        var out = e
        out.location = Lexer.location(of: baseOffset + offset, in: rootBytes)
        return out
    }

    private mutating func expect(_ kind: TokenKind, _ what: String) throws(ExpressionError) {
        guard current.kind == kind else { throw syntaxError("expected \(what) but found '\(text(current))'") }
        advance()
    }

    private mutating func enter() throws(ExpressionError) {
        depth += 1
        if depth > limits.maxDepth {
            throw ExpressionError(.tooDeep, "expression nests deeper than \(limits.maxDepth) levels", at: location(current.start))
        }
    }

    // MARK: - Expressions

    private static func binaryPrecedence(_ kind: TokenKind) -> Int? {
        switch kind {
        case .question: return 1
        case .coalesce: return 2
        case .or: return 3
        case .and: return 4
        case .less, .lessOrEqual, .greater, .greaterOrEqual: return 5
        case .ampersand: return 6
        case .equal, .notEqual: return 7
        case .plus, .minus: return 8
        case .star, .slash, .percent: return 9
        case .caret: return 10
        default: return nil
        }
    }

    private mutating func expression(_ minPrecedence: Int) throws(ExpressionError) -> Node {
        try enter()
        defer { depth -= 1 }
        var left = try unary()
        while let p = Parser.binaryPrecedence(current.kind), p >= minPrecedence {
            let opToken = current
            advance()
            if opToken.kind == .question {
                let middle = try expression(0)
                try expect(.colon, "':'")
                let right = try expression(p + 1)
                left = try make("if", [left, middle, right], at: opToken)
                continue
            }
            let right = try expression(opToken.kind == .caret ? p : p + 1)
            let name: String
            switch opToken.kind {
            case .notEqual: name = "!="
            default: name = text(opToken)
            }
            left = try make(name, [left, right], at: opToken)
        }
        return left
    }

    private mutating func unary() throws(ExpressionError) -> Node {
        let t = current
        switch t.kind {
        case .bang, .minus, .plus:
            try enter()
            defer { depth -= 1 }
            advance()
            let operand = try unary()
            if t.kind == .bang { return try make("!", [operand], at: t) }
            return try make(t.kind == .minus ? "-" : "+", [.constant(.number(0)), operand], at: t)
        default:
            return try postfix()
        }
    }

    private mutating func postfix() throws(ExpressionError) -> Node {
        let firstToken = position
        var node = try primary()
        while true {
            switch current.kind {
            case .dot:
                advance()
                guard current.kind == .identifier else { throw syntaxError("expected a member name after '.'") }
                let name = text(current)
                let t = current
                advance()
                node = try accessor(name, instance: node, at: t)
            case .openBracket:
                let t = current
                advance()
                try enter()
                let index = try expression(0)
                depth -= 1
                try expect(.closeBracket, "']'")
                node = try make("Element", [node, index], at: t)
            case .openParen, .bang:
                if current.kind == .bang && peek().kind != .openParen { return node }
                // A call: the callee's text (tokens without the spaces between them) is the name.
                var name = ""
                for j in firstToken..<position { name += text(lexer.tokens[j]) }
                let t = current
                if current.kind == .bang { name += "!"; advance() }
                advance()
                let args = try arguments(closing: .closeParen)
                node = try make(name, args, at: lexer.tokens[firstToken], callToken: t)
            default:
                return node
            }
        }
    }

    private mutating func primary() throws(ExpressionError) -> Node {
        let t = current
        switch t.kind {
        case .openParen:
            advance()
            let inner = try expression(0)
            try expect(.closeParen, "')'")
            return inner
        case .openBracket:
            advance()
            let items = try arguments(closing: .closeBracket)
            return try make("createArray", items, at: t)
        case .openBrace:
            advance()
            return try objectLiteral(at: t)
        case .number:
            advance()
            let d = Double(text(t)) ?? .infinity
            return .constant(.number(d))
        case .string:
            advance()
            return .constant(.string(Parser.unquote(text(t))))
        case .identifier:
            advance()
            switch text(t) {
            case "true": return .constant(.bool(true))
            case "false": return .constant(.bool(false))
            case "null": return .constant(.null)
            case "undefined": return .constant(.undefined)
            default: return try accessor(text(t), instance: nil, at: t)
            }
        case .interpolation(let index):
            advance()
            return try interpolation(lexer.interpolations[index], at: t)
        case .end:
            throw syntaxError("unexpected end of expression")
        default:
            throw syntaxError("unexpected '\(text(t))'")
        }
    }

    /// `argsList`: expressions or lambdas (`x => body`, which adds `x` and `body`).
    private mutating func arguments(closing: TokenKind) throws(ExpressionError) -> [Node] {
        try enter()
        defer { depth -= 1 }
        var args: [Node] = []
        if current.kind == closing {
            advance()
            return args
        }
        while true {
            if current.kind == .identifier && peek().kind == .arrow {
                let t = current
                advance()
                advance()
                args.append(try accessor(text(t), instance: nil, at: t))
                args.append(try expression(0))
            } else {
                args.append(try expression(0))
            }
            if current.kind == .comma {
                advance()
                continue
            }
            try expect(closing, closing == .closeParen ? "')'" : "']'")
            return args
        }
    }

    /// `{key: value, …}` builds `setProperty(…setProperty(json('{}'), key, value)…)`.
    private mutating func objectLiteral(at open: Token) throws(ExpressionError) -> Node {
        try enter()
        defer { depth -= 1 }
        var node = try make("json", [.constant(.string("{}"))], at: open)
        if current.kind == .closeBrace {
            advance()
            return node
        }
        while true {
            let keyToken = current
            let key: String
            switch keyToken.kind {
            case .identifier:
                key = text(keyToken)
            case .string:
                let raw = text(keyToken)
                key = String(raw.dropFirst().dropLast())
            default:
                throw syntaxError("expected a property name")
            }
            advance()
            try expect(.colon, "':'")
            let value = try expression(0)
            node = try make("setProperty", [node, .constant(.string(key)), value], at: keyToken)
            if current.kind == .comma {
                advance()
                continue
            }
            try expect(.closeBrace, "'}'")
            return node
        }
    }

    /// A backtick string: `concat('', parts…)`, each `${…}` parsed on its own.
    private mutating func interpolation(_ parts: [InterpolationPart], at t: Token) throws(ExpressionError) -> Node {
        var children: [Node] = [.constant(.string(""))]
        for part in parts {
            switch part {
            case .text(let s), .escape(let s):
                children.append(.constant(.string(s)))
            case .template(let inner, let offset):
                try enter()
                // Offset of the inner text: after "${" and any leading space.
                let innerStart = Parser.innerOffset(lexer.bytes, templateAt: offset)
                children.append(
                    try Parser.parse(
                        inner, functions: functions, limits: limits, depth: depth,
                        baseOffset: baseOffset + innerStart, rootBytes: rootBytes))
                depth -= 1
            }
        }
        return try make("concat", children, at: t)
    }

    private static func innerOffset(_ b: [UInt8], templateAt offset: Int) -> Int {
        var j = offset + 2
        while j < b.count, b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x7B { j += 1 }
        return j
    }

    /// STRING token text → value: quotes removed, `\'` (or `\"`) unescaped, then `\r \n \t \\`.
    static func unquote(_ raw: String) -> String {
        var u = Array(raw.utf8)
        guard u.count >= 2 else { return "" }
        let quote = u[0]
        u = Array(u[1..<(u.count - 1)])
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        // First pass: \' → '  (for the string's own quote).
        var first: [UInt8] = []
        first.reserveCapacity(u.count)
        var j = 0
        while j < u.count {
            if u[j] == 0x5C && j + 1 < u.count && u[j + 1] == quote {
                first.append(quote)
                j += 2
            } else {
                first.append(u[j])
                j += 1
            }
        }
        // Second pass: a backslash and the next character (not a line break).
        j = 0
        while j < first.count {
            let c = first[j]
            if c == 0x5C {
                if j + 1 < first.count && first[j + 1] != 0x0A && first[j + 1] != 0x0D {
                    switch first[j + 1] {
                    case 0x72: out.append(0x0D)
                    case 0x6E: out.append(0x0A)
                    case 0x74: out.append(0x09)
                    case 0x5C: out.append(0x5C)
                    default:
                        out.append(c)
                        out.append(first[j + 1])
                    }
                    j += 2
                    continue
                }
                out.append(c)
                j += 1
                continue
            }
            out.append(c)
            j += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Building nodes

    private mutating func accessor(_ name: String, instance: Node?, at t: Token) throws(ExpressionError) -> Node {
        if let instance {
            if case .memoryPath(let segments) = instance.kind, !PathSegment.needsSplitting(name) {
                return try checkHeight(Node(.memoryPath(segments + [PathSegment(name)]), returnType: .object, typeName: "Accessor"), at: t)
            }
            return try checkHeight(
                Node(
                    .accessor(name: name), children: [.constant(.string(name)), instance],
                    returnType: .object, typeName: "Accessor"), at: t)
        }
        if !PathSegment.needsSplitting(name) {
            return Node(.memoryPath([PathSegment(name)]), returnType: .object, typeName: "Accessor")
        }
        return Node(.accessor(name: name), children: [.constant(.string(name))], returnType: .object, typeName: "Accessor")
    }

    private func checkHeight(_ node: Node, at t: Token) throws(ExpressionError) -> Node {
        if node.height > limits.maxDepth {
            throw ExpressionError(.tooDeep, "expression nests deeper than \(limits.maxDepth) levels", at: location(t.start))
        }
        return node
    }

    /// Resolves a function (or operator) by name, checks the call, builds the node.
    private mutating func make(_ name: String, _ children: [Node], at t: Token, callToken: Token? = nil) throws(ExpressionError) -> Node {
        let node: Node
        switch name {
        case "Accessor":
            guard let first = children.first, case .constant(.string(let prop)) = first.kind, children.count <= 2,
                children.count < 2 || Validate.compatible(children[1].returnType, .object)
            else {
                throw ExpressionError(.invalidCall, "Accessor(\(children.map(\.description).joined(separator: ", "))) must have a string as first argument and at most an object as second.", at: location(t.start))
            }
            return try accessor(prop, instance: children.count == 2 ? children[1] : nil, at: t)
        case "Element":
            guard children.count == 2 else {
                throw ExpressionError(.invalidCall, "Element should have 2 children.", at: location(t.start))
            }
            node = Node(.element, children: children, returnType: .object, typeName: "Element")
        default:
            guard let def = functions.lookup(name) else {
                throw ExpressionError(
                    .unknownFunction,
                    "\(name) does not have an evaluator, it's not a built-in function or a custom function.",
                    at: location(t.start))
            }
            node = Node(.call(def), children: children, returnType: def.returnType, typeName: def.name)
            if let message = def.validate(children) {
                throw ExpressionError(.invalidCall, "\(node) \(message)", at: location((callToken ?? t).start))
            }
        }
        return try checkHeight(node, at: t)
    }
}
