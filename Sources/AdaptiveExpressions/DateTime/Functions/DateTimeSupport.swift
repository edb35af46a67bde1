import Foundation
import JSONTree

/// Argument checks and output shared by the date and time built-ins.
enum DateTimeSupport {
    /// Longest argument text quoted back in an error message.
    private static let quoteLimit = 80

    /// `value` as it appears in an error message.
    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let s):
            let head = s.unicodeScalars.prefix(quoteLimit + 1)
            return head.count > quoteLimit ? "'\(String(String.UnicodeScalarView(head.prefix(quoteLimit))))…'" : "'\(s)'"
        case .number(let d): return JSNumber.format(d)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// A JavaScript number that is not NaN (the engine's `isNumber`).
    static func number(_ value: JSONValue) -> Double? {
        if case .number(let d) = value, !d.isNaN { return d }
        return nil
    }

    /// A JavaScript integer (`Number.isInteger`).
    static func integer(_ value: JSONValue) -> Double? {
        if case .number(let d) = value, d.isFinite, d.rounded(.towardZero) == d { return d }
        return nil
    }

    /// A timestamp in the exact form `toISOString()` writes (`2018-03-15T13:00:00.000Z`).
    static func isoTimestamp(_ value: JSONValue, _ role: String = "the timestamp") throws(BuiltinError) -> Int64 {
        guard case .string(let text) = value else {
            throw BuiltinError("\(role) must be a string, not \(describe(value))")
        }
        if let instant = TimestampParsing.strictISO(text) { return instant }
        if TimestampParsing.javaScriptDate(text) != nil {
            throw BuiltinError("\(describe(value)) is not an ISO 8601 UTC timestamp of the form 2018-03-15T13:00:00.000Z")
        }
        throw BuiltinError("\(describe(value)) is not a valid timestamp")
    }

    /// The clock's instant in whole milliseconds.
    static func now(_ context: EvaluationContext) -> Int64 {
        let ms = (context.now.timeIntervalSince1970 * 1000).rounded(.down)
        guard ms.isFinite, abs(ms) <= Double(CivilCalendar.maximumInstant) else { return 0 }
        return Int64(ms)
    }

    /// An instant shifted by a number of milliseconds computed in doubles, refusing results
    /// outside JavaScript's date range (where the engine would print "Invalid Date").
    static func shifted(_ instant: Int64, byMilliseconds delta: Double) throws(BuiltinError) -> Int64 {
        try checkedInstant(Double(instant) + delta)
    }

    /// An instant in milliseconds, refusing one outside JavaScript's date range.
    static func checkedInstant(_ value: Double) throws(BuiltinError) -> Int64 {
        guard value.isFinite, abs(value) <= Double(CivilCalendar.maximumInstant) else {
            throw BuiltinError("the resulting date is out of range")
        }
        return Int64(value)
    }

    /// The output pattern (day.js) and locale of a date function whose last two parameters
    /// are an optional .NET format string and an optional locale, at positions
    /// `maximumCount - 2` and `maximumCount - 1` — the engine's `determineFormatAndLocale`:
    /// with both present, both must be strings to apply; an empty format means the default.
    static func outputOptions(
        _ arguments: [JSONValue], maximumCount: Int, defaultPattern: String = DayjsFormat.isoUTC,
        context: EvaluationContext
    ) throws(BuiltinError) -> (pattern: String, locale: String) {
        var pattern = defaultPattern
        var locale = context.defaultLocale
        let formatIndex = maximumCount - 2
        if arguments.count > formatIndex {
            let format = arguments[formatIndex]
            guard format.isNull || format.stringValue != nil else {
                throw BuiltinError("the format must be a string, not \(describe(format))")
            }
        }
        if arguments.count == maximumCount {
            let localeArgument = arguments[maximumCount - 1]
            guard localeArgument.isNull || localeArgument.stringValue != nil else {
                throw BuiltinError("the locale must be a string, not \(describe(localeArgument))")
            }
            if case .string(let format) = arguments[formatIndex], case .string(let name) = localeArgument {
                pattern = format.isEmpty ? DayjsFormat.isoUTC : dayjsPattern(format)
                locale = name
            }
        } else if arguments.count == maximumCount - 1, case .string(let format) = arguments[formatIndex] {
            pattern = dayjsPattern(format)
        }
        return (pattern, locale)
    }

    /// The engine's `timestampFormatter`: a .NET format converted to day.js, or used as
    /// written when the converter refuses it; empty means the ISO default.
    static func dayjsPattern(_ format: String) -> String {
        if format.isEmpty { return DayjsFormat.isoUTC }
        return DotNetDateFormat.dayjsPattern(format) ?? format
    }

    /// `instant` written with a day.js pattern at `offsetMinutes` (0 = UTC) in `locale`.
    static func render(_ instant: Int64, pattern: String, locale: String, offsetMinutes: Int = 0) -> JSONValue {
        let names = patternNeedsNames(pattern) ? DateTimeNames.forLocale(locale) : .english
        return .string(DayjsFormat.render(pattern, CivilDateTime(instant: instant, offsetMinutes: offsetMinutes), names: names))
    }

    /// Whether a pattern may print a name (month, weekday, AM/PM), so that numeric patterns
    /// never touch locale data.
    private static func patternNeedsNames(_ pattern: String) -> Bool {
        pattern.contains("MMM") || pattern.contains("dd") || pattern.contains("a") || pattern.contains("A")
    }
}
