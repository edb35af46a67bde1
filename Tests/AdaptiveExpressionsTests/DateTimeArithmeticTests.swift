import Foundation
import JSONTree
import Testing
@testable import AdaptiveExpressions

/// Adding to timestamps, reading their fields, and the ISO-only functions' input checks.
@Suite struct DateTimeArithmeticTests {
    let ts: JSONValue = "2018-03-15T13:00:00.111Z"

    @Test func addFields() {
        #expect(DateTimeTesting.text("addDays", "2018-12-31T23:00:00.000Z", 1) == "2019-01-01T23:00:00.000Z")
        #expect(DateTimeTesting.text("addDays", "2020-02-28T00:00:00.000Z", 1) == "2020-02-29T00:00:00.000Z")
        #expect(DateTimeTesting.text("addDays", ts, -365) == "2017-03-15T13:00:00.111Z")
        // JavaScript truncates the new day of month: 15 + 1.5 → 16, 15 − 1.5 → 13.
        #expect(DateTimeTesting.text("addDays", ts, 1.5) == "2018-03-16T13:00:00.111Z")
        #expect(DateTimeTesting.text("addDays", ts, -1.5) == "2018-03-13T13:00:00.111Z")
        #expect(DateTimeTesting.text("addHours", ts, 0.5) == "2018-03-15T13:00:00.111Z")
        #expect(DateTimeTesting.text("addHours", ts, 25) == "2018-03-16T14:00:00.111Z")
        #expect(DateTimeTesting.text("addMinutes", ts, -61) == "2018-03-15T11:59:00.111Z")
        #expect(DateTimeTesting.text("addSeconds", ts, 3600) == "2018-03-15T14:00:00.111Z")
        #expect(DateTimeTesting.text("addDays", ts, 1, "dddd", "fr-FR") == "vendredi")
    }

    @Test func addToTimeKeepsTheDayOfMonthWhereItExists() {
        #expect(DateTimeTesting.text("addToTime", "2018-01-31T08:00:00.000Z", 1, "Month") == "2018-02-28T08:00:00.000Z")
        #expect(DateTimeTesting.text("addToTime", "2020-01-31T08:00:00.000Z", 1, "Month") == "2020-02-29T08:00:00.000Z")
        #expect(DateTimeTesting.text("addToTime", "2020-02-29T08:00:00.000Z", 1, "Year") == "2021-02-28T08:00:00.000Z")
        #expect(DateTimeTesting.text("subtractFromTime", "2018-03-31T08:00:00.000Z", 1, "Month") == "2018-02-28T08:00:00.000Z")
        #expect(DateTimeTesting.text("addToTime", "2018-03-31T08:00:00.000Z", -13, "Month") == "2017-02-28T08:00:00.000Z")
        #expect(DateTimeTesting.text("addToTime", "2018-03-31T08:00:00.000Z", 12, "Month") == "2019-03-31T08:00:00.000Z")
        #expect(DateTimeTesting.text("addToTime", "2018-03-31T08:00:00.000Z", 90, "Second", "HH:mm:ss") == "08:01:30")
    }

    @Test func timeUnitsAndIntervalsAreChecked() {
        for unit: JSONValue in ["W", "day", "Days", "", 1, .null] {
            #expect(DateTimeTesting.isError("addToTime", ts, 1, unit), "\(unit)")
            #expect(DateTimeTesting.isError("subtractFromTime", ts, 1, unit), "\(unit)")
            #expect(DateTimeTesting.isError("getPastTime", 1, unit), "\(unit)")
            #expect(DateTimeTesting.isError("getFutureTime", 1, unit), "\(unit)")
        }
        for interval: JSONValue in [1.5, "1", .null, true] {
            #expect(DateTimeTesting.isError("addToTime", ts, interval, "Day"), "\(interval)")
            #expect(DateTimeTesting.isError("getFutureTime", interval, "Day"), "\(interval)")
        }
        #expect(DateTimeTesting.isError("addHours", ts, "hi"))
        #expect(DateTimeTesting.isError("addDays", 5, 1))
    }

    @Test func resultsOutsideTheDateRangeAreErrors() {
        #expect(DateTimeTesting.isError("addDays", ts, 1e300))
        #expect(DateTimeTesting.isError("addDays", ts, 1e9))
        #expect(DateTimeTesting.isError("addSeconds", ts, 1e17))
        #expect(DateTimeTesting.isError("addToTime", ts, 1e15, "Year"))
        #expect(DateTimeTesting.isError("getFutureTime", 300_000, "Year"))
        #expect(DateTimeTesting.isError("subtractFromTime", ts, 300_000_000, "Day"))
        #expect(DateTimeTesting.text("addDays", "+275760-09-12T00:00:00.000Z", 1) == "275760-09-13T00:00:00.000Z")
        #expect(DateTimeTesting.isError("addDays", "+275760-09-13T00:00:00.000Z", 1))
    }

    @Test func startOf() {
        let t: JSONValue = "2018-03-15T13:30:30.500Z"
        #expect(DateTimeTesting.text("startOfDay", t) == "2018-03-15T00:00:00.000Z")
        #expect(DateTimeTesting.text("startOfHour", t, "HH:mm") == "13:00")
        #expect(DateTimeTesting.text("startOfMonth", t, "dddd", "de-DE") == "Donnerstag")
        #expect(DateTimeTesting.isError("startOfDay", "2018-03-15T13:30:30Z"))
        #expect(DateTimeTesting.isError("startOfMonth", .null))
    }

    @Test func fields() {
        #expect(DateTimeTesting.value("dayOfWeek", "2018-03-18T00:00:00.000Z") == 0)
        #expect(DateTimeTesting.value("dayOfYear", "2020-12-31T23:59:59.999Z") == 366)
        #expect(DateTimeTesting.value("dayOfYear", "2018-01-01T00:00:00.000Z") == 1)
        #expect(DateTimeTesting.value("year", "+020000-01-01T00:00:00.000Z") == 20000)
        #expect(DateTimeTesting.value("year", "-000001-06-01T00:00:00.000Z") == -1)
        #expect(DateTimeTesting.value("month", "0000-12-01T00:00:00.000Z") == 12)
        #expect(DateTimeTesting.value("dayOfMonth", "1969-12-31T23:59:59.999Z") == 31)
        #expect(DateTimeTesting.text("date", "2018-03-05T13:00:00.000Z") == "3/05/2018")
    }

    @Test(arguments: [
        "2018-03-15T13:00:00Z", "2018-03-15T13:00:00.000+00:00", "2018-02-30T00:00:00.000Z", "2018-03-15T24:00:00.000Z",
        "2018-03-15 13:00:00.000Z", "2018-3-15T13:00:00.000Z", "+002018-03-15T13:00:00.000Z", "-000000-01-01T00:00:00.000Z",
        "2018-03-15t13:00:00.000z", "２０１８-03-15T13:00:00.000Z", "errortime", "",
    ])
    func onlyTheExactISOFormIsATimestamp(text: String) {
        #expect(DateTimeTesting.value("isDateTime", .string(text)) == false)
        for function in ["dayOfMonth", "dayOfWeek", "dayOfYear", "month", "year", "date", "ticks"] {
            #expect(DateTimeTesting.isError(function, .string(text)), "\(function)")
        }
        #expect(DateTimeTesting.isError("addDays", .string(text), 1))
        #expect(DateTimeTesting.isError("getTimeOfDay", .string(text)))
    }

    @Test func isDateTime() {
        #expect(DateTimeTesting.value("isDateTime", "2018-03-15T13:00:00.000Z") == true)
        #expect(DateTimeTesting.value("isDateTime", "0000-01-01T00:00:00.000Z") == true)
        #expect(DateTimeTesting.value("isDateTime", "+275760-09-13T00:00:00.000Z") == true)
        #expect(DateTimeTesting.value("isDateTime", "+275760-09-13T00:00:00.001Z") == false)
        #expect(DateTimeTesting.value("isDateTime", 5) == false)
        #expect(DateTimeTesting.value("isDateTime", .null) == false)
    }

    @Test(arguments: [
        ("2018-03-15T00:00:00.000Z", "midnight"), ("2018-03-15T00:01:00.000Z", "morning"),
        ("2018-03-15T11:59:59.999Z", "morning"), ("2018-03-15T12:00:59.000Z", "noon"),
        ("2018-03-15T12:01:00.000Z", "afternoon"), ("2018-03-15T17:59:00.000Z", "afternoon"),
        ("2018-03-15T22:00:59.000Z", "evening"), ("2018-03-15T22:01:00.000Z", "night"),
        ("2018-03-15T23:59:59.999Z", "night"), ("2018-03-15T12:00:00.0000000", "noon"),
    ])
    func timeOfDay(timestamp: String, expected: String) {
        #expect(DateTimeTesting.text("getTimeOfDay", .string(timestamp)) == expected)
    }

    @Test func timeOfDayRefusesOtherForms() {
        for text: JSONValue in ["2018-03-15T13:00:00Z", "2018-03-15T13:00:00.0000001", "2018-02-30T13:00:00.0000000", "errortime", 5] {
            #expect(DateTimeTesting.isError("getTimeOfDay", text), "\(text)")
        }
    }
}
