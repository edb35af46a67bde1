import Foundation
import JSONTree
import Testing
import TestSupport
@testable import AdaptiveExpressions

/// Every date, time, TIMEX and formatNumber case of the JavaScript engine's own test file
/// (botbuilder-js `expressionParser.test.js`), including those the shared vector file does
/// not carry, evaluated against that file's scope. Calls of functions that are not date
/// built-ins (`length`, `sub`) are replaced by what they compute.
@Suite struct DateTimeEngineCasesTests {
    static let cases: [(String, JSONValue)] = [
        ("isDefinite('helloworld')", false),
        ("isDefinite('2012-12-21')", true),
        ("isDefinite('xxxx-12-21')", false),
        ("isDefinite(validFullDateTimex)", true),
        ("isDefinite(invalidFullDateTimex)", false),
        ("isTime(validHourTimex)", true),
        ("isTime(invalidHourTimex)", false),
        ("isDuration('PT30M')", true),
        ("isDuration('2012-12-21T12:30')", false),
        ("isDate('PT30M')", false),
        ("isDate('2012-12-21T12:30')", true),
        ("isTimeRange('PT30M')", false),
        ("isTimeRange(validTimeRange)", true),
        ("isDateRange('PT30M')", false),
        ("isDateRange('2012-02')", true),
        ("isPresent('PT30M')", false),
        ("isPresent(validNow)", true),
        ("addDays(timestamp, 1)", "2018-03-16T13:00:00.111Z"),
        ("addDays(timestamp, 1,'MM-dd-yy')", "03-16-18"),
        ("addDays(timestamp, 1,'MM/dd/yy', 'es-ES')", "03/16/18"),
        ("addDays(timestamp, 1,'', 'es-ES')", "2018-03-16T13:00:00.111Z"),
        ("addHours(timestamp, 1)", "2018-03-15T14:00:00.111Z"),
        ("addHours(timestamp, 1, '', 'fr-FR')", "2018-03-15T14:00:00.111Z"),
        ("addHours(timestamp, 1,'MM-dd-yy hh-mm')", "03-15-18 02-00"),
        ("addMinutes(timestamp, 1)", "2018-03-15T13:01:00.111Z"),
        ("addMinutes(timestamp, 1, 'MM-dd-yy hh-mm')", "03-15-18 01-01"),
        ("addMinutes(timestamp, 1, 'MM-dd-yy hh-mm', 'fr-FR')", "03-15-18 01-01"),
        ("addSeconds(timestamp, 1)", "2018-03-15T13:00:01.111Z"),
        ("addSeconds(timestamp, 1, 'MM-dd-yy hh-mm-ss')", "03-15-18 01-00-01"),
        ("addSeconds(timestamp, 1, 'MM-dd-yy hh-mm-ss', 'fr-FR')", "03-15-18 01-00-01"),
        ("dayOfMonth(timestamp)", 15),
        ("dayOfWeek(timestamp)", 4),
        ("dayOfYear(timestamp)", 74),
        ("month(timestamp)", 3),
        ("date(timestamp)", "3/15/2018"),
        ("year(timestamp)", 2018),
        ("formatDateTime(notISOTimestamp, 'dd/MM/yyy')", "15/03/2018"),
        ("formatDateTime(notISOTimestamp, 'dd/MM/yyy', 'fr-FR')", "15/03/2018"),
        ("formatDateTime(notISOTimestamp, 'dd%MM%yyy')", "15032018"),
        ("formatDateTime(notISOTimestamp)", "2018-03-15T13:00:00.000Z"),
        ("formatDateTime(notISOTimestamp, 'MM-dd-yy')", "03-15-18"),
        ("formatDateTime(notISOTimestamp, 'ddd')", "Thu"),
        ("formatDateTime(notISOTimestamp, 'dddd')", "Thursday"),
        ("formatDateTime('2018-03-15T00:00:00.000Z', 'yyyy')", "2018"),
        ("formatDateTime('2018-03-15T00:00:00.000Z', 'yyyy-MM-dd-\\\\d')", "2018-03-15-4"),
        ("formatDateTime('2018-03-15T00:00:00.010Z', 'FFF')", "010"),
        ("formatDateTime('2018-03-15T00:00:00.010Z', 'FFF', 'fr-FR')", "010"),
        ("formatDateTime('2018-03-15T09:00:00.010', 'hh')", "09"),
        ("formatDateTime('2018-03-15T09:00:00.010', 'MMMM')", "March"),
        ("formatDateTime('2018-03-15T09:00:00.010', 'MMM')", "Mar"),
        ("formatDateTime('2018-03-15T09:00:00.010', 'z')", "+0000"),
        ("formatDateTime('2018-03-15T09:00:00.010', 'zzz')", "+00:00"),
        ("formatDateTime(formatDateTime('2018-03-15T00:00:00.000Z', 'o'), 'yyyy')", "2018"),
        ("formatDateTime('2018-03-15T00:00:00.123Z', 'fff')", "123"),
        ("formatDateTime('2018-03-15T11:00:00.123', 't')", "AM"),
        ("formatDateTime('2018-03-15T11:00:00.123', 'tt')", "AM"),
        ("formatDateTime('2018-03-15')", "2018-03-15T00:00:00.000Z"),
        ("formatDateTime(timestampObj)", "2018-03-15T13:00:00.000Z"),
        ("formatEpoch(unixTimestamp)", "2018-03-15T13:00:00.000Z"),
        ("formatEpoch(unixTimestamp, 'MM-dd', 'es-ES')", "03-15"),
        ("formatEpoch(unixTimestampFraction)", "2018-03-15T13:00:00.500Z"),
        ("formatTicks(ticks)", "2020-05-06T11:47:00.000Z"),
        ("formatTicks(ticks, '', 'en-US')", "2020-05-06T11:47:00.000Z"),
        ("subtractFromTime(timestamp, 1, 'Year')", "2017-03-15T13:00:00.111Z"),
        ("subtractFromTime(timestamp, 1, 'Year', '', 'fr-FR')", "2017-03-15T13:00:00.111Z"),
        ("subtractFromTime(timestamp, 1, 'Month')", "2018-02-15T13:00:00.111Z"),
        ("subtractFromTime(timestamp, 1, 'Week')", "2018-03-08T13:00:00.111Z"),
        ("subtractFromTime(timestamp, 1, 'Day')", "2018-03-14T13:00:00.111Z"),
        ("subtractFromTime(timestamp, 1, 'Hour')", "2018-03-15T12:00:00.111Z"),
        ("subtractFromTime(timestamp, 1, 'Minute')", "2018-03-15T12:59:00.111Z"),
        ("subtractFromTime(timestamp, 1, 'Second')", "2018-03-15T12:59:59.111Z"),
        ("dateReadBack(timestamp, addDays(timestamp, 1))", "tomorrow"),
        ("dateReadBack(addDays(timestamp, 1),timestamp)", "yesterday"),
        ("getTimeOfDay(convertFromUTC('2018-03-15T11:00:00.000Z', 'W. Europe Standard Time'))", "noon"),
        ("getTimeOfDay('2018-03-15T00:00:00.0000000')", "midnight"),
        ("getTimeOfDay('2018-03-15T00:00:00.000Z')", "midnight"),
        ("getTimeOfDay('2018-03-15T08:00:00.000Z')", "morning"),
        ("getTimeOfDay('2018-03-15T12:00:00.000Z')", "noon"),
        ("getTimeOfDay('2018-03-15T13:00:00.000Z')", "afternoon"),
        ("getTimeOfDay('2018-03-15T18:00:00.000Z')", "evening"),
        ("getTimeOfDay('2018-03-15T22:00:00.000Z')", "evening"),
        ("getTimeOfDay('2018-03-15T23:00:00.000Z')", "night"),
        ("addToTime('2018-01-01T08:00:00.000Z', 1, 'Day')", "2018-01-02T08:00:00.000Z"),
        ("addToTime('2018-01-01T08:00:00.000Z', 2, 'Week')", "2018-01-15T08:00:00.000Z"),
        ("addToTime('2018-01-01T08:00:00.000Z', 1, 'Month', 'MM-DD-YY')", "02-01-18"),
        ("addToTime('2018-01-01T08:00:00.000Z', 1, 'Month', 'MM-DD-YY', 'fr-FR')", "02-01-18"),
        ("convertFromUTC('2018-02-02T02:00:00.000Z', 'Pacific Standard Time')", "2018-02-01T18:00:00.0000000"),
        ("convertFromUTC('2018-02-02T02:00:00.000Z', 'Pacific Standard Time', 'MM-DD-YY')", "02-01-18"),
        ("convertFromUTC('2018-02-02T02:00:00.000Z', 'Pacific Standard Time', 'MM-DD-YY', 'fr-FR')", "02-01-18"),
        ("convertToUTC('2018-01-01T18:00:00.000', 'Pacific Standard Time')", "2018-01-02T02:00:00.000Z"),
        ("convertToUTC('2018-01-01T18:00:00.000', 'Pacific Standard Time', 'MM-DD-YY')", "01-02-18"),
        ("convertToUTC('2018-01-01T18:00:00.000', 'Pacific Standard Time', 'MM-DD-YY', 'en-GB')", "01-02-18"),
        ("startOfDay('2018-03-15T13:30:30.000Z')", "2018-03-15T00:00:00.000Z"),
        ("startOfDay('2018-03-15T13:30:30.000Z', '', 'fr-FR')", "2018-03-15T00:00:00.000Z"),
        ("startOfHour('2018-03-15T13:30:30.000Z')", "2018-03-15T13:00:00.000Z"),
        ("startOfHour('2018-03-15T13:30:30.000Z', '', 'es-ES')", "2018-03-15T13:00:00.000Z"),
        ("startOfMonth('2018-03-15T13:30:30.000Z')", "2018-03-01T00:00:00.000Z"),
        ("startOfMonth('2018-03-15T13:30:30.000Z', '', 'en-US')", "2018-03-01T00:00:00.000Z"),
        ("ticks('2018-01-01T08:00:00.000Z')", 636_503_904_000_000_000),
        ("dateTimeDiff(\"2019-01-01T08:00:00.000Z\",\"2018-01-01T08:00:00.000Z\")", 315_360_000_000_000),
        ("dateTimeDiff(\"2017-01-01T08:00:00.000Z\",\"2018-01-01T08:00:00.000Z\")", -315_360_000_000_000),
        ("ticksToDays(2193385800000000)", 2538.6409722222224),
        ("ticksToHours(2193385800000000)", 60927.383333333331),
        ("ticksToMinutes(2193385811100000)", 3655643.0185),
        ("resolve(\"T14\")", "14:00:00"),
        ("resolve(\"T14:20\")", "14:20:00"),
        ("resolve(\"T14:20:30\")", "14:20:30"),
        ("resolve(\"2020-12-20\")", "2020-12-20"),
        ("resolve(\"2020-12-20T14\")", "2020-12-20 14:00:00"),
        ("resolve(\"2020-12-20T14:20\")", "2020-12-20 14:20:00"),
        ("resolve(\"2020-12-20T14:20:30\")", "2020-12-20 14:20:30"),
        ("isDateTime(hello)", false),
        ("isDateTime(timestamp)", true),
        ("formatNumber(20.0000, 2)", "20.00"),
        ("formatNumber(12.123, 2)", "12.12"),
        ("formatNumber(1.555, 2)", "1.56"),
        ("formatNumber(12.123, 4)", "12.1230"),
        ("formatNumber(12000.3, 4, \"fr-FR\")", "12\u{00A0}000,3000"),
        ("formatNumber(12000.3, 4, \"de-DE\")", "12.000,3000"),
    ]

    /// The engine's mocked-clock cases (the clock frozen at 2020-08-01T00:12:20Z).
    static let mockedClockCases: [(String, JSONValue)] = [
        ("utcNow('MM-DD-YY HH', 'de-DE')", "08-01-20 00"),
        ("utcNow('', 'de-DE')", "2020-08-01T00:12:20.000Z"),
        ("utcNow('MM-DD-YY HH')", "08-01-20 00"),
        ("utcNow()", "2020-08-01T00:12:20.000Z"),
        ("getPastTime(1, 'Year', 'MM-dd-yy', 'de-DE')", "08-01-19"),
        ("getPastTime(1, 'Year', '', 'de-DE')", "2019-08-01T00:12:20.000Z"),
        ("getPastTime(1, 'Year', 'MM-dd-yy')", "08-01-19"),
        ("getPastTime(1, 'Month', 'MM-dd-yy')", "07-01-20"),
        ("getPastTime(1, 'Week', 'MM-dd-yy')", "07-25-20"),
        ("getPastTime(1, 'Day', 'MM-dd-yy')", "07-31-20"),
        ("getFutureTime(1, 'Year', 'MM-dd-yy')", "08-01-21"),
        ("getFutureTime(1, 'Year', 'MM-dd-yy', 'de-DE')", "08-01-21"),
        ("getFutureTime(1, 'Year', '', 'ru-RU')", "2021-08-01T00:12:20.000Z"),
        ("getFutureTime(1, 'Month', 'MM-dd-yy')", "09-01-20"),
        ("getFutureTime(1, 'Week', 'MM-dd-yy')", "08-08-20"),
        ("getFutureTime(1, 'Day', 'MM-dd-yy')", "08-02-20"),
        ("getPreviousViableDate('XXXX-07-10')", "2020-07-10"),
        ("getPreviousViableDate('XXXX-08-10')", "2019-08-10"),
        ("getPreviousViableDate('XXXX-07-10', 'Asia/Shanghai')", "2020-07-10"),
        ("getPreviousViableDate('XXXX-02-29')", "2020-02-29"),
        ("getPreviousViableDate('XXXX-02-29', 'Pacific Standard Time')", "2020-02-29"),
        ("getNextViableDate('XXXX-07-10')", "2021-07-10"),
        ("getNextViableDate('XXXX-08-10')", "2020-08-10"),
        ("getNextViableDate('XXXX-07-10', 'Europe/London')", "2021-07-10"),
        ("getNextViableDate('XXXX-02-29')", "2024-02-29"),
        ("getNextViableDate('XXXX-02-29', 'America/Los_Angeles')", "2024-02-29"),
        ("getNextViableTime('TXX:40:20')", "T00:40:20"),
        ("getNextViableTime('TXX:40:20', 'Asia/Tokyo')", "T09:40:20"),
        ("getNextViableTime('TXX:05:10')", "T01:05:10"),
        ("getNextViableTime('TXX:05:10', 'Europe/Paris')", "T03:05:10"),
        ("getPreviousViableTime('TXX:40:20')", "T23:40:20"),
        ("getPreviousViableTime('TXX:40:20', 'Eastern Standard Time')", "T19:40:20"),
        ("getPreviousViableTime('TXX:05:10')", "T00:05:10"),
        ("getPreviousViableTime('TXX:05:10', 'Central Standard Time')", "T19:05:10"),
    ]

    static func scope() throws -> JSONObject {
        let text = try String(contentsOf: TestPaths.conformance.appendingPathComponent("scope.json"), encoding: .utf8)
        return try JSONValue.parse(text)["expressionParser"]?["scope"]?.objectValue ?? [:]
    }

    static func run(_ cases: [(String, JSONValue)], now: Date) throws -> [String] {
        let evaluator = SimpleCallEvaluator(scope: try scope(), now: now)
        var failures: [String] = []
        for (expression, expected) in cases {
            switch evaluator.evaluate(expression) {
            case .value(let actual):
                if !DateTimeConformanceTests.matches(actual, expected) {
                    failures.append("\(expression): expected \(expected), got \(actual)")
                }
            case .error(let message): failures.append("\(expression): expected \(expected), got error \(message)")
            case .unsupported(let reason): failures.append("\(expression): unsupported (\(reason))")
            }
        }
        return failures
    }

    @Test(.needsShared) func engineTestFileCases() throws {
        let failures = try Self.run(Self.cases, now: DateTimeTesting.mockedNow)
        print("DateTime engine test-file cases: \(Self.cases.count - failures.count)/\(Self.cases.count) passed")
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test(.needsShared) func engineMockedClockCases() throws {
        let failures = try Self.run(Self.mockedClockCases, now: DateTimeTesting.mockedNow)
        print("DateTime engine mocked-clock cases: \(Self.mockedClockCases.count - failures.count)/\(Self.mockedClockCases.count) passed")
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// `length(utcNow())`, `length(getPastTime(1, 'Year'))`: 24 characters at any instant.
    @Test(arguments: ["2020-08-01T00:12:20.000Z", "1999-12-31T23:59:59.999Z", "2024-02-29T12:00:00.000Z"])
    func clockFunctionsWriteTwentyFourCharacters(now: String) {
        let clock = DateTimeTesting.date(now)
        #expect(DateTimeTesting.text("utcNow", now: clock) == now)
        #expect(DateTimeTesting.text("getPastTime", 1, "Year", now: clock).count == 24)
        #expect(DateTimeTesting.text("getFutureTime", 1, "Year", now: clock).count == 24)
    }
}
