import JSONTree

/// Comparison and logic: `== != < <= > >=`, `&& || !`, `if`, `exists`, `empty`, `bool`,
/// `coalesce`, `optional`, `ignore`.
///
/// Comparisons evaluate their operands without the template substitution and turn an
/// operand's failure into `false`, as the official engine does.
enum LogicFunctions {
    static var all: [FunctionDefinition] {
        [
            comparison("==", Validate.binary, verifyNotNull: false) { a, b throws(EvalError) in JS.equals(a, b) },
            comparison("!=", Validate.binary, verifyNotNull: false) { a, b throws(EvalError) in !JS.equals(a, b) },
            ordering("<") { $0 < 0 }, ordering("<=") { $0 <= 0 }, ordering(">") { $0 > 0 }, ordering(">=") { $0 >= 0 },
            and, or, not, ifFunction, exists, empty, bool, coalesce, optional, ignore
        ]
    }

    /// A comparison: operands evaluated strictly; any operand failure (or, with
    /// `verifyNotNull`, a null operand) makes the result `false`.
    static func comparison(
        _ name: String, _ validate: @escaping @Sendable ([Node]) -> String?, verifyNotNull: Bool,
        _ test: @escaping @Sendable (Value, Value) throws(EvalError) -> Bool
    ) -> FunctionDefinition {
        lazy(name, .boolean, validate) { ev, node throws(EvalError) in
            var args: [Value] = []
            for child in node.children {
                guard let v = try ev.tryEvalStrict(child) else { return .bool(false) }
                if verifyNotNull && v.isNullish { return .bool(false) }
                args.append(v)
            }
            do throws(EvalError) {
                return .bool(try test(args[0], args.count > 1 ? args[1] : .undefined))
            } catch {
                if error.isSwallowed { return .bool(false) }
                throw error
            }
        }
    }

    /// `<`-like operators: numbers with numbers, strings with strings; anything else fails.
    static func ordering(_ name: String, _ accept: @escaping @Sendable (Int) -> Bool) -> FunctionDefinition {
        comparison(name, Validate.binary, verifyNotNull: true) { a, b throws(EvalError) in
            switch (a, b) {
            case (.number(let x), .number(let y)) where !x.isNaN && !y.isNaN:
                return accept(x < y ? -1 : (x > y ? 1 : 0))
            case (.string(let x), .string(let y)):
                return accept(JS.less(x, y) ? -1 : (JS.sameText(x, y) ? 0 : 1))
            default:
                throw fail("\(JS.toString(a)) and \(JS.toString(b)) must be comparable.")
            }
        }
    }

    static let and = lazy("&&", .boolean, Validate.atLeastOne) { ev, node throws(EvalError) in
        for child in node.children {
            guard let v = try ev.tryEvalStrict(child), v.isLogicTrue else { return .bool(false) }
        }
        return .bool(true)
    }

    static let or = lazy("||", .boolean, Validate.atLeastOne) { ev, node throws(EvalError) in
        for child in node.children {
            if let v = try ev.tryEvalStrict(child), v.isLogicTrue { return .bool(true) }
        }
        return .bool(false)
    }

    static let not = lazy("!", .boolean, Validate.unary) { ev, node throws(EvalError) in
        guard let v = try ev.tryEvalStrict(node.children[0]) else { return .bool(true) }
        return .bool(!v.isLogicTrue)
    }

    static let ifFunction = lazy("if", .object, Validate.arity(3, 3)) { ev, node throws(EvalError) in
        let condition = try ev.tryEvalStrict(node.children[0])
        if let condition, condition.isLogicTrue { return try ev.eval(node.children[1]) }
        return try ev.eval(node.children[2])
    }

    static let exists = comparison("exists", Validate.unary, verifyNotNull: true) { _, _ throws(EvalError) in true }

    static let empty = comparison("empty", Validate.unary, verifyNotNull: false) { a, _ throws(EvalError) in
        switch a {
        case .undefined, .null: return true
        case .string(let s): return s.isEmpty
        case .array(let x): return x.isEmpty
        case .object(let o): return o.isEmpty
        case .bytes(let b): return b.isEmpty
        case .number, .bool: throw EvalError.swallowed
        }
    }

    static let bool = comparison("bool", Validate.unary, verifyNotNull: false) { a, _ throws(EvalError) in
        if case .number(let d) = a, !d.isNaN { return d != 0 }
        if JS.toString(a).lowercased().contains("false") { return false }
        return a.isLogicTrue
    }

    static let coalesce = eager("coalesce", .object, Validate.atLeastOne) { _, args throws(EvalError) in
        for a in args where !a.isNullish { return a }
        return .undefined
    }

    static let optional = lazy("optional", .boolean, Validate.order([.boolean])) { ev, node throws(EvalError) in
        try ev.eval(node.children[0])
    }

    static let ignore = lazy("ignore", .boolean, Validate.order([.boolean])) { ev, node throws(EvalError) in
        try ev.eval(node.children[0])
    }
}

extension EvalError {
    /// Marks a verification failure that a comparison turns into `false`.
    static let swallowed = EvalError("\u{0}swallowed")
    var isSwallowed: Bool { message == "\u{0}swallowed" }
}
