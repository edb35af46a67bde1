import Foundation
import JSONTree

// The contract between the evaluator and the built-in functions that work on plain JSON.
// Built-ins are grouped in tables (`[Builtin]`) that the evaluator merges into one
// function table; each group lives in its own files.
//
// One style for every built-in: a function that returns its value or throws a typed error.
// The standard library (`Library/`) throws `EvalError` over the evaluator's `Value`, because
// its functions need what only the evaluator has (`undefined`, byte arrays, lazy arguments,
// lambdas). The date and time group stays on `Builtin`, throwing `BuiltinError` over
// `JSONValue`: `Builtin` is public (it is how callers register their own functions), so the
// evaluator needs its `.external` case anyway, and the date and time functions need nothing
// more than it offers. Moving them to `FunctionDefinition` would add a second way to run the
// same JSON-level functions without removing any, and their messages, which the evaluator
// prefixes with the text of the call, would need the call node that eager closures do not get.

/// Everything a built-in function may depend on besides its arguments.
public struct EvaluationContext: Sendable {
    /// The instant the clock functions (`utcNow`, `getPastTime`, `dateReadBack`…) see.
    public var now: Date
    /// The locale used when a function's locale argument is omitted ("en-US" when nil),
    /// so results never depend on the machine's settings.
    public var locale: String?
    /// When set, `rand` and `newGuid` draw from a fixed pseudo-random sequence started by
    /// this seed, so the same inputs give the same output; when nil they use the system's
    /// random generator.
    public var randomSeed: UInt64?

    public init(now: Date = Date(), locale: String? = nil, randomSeed: UInt64? = nil) {
        self.now = now
        self.locale = locale
        self.randomSeed = randomSeed
    }

    /// The effective default locale.
    public var defaultLocale: String { locale ?? "en-US" }
}

/// Why a built-in could not produce a value. The evaluator prefixes the call as written
/// (`formatDateTime('x'): …`); the message says what was wrong with the arguments.
public struct BuiltinError: Error, Sendable, Hashable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// A built-in function whose arguments are all evaluated before it runs.
/// (Functions that take lambdas or need the scope, such as `foreach` or `where`, are
/// implemented by the evaluator itself.)
///
/// A missing value (JavaScript's `undefined`) reaches a built-in as `.null`.
///
/// ```swift
/// let twice = Builtin("twice", arity: 1...1) { arguments, _ throws(BuiltinError) in
///     guard case .number(let d) = arguments[0] else { throw BuiltinError("not a number") }
///     return .number(d * 2)
/// }
/// let functions = FunctionTable.standard.adding([twice])
/// ```
/// (Write `throws(BuiltinError)` in the closure: Swift infers `any Error` for a closure that
/// throws, whatever the parameter's type says.)
public struct Builtin: Sendable {
    public let name: String
    public let minArity: Int
    /// `Int.max` for variadic functions.
    public let maxArity: Int
    public let apply: Body

    /// The function: its value, or why the arguments cannot give one.
    public typealias Body = @Sendable (_ arguments: [JSONValue], _ context: EvaluationContext) throws(BuiltinError) -> JSONValue

    public init(_ name: String, arity: ClosedRange<Int>, _ apply: @escaping Body) {
        self.name = name
        self.minArity = arity.lowerBound
        self.maxArity = arity.upperBound
        self.apply = apply
    }
}
