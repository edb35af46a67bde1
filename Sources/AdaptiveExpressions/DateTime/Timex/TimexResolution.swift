import JSONTree

/// `resolve`: the concrete value of a TIMEX (`T14` → `14:00:00`, `2020-12-20T14` →
/// `2020-12-20 14:00:00`, `P3D` → `259200`), as the library's value resolver computes the
/// first of its candidate values.
enum TimexResolution {
    enum Outcome: Equatable {
        /// The first candidate's value.
        case value(String)
        /// The first candidate is a range (it has a start and an end, no single value).
        case range
        /// No candidate at all.
        case unresolvable
    }

    /// Resolves `timex` (already formatted and re-parsed, as the engine does) against the
    /// calendar date `reference` (UTC). Ambiguous dates resolve to their most recent past
    /// occurrence, the library's first candidate.
    static func resolve(_ timex: TimexProperty, reference: CivilDateTime) -> Outcome {
        let types = timex.types
        if types.contains(.datetimerange) { return .range }
        if types.contains(.definite) && types.contains(.time) { return .value("\(dateValue(timex)) \(timeValue(timex))") }
        if types.contains(.definite) && types.contains(.daterange) { return .range }
        if types.contains(.definite) { return .value(dateValue(timex)) }
        if types.contains(.daterange) {
            if timex.has(.season) { return .value("not resolved") }
            if timex.has(.month) || timex.has(.year) { return .range }
            return .unresolvable
        }
        if types.contains(.timerange) { return .range }
        if types.contains(.present) { return .unresolvable }
        if types.contains(.datetime) {
            guard let date = lastDateValue(timex, reference: reference) else { return .unresolvable }
            return .value("\(date) \(timeValue(timex))")
        }
        if types.contains(.duration) { return .value(durationValue(timex)) }
        if types.contains(.date) {
            guard let date = lastDateValue(timex, reference: reference) else { return .unresolvable }
            return .value(date)
        }
        if types.contains(.time) { return .value(timeValue(timex)) }
        return .unresolvable
    }

    static func dateValue(_ t: TimexProperty) -> String {
        guard t.has(.year), t.has(.month), t.has(.dayOfMonth) else { return "" }
        return "\(TimexFormatting.fixed(t[.year], 4))-\(TimexFormatting.fixed(t[.month], 2))-\(TimexFormatting.fixed(t[.dayOfMonth], 2))"
    }

    static func timeValue(_ t: TimexProperty) -> String {
        guard t.has(.hour), t.has(.minute), t.has(.second) else { return "" }
        return "\(TimexFormatting.fixed(t[.hour], 2)):\(TimexFormatting.fixed(t[.minute], 2)):\(TimexFormatting.fixed(t[.second], 2))"
    }

    static func durationValue(_ t: TimexProperty) -> String {
        let scales: [(TimexField, Double)] = [
            (.years, 31_536_000), (.months, 2_592_000), (.weeks, 604_800), (.days, 86_400),
            (.hours, 3600), (.minutes, 60), (.seconds, 1)
        ]
        for (field, scale) in scales where t.has(field) {
            return JSNumber.format((t.number(field) ?? .nan) * scale)
        }
        return ""
    }

    /// The latest past date the TIMEX can denote: last year's month/day, or the previous
    /// such weekday (strictly before the reference day). Nil when the TIMEX names neither,
    /// or a weekday outside 1…7.
    private static func lastDateValue(_ t: TimexProperty, reference: CivilDateTime) -> String? {
        if t.has(.month), t.has(.dayOfMonth) {
            var past = TimexProperty()
            past.set(.year, .number(Double(reference.year - 1)))
            if let m = t[.month] { past.set(.month, m) }
            if let d = t[.dayOfMonth] { past.set(.dayOfMonth, d) }
            return dateValue(past)
        }
        if let dayOfWeek = t.number(.dayOfWeek) {
            let day = dayOfWeek == 7 ? 0 : dayOfWeek
            guard day >= 0, day <= 6, day.rounded() == day else { return nil }
            var back = (reference.weekday - Int(day) + 7) % 7
            if back == 0 { back = 7 }
            let date = CivilDateTime(instant: reference.instant - Int64(back) * CivilCalendar.millisecondsPerDay)
            return "\(DayjsFormat.padStart(String(date.year), 4))-\(DayjsFormat.padStart(String(date.month), 2))-\(DayjsFormat.padStart(String(date.day), 2))"
        }
        return nil
    }
}
