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

    /// Tokens, read into fields, then composed into a day and a time of day.
    init?(_ bytes: [UInt8]) {
        guard let tokens = LegacyDateParser.tokenize(bytes) else { return nil }
        var reader = Reader(tokens: tokens)
        guard reader.readAll() else { return nil }
        let fields = reader.fields
        guard case let (year, month, day)? = LegacyDateParser.date(of: fields),
            case let (hour, minute, second)? = LegacyDateParser.timeOfDay(of: fields)
        else { return nil }
        let value =
            CivilDateTime.instant(
                year: year, month: Int(month), day: Int(day), hour: Int(hour),
                minute: Int(minute), second: Int(second), millisecond: Int(fields.millisecond))
            - (fields.offsetMinutes ?? 0) * 60_000
        guard CivilCalendar.isValid(instant: value) else { return nil }
        instant = value
    }

    /// What the tokens say, before it is checked and composed.
    private struct Fields {
        var dayComponents: [Int64] = []
        var namedMonth: Int?
        var time: [Int64] = []
        var millisecond: Int64 = 0
        var meridiem: UInt8?  // "a" or "p"
        var offsetMinutes: Int64?
        var seenNumber = false
        var zoneWordSeen = false
    }

    /// Reads the tokens left to right into `fields`; each step fails on a token out of place.
    private struct Reader {
        let tokens: [Token]
        var position = 0
        var fields = Fields()

        init(tokens: [Token]) { self.tokens = tokens }

        func token(_ k: Int) -> Token? { k < tokens.count ? tokens[k] : nil }

        mutating func readAll() -> Bool {
            while position < tokens.count {
                let read: Bool
                switch tokens[position] {
                case .number(let n, _): read = readNumber(n)
                case .word(let word): read = readWord(word)
                case .symbol(let c): read = readSymbol(c)
                }
                guard read else { return false }
            }
            return true
        }

        /// A time component (before or after a `:`, with the milliseconds after the
        /// seconds) or a date component.
        private mutating func readNumber(_ n: Int64) -> Bool {
            let i = position
            fields.seenNumber = true
            if token(i + 1) == .symbol(UInt8(ascii: ":")) {
                guard fields.time.count < 2 else { return false }
                fields.time.append(n)
                position += 2
                return true
            }
            if !fields.time.isEmpty, fields.time.count < 3, i > 0, token(i - 1) == .symbol(UInt8(ascii: ":")) {
                fields.time.append(n)
                if fields.time.count == 3, token(i + 1) == .symbol(UInt8(ascii: ".")),
                    case .number(let fraction, let fractionDigits)? = token(i + 2)
                {
                    fields.millisecond = LegacyDateParser.milliseconds(fraction, digits: fractionDigits)
                    position += 3
                    return true
                }
                position += 1
                return true
            }
            guard fields.dayComponents.count < 3 else { return false }
            fields.dayComponents.append(n)
            position += 1
            return true
        }

        /// A month or weekday name, `am`/`pm`, a UTC zone name or the `T` before a time.
        private mutating func readWord(_ word: String) -> Bool {
            if word.count >= 3, let month = LegacyDateParser.monthPrefixes.firstIndex(of: String(word.prefix(3))) {
                guard fields.namedMonth == nil else { return false }
                fields.namedMonth = month + 1
            } else if word == "am" || word == "pm" {
                guard fields.meridiem == nil else { return false }
                fields.meridiem = word.utf8.first
            } else if word == "ut" || word == "utc" || word == "gmt" || word == "z" {
                guard fields.offsetMinutes == nil else { return false }
                fields.offsetMinutes = 0
                fields.zoneWordSeen = true
            } else if word == "t", case .number? = token(position + 1) {
                // the T between date and time
            } else if word.count >= 3, LegacyDateParser.weekdayPrefixes.contains(String(word.prefix(3))) {
                // weekday names carry no information
            } else if fields.seenNumber {
                return false
            }
            position += 1
            return true
        }

        /// A UTC offset after the time or a zone name, or a separator.
        private mutating func readSymbol(_ c: UInt8) -> Bool {
            let isSign = c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
            if isSign, !fields.time.isEmpty || fields.zoneWordSeen, case .number(let n, let digits)? = token(position + 1) {
                return readOffset(sign: c == UInt8(ascii: "-") ? -1 : 1, n, digits: digits)
            }
            guard
                c == UInt8(ascii: ",") || c == UInt8(ascii: "/") || c == UInt8(ascii: "-")
                    || c == UInt8(ascii: ".") || c == UInt8(ascii: ":") || c == UInt8(ascii: "+")
            else { return false }
            position += 1
            return true
        }

        /// A UTC offset: +hh, +hhmm or +hh:mm (the sign at `position`, `n` after it).
        private mutating func readOffset(sign: Int64, _ n: Int64, digits: Int) -> Bool {
            var hours = n, minutes: Int64 = 0
            var consumed = 2
            if digits > 2 {
                guard digits == 4 else { return false }
                hours = n / 100
                minutes = n % 100
            } else if token(position + 2) == .symbol(UInt8(ascii: ":")), case .number(let m, _)? = token(position + 3) {
                minutes = m
                consumed = 4
            }
            guard hours <= 23, minutes <= 59 else { return false }
            fields.offsetMinutes = (fields.offsetMinutes ?? 0) + sign * (hours * 60 + minutes)
            fields.zoneWordSeen = false
            position += consumed
            return true
        }
    }

    /// The year, month and day the date components and the month name give (month/day/year,
    /// or year/month/day when the first cannot be a day); nil when they make no date.
    private static func date(of fields: Fields) -> (year: Int64, month: Int64, day: Int64)? {
        let components = fields.dayComponents
        var year: Int64 = 2001
        let month: Int64
        var day: Int64 = 1
        if let named = fields.namedMonth {
            month = Int64(named)
            switch components.count {
            case 1: day = components[0]
            case 2:
                if isDay(components[0]) { day = components[0]; year = components[1] } else { year = components[0]; day = components[1] }
            default: return nil
            }
        } else {
            guard components.count >= 2 else { return nil }
            if components.count == 3 && !isDay(components[0]) {
                year = components[0]; month = components[1]; day = components[2]
            } else {
                month = components[0]; day = components[1]
                if components.count == 3 { year = components[2] }
            }
        }
        if year >= 0 && year <= 49 { year += 2000 } else if year >= 50 && year <= 99 { year += 1900 }
        guard month >= 1, month <= 12, isDay(day), abs(year) <= 300_000 else { return nil }
        return (year, month, day)
    }

    private static func isDay(_ n: Int64) -> Bool { n >= 1 && n <= 31 }

    /// The hour (after `am`/`pm`), minute and second; nil when out of range (24:00:00 is allowed).
    private static func timeOfDay(of fields: Fields) -> (hour: Int64, minute: Int64, second: Int64)? {
        let time = fields.time
        var hour = time.count > 0 ? time[0] : 0
        let minute = time.count > 1 ? time[1] : 0
        let second = time.count > 2 ? time[2] : 0
        if let meridiem = fields.meridiem {
            guard hour <= 12 else { return nil }
            hour = hour % 12 + (meridiem == UInt8(ascii: "p") ? 12 : 0)
        }
        guard minute <= 59, second <= 59,
            hour <= 23 || (hour == 24 && minute == 0 && second == 0 && fields.millisecond == 0)
        else { return nil }
        return (hour, minute, second)
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
