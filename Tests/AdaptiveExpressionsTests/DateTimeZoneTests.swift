import Foundation
import JSONTree
import Testing
@testable import AdaptiveExpressions

/// Windows and IANA time zones, daylight-saving transitions, and refused zones.
@Suite struct DateTimeZoneTests {
    @Test(arguments: [
        ("2018-02-02T02:00:00.000Z", "Pacific Standard Time", "2018-02-01T18:00:00.0000000"),
        ("2018-07-01T12:00:00.000Z", "Pacific Standard Time", "2018-07-01T05:00:00.0000000"),
        ("2018-07-01T12:00:00.000Z", "America/Los_Angeles", "2018-07-01T05:00:00.0000000"),
        ("2018-01-15T12:00:00.000Z", "Eastern Standard Time", "2018-01-15T07:00:00.0000000"),
        ("2018-07-15T12:00:00.000Z", "America/New_York", "2018-07-15T08:00:00.0000000"),
        ("2018-02-02T02:00:00.000Z", "China Standard Time", "2018-02-02T10:00:00.0000000"),
        ("2018-02-02T02:00:00.000Z", "Asia/Shanghai", "2018-02-02T10:00:00.0000000"),
        ("2018-02-02T02:00:00.000Z", "India Standard Time", "2018-02-02T07:30:00.0000000"),
        ("2018-02-02T02:00:00.000Z", "Nepal Standard Time", "2018-02-02T07:45:00.0000000"),
        ("2018-02-02T02:00:00.000Z", "Tokyo Standard Time", "2018-02-02T11:00:00.0000000"),
        ("2018-01-15T12:00:00.000Z", "AUS Eastern Standard Time", "2018-01-15T23:00:00.0000000"),
        ("2018-07-15T12:00:00.000Z", "Australia/Sydney", "2018-07-15T22:00:00.0000000"),
        ("2018-07-15T12:00:00.000Z", "W. Europe Standard Time", "2018-07-15T14:00:00.0000000"),
        ("2018-07-15T12:00:00.000Z", "GMT Standard Time", "2018-07-15T13:00:00.0000000"),
        ("2018-07-15T12:00:00.123Z", "UTC", "2018-07-15T12:00:00.1230000"),
        ("2018-07-15T12:00:00.000Z", "Etc/GMT-4", "2018-07-15T16:00:00.0000000"),
        ("2018-07-15T12:00:00.000Z", "Dateline Standard Time", "2018-07-15T00:00:00.0000000"),
        ("2018-07-15T12:00:00.000Z", "Line Islands Standard Time", "2018-07-16T02:00:00.0000000"),
    ])
    func convertFromUTC(timestamp: String, zone: String, expected: String) {
        #expect(DateTimeTesting.text("convertFromUTC", .string(timestamp), .string(zone)) == expected)
    }

    @Test func convertFromUTCWritesTheZoneOffsetWhenAsked() {
        let t: JSONValue = "2018-07-01T12:00:00.000Z"
        #expect(DateTimeTesting.text("convertFromUTC", t, "Pacific Standard Time", "yyyy-MM-dd HH:mm zzz") == "2018-07-01 05:00 -07:00")
        #expect(DateTimeTesting.text("convertFromUTC", t, "India Standard Time", "HH:mm z") == "17:30 +0530")
        #expect(DateTimeTesting.text("convertFromUTC", t, "UTC", "HH:mm K") == "12:00 +00:00")
        #expect(DateTimeTesting.text("convertFromUTC", t, "Romance Standard Time", "dddd HH:mm", "fr-FR") == "dimanche 14:00")
        // An empty format means the engine's ISO default, with its literal Z.
        #expect(DateTimeTesting.text("convertFromUTC", t, "Pacific Standard Time", "", "en-US") == "2018-07-01T05:00:00.000Z")
    }

    /// US daylight saving time 2018: from 2:00 PST on March 11 to 2:00 PDT on November 4.
    @Test func daylightSavingTransitionsInLosAngeles() {
        func local(_ utc: String) -> String { DateTimeTesting.text("convertFromUTC", .string(utc), "Pacific Standard Time", "yyyy-MM-dd HH:mm:ss zzz") }
        #expect(local("2018-03-11T09:59:59.000Z") == "2018-03-11 01:59:59 -08:00")
        #expect(local("2018-03-11T10:00:00.000Z") == "2018-03-11 03:00:00 -07:00")
        #expect(local("2018-11-04T08:30:00.000Z") == "2018-11-04 01:30:00 -07:00")
        #expect(local("2018-11-04T09:30:00.000Z") == "2018-11-04 01:30:00 -08:00")
    }

    @Test func daylightSavingTransitionsInLondonAndSydney() {
        func london(_ utc: String) -> String { DateTimeTesting.text("convertFromUTC", .string(utc), "Europe/London", "HH:mm zzz") }
        #expect(london("2018-03-25T00:59:00.000Z") == "00:59 +00:00")
        #expect(london("2018-03-25T01:00:00.000Z") == "02:00 +01:00")
        #expect(london("2018-10-28T00:59:00.000Z") == "01:59 +01:00")
        #expect(london("2018-10-28T01:00:00.000Z") == "01:00 +00:00")
        func sydney(_ utc: String) -> String { DateTimeTesting.text("convertFromUTC", .string(utc), "AUS Eastern Standard Time", "HH:mm zzz") }
        // Daylight time ended at 03:00 on April 1 (16:00 UTC the day before).
        #expect(sydney("2018-03-31T15:59:00.000Z") == "02:59 +11:00")
        #expect(sydney("2018-03-31T16:00:00.000Z") == "02:00 +10:00")
    }

    @Test(arguments: [
        ("2018-01-01T18:00:00.000", "Pacific Standard Time", "2018-01-02T02:00:00.000Z"),
        ("2018-07-01T18:00:00", "Pacific Standard Time", "2018-07-02T01:00:00.000Z"),
        ("2018-07-01 12:00", "Europe/Paris", "2018-07-01T10:00:00.000Z"),
        ("2018-07-01T12:00:00.000", "China Standard Time", "2018-07-01T04:00:00.000Z"),
        ("2018-07-01T12:00:00.000", "UTC", "2018-07-01T12:00:00.000Z"),
        ("2018-07-01T12:00:00.789", "India Standard Time", "2018-07-01T06:30:00.000Z"),
        ("2018-07-01", "Tokyo Standard Time", "2018-06-30T15:00:00.000Z"),
    ])
    func convertToUTC(timestamp: String, zone: String, expected: String) {
        #expect(DateTimeTesting.text("convertToUTC", .string(timestamp), .string(zone)) == expected)
    }

    /// A local time in the spring-forward gap moves forward by the gap; an ambiguous
    /// fall-back time takes the offset in force at the clock's instant, as day.js does.
    @Test func convertToUTCAcrossDaylightSavingTransitions() {
        #expect(DateTimeTesting.text("convertToUTC", "2018-03-11T02:30:00", "Pacific Standard Time") == "2018-03-11T10:30:00.000Z")
        #expect(DateTimeTesting.text("convertToUTC", "2018-03-11T01:59:00", "Pacific Standard Time") == "2018-03-11T09:59:00.000Z")
        #expect(DateTimeTesting.text("convertToUTC", "2018-03-11T03:00:00", "Pacific Standard Time") == "2018-03-11T10:00:00.000Z")
        let summer = DateTimeTesting.date("2020-08-01T00:00:00Z")
        let winter = DateTimeTesting.date("2020-01-15T00:00:00Z")
        #expect(DateTimeTesting.text("convertToUTC", "2018-11-04T01:30:00", "Pacific Standard Time", now: summer) == "2018-11-04T08:30:00.000Z")
        #expect(DateTimeTesting.text("convertToUTC", "2018-11-04T01:30:00", "Pacific Standard Time", now: winter) == "2018-11-04T09:30:00.000Z")
    }

    @Test(arguments: ["Pacific Time", "pacific standard time", "america/los_angeles", "Mars/Olympus_Mons", "", "GMT+5",
                      "UTC-0800", "Etc/GMT+14", "Local", String(repeating: "Europe/Paris", count: 20)])
    func unknownZonesAreErrors(zone: String) {
        #expect(DateTimeTesting.isError("convertFromUTC", "2018-02-02T02:00:00.000Z", .string(zone)))
        #expect(DateTimeTesting.isError("convertToUTC", "2018-02-02T02:00:00.000", .string(zone)))
        #expect(DateTimeTesting.isError("getNextViableDate", "XXXX-07-10", .string(zone)))
        #expect(DateTimeTesting.isError("getPreviousViableTime", "TXX:05:10", .string(zone)))
    }

    @Test func badArgumentsAreErrors() {
        #expect(DateTimeTesting.isError("convertFromUTC", "2018-02-02T02:00:00Z", "UTC"))  // not toISOString form
        #expect(DateTimeTesting.isError("convertFromUTC", "garbage", "UTC"))
        #expect(DateTimeTesting.isError("convertFromUTC", "2018-02-02T02:00:00.000Z", 5))
        #expect(DateTimeTesting.isError("convertFromUTC", 5, "UTC"))
        #expect(DateTimeTesting.isError("convertToUTC", "not a date", "UTC"))
        #expect(DateTimeTesting.isError("convertToUTC", .null, "UTC"))
        #expect(DateTimeTesting.isError("convertToUTC", "2018-01-01T18:00:00.000", "UTC", 7))
    }

    /// Every Windows name maps to a zone the time zone database knows.
    @Test func everyWindowsNameResolves() {
        let names = WindowsTimeZones.windowsNames
        #expect(names.count > 130)
        for name in names {
            #expect(DateTimeZone(named: name) != nil, "\(name) does not resolve")
        }
    }
}
