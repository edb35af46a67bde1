import Foundation
import JSONTree
import Testing
@testable import AdaptiveExpressions

/// `formatNumber` and the exact decimal arithmetic under it.
@Suite struct DateTimeNumberTests {
    @Test(arguments: [
        (0.125, 2, "0.13"), (1.005, 2, "1.00"), (2.5, 0, "3"), (0.5, 0, "1"), (1e-7, 10, "0.0000001000"),
        (123.456, 20, "123.45600000000000306954"), (0.1, 20, "0.10000000000000000555"), (1e20, 2, "100000000000000000000.00"),
        (9_007_199_254_740_992, 0, "9007199254740992"), (.leastNonzeroMagnitude, 20, "0.00000000000000000000"), (0, 3, "0.000"),
        (4.35, 1, "4.3"), (1.45, 1, "1.4"), (8.345, 2, "8.35"), (999.995, 2, "1000.00"),
    ] as [(Double, Int, String)])
    func toFixedMatchesJavaScript(value: Double, digits: Int, expected: String) {
        #expect(ExactDecimal.toFixed(value, digits: digits) == expected)
    }

    @Test func jsRound() {
        #expect(ExactDecimal.jsRound(2.5) == 3)
        #expect(ExactDecimal.jsRound(-2.5) == -2)
        #expect(ExactDecimal.jsRound(0.49999999999999994) == 0)
        #expect(ExactDecimal.jsRound(-0.2).sign == .minus)
        #expect(ExactDecimal.jsRound(4_503_599_627_370_497) == 4_503_599_627_370_497)
    }

    @Test(arguments: [
        (1234567.891, 2, nil, "1,234,567.89"),
        (-1234.5, 1, nil, "\u{2212}1,234.5"),
        (-0.001, 2, nil, "0.00"),
        (-2.5, 0, nil, "\u{2212}2"),
        (1.555, 2, nil, "1.56"),
        (1e22, 2, nil, "1e+22"),
        // 1e21 × 100 / 100 is 999999999999999868928 in doubles, as in JavaScript.
        (1e21, 2, nil, "999,999,999,999,999,868,928.00"),
        (1e300, 2, nil, "1e+300"),
        (1e307, 2, nil, "Infinity"),
        (1, 100, nil, "1.00000000000000000000"),
        (12000.3, 4, "fr-FR", "12\u{00A0}000,3000"),
        (12000.3, 4, "de-DE", "12.000,3000"),
        (1234567.5, 1, "de-CH", "1'234'567,5"),
        (1234567.891, 2, "en-IN", "12,34,567.89"),
        (123456789012, 0, "en-IN", "1,23,45,67,89,012"),
        (-1234.5, 1, "ar-EG", "\u{2212}\u{0661}\u{066C}\u{0662}\u{0663}\u{0664}\u{066B}\u{0665}"),
        (1234.5, 1, "fr-fr", "1,234.5"),
        (1234.5, 1, "xx-YY", "1,234.5"),
        (1234.5, 1, "ja-JP", "1,234.5"),
        (1234.5, 1, "ru-RU", "1\u{00A0}234,5"),
    ] as [(Double, Double, String?, String)])
    func formatNumber(value: Double, precision: Double, locale: String?, expected: String) throws {
        var arguments: [JSONValue] = [.number(value), .number(precision)]
        if let locale { arguments.append(.string(locale)) }
        #expect(try DateTimeTesting.call("formatNumber", arguments).get() == .string(expected))
    }

    @Test func formatNumberUsesTheContextLocaleByDefault() {
        #expect(DateTimeTesting.text("formatNumber", 12000.3, 1) == "12,000.3")
        #expect(DateTimeTesting.text("formatNumber", 12000.3, 1, locale: "de-DE") == "12.000,3")
        #expect(DateTimeTesting.text("formatNumber", 12000.3, 1, .null, locale: "de-DE") == "12.000,3")
    }

    @Test func formatNumberRefusesBadArguments() {
        #expect(DateTimeTesting.isError("formatNumber", "hello", 2))
        #expect(DateTimeTesting.isError("formatNumber", 1, "2"))
        #expect(DateTimeTesting.isError("formatNumber", 1, 2.5))
        #expect(DateTimeTesting.isError("formatNumber", 1, -1))
        #expect(DateTimeTesting.isError("formatNumber", 1, 1e21))
        #expect(DateTimeTesting.isError("formatNumber", 1, 2, 3))
        #expect(DateTimeTesting.isError("formatNumber", .null, 2))
    }

    @Test func ticksConversions() {
        #expect(DateTimeTesting.value("ticks", "0001-01-01T00:00:00.000Z") == 0)
        #expect(DateTimeTesting.value("ticks", "1970-01-01T00:00:00.000Z") == 621_355_968_000_000_000)
        // 636503904000010000 ticks is not a double; the nearest one, 636503904000009984, is returned.
        #expect(DateTimeTesting.value("ticks", "2018-01-01T08:00:00.001Z") == .number(636_503_904_000_009_984))
        #expect(DateTimeTesting.value("ticks", "+100000-01-01T00:00:00.000Z") == .number(3.1556635776e19))
        #expect(DateTimeTesting.isError("ticks", "2018-01-01T08:00:00Z"))
        #expect(DateTimeTesting.isError("ticks", 5))
        #expect(DateTimeTesting.value("ticksToDays", 864_000_000_000) == 1)
        #expect(DateTimeTesting.value("ticksToHours", -36_000_000_000) == -1)
        #expect(DateTimeTesting.value("ticksToMinutes", 0) == 0)
        #expect(DateTimeTesting.isError("ticksToDays", 12.12))
        #expect(DateTimeTesting.isError("ticksToMinutes", "600000000"))
        #expect(DateTimeTesting.value("dateTimeDiff", "2018-01-01T08:00:00.001Z", "2018-01-01T08:00:00.000Z") == 10_000)
        #expect(DateTimeTesting.isError("dateTimeDiff", "2018-01-01T08:00:00Z", "2018-01-01T08:00:00.000Z"))
    }
}
