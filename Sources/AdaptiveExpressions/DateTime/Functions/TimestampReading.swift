import JSONTree

/// `dayOfMonth`, `dayOfWeek`, `dayOfYear`, `month`, `year`, `date`, `getTimeOfDay`,
/// `dateTimeDiff`, `isDateTime`, `dateReadBack`: reading ISO timestamps (in UTC).
enum TimestampReading {
    enum Component { case dayOfMonth, dayOfWeek, dayOfYear, month, year }

    static func component(_ component: Component, _ arguments: [JSONValue]) throws(BuiltinError) -> JSONValue {
        let t = CivilDateTime(instant: try DateTimeSupport.isoTimestamp(arguments[0]))
        switch component {
        case .dayOfMonth: return .number(Double(t.day))
        case .dayOfWeek: return .number(Double(t.weekday))
        case .dayOfYear: return .number(Double(t.dayOfYear))
        case .month: return .number(Double(t.month))
        case .year: return .number(Double(t.year))
        }
    }

    /// `date(timestamp)`: `M/DD/YYYY` in UTC.
    static func date(_ arguments: [JSONValue]) throws(BuiltinError) -> JSONValue {
        DateTimeSupport.render(try DateTimeSupport.isoTimestamp(arguments[0]), pattern: "M/DD/YYYY", locale: "en-US")
    }

    /// `getTimeOfDay(timestamp)`: midnight, morning, noon, afternoon, evening or night.
    /// Accepts an ISO UTC timestamp, or a wall-clock time written with seven fraction
    /// digits (`2018-03-15T00:00:00.0000000`, what `convertFromUTC` writes).
    static func timeOfDay(_ arguments: [JSONValue]) throws(BuiltinError) -> JSONValue {
        guard case .string(let text) = arguments[0] else {
            throw BuiltinError("the timestamp must be a string, not \(DateTimeSupport.describe(arguments[0]))")
        }
        var instant = TimestampParsing.strictISO(text)
        if instant == nil, text.utf8.count == 27, text.hasSuffix("0000") {
            instant = TimestampParsing.strictISO(String(text.dropLast(4)) + "Z")
        }
        guard let instant else {
            throw BuiltinError("\(DateTimeSupport.describe(arguments[0])) is neither an ISO 8601 UTC timestamp nor a wall-clock time like 2018-03-15T13:00:00.0000000")
        }
        let t = CivilDateTime(instant: instant)
        let time = t.hour * 100 + t.minute
        let name: String
        switch time {
        case 0: name = "midnight"
        case 1..<1200: name = "morning"
        case 1200: name = "noon"
        case 1201..<1800: name = "afternoon"
        case 1800...2200: name = "evening"
        default: name = "night"
        }
        return .string(name)
    }

    /// `dateTimeDiff(a, b)`: a − b in ticks (milliseconds × 10,000, in doubles as the engine).
    static func difference(_ arguments: [JSONValue]) throws(BuiltinError) -> JSONValue {
        let a = try DateTimeSupport.isoTimestamp(arguments[0], "the first timestamp")
        let b = try DateTimeSupport.isoTimestamp(arguments[1], "the second timestamp")
        return .number(Double(a - b) * 10_000)
    }

    /// `isDateTime(value)`: whether it is an ISO timestamp as `toISOString()` writes it (never fails).
    static func isDateTime(_ arguments: [JSONValue]) -> JSONValue {
        if case .string(let text) = arguments[0] { return .bool(TimestampParsing.strictISO(text) != nil) }
        return .bool(false)
    }

    /// `dateReadBack(reference, timestamp)`: the date of `timestamp` as said on the day of
    /// `reference` ("tomorrow", "last Friday", "5th March 2018").
    static func readBack(_ arguments: [JSONValue]) throws(BuiltinError) -> JSONValue {
        let reference = try DateTimeSupport.isoTimestamp(arguments[0], "the reference timestamp")
        let date = CivilDateTime(instant: try DateTimeSupport.isoTimestamp(arguments[1]))
        // The library reads the date back from `YYYY-MM-DD` text, which only has four-digit years.
        guard (0...9999).contains(date.year) else { return .string("") }
        return .string(TimexNaturalLanguage.describe(date, from: CivilDateTime(instant: reference)))
    }
}
