/// The three ways the JavaScript engine reads a timestamp string, reproduced without the
/// process time zone (a wall-clock time without an offset is read as UTC, which is what the
/// reference engine produced under TZ=UTC and what `formatDateTime` does by design).
enum TimestampParsing {
    /// Longest timestamp text considered; anything longer is refused without scanning.
    static let maximumLength = 256

    // MARK: Strict ISO (verifyISOTimestamp)

    /// The instant of `text` when it is exactly what JavaScript's `Date#toISOString()` writes
    /// (`2018-03-15T13:00:00.000Z`, or `+275760-09-13T00:00:00.000Z` outside years 0…9999);
    /// nil otherwise. This is the engine's `verifyISOTimestamp`, which most date functions use.
    static func strictISO(_ text: String) -> Int64? {
        guard text.utf8.count == 24 || text.utf8.count == 27 else { return nil }
        let bytes = Array(text.utf8)
        var reader = ByteReader(bytes)
        let year: Int64
        if bytes.count == 27 {
            guard let sign = reader.take(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
                let magnitude = reader.digits(6)
            else { return nil }
            year = sign == UInt8(ascii: "-") ? -magnitude : magnitude
            // toISOString uses six digits only outside 0…9999, and never writes -000000.
            guard year < 0 || year > 9999 else { return nil }
        } else {
            guard let y = reader.digits(4) else { return nil }
            year = y
        }
        guard reader.expect("-"), let month = reader.digits(2), reader.expect("-"), let day = reader.digits(2),
            reader.expect("T"), let hour = reader.digits(2), reader.expect(":"), let minute = reader.digits(2),
            reader.expect(":"), let second = reader.digits(2), reader.expect("."), let ms = reader.digits(3),
            reader.expect("Z"), reader.atEnd
        else { return nil }
        guard (1...12).contains(month), day >= 1, day <= Int64(CivilCalendar.daysInMonth(year: year, month: Int(month))),
            hour <= 23, minute <= 59, second <= 59
        else { return nil }
        let instant = CivilDateTime.instant(
            year: year, month: Int(month), day: Int(day), hour: Int(hour),
            minute: Int(minute), second: Int(second), millisecond: Int(ms))
        return CivilCalendar.isValid(instant: instant) ? instant : nil
    }

    // MARK: JavaScript Date parsing (verifyTimestamp, new Date(text))

    /// The instant `new Date(text)` yields in V8 (the ES date-time format plus the common
    /// legacy forms such as `03/15/2018 12:00:00`, `March 15, 2018`, `Thu, 15 Mar 2018
    /// 13:00:00 GMT`); nil when V8 would give an invalid date. Times without an offset are
    /// read as UTC.
    static func javaScriptDate(_ text: String) -> Int64? {
        guard text.utf8.count <= maximumLength else { return nil }
        let bytes = Array(text.utf8)
        if let instant = esDateTime(bytes) { return instant }
        // A signed (expanded) year is only ever an ES date-time string.
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { return nil }
        return LegacyDateParser(bytes)?.instant
    }

    /// ES date-time string format with V8's extensions: `[+-YY]YYYY[-MM[-DD]][THH:mm[:ss[.s+]]][Z|±hh:mm]`.
    private static func esDateTime(_ bytes: [UInt8]) -> Int64? {
        var reader = ByteReader(bytes)
        var year: Int64
        if let sign = reader.peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            reader.advance()
            guard let magnitude = reader.digits(6) else { return nil }
            if sign == UInt8(ascii: "-") && magnitude == 0 { return nil }
            year = sign == UInt8(ascii: "-") ? -magnitude : magnitude
        } else {
            guard let y = reader.digits(4) else { return nil }
            year = y
        }
        var month: Int64 = 1, day: Int64 = 1
        if reader.expect("-") {
            guard let m = reader.digits(2) else { return nil }
            month = m
            if reader.expect("-") {
                guard let d = reader.digits(2) else { return nil }
                day = d
            }
        }
        var hour: Int64 = 0, minute: Int64 = 0, second: Int64 = 0, ms: Int64 = 0
        var offsetMinutes: Int64 = 0
        if reader.expect("T") || reader.expect("t") || (reader.peek() == UInt8(ascii: " ") && reader.peekDigit(at: 1)) {
            if reader.peek() == UInt8(ascii: " ") { reader.advance() }
            guard let h = reader.digits(2), reader.expect(":"), let mi = reader.digits(2) else { return nil }
            hour = h
            minute = mi
            if reader.expect(":") {
                guard let s = reader.digits(2) else { return nil }
                second = s
                if reader.expect(".") || reader.expect(",") {
                    guard let fraction = reader.fractionMilliseconds() else { return nil }
                    ms = fraction
                }
            }
        }
        if reader.expect("Z") || reader.expect("z") {
            offsetMinutes = 0
        } else if let sign = reader.peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            reader.advance()
            guard let oh = reader.digits(2) else { return nil }
            _ = reader.expect(":")
            guard let om = reader.digits(2), oh <= 23, om <= 59 else { return nil }
            offsetMinutes = (oh * 60 + om) * (sign == UInt8(ascii: "-") ? -1 : 1)
        }
        guard reader.atEnd else { return nil }
        guard (1...12).contains(month), (1...31).contains(day), minute <= 59, second <= 59 else { return nil }
        guard hour <= 23 || (hour == 24 && minute == 0 && second == 0 && ms == 0) else { return nil }
        // Like V8, a day past the month's end rolls over (2018-02-30 is March 2).
        let instant =
            CivilDateTime.instant(
                year: year, month: Int(month), day: Int(day), hour: Int(hour),
                minute: Int(minute), second: Int(second), millisecond: Int(ms))
            - offsetMinutes * 60_000
        return CivilCalendar.isValid(instant: instant) ? instant : nil
    }

    // MARK: day.js parsing (dayjs(text), dayjs.utc(text))

    /// What `dayjs.utc(text)` reads: `YYYY[-/]M[-/]D[T ]H:m:s.SSS` with every part after the
    /// year optional (milliseconds are the first three fraction digits read as an integer,
    /// day.js's own rule); other text falls back to `new Date(text)`. Wall-clock fields
    /// without an offset are UTC.
    static func dayjs(_ text: String) -> Int64? {
        guard text.utf8.count <= maximumLength else { return nil }
        let bytes = Array(text.utf8)
        if let last = bytes.last, last == UInt8(ascii: "Z") || last == UInt8(ascii: "z") {
            return javaScriptDate(text)
        }
        guard let fields = dayjsFields(bytes) else { return javaScriptDate(text) }
        let instant = CivilDateTime.instant(
            year: fields[0], month: Int(fields[1]), day: Int(fields[2]),
            hour: Int(fields[3]), minute: Int(fields[4]), second: Int(fields[5]),
            millisecond: Int(fields[6]))
        return CivilCalendar.isValid(instant: instant) ? instant : nil
    }

    /// day.js's REGEX_PARSE: `^(\d{4})[-/]?(\d{1,2})?[-/]?(\d{0,2})[Tt\s]*(\d{1,2})?:?(\d{1,2})?:?(\d{1,2})?[.:]?(\d+)?$`,
    /// matched with the same backtracking preferences for the inputs that occur in practice.
    /// Returns [year, month, day, hour, minute, second, millisecond].
    private static func dayjsFields(_ bytes: [UInt8]) -> [Int64]? {
        var reader = ByteReader(bytes)
        guard let year = reader.digits(4) else { return nil }
        _ = reader.expectAny("-/")
        let month = reader.upToDigits(2)
        _ = reader.expectAny("-/")
        let day = reader.upToDigits(2)
        while let c = reader.peek(), c == UInt8(ascii: "T") || c == UInt8(ascii: "t") || c == 0x20 || (0x09...0x0D).contains(c) {
            reader.advance()
        }
        let hour = reader.upToDigits(2)
        _ = reader.expect(":")
        let minute = reader.upToDigits(2)
        _ = reader.expect(":")
        let second = reader.upToDigits(2)
        _ = reader.expectAny(".:")
        var ms: Int64 = 0
        if reader.peekDigit(at: 0) {
            var digits: [UInt8] = []
            while let c = reader.peek(), (0x30...0x39).contains(c) {
                if digits.count < 3 { digits.append(c) }
                reader.advance()
            }
            ms = digits.reduce(0) { $0 * 10 + Int64($1 - 0x30) }
        }
        guard reader.atEnd else { return nil }
        // `d[2] - 1 || 0` and `d[3] || 1`: a missing month is January and a missing day the
        // 1st; a written 00 is kept and overflows backwards, as `Date.UTC` does.
        return [year, month ?? 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0, ms]
    }
}

/// A cursor over ASCII bytes for the hand-written scanners.
struct ByteReader {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index >= bytes.count }

    func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    func peekDigit(at offset: Int) -> Bool {
        let i = index + offset
        return i < bytes.count && (0x30...0x39).contains(bytes[i])
    }

    mutating func advance() { index += 1 }

    mutating func take() -> UInt8? {
        guard index < bytes.count else { return nil }
        defer { index += 1 }
        return bytes[index]
    }

    mutating func expect(_ character: Unicode.Scalar) -> Bool {
        guard let c = peek(), c == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    mutating func expectAny(_ characters: String) -> Bool {
        guard let c = peek(), characters.utf8.contains(c) else { return false }
        index += 1
        return true
    }

    /// Exactly `count` ASCII digits.
    mutating func digits(_ count: Int) -> Int64? {
        guard index + count <= bytes.count else { return nil }
        var value: Int64 = 0
        for i in index..<(index + count) {
            let c = bytes[i]
            guard (0x30...0x39).contains(c) else { return nil }
            value = value * 10 + Int64(c - 0x30)
        }
        index += count
        return value
    }

    /// One to `maximum` digits, greedily; nil when none.
    mutating func upToDigits(_ maximum: Int) -> Int64? {
        var value: Int64 = 0
        var count = 0
        while count < maximum, let c = peek(), (0x30...0x39).contains(c) {
            value = value * 10 + Int64(c - 0x30)
            count += 1
            index += 1
        }
        return count == 0 ? nil : value
    }

    /// One or more fraction digits as milliseconds (extra digits truncated, as V8 does).
    mutating func fractionMilliseconds() -> Int64? {
        var value: Int64 = 0
        var count = 0
        while let c = peek(), (0x30...0x39).contains(c) {
            if count < 3 { value = value * 10 + Int64(c - 0x30) }
            count += 1
            index += 1
        }
        guard count > 0 else { return nil }
        for _ in count..<max(count, 3) { value *= 10 }
        return value
    }
}
