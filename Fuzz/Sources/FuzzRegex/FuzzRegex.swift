@testable import AdaptiveExpressions
import ECMARegex
import FuzzSupport

/// The JavaScript regex engine (`isMatch`, `replaceIgnoreCase`): compile any pattern and
/// match it against any text within a step budget.
///
/// Input: one byte of flags (bit 0 ignore case, 1 multiline, 2 dotAll, 3 unicode), the pattern, a NUL,
/// the text.
/// A fiftieth of an expression's budget (ExpressionLimits.maxSteps), so that a pattern that
/// spends it all stays under libFuzzer's 1 s with ASan, where a step with ignoreCase costs about 1 µs (the full budget takes 0.1 s without ASan).
let steps = ExpressionLimits.standard.maxSteps / 50

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRegex(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    guard let flags = bytes.first else { return 0 }
    let parts = FuzzInput.parts(Array(bytes.dropFirst()), count: 2)
    let pattern = FuzzInput.text(parts[0]), text = FuzzInput.text(parts[1])
    let regex: JSRegex
    var options: JSRegex.Flags = []
    if flags & 1 != 0 { options.insert(.ignoreCase) }
    if flags & 2 != 0 { options.insert(.multiline) }
    if flags & 4 != 0 { options.insert(.dotAll) }
    if flags & 8 != 0 { options.insert(.unicode) }
    do throws(JSRegex.SyntaxError) {
        regex = try JSRegex(pattern, flags: options)
    } catch {
        _ = error.message
        return 0
    }
    var budget = steps
    let matched = regex.test(text, budget: &budget)
    fuzzCheck(budget <= steps, "the budget grew")
    budget = steps
    let replaced = regex.replaceAll(in: text, with: "[$&|$1|$<n>|$$]", budget: &budget)
    if matched == false, let replaced {
        fuzzCheck(replaced == text, "no match, yet replacing changed the text")
    }
    return 0
}
