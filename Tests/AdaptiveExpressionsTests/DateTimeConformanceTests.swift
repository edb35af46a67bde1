import Foundation
import JSONTree
import Testing
import TestSupport
@testable import AdaptiveExpressions

/// The vectors of `../shared/conformance/expressions.json` that are single calls of the date
/// and time built-ins, evaluated directly. Expressions that need the parser (operators,
/// other functions) are counted as skipped; the main conformance suite runs them after merge.
@Suite(.needsShared) struct DateTimeConformanceTests {
    /// Raise as the pass count rises; never lower it.
    static let passFloor = 104
    static let errorPassFloor = 74

    static let dateTimeFunctions: Set<String> = Set(DateTimeBuiltins.all.map(\.name))

    struct Vector {
        let id: String
        let expression: String
        let expected: JSONValue
        let now: Date?
    }

    static func loadVectors() throws -> (vectors: [Vector], scope: JSONObject) {
        let conformance = TestPaths.conformance
        let cases = try JSONValue.parse(String(contentsOf: conformance.appendingPathComponent("expressions.json"), encoding: .utf8))
        let scopes = try JSONValue.parse(String(contentsOf: conformance.appendingPathComponent("scope.json"), encoding: .utf8))
        let scope = scopes["expressionParser"]?["scope"]?.objectValue ?? [:]
        var vectors: [Vector] = []
        for entry in cases.arrayValue ?? [] {
            let functions = Set((entry["functions"]?.arrayValue ?? []).compactMap(\.stringValue))
            let group = entry["group"]?.stringValue ?? ""
            guard !functions.isDisjoint(with: dateTimeFunctions) || group == "Date and time functions"
                || group == "mocked time expressions" else { continue }
            guard let id = entry["id"]?.stringValue, let expression = entry["expression"]?.stringValue,
                  let expected = entry["expected"] else { continue }
            let now = entry["now"]?.stringValue.map { DateTimeTesting.date($0) }
            vectors.append(Vector(id: id, expression: expression, expected: expected, now: now))
        }
        return (vectors, scope)
    }

    static func matches(_ actual: JSONValue, _ expected: JSONValue) -> Bool {
        if case .number(let a) = actual, case .number(let b) = expected { return a == b }
        return actual == expected
    }

    @Test func conformanceVectors() throws {
        let (vectors, scope) = try Self.loadVectors()
        #expect(vectors.count > 90, "the conformance file should hold the date and time vectors")
        var passed: [String] = []
        var failed: [String] = []
        var skipped: [String] = []
        for vector in vectors {
            let evaluator = SimpleCallEvaluator(scope: scope, now: vector.now ?? DateTimeTesting.mockedNow)
            switch evaluator.evaluate(vector.expression) {
            case .value(let actual):
                if Self.matches(actual, vector.expected) {
                    passed.append(vector.id)
                } else {
                    failed.append("\(vector.id) \(vector.expression): expected \(vector.expected), got \(actual)")
                }
            case .error(let message):
                failed.append("\(vector.id) \(vector.expression): expected \(vector.expected), got error \(message)")
            case .unsupported(let reason):
                skipped.append("\(vector.id) \(vector.expression) (\(reason))")
            }
        }
        print("DateTime conformance (expressions.json): \(passed.count) passed, \(failed.count) failed, \(skipped.count) skipped (need the full parser)")
        for line in skipped { print("  skipped \(line)") }
        for line in failed { print("  FAILED \(line)") }
        #expect(failed.isEmpty, "\(failed.joined(separator: "\n"))")
        #expect(passed.count >= Self.passFloor)
    }

    /// `expression_errors.json`: calls of these built-ins that must fail (bad timestamps,
    /// units, zones, argument types and counts).
    @Test func errorVectors() throws {
        let conformance = TestPaths.conformance
        let cases = try JSONValue.parse(String(contentsOf: conformance.appendingPathComponent("expression_errors.json"), encoding: .utf8))
        let scopes = try JSONValue.parse(String(contentsOf: conformance.appendingPathComponent("scope.json"), encoding: .utf8))
        let evaluator = SimpleCallEvaluator(scope: scopes["badExpression"]?["scope"]?.objectValue ?? [:], now: DateTimeTesting.mockedNow)
        var passed = 0
        var failed: [String] = []
        var skipped = 0
        for entry in cases.arrayValue ?? [] {
            guard let expression = entry["expression"]?.stringValue, let id = entry["id"]?.stringValue else { continue }
            switch evaluator.evaluate(expression) {
            case .error: passed += 1
            case .value(let v): failed.append("\(id) \(expression): expected an error, got \(v)")
            case .unsupported: skipped += 1
            }
        }
        print("DateTime conformance (expression_errors.json): \(passed) passed, \(failed.count) failed, \(skipped) skipped (not single calls of these built-ins)")
        for line in failed { print("  FAILED \(line)") }
        #expect(failed.isEmpty, "\(failed.joined(separator: "\n"))")
        #expect(passed >= Self.errorPassFloor)
    }
}
