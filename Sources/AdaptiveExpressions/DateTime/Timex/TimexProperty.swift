import JSONTree

/// The members a TIMEX property bag can hold.
enum TimexField: String, CaseIterable, Sendable {
    case year, month, dayOfMonth, dayOfWeek, weekOfYear, weekOfMonth, season
    case hour, minute, second, weekend, partOfDay
    case years, months, weeks, days, hours, minutes, seconds
    case now
}

/// The kinds a TIMEX expression can be (several at once: `2020-05-06T11:47` is a definite
/// date, a time and a datetime).
enum TimexType: String, Sendable {
    case present, definite, date, daterange, duration, time, timerange, datetime, datetimerange
}

/// A parsed TIMEX expression (`XXXX-08-05`, `2020-05-06T11:47`, `T14`, `P3D`,
/// `(XXXX-WXX-1,XXXX-WXX-2,P1D)`, `TEV`, `PRESENT_REF`): a bag of optional members, read
/// with the grammar of the Recognizers-Text TIMEX library the engine uses.
///
/// Presence matters more than value (the library tests `'year' in timex`), so members are
/// kept as the JSON values they were given, and a member set to `null` is still present.
struct TimexProperty: Sendable, Equatable {
    private(set) var members: [TimexField: JSONValue] = [:]
    /// Whether the source object had any member at all, known or not (the engine refuses a
    /// TIMEX built from an empty object).
    private(set) var hasAnyMember = false

    /// Longest TIMEX text examined; longer text parses to an empty property.
    static let maximumLength = 256

    init() {}

    /// Parses TIMEX text. Text that matches no TIMEX form gives an empty property.
    init(parsing text: String) {
        guard text.utf8.count <= TimexProperty.maximumLength else { return }
        if text == "PRESENT_REF" {
            set(.now, .bool(true))
        } else if text.hasPrefix("P") {
            extractDuration(text)
        } else if text.hasPrefix("("), text.hasSuffix(")"), text.count >= 2 {
            let parts = text.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
            if parts.count == 3 {
                extractDateTime(String(parts[0]))
                extractDuration(String(parts[2]))
            }
        } else {
            extractDateTime(text)
        }
    }

    /// A TIMEX from an object of members (`{"year": 2020, "month": 2, "dayOfMonth": 20}`);
    /// a time without minutes or seconds gets zeros.
    init(object: JSONObject) {
        for (key, value) in object {
            hasAnyMember = true
            if let field = TimexField(rawValue: key) { members[field] = value }
        }
        if has(.hour) {
            if !has(.minute) { members[.minute] = .number(0) }
            if !has(.second) { members[.second] = .number(0) }
        }
    }

    subscript(field: TimexField) -> JSONValue? { members[field] }

    func has(_ field: TimexField) -> Bool { members[field] != nil }

    /// The member as a number, nil when absent or not a number.
    func number(_ field: TimexField) -> Double? {
        if case .number(let d)? = members[field] { return d }
        return nil
    }

    /// The member as text, nil when absent or not a string.
    func text(_ field: TimexField) -> String? {
        if case .string(let s)? = members[field] { return s }
        return nil
    }

    mutating func set(_ field: TimexField, _ value: JSONValue) {
        members[field] = value
        hasAnyMember = true
    }

    mutating func remove(_ field: TimexField) {
        members[field] = nil
    }

    // MARK: Grammar

    private mutating func extractDuration(_ text: String) {
        if let m = text.wholeMatch(of: /P([0-9]*\.?[0-9]+)(Y|M|W|D)/), let amount = Double(m.1) {
            let field: TimexField = switch m.2 {
            case "Y": .years
            case "M": .months
            case "W": .weeks
            default: .days
            }
            set(field, .number(amount))
        } else if let m = text.wholeMatch(of: /PT([0-9]*\.?[0-9]+)(H|M|S)/), let amount = Double(m.1) {
            let field: TimexField = switch m.2 {
            case "H": .hours
            case "M": .minutes
            default: .seconds
            }
            set(field, .number(amount))
        }
    }

    private mutating func extractDateTime(_ text: String) {
        if let t = text.firstIndex(of: "T") {
            extractDate(String(text[..<t]))
            extractTime(String(text[t...]))
        } else {
            extractDate(text)
        }
    }

    private mutating func setNumber(_ field: TimexField, _ digits: Substring) {
        set(field, .number(Double(digits) ?? 0))
    }

    /// The first matching date form wins, as in the library.
    private mutating func extractDate(_ s: String) {
        if let m = s.wholeMatch(of: /([0-9]{4})-([0-9]{2})-([0-9]{2})/) {
            setNumber(.year, m.1); setNumber(.month, m.2); setNumber(.dayOfMonth, m.3)
        } else if let m = s.wholeMatch(of: /XXXX-WXX-([0-9])/) {
            setNumber(.dayOfWeek, m.1)
        } else if let m = s.wholeMatch(of: /XXXX-([0-9]{2})-([0-9]{2})/) {
            setNumber(.month, m.1); setNumber(.dayOfMonth, m.2)
        } else if let m = s.wholeMatch(of: /([0-9]{4})/) {
            setNumber(.year, m.1)
        } else if let m = s.wholeMatch(of: /([0-9]{4})-([0-9]{2})/) {
            setNumber(.year, m.1); setNumber(.month, m.2)
        } else if let m = s.wholeMatch(of: /(SP|SU|FA|WI)/) {
            set(.season, .string(String(m.1)))
        } else if let m = s.wholeMatch(of: /([0-9]{4})-(SP|SU|FA|WI)/) {
            setNumber(.year, m.1); set(.season, .string(String(m.2)))
        } else if let m = s.wholeMatch(of: /([0-9]{4})-W([0-9]{2})/) {
            setNumber(.year, m.1); setNumber(.weekOfYear, m.2)
        } else if let m = s.wholeMatch(of: /([0-9]{4})-W([0-9]{2})-WE/) {
            setNumber(.year, m.1); setNumber(.weekOfYear, m.2); set(.weekend, .bool(true))
        } else if let m = s.wholeMatch(of: /XXXX-([0-9]{2})/) {
            setNumber(.month, m.1)
        } else if let m = s.wholeMatch(of: /XXXX-([0-9]{2})-W([0-9]{2})/) {
            setNumber(.month, m.1); setNumber(.weekOfMonth, m.2)
        } else if let m = s.wholeMatch(of: /XXXX-([0-9]{2})-WXX-([0-9])-([0-9])/) {
            setNumber(.month, m.1); setNumber(.weekOfMonth, m.2); setNumber(.dayOfWeek, m.3)
        }
    }

    /// `T14`, `T14:20`, `T14:20:30`, a part of day (`TMO`, `TAF`, `TEV`, `TNI`, `TDT`), or
    /// — the form a TIMEX built from `{partOfDay: "morning"}` writes — the spelled-out name.
    private mutating func extractTime(_ s: String) {
        if let m = s.wholeMatch(of: /T([0-9]{2})/) {
            setNumber(.hour, m.1); set(.minute, .number(0)); set(.second, .number(0))
        } else if let m = s.wholeMatch(of: /T([0-9]{2}):([0-9]{2})/) {
            setNumber(.hour, m.1); setNumber(.minute, m.2); set(.second, .number(0))
        } else if let m = s.wholeMatch(of: /T([0-9]{2}):([0-9]{2}):([0-9]{2})/) {
            setNumber(.hour, m.1); setNumber(.minute, m.2); setNumber(.second, m.3)
        } else if let m = s.wholeMatch(of: /T(DT|NI|MO|AF|EV|daytime|night|morning|afternoon|evening)/) {
            set(.partOfDay, .string(String(m.1)))
        }
    }

    // MARK: Inference

    var isPresent: Bool { self[.now] == .bool(true) }
    var isDuration: Bool {
        has(.years) || has(.months) || has(.weeks) || has(.days) || has(.hours) || has(.minutes) || has(.seconds)
    }
    var isTime: Bool { has(.hour) && has(.minute) && has(.second) }
    var isDate: Bool { (has(.month) && has(.dayOfMonth)) || has(.dayOfWeek) }
    var isTimeRange: Bool { has(.partOfDay) }
    var isDateRange: Bool {
        (has(.year) && !has(.dayOfMonth)) || (has(.month) && !has(.dayOfMonth)) || has(.season)
            || has(.weekOfYear) || has(.weekOfMonth)
    }
    var isDefinite: Bool { has(.year) && has(.month) && has(.dayOfMonth) }

    /// The library's type inference.
    var types: Set<TimexType> {
        var types = Set<TimexType>()
        if isPresent { types.insert(.present) }
        if isDefinite { types.insert(.definite) }
        if isDate { types.insert(.date) }
        if isDateRange { types.insert(.daterange) }
        if isDuration { types.insert(.duration) }
        if isTime { types.insert(.time) }
        if isTimeRange { types.insert(.timerange) }
        if types.contains(.present) { types.formUnion([.date, .time]) }
        if types.contains(.time) && types.contains(.duration) { types.insert(.timerange) }
        if types.contains(.date) && types.contains(.time) { types.insert(.datetime) }
        if types.contains(.date) && types.contains(.duration) { types.insert(.daterange) }
        if types.contains(.datetime) && types.contains(.duration) { types.insert(.datetimerange) }
        if types.contains(.date) && types.contains(.timerange) { types.insert(.datetimerange) }
        return types
    }
}
