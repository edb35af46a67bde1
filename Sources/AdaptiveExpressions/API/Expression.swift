import Foundation
import JSONTree

/// A parsed Adaptive Expression: parse once, evaluate many times, from any thread.
///
/// ```swift
/// let e = try Expression.parse("join(foreach(items, x, x.name), ', ')")
/// switch e.evaluate(scope: data) {
/// case .success(let value): print(value)
/// case .failure(let error): print(error.message)
/// }
/// ```
///
/// Evaluation follows the official JavaScript engine (botbuilder-js): member names match
/// case-insensitively, a missing member is `undefined` (reported as `null`), operators and
/// built-ins check and convert their arguments as it does, and a failure is a value with a
/// message, never a crash.
public struct Expression: Sendable, CustomStringConvertible {
    let root: Node
    /// The text the expression was parsed from.
    public let source: String

    init(root: Node, source: String) {
        self.root = root
        self.source = source
    }

    /// Parses `text`. Throws a positioned `ExpressionError` (`expr-syntax`,
    /// `expr-unknown-function`, `expr-invalid-call`, `expr-depth`).
    public static func parse(
        _ text: String, functions: FunctionTable = .standard,
        limits: ExpressionLimits = .standard
    ) throws(ExpressionError) -> Expression {
        Expression(root: try Parser.parse(text, functions: functions, limits: limits), source: text)
    }

    /// Evaluates against `scope` (the variables; any JSON value). `undefined` results are
    /// reported as `null`.
    public func evaluate(
        scope: JSONValue, context: EvaluationContext = EvaluationContext(),
        limits: ExpressionLimits = .standard
    ) -> Result<JSONValue, ExpressionError> {
        var copy = scope
        return evaluate(updating: &copy, context: context, limits: limits)
    }

    /// Evaluates against `scope`, writing back what `setPathToValue` stores.
    public func evaluate(
        updating scope: inout JSONValue, context: EvaluationContext = EvaluationContext(),
        limits: ExpressionLimits = .standard
    ) -> Result<JSONValue, ExpressionError> {
        var evaluator = Evaluator(memory: Memory(root: .plain(Value(scope))), context: context, limits: limits)
        do throws(EvalError) {
            let value = try evaluator.eval(root)
            if case .plain(let updated) = evaluator.memory.root { scope = updated.json }
            return .success(value.json)
        } catch {
            return .failure(ExpressionError(error.isBudget ? .budget : .evaluation, error.message))
        }
    }

    /// The expression as the official engine prints it (`(a + 1)`, `concat('x', y)`).
    public var description: String { root.description }
}

// MARK: - Template support (used by CardTemplating)

/// What an evaluation for the template engine gives: JavaScript's `undefined` is kept
/// apart from `null`.
package enum TemplateValue: Sendable {
    case value(JSONValue)
    case undefined
    case failure(String)
}

/// A template string (`"Hello ${name}!"`) parsed as the template engine does: a whole-value
/// expression keeps its type; otherwise the pieces are concatenated.
package enum InterpolatedString: Sendable {
    /// No `${`: the text as is.
    case literal(String)
    /// Exactly one expression and nothing else.
    case whole(Expression)
    /// Text and expressions to concatenate, each expression failing on its own.
    case parts([InterpolatedPart])
}

package enum InterpolatedPart: Sendable {
    case text(String)
    case expression(Expression)
}

extension Expression {
    /// Parses a JSON string value of a card template: `` `…` `` around it, unknown functions
    /// accepted (they fail when evaluated).
    ///
    /// When the whole string does not parse, each `${…}` is parsed on its own and the ones
    /// that fail stay as written; their errors are returned with the result.
    package static func parseTemplateString(
        _ text: String, functions: FunctionTable,
        limits: ExpressionLimits = .standard
    ) -> (InterpolatedString, [ExpressionError]) {
        guard text.includes("${") else { return (.literal(text), []) }
        // Templates repeat the same strings (`${title}`, `${url}`) across cards and packages:
        // parses with the standard table and limits are shared (parse trees are immutable).
        let shareable = functions.isStandard && !functions.acceptsUnknownFunctions && limits == .standard && text.utf8.count <= 512
        if shareable, let cached = TemplateStringCache.shared.value(for: text) { return cached }
        let result = parseTemplateStringUncached(text, functions: functions, limits: limits)
        if shareable { TemplateStringCache.shared.store(result, for: text) }
        return result
    }

    private static func parseTemplateStringUncached(
        _ text: String, functions: FunctionTable,
        limits: ExpressionLimits
    ) -> (InterpolatedString, [ExpressionError]) {
        let table = functions.acceptingUnknownFunctions()
        do throws(ExpressionError) {
            let root = try Parser.parse("`" + text + "`", functions: table, limits: limits)
            return (interpolation(from: root, text: text), [])
        } catch {
            return parseSegments(text, table: table, limits: limits, firstError: error)
        }
    }

    private static func interpolation(from root: Node, text: String) -> InterpolatedString {
        guard case .call = root.kind, root.typeName == "concat" else { return .literal(text) }
        let children = root.children
        if children.count == 2, case .constant(.string("")) = children[0].kind, !children[1].isConstant {
            return .whole(Expression(root: children[1], source: children[1].description))
        }
        var parts: [InterpolatedPart] = []
        for child in children {
            if case .constant(let v) = child.kind {
                parts.append(.text(JS.toString(v)))
            } else {
                parts.append(.expression(Expression(root: child, source: child.description)))
            }
        }
        return .parts(parts)
    }

    /// The fallback: `${…}` pieces parsed one by one; text (and escapes) kept as written.
    private static func parseSegments(
        _ text: String, table: FunctionTable, limits: ExpressionLimits,
        firstError: ExpressionError
    ) -> (InterpolatedString, [ExpressionError]) {
        let bytes = Array(text.utf8)
        var parts: [InterpolatedPart] = []
        var errors: [ExpressionError] = []
        var pending: [UInt8] = []
        var i = 0
        func flush() {
            if !pending.isEmpty {
                parts.append(.text(String(decoding: pending, as: UTF8.self)))
                pending.removeAll()
            }
        }
        while i < bytes.count {
            if bytes[i] == 0x24, i + 1 < bytes.count, bytes[i + 1] == 0x7B, let end = Lexer.matchTemplate(bytes, at: i) {
                let whole = String(decoding: bytes[i..<end], as: UTF8.self)
                do throws(ExpressionError) {
                    let node = try Parser.parse(Lexer.trimTemplate(whole), functions: table, limits: limits)
                    flush()
                    parts.append(.expression(Expression(root: node, source: node.description)))
                } catch {
                    errors.append(ExpressionError(error.code, "\(error.message) in \(whole)", at: error.location))
                    pending += bytes[i..<end]
                }
                i = end
                continue
            }
            pending.append(bytes[i])
            i += 1
        }
        flush()
        if errors.isEmpty { errors.append(firstError) }
        let expressions = parts.filter { if case .expression = $0 { return true } else { return false } }
        if expressions.isEmpty { return (.literal(text), errors) }
        return (.parts(parts), errors)
    }

    /// Evaluates against template bindings. With `substitute`, a missing path becomes the
    /// text `${path}` and is reported in `missing`.
    /// `steps` grows by the evaluation steps spent (for budgets across evaluations).
    package func evaluate(
        template bindings: TemplateBindings, substitute: Bool, substitutionText: String? = nil,
        context: EvaluationContext, limits: ExpressionLimits, missing: inout [String], steps: inout Int
    ) -> TemplateValue {
        var evaluator = Evaluator(memory: Memory(root: .template(bindings)), context: context, limits: limits)
        evaluator.substitute = substitute
        evaluator.substitutionText = substitutionText
        defer {
            missing += evaluator.missingPaths
            steps += evaluator.steps
        }
        do throws(EvalError) {
            let value = try evaluator.eval(root)
            if case .undefined = value { return .undefined }
            return .value(value.json)
        } catch {
            // A budget failure spent the whole budget, whatever was charged before it (a
            // regex that runs out fails before its steps are charged).
            if error.isBudget { evaluator.steps = max(evaluator.steps, limits.maxSteps) }
            return .failure(error.message)
        }
    }

    /// Whether the expression is a plain memory path (`a.b[0].c`).
    package var isPath: Bool { root.isAccessor || { if case .element = root.kind { return true } else { return false } }() }

    /// `value.toString()` in JavaScript (what template interpolation writes).
    package static func jsText(_ value: JSONValue) -> String { JS.toString(value) }
}

/// Another name for `Expression`, for code that also imports Foundation (whose
/// `Expression` type would otherwise make the name ambiguous in type positions).
public typealias AdaptiveExpression = Expression

/// Parsed template strings by text, bounded (cleared when full), safe across threads.
final class TemplateStringCache: @unchecked Sendable {
    static let shared = TemplateStringCache()
    static let capacity = 20_000
    private var entries: [String: (InterpolatedString, [ExpressionError])] = [:]
    private let lock = NSLock()

    func value(for text: String) -> (InterpolatedString, [ExpressionError])? {
        lock.lock()
        defer { lock.unlock() }
        return entries[text]
    }

    func store(_ value: (InterpolatedString, [ExpressionError]), for text: String) {
        lock.lock()
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[text] = value
        lock.unlock()
    }
}
