import Foundation
import JSONTree
import Testing
@testable import AdaptiveExpressions

/// TIMEX parsing, the `is*` predicates, `resolve`, the viable date and time functions and
/// `dateReadBack`.
@Suite struct DateTimeTimexTests {
    @Test(arguments: [
        "2020-05-06", "2020-05-06T11:47", "2020-05-06T11:47:30", "XXXX-08-05", "XXXX-WXX-1", "T14", "T14:20",
        "P3D", "PT30M", "P1.5Y", "2020", "2020-05", "SU", "2020-WI", "2020-W05", "2020-W05-WE", "XXXX-05",
        "XXXX-05-WXX-2-3", "TEV", "2020-05-06TMO", "(XXXX-WXX-1,XXXX-WXX-2,P1D)", "(T08,T12,PT4H)",
        "(2020-01-01,2020-01-03,P2D)", "PRESENT_REF",
    ])
    func timexTextRoundTrips(timex: String) {
        #expect(TimexProperty(parsing: timex).timex == timex)
    }

    @Test func timexGrammar() {
        let t = TimexProperty(parsing: "2020-05-06T11:47")
        #expect(t.number(.year) == 2020 && t.number(.month) == 5 && t.number(.dayOfMonth) == 6)
        #expect(t.number(.hour) == 11 && t.number(.minute) == 47 && t.number(.second) == 0)
        #expect(t.types == [.definite, .date, .time, .datetime])
        #expect(TimexProperty(parsing: "P3D").number(.days) == 3)
        #expect(TimexProperty(parsing: "PT.5H").number(.hours) == 0.5)
        #expect(TimexProperty(parsing: "(XXXX-WXX-1,XXXX-WXX-2,P1D)").types == [.date, .duration, .daterange])
        #expect(TimexProperty(parsing: "TEV").text(.partOfDay) == "EV")
        #expect(TimexProperty(parsing: "Tmorning").text(.partOfDay) == "morning")
        #expect(TimexProperty(parsing: "XXXX-05-W02").timex == "XXXX-05-WXX-2")
        for text in ["", "helloworld", "xxxx-12-21", "2020-5-6", "T1", "P3", "PTD", "(a,b)", "２０２０", String(repeating: "2", count: 10_000)] {
            #expect(TimexProperty(parsing: text).types.isEmpty, "\(text.prefix(20))")
        }
    }

    @Test func predicates() {
        func check(_ name: String, _ argument: JSONValue) -> Bool? { DateTimeTesting.value(name, argument)?.boolValue }
        #expect(check("isDefinite", "2012-12-21") == true)
        #expect(check("isDefinite", "XXXX-12-21") == false)
        #expect(check("isTime", "T14:20") == true)
        #expect(check("isTime", "2012-12-21") == false)
        #expect(check("isDuration", "P3D") == true)
        #expect(check("isDuration", "T14") == false)
        #expect(check("isDate", "XXXX-WXX-3") == true)
        #expect(check("isDate", "2012-12") == false)
        #expect(check("isTimeRange", "TAF") == true)
        #expect(check("isTimeRange", "(T08,T12,PT4H)") == false)
        #expect(check("isDateRange", "2012") == true)
        #expect(check("isDateRange", "SU") == true)
        #expect(check("isDateRange", "2012-W05") == true)
        #expect(check("isDateRange", "(2020-01-01,2020-01-03,P2D)") == false)
        #expect(check("isPresent", "PRESENT_REF") == true)
        #expect(check("isPresent", "P3D") == false)
    }

    /// A TIMEX property object (what the engines pass around) is read member by member.
    @Test func timexPropertyObjects() {
        #expect(DateTimeTesting.value("isDefinite", ["year": 2020, "month": 2, "dayOfMonth": 20]) == true)
        #expect(DateTimeTesting.value("isTime", ["hour": 7]) == true)
        #expect(DateTimeTesting.value("isTimeRange", ["partOfDay": "morning"]) == true)
        #expect(DateTimeTesting.value("isPresent", ["now": true]) == true)
        #expect(DateTimeTesting.value("isDate", ["unrelated": 1]) == false)
        #expect(DateTimeTesting.value("isDate", [1]) == false)
        #expect(DateTimeTesting.value("resolve", ["hour": 7, "minute": 30]) == "07:30:00")
        #expect(DateTimeTesting.value("getNextViableDate", ["month": 8, "dayOfMonth": 10]) == "2020-08-10")
    }

    @Test(arguments: ["isDefinite", "isTime", "isDuration", "isDate", "isTimeRange", "isDateRange", "isPresent", "resolve"])
    func nonTimexArgumentsAreErrors(function: String) {
        #expect(DateTimeTesting.isError(function, 123_445))
        #expect(DateTimeTesting.isError(function, true))
        #expect(DateTimeTesting.isError(function, .null))
        #expect(DateTimeTesting.isError(function, [:]))
        #expect(DateTimeTesting.isError(function, []))
    }

    /// The clock is Saturday 2020-08-01T00:12:20Z.
    @Test(arguments: [
        ("T14", "14:00:00"), ("T14:20:30", "14:20:30"), ("2020-12-20", "2020-12-20"),
        ("2020-12-20T14:20", "2020-12-20 14:20:00"), ("P3D", "259200"), ("PT30M", "1800"), ("PT1.5H", "5400"),
        ("P2W", "1209600"), ("P1Y", "31536000"), ("XXXX-08-05", "2019-08-05"), ("XXXX-WXX-1", "2020-07-27"),
        ("XXXX-WXX-6", "2020-07-25"), ("XXXX-WXX-7", "2020-07-26"), ("XXXX-WXX-1T14", "2020-07-27 14:00:00"),
        ("SU", "not resolved"),
    ])
    func resolveValues(timex: String, expected: String) {
        #expect(DateTimeTesting.value("resolve", .string(timex)) == .string(expected))
    }

    @Test func resolveRangesAndFailures() {
        for range in ["2020-05", "2020", "(2020-01-01,2020-01-03,P2D)", "TEV", "2020-05-06TMO", "(T08,T12,PT4H)", "XXXX-05", "2020-W05"] {
            #expect(DateTimeTesting.value("resolve", .string(range)) == .null, "\(range)")
        }
        for unresolvable in ["helloworld", "", "(XXXX-WXX-1,XXXX-WXX-2,P1D)", "XXXX-WXX-8", "XXXX-WXX-9T10", "PRESENT_REF"] {
            #expect(DateTimeTesting.isError("resolve", .string(unresolvable)), "\(unresolvable)")
        }
    }

    @Test func viableDates() {
        #expect(DateTimeTesting.text("getNextViableDate", "XXXX-08-01") == "2020-08-01")
        #expect(DateTimeTesting.text("getPreviousViableDate", "XXXX-08-01") == "2019-08-01")
        #expect(DateTimeTesting.text("getPreviousViableDate", "XXXX-07-31") == "2020-07-31")
        // At 00:12 UTC it is still July 31 in Los Angeles.
        #expect(DateTimeTesting.text("getNextViableDate", "XXXX-07-31", "Pacific Standard Time") == "2020-07-31")
        #expect(DateTimeTesting.text("getNextViableDate", "XXXX-07-31") == "2021-07-31")
        #expect(DateTimeTesting.text("getNextViableDate", "XXXX-02-29", now: DateTimeTesting.date("2096-03-01T00:00:00Z")) == "2104-02-29")
        #expect(DateTimeTesting.text("getNextViableDate", "XXXX-13-01") == "2021-01-01")
        for invalid: JSONValue in ["2020-07-10", "XXXX-WXX-1", "XXXX-00-10", "T10", "", 5, .null] {
            #expect(DateTimeTesting.isError("getNextViableDate", invalid), "\(invalid)")
            #expect(DateTimeTesting.isError("getPreviousViableDate", invalid), "\(invalid)")
        }
        #expect(DateTimeTesting.isError("getNextViableDate", "XXXX-07-10", 20))
    }

    @Test func viableTimes() {
        #expect(DateTimeTesting.text("getNextViableTime", "TXX:12:20") == "T00:12:20")
        #expect(DateTimeTesting.text("getPreviousViableTime", "TXX:12:20") == "T23:12:20")
        #expect(DateTimeTesting.text("getNextViableTime", "TXX:05:00") == "T01:05")
        #expect(DateTimeTesting.text("getNextViableTime", "TXX:00:00") == "T01")
        // 00:12 UTC is 05:42 in India: the next :30 is at 06:30.
        #expect(DateTimeTesting.text("getNextViableTime", "TXX:30:00", "India Standard Time") == "T06:30")
        #expect(DateTimeTesting.text("getNextViableTime", "TXX:05:10", now: DateTimeTesting.date("2020-08-01T23:12:20Z")) == "T00:05:10")
        for invalid: JSONValue in ["T10:40:20", "TXX:60:00", "TXX:40", "XX:40:20", 5, .null, ["minute": 5]] {
            #expect(DateTimeTesting.isError("getNextViableTime", invalid), "\(invalid)")
            #expect(DateTimeTesting.isError("getPreviousViableTime", invalid), "\(invalid)")
        }
    }

    /// Read back from Thursday 2018-03-15 (weeks start on Sunday).
    @Test(arguments: [
        ("2018-03-15T23:59:59.999Z", "today"), ("2018-03-16T00:00:00.000Z", "tomorrow"),
        ("2018-03-14T10:00:00.000Z", "yesterday"), ("2018-03-17T10:00:00.000Z", "this Saturday"),
        ("2018-03-11T10:00:00.000Z", "this Sunday"), ("2018-03-18T10:00:00.000Z", "next Sunday"),
        ("2018-03-24T10:00:00.000Z", "next Saturday"), ("2018-03-10T10:00:00.000Z", "last Saturday"),
        ("2018-03-04T10:00:00.000Z", "last Sunday"), ("2018-03-25T10:00:00.000Z", "25th March 2018"),
        ("2018-03-03T10:00:00.000Z", "3rd March 2018"), ("2018-02-11T10:00:00.000Z", "11st Februrary 2018"),
        ("2017-12-22T10:00:00.000Z", "22nd December 2017"), ("+010000-01-01T00:00:00.000Z", ""),
    ])
    func dateReadBack(timestamp: String, expected: String) {
        #expect(DateTimeTesting.text("dateReadBack", "2018-03-15T13:00:00.000Z", .string(timestamp)) == expected)
    }

    @Test func dateReadBackNeedsISOTimestamps() {
        #expect(DateTimeTesting.isError("dateReadBack", "errortime", "errortime"))
        #expect(DateTimeTesting.isError("dateReadBack", "2018-03-15T13:00:00.000Z", "errortime"))
        #expect(DateTimeTesting.isError("dateReadBack", "2018-03-15T13:00:00Z", "2018-03-16T13:00:00.000Z"))
        #expect(DateTimeTesting.isError("dateReadBack", 5, "2018-03-16T13:00:00.000Z"))
    }
}
