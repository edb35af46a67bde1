import Foundation
import JSONTree
import Testing
import TestSupport
@testable import AdaptiveExpressions

/// Hostile and malformed arguments: every built-in answers with a value or an error,
/// never a crash or a hang.
@Suite struct DateTimeRobustnessTests {
    static let deepArray: JSONValue = (0..<2000).reduce(JSONValue.array([])) { inner, _ in .array([inner]) }

    static let pool: [JSONValue] = [
        .null, true, false, 0, .number(-0.0), 1, -1, 1.5, 7, 12, 29, 1e15, -1e15, 1e308, -1e308,
        .number(.nan), .number(.infinity), .number(-.infinity), .number(.leastNonzeroMagnitude),
        "", " ", "2018-03-15T13:00:00.000Z", "+275760-09-13T00:00:00.000Z", "-271821-04-20T00:00:00.000Z",
        "2018-03-15", "03/15/2018 25:61:61", "XXXX-02-29", "XXXX-99-99", "TXX:59:59", "P99999999999D",
        "(2020-01-01,2020-01-03,P99999999999D)", "(T23,T01,PT99999999999H)", "XXXX-WXX-9", "PRESENT_REF",
        "Pacific Standard Time", "Etc/GMT+12", "dddd MMMM yyyy 'q", "\\", "%", "o", "fr-FR", "ar-EG", "Day", "Month",
        "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy", .string(String(repeating: "MMMM", count: 10_000)),
        .string(String(repeating: "(", count: 10_000)), .string(String(repeating: "9", count: 100_000)), "\u{0}\u{FFFF}🙂",
        [], [1, 2], ["year": 2020], ["hour": "x", "minute": [], "second": .null], ["month": 1e300, "dayOfMonth": -1e300],
        ["month": 2, "dayOfMonth": 29], deepArray,
    ]

    @Test(arguments: DateTimeBuiltins.all.map(\.name))
    func hostileArgumentsNeverCrash(function: String) {
        guard let builtin = DateTimeTesting.table[function] else { Issue.record("missing \(function)"); return }
        var generator = SeededRandom(seed: UInt64(truncatingIfNeeded: function.utf8.reduce(0) { $0 &* 31 &+ Int($1) }))
        let start = Date()
        var errors = 0
        var values = 0
        for _ in 0..<600 {
            let count = Int(generator.next() % UInt64(min(builtin.maxArity, 5) - builtin.minArity + 1)) + builtin.minArity
            let arguments = (0..<count).map { _ in generator.pick(Self.pool) }
            do {
                _ = try builtin.apply(arguments, EvaluationContext(now: DateTimeTesting.mockedNow))
                values += 1
            } catch {
                errors += 1
                #expect(!error.message.isEmpty)
                #expect(error.message.count < 1000, "error messages stay short")
            }
        }
        #expect(values + errors == 600)
        #expect(Date().timeIntervalSince(start) < 20, "\(function) is too slow on hostile input")
    }

    @Test func resultsAreDeterministic() {
        let calls: [(String, [JSONValue])] = [
            ("formatDateTime", ["2018-03-15T13:00:00.000Z", "dddd d MMMM yyyy HH:mm:ss.fff zzz", "de-DE"]),
            ("convertFromUTC", ["2018-03-15T13:00:00.000Z", "Tokyo Standard Time", "o"]),
            ("formatNumber", [1234567.891, 2, "fr-FR"]),
            ("resolve", ["XXXX-WXX-3T10"]),
            ("dateReadBack", ["2018-03-15T13:00:00.000Z", "2018-03-20T13:00:00.000Z"]),
        ]
        for (name, arguments) in calls {
            let first = DateTimeTesting.call(name, arguments)
            for _ in 0..<5 { #expect(DateTimeTesting.call(name, arguments) == first) }
        }
    }
}

extension Result where Success == JSONValue, Failure == BuiltinError {
    static func == (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.success(let a), .success(let b)): return a == b
        case (.failure(let a), .failure(let b)): return a == b
        default: return false
        }
    }
}
