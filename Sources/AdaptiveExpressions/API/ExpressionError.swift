import JSONTree

/// Why an expression could not be parsed or evaluated.
///
/// Parse errors carry the position (1-based line and column, in characters) of the
/// offending token; evaluation errors carry the message of the failing function, as the
/// official engine words it where it matters.
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable identifier of the kind of problem.
    public enum Code: String, Sendable, Hashable {
        /// Not an expression at this point (`a +`, `fun(a, b`, an unterminated string…).
        case syntax = "expr-syntax"
        /// A call that can never work: wrong number or static types of arguments.
        case invalidCall = "expr-invalid-call"
        /// A call to a function that is neither built in nor registered.
        case unknownFunction = "expr-unknown-function"
        /// Nesting deeper than the parser's limit (parentheses, calls, interpolations).
        case tooDeep = "expr-depth"
        /// The expression was parsed but failed while being evaluated.
        case evaluation = "expr-evaluation"
        /// Evaluation exceeded its step, size or depth budget.
        case budget = "expr-budget"
    }

    public var code: Code
    public var message: String
    /// Where in the expression text the problem is (parse errors only).
    public var location: SourceLocation?

    public init(_ code: Code, _ message: String, at location: SourceLocation? = nil) {
        self.code = code
        self.message = message
        self.location = location
    }

    /// `expr-syntax at 1:5: …` for parse errors, the message alone otherwise.
    public var description: String {
        if let location { return "\(code.rawValue) at \(location): \(message)" }
        return message
    }
}
