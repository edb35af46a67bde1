import Foundation
import JSONTree
import Testing
@testable import AdaptiveExpressions

/// Results must not depend on the machine: the process time zone (TZ) and locale
/// (LC_ALL, LANG) are changed while the same calls are evaluated again.
@Suite(.serialized) struct DateTimeEnvironmentTests {
    static let calls: [(String, [JSONValue], JSONValue)] = [
        ("formatDateTime", ["2018-03-15T09:00:00.010"], "2018-03-15T09:00:00.010Z"),
        ("formatDateTime", ["03/15/2018 12:00:00", "yyyy-MM-ddTHH:mm:ssZ"], "2018-03-15T12:00:00+00:00"),
        ("formatDateTime", ["March 15, 2018", "dddd d MMMM yyyy h tt"], "Thursday 15 March 2018 12 AM"),
        ("formatDateTime", ["2018-03-15T13:00:00.000Z", "dddd MMMM", "xx-YY"], "Thursday March"),
        ("addDays", ["2018-03-10T12:00:00.000Z", 1], "2018-03-11T12:00:00.000Z"),
        ("addHours", ["2018-03-11T09:30:00.000Z", 1], "2018-03-11T10:30:00.000Z"),
        ("getTimeOfDay", ["2018-03-15T00:00:00.0000000"], "midnight"),
        ("dateReadBack", ["2018-03-15T23:30:00.000Z", "2018-03-16T00:30:00.000Z"], "tomorrow"),
        ("convertToUTC", ["2018-01-01T18:00:00.000", "Pacific Standard Time"], "2018-01-02T02:00:00.000Z"),
        ("convertFromUTC", ["2018-01-01T18:00:00.000Z", "Asia/Kolkata"], "2018-01-01T23:30:00.0000000"),
        ("utcNow", [], "2020-08-01T00:12:20.000Z"),
        ("getNextViableDate", ["XXXX-08-01"], "2020-08-01"),
        ("getNextViableTime", ["TXX:40:20"], "T00:40:20"),
        ("resolve", ["XXXX-WXX-1"], "2020-07-27"),
        ("formatNumber", [12000.3, 2], "12,000.30"),
        ("formatNumber", [12000.3, 2, "xx-YY"], "12,000.30"),
        ("formatEpoch", [1_521_118_800, "dddd HH:mm"], "Thursday 13:00"),
    ]

    static func evaluateAll() -> [JSONValue?] {
        calls.map { name, arguments, _ in try? DateTimeTesting.call(name, arguments).get() }
    }

    @Test func resultsDoNotDependOnTheProcessTimeZoneOrLocale() {
        let expected = Self.calls.map(\.2)
        #expect(Self.evaluateAll() == expected)

        let saved = ["TZ", "LC_ALL", "LANG"].map { name in (name, ProcessInfo.processInfo.environment[name]) }
        defer {
            for (name, value) in saved {
                if let value { setenv(name, value, 1) } else { unsetenv(name) }
            }
            tzset()
            NSTimeZone.resetSystemTimeZone()
        }
        for (zone, locale) in [("America/Los_Angeles", "de_DE.UTF-8"), ("Asia/Kolkata", "fr_FR.UTF-8"), ("Pacific/Chatham", "ja_JP.UTF-8")] {
            setenv("TZ", zone, 1)
            setenv("LC_ALL", locale, 1)
            setenv("LANG", locale, 1)
            tzset()
            NSTimeZone.resetSystemTimeZone()
            // The change is real: the process now lives in another zone.
            #expect(TimeZone.current.identifier == zone)
            let results = Self.evaluateAll()
            for (index, result) in results.enumerated() where result != expected[index] {
                Issue.record("\(Self.calls[index].0) under TZ=\(zone) LC_ALL=\(locale): \(String(describing: result)), expected \(expected[index])")
            }
        }
    }
}
