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
        } else if text.hasPrefix("("), text.hasSuffix(")"), text.utf8.count >= 2 {
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
        // `P(\d*\.?\d+)(Y|M|W|D)` or `PT(\d*\.?\d+)(H|M|S)`.
        let bytes = Array(text.utf8)
        guard bytes.count >= 3, bytes[0] == UInt8(ascii: "P"), let unit = bytes.last else { return }
        let isTime = bytes[1] == UInt8(ascii: "T")
        let amountBytes = bytes[(isTime ? 2 : 1)..<(bytes.count - 1)]
        guard TimexPattern.isDecimal(amountBytes), let amount = Double(String(decoding: amountBytes, as: UTF8.self)) else { return }
        let field: TimexField?
        switch (isTime, unit) {
        case (false, UInt8(ascii: "Y")): field = .years
        case (false, UInt8(ascii: "M")): field = .months
        case (false, UInt8(ascii: "W")): field = .weeks
        case (false, UInt8(ascii: "D")): field = .days
        case (true, UInt8(ascii: "H")): field = .hours
        case (true, UInt8(ascii: "M")): field = .minutes
        case (true, UInt8(ascii: "S")): field = .seconds
        default: field = nil
        }
        if let field { set(field, .number(amount)) }
    }

    private mutating func extractDateTime(_ text: String) {
        if let t = text.firstIndex(of: "T") {
            extractDate(Array(text[..<t].utf8))
            extractTime(Array(text[t...].utf8))
        } else {
            extractDate(Array(text.utf8))
        }
    }

    private mutating func setNumbers(_ fields: [TimexField], _ values: [Double]) {
        for (field, value) in zip(fields, values) { set(field, .number(value)) }
    }

    private static let seasons = ["SP", "SU", "FA", "WI"]

    /// The first matching date form wins, as in the library (`#` is a digit).
    private mutating func extractDate(_ s: [UInt8]) {
        let text = String(decoding: s, as: UTF8.self)
        if let v = TimexPattern.match(s, "####-##-##") {
            setNumbers([.year, .month, .dayOfMonth], v)
        } else if let v = TimexPattern.match(s, "XXXX-WXX-#") {
            setNumbers([.dayOfWeek], v)
        } else if let v = TimexPattern.match(s, "XXXX-##-##") {
            setNumbers([.month, .dayOfMonth], v)
        } else if let v = TimexPattern.match(s, "####") {
            setNumbers([.year], v)
        } else if let v = TimexPattern.match(s, "####-##") {
            setNumbers([.year, .month], v)
        } else if TimexProperty.seasons.contains(text) {
            set(.season, .string(text))
        } else if s.count == 7, let v = TimexPattern.match(Array(s.prefix(5)), "####-"),
            TimexProperty.seasons.contains(String(text.suffix(2)))
        {
            setNumbers([.year], v)
            set(.season, .string(String(text.suffix(2))))
        } else if let v = TimexPattern.match(s, "####-W##") {
            setNumbers([.year, .weekOfYear], v)
        } else if let v = TimexPattern.match(s, "####-W##-WE") {
            setNumbers([.year, .weekOfYear], v)
            set(.weekend, .bool(true))
        } else if let v = TimexPattern.match(s, "XXXX-##") {
            setNumbers([.month], v)
        } else if let v = TimexPattern.match(s, "XXXX-##-W##") {
            setNumbers([.month, .weekOfMonth], v)
        } else if let v = TimexPattern.match(s, "XXXX-##-WXX-#-#") {
            setNumbers([.month, .weekOfMonth, .dayOfWeek], v)
        }
    }

    private static let partsOfDay = ["DT", "NI", "MO", "AF", "EV", "daytime", "night", "morning", "afternoon", "evening"]

    /// `T14`, `T14:20`, `T14:20:30`, a part of day (`TMO`, `TAF`, `TEV`, `TNI`, `TDT`), or
    /// — the form a TIMEX built from `{partOfDay: "morning"}` writes — the spelled-out name.
    private mutating func extractTime(_ s: [UInt8]) {
        if let v = TimexPattern.match(s, "T##") {
            setNumbers([.hour, .minute, .second], v + [0, 0])
        } else if let v = TimexPattern.match(s, "T##:##") {
            setNumbers([.hour, .minute, .second], v + [0])
        } else if let v = TimexPattern.match(s, "T##:##:##") {
            setNumbers([.hour, .minute, .second], v)
        } else if s.first == UInt8(ascii: "T") {
            let name = String(decoding: s.dropFirst(), as: UTF8.self)
            if TimexProperty.partsOfDay.contains(name) { set(.partOfDay, .string(name)) }
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

/// Whole-string matching of the fixed TIMEX forms: in a template `#` is one ASCII digit,
/// every other character stands for itself; each run of `#` is one captured number.
enum TimexPattern {
    static func match(_ s: [UInt8], _ template: StaticString) -> [Double]? {
        guard s.count == template.utf8CodeUnitCount else { return nil }
        var values: [Double] = []
        var current: Double?
        let hash = UInt8(ascii: "#")
        return template.withUTF8Buffer { t -> [Double]? in
            for (c, expected) in zip(s, t) {
                if expected == hash {
                    guard (0x30...0x39).contains(c) else { return nil }
                    current = (current ?? 0) * 10 + Double(c - 0x30)
                } else {
                    if let value = current { values.append(value); current = nil }
                    guard c == expected else { return nil }
                }
            }
            if let value = current { values.append(value) }
            return values
        }
    }

    /// `\d*\.?\d+`: digits with at most one point, ending in a digit.
    static func isDecimal(_ s: ArraySlice<UInt8>) -> Bool {
        guard let last = s.last, (0x30...0x39).contains(last) else { return false }
        var points = 0
        for c in s {
            if c == UInt8(ascii: ".") { points += 1 } else if !(0x30...0x39).contains(c) { return false }
        }
        return points <= 1
    }

    /// Whether `text` contains `TXX:mm:ss` (minutes and seconds 00…59).
    static func containsMinuteSecondTimex(_ text: String) -> Bool {
        let s = Array(text.utf8)
        guard s.count >= 9 else { return false }
        func sexagesimal(_ a: UInt8, _ b: UInt8) -> Bool { (0x30...0x35).contains(a) && (0x30...0x39).contains(b) }
        for i in 0...(s.count - 9)
        where s[i] == UInt8(ascii: "T") && s[i + 1] == UInt8(ascii: "X") && s[i + 2] == UInt8(ascii: "X")
            && s[i + 3] == UInt8(ascii: ":") && sexagesimal(s[i + 4], s[i + 5]) && s[i + 6] == UInt8(ascii: ":")
            && sexagesimal(s[i + 7], s[i + 8])
        {
            return true
        }
        return false
    }
}
