import AdaptiveExpressions
import FuzzSupport
import JSONTree

/// Adaptive Expressions: parse any text, print it, and evaluate it against a small scope
/// with the standard limits (the ones templates and `plugin-catalog expr` use) but a twentieth of
/// the steps.
let scope: JSONValue = {
    let text = """
    {"a": 1, "b": 2.5, "s": "Hello, World", "n": null, "t": true, "f": false, "e": "",
     "list": [1, 2, 3, "x", null, {"k": "v"}], "empty": [], "nums": [3, 1, 2],
     "o": {"x": 1, "y": {"z": "deep"}, "arr": [{"name": "a", "n": 1}, {"name": "b", "n": 2}]},
     "date": "2026-03-04T05:06:07.089Z", "day": "2026-03-04", "timex": "XXXX-WXX-3T10",
     "url": "https://example.com/a/b?c=1&d=two#frag", "json": "{\\"p\\": [1, 2]}",
     "big": 9007199254740993, "neg": -42, "pi": 3.14159, "locale": "de-DE",
     "html": "<b>x</b> & 'y'", "b64": "SGVsbG8=", "xml": "<r><i>1</i><i>2</i></r>"}
    """
    return (try? JSONValue.parse(text)) ?? .null
}()

let context = EvaluationContext(now: fuzzNow, locale: "en-US", randomSeed: 1)
/// The standard limits with a twentieth of the steps: an input that spends them all stays under
/// libFuzzer's 1 s with ASan (the full budget takes about 0.2 s without it).
let limits = ExpressionLimits(maxSteps: ExpressionLimits.standard.maxSteps / 20)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzInput.text(FuzzInput.bytes(data, size))
    let expression: Expression
    do {
        expression = try Expression.parse(text, limits: limits)
    } catch {
        _ = error.description
        return 0
    }
    _ = expression.description
    var mutable = scope
    switch expression.evaluate(updating: &mutable, context: context, limits: limits) {
    case .success(let value): _ = JSONWriter.serialize(value)
    case .failure(let error): _ = error.description
    }
    return 0
}
