import JSONTree

/// `isDefinite`, `isTime`, `isDuration`, `isDate`, `isTimeRange`, `isDateRange`,
/// `isPresent`, `resolve`, `getNextViableDate`, `getPreviousViableDate`,
/// `getNextViableTime`, `getPreviousViableTime`.
enum TimexFunctions {
    /// A TIMEX argument: TIMEX text, or an object of TIMEX members (what a `TimexProperty`
    /// serialises to). Anything else — or an empty object — is an error.
    static func timex(_ value: JSONValue) throws(BuiltinError) -> TimexProperty {
        switch value {
        case .string(let text):
            return TimexProperty(parsing: text)
        case .object(let members) where !members.isEmpty:
            return TimexProperty(object: members)
        case .array(let items) where !items.isEmpty:
            // The engine copies the elements as members "0", "1"…: no TIMEX member at all.
            return TimexProperty()
        default:
            throw BuiltinError("\(DateTimeSupport.describe(value)) is not a TIMEX expression or TIMEX property")
        }
    }

    enum Predicate { case definite, time, duration, date, timeRange, dateRange, present }

    static func test(_ predicate: Predicate, _ arguments: [JSONValue]) throws(BuiltinError) -> JSONValue {
        let t = try timex(arguments[0])
        switch predicate {
        case .definite: return .bool(t.isDefinite)
        case .time: return .bool(t.isTime)
        case .duration: return .bool(t.isDuration)
        case .date: return .bool(t.isDate)
        case .timeRange: return .bool(t.isTimeRange)
        case .dateRange: return .bool(t.isDateRange)
        case .present: return .bool(t.has(.now))
        }
    }

    /// `resolve(timex)`: its value (`14:00:00`, `2020-12-20`, `2020-12-20 14:00:00`,
    /// `259200` for `P3D`); null for ranges, which have no single value. Partial dates
    /// resolve to their latest past occurrence before the clock's date.
    static func resolve(_ arguments: [JSONValue], _ context: EvaluationContext) throws(BuiltinError) -> JSONValue {
        let parsed = try timex(arguments[0])
        guard !parsed.types.isEmpty else {
            throw BuiltinError("\(DateTimeSupport.describe(arguments[0])) has no TIMEX type and cannot be resolved")
        }
        let formatted = TimexProperty(parsing: parsed.timex)
        switch TimexResolution.resolve(formatted, reference: CivilDateTime(instant: DateTimeSupport.now(context))) {
        case .value(let text): return .string(text)
        case .range: return .null
        case .unresolvable:
            throw BuiltinError("\(DateTimeSupport.describe(arguments[0])) cannot be resolved to a value")
        }
    }

    /// The clock's wall-clock fields in the optional zone argument (UTC without one).
    private static func nowFields(_ arguments: [JSONValue], _ context: EvaluationContext) throws(BuiltinError) -> CivilDateTime {
        let now = DateTimeSupport.now(context)
        guard arguments.count == 2, !arguments[1].isNull else { return CivilDateTime(instant: now) }
        return try TimeZoneConversion.zone(arguments[1]).civil(now)
    }

    /// JavaScript truthiness of a member.
    private static func truthy(_ value: JSONValue?) -> Bool {
        switch value {
        case nil, .null?: return false
        case .bool(let b)?: return b
        case .number(let d)?: return d != 0 && !d.isNaN
        case .string(let s)?: return !s.isEmpty
        case .array?, .object?: return true
        }
    }

    /// `getNextViableDate(timex, zone?)` (`forward`) and `getPreviousViableDate`: the next
    /// (or latest) date, counting today, matching a month and day (`XXXX-07-10`); Feb 29
    /// moves to a leap year.
    static func viableDate(forward: Bool, _ arguments: [JSONValue], _ context: EvaluationContext) throws(BuiltinError) -> JSONValue {
        let parsed = try timex(arguments[0])
        guard !truthy(parsed[.year]), truthy(parsed[.month]), truthy(parsed[.dayOfMonth]),
            let month = parsed.number(.month), let day = parsed.number(.dayOfMonth),
            abs(month) < 10_000, abs(day) < 1_000_000
        else {
            throw BuiltinError("\(DateTimeSupport.describe(arguments[0])) must be a TIMEX with only a month and a day of month, such as 'XXXX-10-31'")
        }
        let now = try nowFields(arguments, context)
        let (m, d) = (month.rounded(.towardZero), day.rounded(.towardZero))
        let (nowMonth, nowDay) = (Double(now.month), Double(now.day))
        var year = now.year
        if forward {
            if !(month > nowMonth || (month == nowMonth && day >= nowDay)) { year += 1 }
        } else {
            if !(month < nowMonth || (month == nowMonth && day < nowDay)) { year -= 1 }
        }
        if month == 2 && day == 29 {
            while !CivilCalendar.isLeapYear(year) { year += forward ? 1 : -1 }
        }
        let dayNumber = CivilCalendar.makeDay(year: year, monthIndex: Int64(m) - 1, day: Int64(d))
        let date = CivilCalendar.civil(days: dayNumber)
        return .string("\(DayjsFormat.padStart(String(date.year), 4))-\(DayjsFormat.padStart(String(date.month), 2))-\(DayjsFormat.padStart(String(date.day), 2))")
    }

    /// `getNextViableTime(timex, zone?)` (`forward`) and `getPreviousViableTime`: the next
    /// (or latest) time, counting now, matching a minute and second (`TXX:15:28`).
    static func viableTime(forward: Bool, _ arguments: [JSONValue], _ context: EvaluationContext) throws(BuiltinError) -> JSONValue {
        let invalid = BuiltinError("\(DateTimeSupport.describe(arguments[0])) must be a TIMEX with only minutes and seconds, such as 'TXX:15:28'")
        guard case .string(let text) = arguments[0], text.utf8.count <= TimexProperty.maximumLength,
            TimexPattern.containsMinuteSecondTimex(text)
        else { throw invalid }
        let now = try nowFields(arguments, context)
        let parsed = TimexProperty(parsing: text.replacing("XX", with: "00", maxReplacements: 1))
        guard let minute = parsed.number(.minute), let second = parsed.number(.second) else { throw invalid }
        let (nowMinute, nowSecond) = (Double(now.minute), Double(now.second))
        var hour = now.hour
        if forward {
            if !(minute > nowMinute || (minute == nowMinute && second >= nowSecond)) { hour += 1 }
            if hour >= 24 { hour -= 24 }
        } else {
            if !(minute < nowMinute || (minute == nowMinute && second < nowSecond)) { hour -= 1 }
            if hour < 0 { hour += 24 }
        }
        var result = TimexProperty()
        result.set(.hour, .number(Double(hour)))
        result.set(.minute, .number(minute))
        result.set(.second, .number(second))
        return .string(result.timex)
    }
}
