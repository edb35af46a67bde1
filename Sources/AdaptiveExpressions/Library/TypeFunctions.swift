import ECMARegex
import JSONTree

/// Type tests (`isString`, `isInteger`, `isFloat`, `isArray`, `isObject`, `isBoolean`)
/// and the regular-expression test `isMatch`.
enum TypeFunctions {
    static var all: [FunctionDefinition] {
        [
            test("isString") { if case .string = $0 { return true } else { return false } },
            test("isInteger") { if case .number(let d) = $0, d.isFinite { return d.rounded(.towardZero) == d } else { return false } },
            test("isFloat") { if case .number(let d) = $0, !d.isNaN { return !(d.isFinite && d.rounded(.towardZero) == d) } else { return false } },
            test("isArray") { if case .array = $0 { return true } else { return false } },
            test("isObject") {
                switch $0 {
                case .null, .array, .object, .bytes: return true;
                default: return false
                }
            },
            test("isBoolean") { if case .bool = $0 { return true } else { return false } },
            isMatch
        ]
    }

    static func test(_ name: String, _ predicate: @escaping @Sendable (Value) -> Bool) -> FunctionDefinition {
        eager(name, .boolean, Validate.unary) { _, args throws(EvalError) in .bool(predicate(args[0])) }
    }

    /// Checks the call and, when the pattern is a literal, that it compiles.
    static let validateIsMatch: @Sendable ([Node]) -> String? = { children in
        if let problem = Validate.arity(2, 2, .string)(children) { return problem }
        if case .constant(.string(let pattern)) = children[1].kind {
            if pattern.isEmpty { return "'' is not a valid regex." }
            do throws(JSRegex.SyntaxError) { _ = try JSRegex(pattern, inlineFlags: true) } catch { return "'\(pattern)' is not a valid regex: \(error.message)" }
        }
        return nil
    }

    static let isMatch = eager("isMatch", .boolean, validateIsMatch) { ev, args throws(EvalError) in
        try requireStringsOrUndefined(args, "isMatch")
        let pattern = args[1].stringOrEmpty
        if pattern.isEmpty { throw fail("'' is not a valid regex.") }
        let regex: JSRegex
        do throws(JSRegex.SyntaxError) { regex = try JSRegex(pattern, inlineFlags: true) } catch { throw fail("'\(pattern)' is not a valid regex: \(error.message)") }
        let input = args[0].isJSTruthy ? JS.toString(args[0]) : ""
        var budget = ev.limits.maxSteps - ev.steps
        guard let matched = regex.test(input, budget: &budget) else {
            throw .budget("isMatch: the regular expression exceeded the evaluation budget")
        }
        try ev.charge(Swift.max(0, ev.limits.maxSteps - ev.steps - budget))
        return .bool(matched)
    }
}
