import AdaptiveExpressions
import CardTemplating
import FuzzSupport
import JSONTree

/// Card templating: compile any template and expand it with any data and host data, with
/// the options the site builder uses (provenance recorded, the standard output limit), and smaller step budgets.
///
/// Input: the template, a NUL, the data, a NUL, the host data (JSON text each; the data
/// and host are left out when they do not parse).
let context = EvaluationContext(now: fuzzNow, locale: "en-US", randomSeed: 1)
/// A twentieth of the standard steps per expression, and 500k for the whole expansion, so that an
/// input that spends them stays under libFuzzer's 1 s with ASan.
let limits = ExpressionLimits(maxSteps: ExpressionLimits.standard.maxSteps / 20)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let parts = FuzzInput.parts(FuzzInput.bytes(data, size), count: 3)
    guard let json = FuzzInput.json(parts[0]) else { return 0 }
    let template = CardTemplate(json: json, limits: limits)
    _ = template.isTemplated
    for binding in template.bindings { _ = binding.pointer }
    var options = TemplateOptions()
    options.recordsProvenance = true
    options.maxEvaluationSteps = 500_000
    let expansion = template.expand(data: FuzzInput.json(parts[1]), host: FuzzInput.json(parts[2]),
                                    context: context, options: options)
    for warning in expansion.warnings { _ = warning.description }
    let written = JSONWriter.serialize(expansion.value)
    // Data nested in a nested template may go deeper than the reader's limit; anything
    // else the writer writes must read back.
    do throws(JSONIssue) {
        _ = try JSONParser.parse(Array(written.utf8), options: .strict)
    } catch {
        fuzzCheck(error.code == .tooDeep, "an expansion that does not write as JSON: \(error) in \(written.prefix(300))")
    }
    _ = CardTemplate.templatePointer(for: "/body/0/items/1", in: expansion.value)
    return 0
}
