import AdaptiveExpressions
import Foundation
import JSONTree
import Testing
import TestSupport

/// Runs every vector of `../shared/conformance/expressions.json` and
/// `expression_errors.json` (botbuilder-js test suite) and fails below a floor.
@Suite(.needsShared) struct ExpressionConformanceTests {
    /// Passing cases that do not call date/time built-ins (those are counted apart).
    /// Every case but the one whose scope member has no JSON form (`base64(byteArr)`).
    static let expressionsFloor = 545
    static let errorsFloor = 260

    @Test func expressionsFile() throws {
        let cases = try Conformance.load("expressions.json")
        let scopes = try Conformance.load("scope.json")
        guard case .array(let list) = cases, let rawScope = scopes["expressionParser"]?["scope"] else {
            Issue.record("unexpected file layout")
            return
        }
        var scope = Conformance.plain(rawScope) ?? .null
        var core = Conformance.Tally(), dates = Conformance.Tally()
        var skipped: [String] = []
        var failures: [String] = []
        for c in list {
            guard let id = c["id"]?.stringValue, let expression = c["expression"]?.stringValue,
                  let group = c["group"]?.stringValue else { continue }
            let flags = c["flags"]?.arrayValue?.compactMap(\.stringValue) ?? []
            if flags.contains(where: { $0.contains("uses-non-JSON-scope-member(byteArr)") }) {
                skipped.append("\(id) \(expression): a Uint8Array scope member has no JSON form")
                continue
            }
            let expected = c["expected"] ?? .null
            var context = EvaluationContext(locale: "en-US")
            if let now = c["now"]?.stringValue, let date = Conformance.instant(now) { context.now = date }
            let isDate = Conformance.usesDateTime(expression)
            var ok = false
            var actualText = ""
            do {
                let e = try Expression.parse(expression)
                let result: Result<JSONValue, ExpressionError>
                if flags.contains(where: { $0.hasPrefix("stateful-scope") }) {
                    result = e.evaluate(updating: &scope, context: context)
                } else {
                    result = e.evaluate(scope: scope, context: context)
                }
                switch result {
                case .success(let v):
                    ok = Conformance.same(v, expected)
                    actualText = v.description
                case .failure(let err):
                    actualText = "error: \(err.message)"
                }
            } catch {
                actualText = "parse error: \(error)"
            }
            if isDate { dates.record(group, ok) } else { core.record(group, ok) }
            if !ok { failures.append("\(id) \(expression)\n    expected \(expected)\n    actual   \(actualText)") }
        }
        print(core.report("expressions.json (excluding date/time built-ins)"))
        print(dates.report("expressions.json (date/time built-ins)"))
        print("skipped \(skipped.count): " + skipped.joined(separator: "; "))
        if !failures.isEmpty { print("FAILURES:\n" + failures.joined(separator: "\n")) }
        #expect(core.passedCount + dates.passedCount >= Self.expressionsFloor)
    }

    @Test func expressionErrorsFile() throws {
        let cases = try Conformance.load("expression_errors.json")
        let scopes = try Conformance.load("scope.json")
        guard case .array(let list) = cases, let rawScope = scopes["badExpression"]?["scope"] else {
            Issue.record("unexpected file layout")
            return
        }
        let scope = Conformance.plain(rawScope) ?? .null
        var core = Conformance.Tally(), dates = Conformance.Tally()
        var failures: [String] = []
        for c in list {
            guard let id = c["id"]?.stringValue, let expression = c["expression"]?.stringValue,
                  let group = c["group"]?.stringValue, let expect = c["expect"]?.stringValue else { continue }
            let isDate = Conformance.usesDateTime(expression) || group == "Date and Time functions"
            var ok = false
            var actual = ""
            do {
                let e = try Expression.parse(expression)
                switch e.evaluate(scope: scope, context: EvaluationContext(locale: "en-US")) {
                case .success(let v): actual = "value \(v)"
                case .failure(let err): ok = expect == "error"; actual = "evaluation error \(err.message)"
                }
            } catch {
                ok = true
                actual = "parse error \(error)"
            }
            if isDate { dates.record(group, ok) } else { core.record(group, ok) }
            if !ok { failures.append("\(id) \(expression) — expected \(expect), got \(actual)") }
        }
        print(core.report("expression_errors.json (excluding date/time built-ins)"))
        print(dates.report("expression_errors.json (date/time built-ins)"))
        if !failures.isEmpty { print("FAILURES:\n" + failures.joined(separator: "\n")) }
        #expect(core.passedCount + dates.passedCount >= Self.errorsFloor)
    }
}
