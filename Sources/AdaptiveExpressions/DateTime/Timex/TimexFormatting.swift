import JSONTree

/// Writing a TIMEX property back as TIMEX text (the library's `timex` getter), with the
/// range expansion it needs for `(start,end,duration)` forms.
extension TimexProperty {
    /// The TIMEX text of this property; empty when it has no recognisable type.
    var timex: String { TimexFormatting.format(self, depth: 0) }
}

enum TimexFormatting {
    /// How the library turns a member into text: numbers as JavaScript writes them, padded
    /// with zeros to `size`.
    static func fixed(_ value: JSONValue?, _ size: Int) -> String {
        let text = jsText(value)
        return text.count >= size ? text : String(repeating: "0", count: size - text.count) + text
    }

    /// A member in a JavaScript template string.
    static func jsText(_ value: JSONValue?) -> String {
        switch value {
        case nil: return "undefined"
        case .null?: return "null"
        case .bool(let b)?: return b ? "true" : "false"
        case .number(let d)?: return JSNumber.format(d)
        case .string(let s)?: return s
        case .array(let items)?: return items.map { jsText($0) }.joined(separator: ",")
        case .object?: return "[object Object]"
        }
    }

    fileprivate static func format(_ t: TimexProperty, depth: Int) -> String {
        let types = t.types
        if types.contains(.present) { return "PRESENT_REF" }
        if !types.isDisjoint(with: [.datetimerange, .daterange, .timerange]), types.contains(.duration), depth < 2 {
            let range = expandDateTimeRange(t)
            return "(\(format(range.start, depth: depth + 1)),\(format(range.end, depth: depth + 1)),\(format(range.duration, depth: depth + 1)))"
        }
        if types.contains(.datetimerange) { return formatDate(t) + formatTimeRange(t) }
        if types.contains(.daterange) { return formatDateRange(t) }
        if types.contains(.timerange) { return formatTimeRange(t) }
        if types.contains(.datetime) { return formatDate(t) + formatTime(t) }
        if types.contains(.duration) { return formatDuration(t) }
        if types.contains(.date) { return formatDate(t) }
        if types.contains(.time) { return formatTime(t) }
        return ""
    }

    private static func formatDuration(_ t: TimexProperty) -> String {
        let forms: [(TimexField, String, String)] = [
            (.years, "P", "Y"), (.months, "P", "M"), (.weeks, "P", "W"), (.days, "P", "D"),
            (.hours, "PT", "H"), (.minutes, "PT", "M"), (.seconds, "PT", "S")
        ]
        for (field, prefix, suffix) in forms where t.has(field) {
            return prefix + jsText(t[field]) + suffix
        }
        return ""
    }

    private static func formatTime(_ t: TimexProperty) -> String {
        if t[.minute] == .number(0) && t[.second] == .number(0) { return "T\(fixed(t[.hour], 2))" }
        if t[.second] == .number(0) { return "T\(fixed(t[.hour], 2)):\(fixed(t[.minute], 2))" }
        return "T\(fixed(t[.hour], 2)):\(fixed(t[.minute], 2)):\(fixed(t[.second], 2))"
    }

    private static func formatDate(_ t: TimexProperty) -> String {
        if t.has(.year) && t.has(.month) && t.has(.dayOfMonth) {
            return "\(fixed(t[.year], 4))-\(fixed(t[.month], 2))-\(fixed(t[.dayOfMonth], 2))"
        }
        if t.has(.month) && t.has(.dayOfMonth) { return "XXXX-\(fixed(t[.month], 2))-\(fixed(t[.dayOfMonth], 2))" }
        if t.has(.dayOfWeek) { return "XXXX-WXX-\(jsText(t[.dayOfWeek]))" }
        return ""
    }

    private static func formatDateRange(_ t: TimexProperty) -> String {
        if t.has(.year) && t.has(.weekOfYear) && t.has(.weekend) { return "\(fixed(t[.year], 4))-W\(fixed(t[.weekOfYear], 2))-WE" }
        if t.has(.year) && t.has(.weekOfYear) { return "\(fixed(t[.year], 4))-W\(fixed(t[.weekOfYear], 2))" }
        if t.has(.year) && t.has(.season) { return "\(fixed(t[.year], 4))-\(jsText(t[.season]))" }
        if t.has(.season) { return jsText(t[.season]) }
        if t.has(.year) && t.has(.month) { return "\(fixed(t[.year], 4))-\(fixed(t[.month], 2))" }
        if t.has(.year) { return fixed(t[.year], 4) }
        if t.has(.month) && t.has(.weekOfMonth) && t.has(.dayOfWeek) {
            return "XXXX-\(fixed(t[.month], 2))-WXX-\(jsText(t[.weekOfMonth]))-\(jsText(t[.dayOfWeek]))"
        }
        if t.has(.month) && t.has(.weekOfMonth) { return "XXXX-\(fixed(t[.month], 2))-WXX-\(jsText(t[.weekOfMonth]))" }
        if t.has(.month) { return "XXXX-\(fixed(t[.month], 2))" }
        return ""
    }

    private static func formatTimeRange(_ t: TimexProperty) -> String {
        t.has(.partOfDay) ? "T\(jsText(t[.partOfDay]))" : ""
    }

    // MARK: Range expansion

    private static let durationFields: [TimexField] = [.years, .months, .weeks, .days, .hours, .minutes, .seconds]
    private static let dateTimeFields: [TimexField] = [
        .year, .month, .dayOfMonth, .dayOfWeek, .weekOfYear, .weekOfMonth, .season, .hour, .minute, .second,
        .weekend, .partOfDay
    ]

    static func expandDateTimeRange(_ t: TimexProperty) -> (start: TimexProperty, end: TimexProperty, duration: TimexProperty) {
        if t.types.contains(.duration) {
            var start = t
            for field in durationFields { start.remove(field) }
            var duration = t
            for field in dateTimeFields { duration.remove(field) }
            return (start, dateTimeAdd(start, duration), duration)
        }
        var start = TimexProperty()
        var end = TimexProperty()
        if let year = t[.year] {
            start.set(.year, year)
            let y = t.number(.year) ?? .nan
            if let month = t[.month] {
                start.set(.month, month)
                start.set(.dayOfMonth, .number(1))
                end.set(.year, year)
                end.set(.month, .number((t.number(.month) ?? .nan) + 1))
                end.set(.dayOfMonth, .number(1))
            } else {
                start.set(.month, .number(1))
                start.set(.dayOfMonth, .number(1))
                end.set(.year, .number(y + 1))
                end.set(.month, .number(1))
                end.set(.dayOfMonth, .number(1))
            }
        }
        return (start, end, TimexProperty())
    }

    private static func dateTimeAdd(_ start: TimexProperty, _ duration: TimexProperty) -> TimexProperty {
        timeAdd(dateAdd(start, duration), duration)
    }

    /// `for (i = 0; i < n; i++) d.setDate(d.getDate() + 1)` runs ⌈n⌉ times for positive n.
    private static func loopCount(_ n: Double) -> Double { n > 0 ? n.rounded(.up) : 0 }

    /// The date `days` days after year-month-day, as members (NaN when out of range).
    private static func addDays(year: Double, month: Double, day: Double, days: Double) -> (Double, Double, Double) {
        let limit = 300_000_000.0
        guard [year, month, day, days].allSatisfy({ $0.isFinite && abs($0) < limit }) else { return (.nan, .nan, .nan) }
        let dayNumber = CivilCalendar.makeDay(year: Int64(year), monthIndex: Int64(month) - 1, day: Int64(day)) + Int64(days)
        guard abs(dayNumber) <= CivilCalendar.maximumInstant / CivilCalendar.millisecondsPerDay else { return (.nan, .nan, .nan) }
        let civil = CivilCalendar.civil(days: dayNumber)
        return (Double(civil.year), Double(civil.month), Double(civil.day))
    }

    private static func dateAdd(_ start: TimexProperty, _ duration: TimexProperty) -> TimexProperty {
        if start.has(.dayOfWeek) {
            var end = start
            if duration.has(.days) {
                end.set(.dayOfWeek, .number((start.number(.dayOfWeek) ?? .nan) + (duration.number(.days) ?? .nan)))
            }
            return end
        }
        if start.has(.month) && start.has(.dayOfMonth) {
            let days = duration.number(.days) ?? duration.number(.weeks).map { $0 * 7 }
            if let days {
                let month = start.number(.month) ?? .nan, day = start.number(.dayOfMonth) ?? .nan
                var end = TimexProperty()
                if start.has(.year) {
                    let (y, m, d) = addDays(year: start.number(.year) ?? .nan, month: month, day: day, days: loopCount(days))
                    end.set(.year, .number(y))
                    end.set(.month, .number(m))
                    end.set(.dayOfMonth, .number(d))
                } else {
                    let (_, m, d) = addDays(year: 2001, month: month, day: day, days: loopCount(days))
                    end.set(.month, .number(m))
                    end.set(.dayOfMonth, .number(d))
                }
                return end
            }
            if duration.has(.years), start.has(.year) {
                var end = TimexProperty()
                end.set(.year, .number((start.number(.year) ?? .nan) + (duration.number(.years) ?? .nan)))
                if let m = start[.month] { end.set(.month, m) }
                if let d = start[.dayOfMonth] { end.set(.dayOfMonth, d) }
                return end
            }
            if duration.has(.months) {
                var end = TimexProperty()
                if let y = start[.year] { end.set(.year, y) }
                end.set(.month, .number((start.number(.month) ?? .nan) + (duration.number(.months) ?? .nan)))
                if let d = start[.dayOfMonth] { end.set(.dayOfMonth, d) }
                return end
            }
        }
        return start
    }

    private static func timeAdd(_ start: TimexProperty, _ duration: TimexProperty) -> TimexProperty {
        if duration.has(.hours) {
            var result = start
            var hour = (start.number(.hour) ?? .nan) + (duration.number(.hours) ?? .nan)
            if hour > 23 {
                let days = (hour / 24).rounded(.down)
                hour = hour.truncatingRemainder(dividingBy: 24)
                result.set(.hour, .number(hour))
                if result.has(.year) && result.has(.month) && result.has(.dayOfMonth) {
                    let (y, m, d) = addDays(
                        year: result.number(.year) ?? .nan, month: result.number(.month) ?? .nan,
                        day: result.number(.dayOfMonth) ?? .nan, days: loopCount(days))
                    result.set(.year, .number(y))
                    result.set(.month, .number(m))
                    result.set(.dayOfMonth, .number(d))
                    return result
                }
                if result.has(.dayOfWeek) {
                    result.set(.dayOfWeek, .number((result.number(.dayOfWeek) ?? .nan) + days))
                }
                return result
            }
            result.set(.hour, .number(hour))
            return result
        }
        if duration.has(.minutes) {
            var result = start
            let minute = (start.number(.minute) ?? .nan) + (duration.number(.minutes) ?? .nan)
            if minute > 59 {
                result.set(.hour, .number((start.number(.hour) ?? .nan) + 1))
                result.set(.minute, .number(0))
            } else {
                result.set(.minute, .number(minute))
            }
            return result
        }
        return start
    }
}
