import Foundation
import JSONTree

/// Evaluates expressions given as JSON Lines, one request per line:
///
///     {"expression": "concat(a, '!')", "scope": {"a": "hi"}, "now": "2020-08-01T00:12:20Z"}
///
/// and answers one line each: `{"value": …}`, or `{"error": "…", "code": "expr-…"}` (with
/// `"at": "line:column"` for parse errors). `scope` and `now` are optional; `now` is the
/// instant the clock functions see. Blank lines are skipped. This is what
/// `plugin-catalog expr --batch` runs.
public enum ExpressionBatch {
    public struct Outcome: Sendable {
        /// The answer lines, joined by newlines (with a final newline when not empty).
        public var output: String
        /// How many requests ended in an error.
        public var errorCount: Int
        public var requestCount: Int
    }

    public static func run(
        _ input: String, context: EvaluationContext = EvaluationContext(),
        functions: FunctionTable = .standard, limits: ExpressionLimits = .standard
    ) -> Outcome {
        var out = ""
        var errors = 0, count = 0
        for line in input.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" }) {
            let text = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
            if JS.trim(text).isEmpty { continue }
            count += 1
            let answer = evaluate(line: text, context: context, functions: functions, limits: limits)
            if answer["error"] != nil { errors += 1 }
            out += JSONWriter.serialize(answer) + "\n"
        }
        return Outcome(output: out, errorCount: errors, requestCount: count)
    }

    /// Answers one request line.
    public static func evaluate(
        line: String, context: EvaluationContext = EvaluationContext(),
        functions: FunctionTable = .standard, limits: ExpressionLimits = .standard
    ) -> JSONValue {
        let request: JSONValue
        do {
            request = try JSONValue.parse(line)
        } catch {
            return ["error": .string("the line is not JSON: \(error.description)"), "code": "batch-json"]
        }
        guard case .string(let text)? = request["expression"] else {
            return ["error": "the line has no \"expression\" string", "code": "batch-request"]
        }
        var ctx = context
        if let nowValue = request["now"], !nowValue.isNull {
            guard case .string(let nowText) = nowValue, let date = parseInstant(nowText) else {
                return ["error": "\"now\" is not an ISO 8601 instant", "code": "batch-request"]
            }
            ctx.now = date
        }
        return answer(text, scope: request["scope"] ?? .null, context: ctx, functions: functions, limits: limits)
    }

    /// Evaluates one expression into an answer object.
    public static func answer(
        _ text: String, scope: JSONValue, context: EvaluationContext,
        functions: FunctionTable = .standard, limits: ExpressionLimits = .standard
    ) -> JSONValue {
        do {
            let e = try Expression.parse(text, functions: functions, limits: limits)
            switch e.evaluate(scope: scope, context: context, limits: limits) {
            case .success(let v): return ["value": v]
            case .failure(let err): return errorAnswer(err)
            }
        } catch {
            return errorAnswer(error)
        }
    }

    static func errorAnswer(_ e: ExpressionError) -> JSONValue {
        var o: JSONObject = ["error": .string(e.message), "code": .string(e.code.rawValue)]
        if let at = e.location { o["at"] = .string(at.description) }
        return .object(o)
    }

    /// `2020-08-01T00:12:20Z`, with or without fractional seconds or an offset.
    public static func parseInstant(_ text: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = f.date(from: text) { return d }
        f.formatOptions = [.withInternetDateTime]
        return f.date(from: text)
    }
}
