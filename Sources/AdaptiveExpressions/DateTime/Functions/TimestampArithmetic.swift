import JSONTree

/// `addDays`, `addHours`, `addMinutes`, `addSeconds`, `addToTime`, `subtractFromTime`,
/// `getPastTime`, `getFutureTime`, `startOfDay`, `startOfHour`, `startOfMonth`.
enum TimestampArithmetic {
    /// A calendar field `add*` changes.
    enum Field { case day, hour, minute, second }

    /// A unit of `addToTime` and friends.
    enum Unit: String {
        case second = "Second", minute = "Minute", hour = "Hour", day = "Day", week = "Week", month = "Month", year = "Year"
    }

    /// `addDays(timestamp, n, format?, locale?)` and its siblings: JavaScript's
    /// `date.setUTCDate(date.getUTCDate() + n)` (and `setUTCHours`…), so a fractional `n` is
    /// truncated together with the field it is added to.
    static func add(_ field: Field, _ arguments: [JSONValue], _ context: EvaluationContext) throws(BuiltinError) -> JSONValue {
        let options = try DateTimeSupport.outputOptions(arguments, maximumCount: 4, context: context)
        guard case .string = arguments[0], let amount = DateTimeSupport.number(arguments[1]) else {
            throw BuiltinError("expects an ISO timestamp and a number, got \(DateTimeSupport.describe(arguments[0])) and \(DateTimeSupport.describe(arguments[1]))")
        }
        let t = CivilDateTime(instant: try DateTimeSupport.isoTimestamp(arguments[0]))
        let startOfDay =
            Double(CivilCalendar.makeDay(year: t.year, monthIndex: Int64(t.month - 1), day: 1))
            * Double(CivilCalendar.millisecondsPerDay)
        let h = Double(t.hour), m = Double(t.minute), s = Double(t.second), ms = Double(t.millisecond)
        let result: Double
        switch field {
        case .day:
            let day = (Double(t.day) + amount).rounded(.towardZero)
            result = startOfDay + (day - 1) * 86_400_000 + h * 3_600_000 + m * 60_000 + s * 1000 + ms
        case .hour:
            let hour = (h + amount).rounded(.towardZero)
            result = startOfDay + Double(t.day - 1) * 86_400_000 + hour * 3_600_000 + m * 60_000 + s * 1000 + ms
        case .minute:
            let minute = (m + amount).rounded(.towardZero)
            result = startOfDay + Double(t.day - 1) * 86_400_000 + h * 3_600_000 + minute * 60_000 + s * 1000 + ms
        case .second:
            let second = (s + amount).rounded(.towardZero)
            result = startOfDay + Double(t.day - 1) * 86_400_000 + h * 3_600_000 + m * 60_000 + second * 1000 + ms
        }
        return DateTimeSupport.render(try DateTimeSupport.checkedInstant(result), pattern: options.pattern, locale: options.locale)
    }

    /// day.js `add(n, unit)` in UTC: months and years keep the day of month where it exists
    /// and clamp it to the month's last day otherwise (Jan 31 + 1 month = Feb 28).
    static func add(_ amount: Double, _ unit: Unit, to instant: Int64) throws(BuiltinError) -> Int64 {
        switch unit {
        case .second: return try DateTimeSupport.shifted(instant, byMilliseconds: amount * 1000)
        case .minute: return try DateTimeSupport.shifted(instant, byMilliseconds: amount * 60_000)
        case .hour: return try DateTimeSupport.shifted(instant, byMilliseconds: amount * 3_600_000)
        case .day, .week:
            let days = ExactDecimal.jsRound(unit == .week ? amount * 7 : amount)
            return try DateTimeSupport.shifted(instant, byMilliseconds: days * 86_400_000)
        case .month, .year:
            let months = unit == .year ? amount * 12 : amount
            guard months.isFinite, abs(months) < 4_000_000 else {
                throw BuiltinError("the resulting date is out of range")
            }
            let t = CivilDateTime(instant: instant)
            let (carry, monthIndex) = CivilCalendar.floorDivMod(Int64(t.month - 1) + Int64(months.rounded(.towardZero)), 12)
            let year = t.year + carry
            let day = min(t.day, CivilCalendar.daysInMonth(year: year, month: Int(monthIndex) + 1))
            let result = CivilDateTime.instant(
                year: year, month: Int(monthIndex) + 1, day: day, hour: t.hour,
                minute: t.minute, second: t.second, millisecond: t.millisecond)
            return try DateTimeSupport.checkedInstant(Double(result))
        }
    }

    private static func unit(_ value: JSONValue) throws(BuiltinError) -> Unit {
        guard case .string(let name) = value, let unit = Unit(rawValue: name) else {
            throw BuiltinError("\(DateTimeSupport.describe(value)) is not a time unit (Second, Minute, Hour, Day, Week, Month or Year)")
        }
        return unit
    }

    /// `addToTime(timestamp, interval, unit, format?, locale?)` and
    /// `subtractFromTime(…)` (`sign` −1).
    static func addToTime(_ arguments: [JSONValue], sign: Double, _ context: EvaluationContext) throws(BuiltinError) -> JSONValue {
        let options = try DateTimeSupport.outputOptions(arguments, maximumCount: 5, context: context)
        guard case .string = arguments[0], let interval = DateTimeSupport.integer(arguments[1]), case .string = arguments[2] else {
            throw BuiltinError("expects an ISO timestamp, an integer interval and a time unit")
        }
        let timeUnit = try unit(arguments[2])
        let instant = try DateTimeSupport.isoTimestamp(arguments[0])
        let result = try add(sign * interval, timeUnit, to: instant)
        return DateTimeSupport.render(result, pattern: options.pattern, locale: options.locale)
    }

    /// `getFutureTime(interval, unit, format?, locale?)` and `getPastTime(…)` (`sign` −1),
    /// relative to the clock.
    static func relativeToNow(_ arguments: [JSONValue], sign: Double, _ context: EvaluationContext) throws(BuiltinError) -> JSONValue {
        guard let interval = DateTimeSupport.integer(arguments[0]), case .string = arguments[1] else {
            throw BuiltinError("expects an integer interval and a time unit")
        }
        let options = try DateTimeSupport.outputOptions(arguments, maximumCount: 4, context: context)
        let timeUnit = try unit(arguments[1])
        let result = try add(sign * interval, timeUnit, to: DateTimeSupport.now(context))
        return DateTimeSupport.render(result, pattern: options.pattern, locale: options.locale)
    }

    enum Boundary { case day, hour, month }

    /// `startOfDay(timestamp, format?, locale?)`, `startOfHour`, `startOfMonth` (UTC).
    static func startOf(_ boundary: Boundary, _ arguments: [JSONValue], _ context: EvaluationContext) throws(BuiltinError) -> JSONValue {
        let options = try DateTimeSupport.outputOptions(arguments, maximumCount: 3, context: context)
        let t = CivilDateTime(instant: try DateTimeSupport.isoTimestamp(arguments[0]))
        let start: Int64
        switch boundary {
        case .day: start = CivilDateTime.instant(year: t.year, month: t.month, day: t.day, hour: 0, minute: 0, second: 0, millisecond: 0)
        case .hour: start = CivilDateTime.instant(year: t.year, month: t.month, day: t.day, hour: t.hour, minute: 0, second: 0, millisecond: 0)
        case .month: start = CivilDateTime.instant(year: t.year, month: t.month, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0)
        }
        return DateTimeSupport.render(start, pattern: options.pattern, locale: options.locale)
    }
}
