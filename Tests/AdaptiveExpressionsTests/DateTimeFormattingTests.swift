import Foundation
import JSONTree
import Testing
@testable import AdaptiveExpressions

/// .NET format strings, their conversion to day.js patterns, locale names, and the
/// timestamp forms `formatDateTime` accepts.
@Suite struct DateTimeFormattingTests {
    let t = "2018-03-15T13:05:09.007Z"  // a Thursday afternoon

    @Test(arguments: [
        ("yyyy-MM-dd", "YYYY-MM-DD"),
        ("yyy", "YYYY"), ("yyyyy", "YYYY"), ("y", "YY"), ("yy", "YY"),
        ("d", "D"), ("dd", "DD"), ("ddd", "ddd"), ("dddd", "dddd"), ("ddddd", "dddd"),
        ("M", "M"), ("MMMMM", "MMMM"), ("h:mm tt", "h:mm A"), ("t", "A"), ("HH", "HH"),
        ("fff", "SSS"), ("fffffff", "SSS"), ("FFF", "SSS"),
        ("z", "ZZ"), ("zz", "ZZ"), ("zzz", "Z"), ("K", "Z"),
        ("yyyy-MM-dd'T'HH:mm", "YYYY-MM-DDTHH:mm"), ("dd%MM", "DDMM"), ("\\d", "d"),
        ("`T`HH", "THH"), ("MM-DD-YY", "MM-DD-YY"),
        ("o", "YYYY-MM-DDTHH:mm:ss.SSS0000Z"), ("O", "YYYY-MM-DDTHH:mm:ss.SSS0000Z"),
    ])
    func dotNetPatternsConvertToDayjs(format: String, pattern: String) {
        #expect(DotNetDateFormat.dayjsPattern(format) == pattern)
    }

    /// The formats the engine's converter gives up on; they are used as day.js patterns as written.
    @Test(arguments: ["f", "ff", "F", "FF", "g", "gg", "r", "R", "u", "U", "'open", "`open", "ends with \\", "HH:mm f"])
    func unsupportedFormatsAreRefused(format: String) {
        #expect(DotNetDateFormat.dayjsPattern(format) == nil)
    }

    @Test(arguments: [
        ("yyyy-MM-dd HH:mm:ss.fff", "2018-03-15 13:05:09.007"),
        ("dddd, MMMM d, yyyy", "Thursday, March 15, 2018"),
        ("ddd MMM", "Thu Mar"),
        ("h:m:s tt", "1:5:9 PM"),
        ("hh 'o''clock'", "01 oclock"),
        ("yyyy-MM-ddTHH:mm:ssZ", "2018-03-15T13:05:09+00:00"),
        ("yyyy-MM-ddTHH:mm:ssK", "2018-03-15T13:05:09+00:00"),
        ("z|zz|zzz", "+0000|+0000|+00:00"),
        ("o", "2018-03-15T13:05:09.0070000+00:00"),
        ("M/d/yy", "3/15/18"),
        ("\\d", "4"),
        ("%", "2018-03-15T13:05:09Z"),
        ("f", "f"),
        ("HH:mm f", "13:05 f"),
        // Brackets pass through the converter and are then day.js literals.
        ("[yyyy]", "YYYY"),
        // Quoted literals reach day.js unbracketed: the h of 'h' is the 12-hour clock.
        ("HH'h'mm", "13105"),
        ("r", "r"),
        ("Y", "Y"),
        ("SS", "SS"),
    ])
    func formatsRenderAsTheEngineRendersThem(format: String, expected: String) {
        #expect(DateTimeTesting.text("formatDateTime", .string(t), .string(format)) == expected)
    }

    @Test func defaultOutputIsISOUTCWithMilliseconds() {
        #expect(DateTimeTesting.text("formatDateTime", "2018-03-15T13:05:09Z") == "2018-03-15T13:05:09.000Z")
        #expect(DateTimeTesting.text("formatDateTime", .string(t), "") == t)
        #expect(DateTimeTesting.text("formatDateTime", .string(t), "", "fr-FR") == t)
        #expect(DateTimeTesting.text("formatDateTime", .string(t), .null) == t)
    }

    @Test(arguments: [
        ("2018-03-15T13:00:00+02:00", "2018-03-15T11:00:00.000Z"),
        ("2019-04-14T18:33:12+0800", "2019-04-14T10:33:12.000Z"),
        ("2018-03-15T13:00", "2018-03-15T13:00:00.000Z"),
        ("2018-03-15 13:00:00", "2018-03-15T13:00:00.000Z"),
        ("2018-03-15T13:00:00.1234567", "2018-03-15T13:00:00.123Z"),
        ("2018-03-15", "2018-03-15T00:00:00.000Z"),
        ("2018-03", "2018-03-01T00:00:00.000Z"),
        ("2018", "2018-01-01T00:00:00.000Z"),
        ("2018-02-30", "2018-03-02T00:00:00.000Z"),
        ("2018-03-15T24:00:00", "2018-03-16T00:00:00.000Z"),
        ("+020000-01-01T00:00:00.000Z", "20000-01-01T00:00:00.000Z"),
        ("-000001-01-01T00:00:00.000Z", "00-1-01-01T00:00:00.000Z"),
        ("03/15/2018 12:00:00", "2018-03-15T12:00:00.000Z"),
        ("3/15/2018", "2018-03-15T00:00:00.000Z"),
        ("2018/03/15", "2018-03-15T00:00:00.000Z"),
        ("March 15, 2018", "2018-03-15T00:00:00.000Z"),
        ("15 Mar 2018 1:05 PM", "2018-03-15T13:05:00.000Z"),
        ("Thu, 15 Mar 2018 13:00:00 GMT", "2018-03-15T13:00:00.000Z"),
        ("Thu Mar 15 2018 13:00:00 GMT+0100 (Central European Standard Time)", "2018-03-15T12:00:00.000Z"),
        ("12/31/99", "1999-12-31T00:00:00.000Z"),
        ("1/2/03 23:59:59.5", "2003-01-02T23:59:59.500Z"),
    ])
    func formatDateTimeReadsWhatJavaScriptDateReads(input: String, expected: String) {
        #expect(DateTimeTesting.text("formatDateTime", .string(input)) == expected)
    }

    @Test(arguments: [
        "timestmap", "1521118800", "20181115", "", " ", "2018-13-01", "2018-03-15T25:00", "2018-03-15T13:60",
        "-000000-01-01T00:00:00.000Z", "+275761-01-01T00:00:00.000Z", "13/45/2018", "March", "2018-03-15Tfoo",
        "Thu 2018 03 15 blah", "2018-03-15T13:00:00+25:00", String(repeating: "9", count: 100_000),
    ])
    func invalidTimestampsAreErrors(input: String) {
        #expect(DateTimeTesting.isError("formatDateTime", .string(input)))
    }

    @Test func nonStringArgumentsAreErrors() {
        #expect(DateTimeTesting.isError("formatDateTime", 1_521_118_800))
        #expect(DateTimeTesting.isError("formatDateTime", .null))
        #expect(DateTimeTesting.isError("formatDateTime", [:]))
        #expect(DateTimeTesting.isError("formatDateTime", .string(t), 5))
        #expect(DateTimeTesting.isError("formatDateTime", .string(t), "yyyy", true))
        #expect(DateTimeTesting.isError("formatDateTime", .string(t), "yyyy", "en-US", "extra"))
    }

    @Test func namesFollowTheLocaleArgument() {
        #expect(DateTimeTesting.text("formatDateTime", .string(t), "dddd d MMMM yyyy", "fr-FR") == "jeudi 15 mars 2018")
        #expect(DateTimeTesting.text("formatDateTime", .string(t), "dddd, d. MMMM", "de-DE") == "Donnerstag, 15. März")
        #expect(DateTimeTesting.text("formatDateTime", .string(t), "dddd", "es-ES") == "jueves")
        #expect(DateTimeTesting.text("formatDateTime", .string(t), "MMMM", "ja-JP") == "3月")
        #expect(DateTimeTesting.text("formatDateTime", .string(t), "dddd MMMM", "en-GB") == "Thursday March")
        // Numeric patterns are the same in every locale.
        #expect(DateTimeTesting.text("formatDateTime", .string(t), "dd/MM/yyyy HH:mm", "fr-FR") == "15/03/2018 13:05")
        // The default locale of the context applies when no locale is given.
        #expect(DateTimeTesting.text("formatDateTime", .string(t), "MMMM", locale: "fr-FR") == "mars")
        #expect(DateTimeTesting.text("formatEpoch", 1_521_118_800, "dddd", "de-DE") == "Donnerstag")
    }

    @Test func unknownLocalesFallBackToEnglishNotTheProcessLocale() {
        #expect(DateTimeNames.forLocale("xx-YY") == .english)
        #expect(DateTimeNames.forLocale("zz") == .english)
        #expect(DateTimeNames.forLocale("") == .english)
        #expect(DateTimeNames.forLocale("123") == .english)
        #expect(DateTimeNames.forLocale(String(repeating: "fr", count: 100)) == .english)
        #expect(DateTimeTesting.text("formatDateTime", .string(t), "dddd MMMM", "xx-YY") == "Thursday March")
        #expect(DateTimeNames.forLocale("fr-FR").months[2] == "mars")
        #expect(DateTimeNames.forLocale("fr_FR") == DateTimeNames.forLocale("fr-FR"))
    }

    @Test func formatEpochAndTicks() {
        #expect(DateTimeTesting.text("formatEpoch", 0) == "1970-01-01T00:00:00.000Z")
        #expect(DateTimeTesting.text("formatEpoch", -1.5) == "1969-12-31T23:59:58.500Z")
        #expect(DateTimeTesting.text("formatEpoch", 1_572_966_051, "dddd") == "Tuesday")
        #expect(DateTimeTesting.text("formatEpoch", 1_556_913_600, "yyyy-MM-ddTHH:mm:ssZ") == "2019-05-03T20:00:00+00:00")
        #expect(DateTimeTesting.isError("formatEpoch", 1e20))
        #expect(DateTimeTesting.isError("formatEpoch", "1521118800"))
        #expect(DateTimeTesting.text("formatTicks", 636_965_431_200_000_000, "yyyy-MM-dd") == "2019-06-19")
        #expect(DateTimeTesting.text("formatTicks", "636967159200000000", "yyyy-MM-dd") == "2019-06-21")
        #expect(DateTimeTesting.text("formatTicks", 0) == "0001-01-01T00:00:00.000Z")
        #expect(DateTimeTesting.text("formatTicks", "621355968000000000") == "1970-01-01T00:00:00.000Z")
        #expect(DateTimeTesting.text("formatTicks", "+621355968000010000") == "1970-01-01T00:00:00.001Z")
        #expect(DateTimeTesting.text("formatTicks", "621355967999999999") == "1970-01-01T00:00:00.000Z")
        #expect(DateTimeTesting.isError("formatTicks", 1.5))
        #expect(DateTimeTesting.isError("formatTicks", "1.5"))
        #expect(DateTimeTesting.isError("formatTicks", "ticks"))
        #expect(DateTimeTesting.isError("formatTicks", ""))
        #expect(DateTimeTesting.isError("formatTicks", true))
        #expect(DateTimeTesting.isError("formatTicks", 1e30))
        #expect(DateTimeTesting.isError("formatTicks", "999999999999999999999999999"))
        #expect(DateTimeTesting.isError("formatTicks", "-999999999999999999999999999"))
    }

    /// The card templates of the conformance set, expanded by the JavaScript engine.
    @Test func cardTemplateUsages() {
        #expect(DateTimeTesting.text("formatDateTime", "03/15/2018 12:00:00", "yyyy-MM-ddTHH:mm:ss") == "2018-03-15T12:00:00")
        #expect(DateTimeTesting.text("formatDateTime", "03/15/2018 12:00:00", "yyyy-MM-ddTHH:mm:ssZ") == "2018-03-15T12:00:00+00:00")
        #expect(DateTimeTesting.text("formatDateTime", "2019-07-15T18:33:12+0800", "yyyy-MM-ddTHH:mm:ssZ") == "2019-07-15T10:33:12+00:00")
        #expect(DateTimeTesting.text("formatDateTime", "2019-06-19T18:33:12+0800", "MM-dd") == "06-19")
        #expect(DateTimeTesting.text("formatEpoch", 1_572_920_478, "yyyy-MM-ddTHH:mm:ssZ") == "2019-11-05T02:21:18+00:00")
        #expect(DateTimeTesting.text("formatNumber", .number(0.02131 * 100), 2) == "2.13")
        #expect(DateTimeTesting.text("formatNumber", 2.69, 2) == "2.69")
    }
}
