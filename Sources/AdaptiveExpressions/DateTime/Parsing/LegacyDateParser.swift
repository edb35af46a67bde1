/// V8's fallback date parser for the forms that are not ES date-time strings:
/// `03/15/2018 12:00:00`, `3/15/2018`, `2018/03/15`, `March 15, 2018`, `15 Mar 2018 1:05 PM`,
/// `Thu, 15 Mar 2018 13:00:00 GMT`, `Thu Mar 15 2018 13:00:00 GMT+0100 (CET)`.
///
/// Rules, as V8 applies them: parenthesised text is ignored; a number followed by `:` starts a
/// time (`h:m[:s[.fff]]`); other numbers are date components (at most three: month/day/year,
/// or year/month/day when the first cannot be a day); a word whose first three letters name a
/// month sets the month; weekday names are ignored, as is any word before the first number;
/// `am`/`pm` adjust the hour; `UT`, `UTC`, `GMT`, `Z` mean UTC and may be followed by an
/// offset; a signed number after the time is an offset (`+hh:mm` or `+hhmm`); two-digit years
/// are 2000–2049 or 1950–1999. Without an offset the time is read as UTC.
struct LegacyDateParser {
    let instant: Int64

    private enum Token: Equatable {
        case number(Int64, digits: Int)
        case word(String)
        case symbol(UInt8)
    }

    private static let monthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let weekdayPrefixes: Set<String> = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

    init?(_ bytes: [UInt8]) {
        guard let tokens = LegacyDateParser.tokenize(bytes) else { return nil }
        var dayComponents: [Int64] = []
        var namedMonth: Int?
        var time: [Int64] = []
        var millisecond: Int64 = 0
        var meridiem: UInt8?  // "a" or "p"
        var offsetMinutes: Int64?
        var seenNumber = false
        var zoneWordSeen = false
        var i = 0

        func token(_ k: Int) -> Token? { k < tokens.count ? tokens[k] : nil }

        while i < tokens.count {
            switch tokens[i] {
            case .number(let n, let digitCount):
                seenNumber = true
                if token(i + 1) == .symbol(UInt8(ascii: ":")) {
                    guard time.count < 2 else { return nil }
                    time.append(n)
                    i += 2
                    continue
                }
                if !time.isEmpty, time.count < 3, i > 0, token(i - 1) == .symbol(UInt8(ascii: ":")) {
                    time.append(n)
                    if time.count == 3, token(i + 1) == .symbol(UInt8(ascii: ".")),
                       case .number(let fraction, let fractionDigits)? = token(i + 2)
                    {
                        millisecond = LegacyDateParser.milliseconds(fraction, digits: fractionDigits)
                        i += 3
                        continue
                    }
                    i += 1
                    continue
                }
                guard dayComponents.count < 3 else { return nil }
                _ = digitCount
                dayComponents.append(n)
                i += 1
            case .word(let word):
                if word.count >= 3, let month = LegacyDateParser.monthPrefixes.firstIndex(of: String(word.prefix(3))) {
                    guard namedMonth == nil else { return nil }
                    namedMonth = month + 1
                } else if word == "am" || word == "pm" {
                    guard meridiem == nil else { return nil }
                    meridiem = word.utf8.first
                } else if word == "ut" || word == "utc" || word == "gmt" || word == "z" {
                    guard offsetMinutes == nil else { return nil }
                    offsetMinutes = 0
                    zoneWordSeen = true
                } else if word == "t", case .number? = token(i + 1) {
                    // the T between date and time
                } else if word.count >= 3, LegacyDateParser.weekdayPrefixes.contains(String(word.prefix(3))) {
                    // weekday names carry no information
                } else if seenNumber {
                    return nil
                }
                i += 1
            case .symbol(let c):
                let isSign = c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
                if isSign, !time.isEmpty || zoneWordSeen, case .number(let n, let digits)? = token(i + 1) {
                    // a UTC offset: +hh, +hhmm or +hh:mm
                    var hours = n, minutes: Int64 = 0
                    var consumed = 2
                    if digits > 2 {
                        guard digits == 4 else { return nil }
                        hours = n / 100
                        minutes = n % 100
                    } else if token(i + 2) == .symbol(UInt8(ascii: ":")), case .number(let m, _)? = token(i + 3) {
                        minutes = m
                        consumed = 4
                    }
                    guard hours <= 23, minutes <= 59 else { return nil }
                    let sign: Int64 = c == UInt8(ascii: "-") ? -1 : 1
                    offsetMinutes = (offsetMinutes ?? 0) + sign * (hours * 60 + minutes)
                    zoneWordSeen = false
                    i += consumed
                    continue
                }
                guard c == UInt8(ascii: ",") || c == UInt8(ascii: "/") || c == UInt8(ascii: "-")
                    || c == UInt8(ascii: ".") || c == UInt8(ascii: ":") || c == UInt8(ascii: "+") else { return nil }
                i += 1
            }
        }

        // Compose the day.
        var year: Int64 = 2001
        let month: Int64
        var day: Int64 = 1
        let isDay = { (n: Int64) in n >= 1 && n <= 31 }
        if let named = namedMonth {
            month = Int64(named)
            switch dayComponents.count {
            case 1: day = dayComponents[0]
            case 2:
                if isDay(dayComponents[0]) { day = dayComponents[0]; year = dayComponents[1] } else { year = dayComponents[0]; day = dayComponents[1] }
            default: return nil
            }
        } else {
            guard dayComponents.count >= 2 else { return nil }
            if dayComponents.count == 3 && !isDay(dayComponents[0]) {
                year = dayComponents[0]; month = dayComponents[1]; day = dayComponents[2]
            } else {
                month = dayComponents[0]; day = dayComponents[1]
                if dayComponents.count == 3 { year = dayComponents[2] }
            }
        }
        if year >= 0 && year <= 49 { year += 2000 } else if year >= 50 && year <= 99 { year += 1900 }
        guard month >= 1, month <= 12, isDay(day), abs(year) <= 300_000 else { return nil }

        // Compose the time.
        var hour = time.count > 0 ? time[0] : 0
        let minute = time.count > 1 ? time[1] : 0
        let second = time.count > 2 ? time[2] : 0
        if let meridiem {
            guard hour <= 12 else { return nil }
            hour = hour % 12 + (meridiem == UInt8(ascii: "p") ? 12 : 0)
        }
        guard minute <= 59, second <= 59,
              hour <= 23 || (hour == 24 && minute == 0 && second == 0 && millisecond == 0) else { return nil }

        let value = CivilDateTime.instant(year: year, month: Int(month), day: Int(day), hour: Int(hour),
                                          minute: Int(minute), second: Int(second), millisecond: Int(millisecond))
            - (offsetMinutes ?? 0) * 60_000
        guard CivilCalendar.isValid(instant: value) else { return nil }
        instant = value
    }

    private static func milliseconds(_ fraction: Int64, digits: Int) -> Int64 {
        var value = fraction
        var count = digits
        while count > 3 { value /= 10; count -= 1 }
        while count < 3 { value *= 10; count += 1 }
        return value
    }

    private static func tokenize(_ bytes: [UInt8]) -> [Token]? {
        var tokens: [Token] = []
        var i = 0
        var parenthesisDepth = 0
        while i < bytes.count {
            let c = bytes[i]
            if parenthesisDepth > 0 {
                if c == UInt8(ascii: "(") { parenthesisDepth += 1 } else if c == UInt8(ascii: ")") { parenthesisDepth -= 1 }
                i += 1
                continue
            }
            switch c {
            case UInt8(ascii: "("):
                parenthesisDepth = 1
                i += 1
            case 0x20, 0x09...0x0D:
                i += 1
            case 0x30...0x39:
                var value: Int64 = 0
                var count = 0
                while i < bytes.count, (0x30...0x39).contains(bytes[i]) {
                    guard count < 12 else { return nil }
                    value = value * 10 + Int64(bytes[i] - 0x30)
                    count += 1
                    i += 1
                }
                tokens.append(.number(value, digits: count))
            case 0x41...0x5A, 0x61...0x7A:
                var word: [UInt8] = []
                while i < bytes.count, (0x41...0x5A).contains(bytes[i]) || (0x61...0x7A).contains(bytes[i]) {
                    guard word.count < 16 else { return nil }
                    word.append(bytes[i] | 0x20)
                    i += 1
                }
                tokens.append(.word(String(decoding: word, as: UTF8.self)))
            default:
                guard c < 0x80 else { return nil }
                tokens.append(.symbol(c))
                i += 1
            }
        }
        return tokens
    }
}
