import Foundation
import JSONTree

// The contract between the evaluator and the built-in function library.
// Built-ins are grouped in tables (`[Builtin]`) that the evaluator merges into one
// function table; each group lives in its own files.

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

/// Why a built-in could not produce a value. The evaluator adds the function name and the
/// position of the call; the message says what was wrong with the arguments.
public struct BuiltinError: Error, Sendable, Hashable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// A built-in function whose arguments are all evaluated before it runs.
/// (Functions that take lambdas or need the scope, such as `foreach` or `where`, are
/// implemented by the evaluator itself.)
///
/// A missing value (JavaScript's `undefined`) reaches a built-in as `.null`.
public struct Builtin: Sendable {
    public let name: String
    public let minArity: Int
    /// `Int.max` for variadic functions.
    public let maxArity: Int
    public let apply: @Sendable (_ arguments: [JSONValue], _ context: EvaluationContext) -> Result<JSONValue, BuiltinError>

    public init(_ name: String, arity: ClosedRange<Int>,
                _ apply: @escaping @Sendable (_ arguments: [JSONValue], _ context: EvaluationContext) -> Result<JSONValue, BuiltinError>)
    {
        self.name = name
        self.minArity = arity.lowerBound
        self.maxArity = arity.upperBound
        self.apply = apply
    }
}
