import JSONTree

/// Why an evaluation failed. Internal: the public API turns it into an `ExpressionError`.
struct EvalError: Error, Sendable {
    var message: String
    var isBudget = false

    init(_ message: String) { self.message = message }

    static func budget(_ message: String) -> EvalError {
        var e = EvalError(message)
        e.isBudget = true
        return e
    }
}

/// A function as the parser resolves it: how to check a call when it is parsed, and how to
/// evaluate it. Resolved once per call site, so evaluation never looks names up.
struct FunctionDefinition: Sendable {
    typealias Eager = @Sendable (inout Evaluator, [Value]) throws(EvalError) -> Value
    typealias Lazy = @Sendable (inout Evaluator, Node) throws(EvalError) -> Value
    typealias Binary = @Sendable (inout Evaluator, Value, Value) throws(EvalError) -> Value

    enum Implementation: Sendable {
        /// All arguments are evaluated first (stopping at the first failure).
        case eager(Eager)
        /// Arguments evaluated left to right and folded pairwise (`1 + 2 + 3`).
        case sequence(Binary)
        /// The function evaluates its argument nodes itself (lambdas, `if`, `&&`…).
        case lazy(Lazy)
        /// A table entry from another group (the date and time built-ins).
        case external(Builtin)
        /// A name the template engine accepts but cannot run: fails when evaluated.
        case unknown
    }

    /// The name the official engine prints for calls (`+` for `add`, `&&` for `and`…).
    let name: String
    let returnType: ReturnType
    /// Returns a message when the call can never succeed (arity, static argument types).
    let validate: @Sendable ([Node]) -> String?
    let implementation: Implementation

    init(
        _ name: String, returns: ReturnType, validate: @escaping @Sendable ([Node]) -> String?,
        _ implementation: Implementation
    ) {
        self.name = name
        self.returnType = returns
        self.validate = validate
        self.implementation = implementation
    }
}

// MARK: - Parse-time validators (the official `validateArityAndAnyType` / `validateOrder`)

enum Validate {
    static let none: @Sendable ([Node]) -> String? = { _ in nil }

    /// Between `min` and `max` arguments, each of which may produce `type`.
    static func arity(_ min: Int, _ max: Int, _ type: ReturnType = .object) -> @Sendable ([Node]) -> String? {
        { children in
            if children.count < min { return "should have at least \(min) children." }
            if children.count > max { return "can't have more than \(max) children." }
            if !type.contains(.object) {
                for child in children where !compatible(child.returnType, type) {
                    return typeMessage(type, child)
                }
            }
            return nil
        }
    }

    /// Exactly the `required` types in order, then up to `optional.count` more.
    static func order(_ required: [ReturnType], optional: [ReturnType] = []) -> @Sendable ([Node]) -> String? {
        { children in
            if children.count < required.count || children.count > required.count + optional.count {
                return optional.isEmpty
                    ? "should have \(required.count) children."
                    : "should have between \(required.count) and \(required.count + optional.count) children."
            }
            for (i, child) in children.enumerated() {
                let type = i < required.count ? required[i] : optional[i - required.count]
                if !type.contains(.object) && !compatible(child.returnType, type) {
                    return typeMessage(type, child)
                }
            }
            return nil
        }
    }

    static func compatible(_ childType: ReturnType, _ expected: ReturnType) -> Bool {
        childType.contains(.object) || !childType.isDisjoint(with: expected)
    }

    private static func typeMessage(_ type: ReturnType, _ child: Node) -> String {
        let names = type.names
        if names.count == 1 { return "\(child) is not a \(names[0]) expression." }
        return "\(child) is not any of [\(names.joined(separator: ", "))]."
    }

    static let unary = arity(1, 1)
    static let binary = arity(2, 2)
    static let atLeastOne = arity(1, .max)
    static let unaryNumber = arity(1, 1, .number)
    static let unaryString = arity(1, 1, .string)
    static let unaryOrBinaryString = arity(1, 2, .string)
    static let binaryNumber = arity(2, 2, .number)
    static let twoOrMoreNumbers = arity(2, .max, .number)
    static let noArguments = arity(0, 0)

    /// Lambda functions (`foreach(list, x, body)`): three children, the second a bare name.
    static let lambda: @Sendable ([Node]) -> String? = { children in
        if children.count != 3 { return "Lambda expression expect 3 parameters, found \(children.count)" }
        if children[1].simpleAccessorName == nil { return "Second parameter is not an identifier : \(children[1])" }
        return nil
    }
}
