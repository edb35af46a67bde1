import AdaptiveExpressions
import Foundation
import JSONTree
import Testing

/// Costs the step budget must see (docs/limits.md).
@Suite struct ExpressionLimitsTests {
    /// `concat` with 100,000 arguments copied what it had built at every argument: 10 GB of
    /// copying for one evaluation step per argument (1.2 s; 200,000 arguments took 4 s, and a
    /// few megabytes of template text hours). Copies now cost steps, so the budget stops it.
    @Test func buildingAStringPieceByPieceIsChargedForTheCopies() throws {
        let text = "concat(" + Array(repeating: "'ab'", count: 100_000).joined(separator: ",") + ")"
        let e = try Expression.parse(text)
        let started = Date()
        guard case .failure(let error) = e.evaluate(scope: [:]) else {
            Issue.record("the concatenation was not stopped")
            return
        }
        #expect(error.code == .budget)
        #expect(Date().timeIntervalSince(started) < 10)
        // Ordinary concatenations are not affected.
        let small = try Expression.parse("concat(" + Array(repeating: "'ab'", count: 1_000).joined(separator: ",") + ")")
        #expect(try small.evaluate(scope: [:]).get() == .string(String(repeating: "ab", count: 1_000)))
    }
}
