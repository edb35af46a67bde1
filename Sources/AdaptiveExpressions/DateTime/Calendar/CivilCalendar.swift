/// Proleptic Gregorian calendar arithmetic on JavaScript time values.
///
/// An instant is an `Int64` count of milliseconds since 1970-01-01T00:00:00Z, exactly as a
/// JavaScript `Date` holds it; valid instants lie within ±8.64e15 ms (years −271821…275760).
/// Everything here is pure integer arithmetic: no Foundation calendar, no process time zone.
enum CivilCalendar {
    static let millisecondsPerDay: Int64 = 86_400_000
    /// The largest magnitude of a valid JavaScript time value.
    static let maximumInstant: Int64 = 8_640_000_000_000_000

    static func isValid(instant: Int64) -> Bool {
        instant >= -maximumInstant && instant <= maximumInstant
    }

    static func isLeapYear(_ year: Int64) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days in `month` (1…12) of `year`.
    static func daysInMonth(year: Int64, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a civil date (month 1…12, day 1…31); valid for any year
    /// that fits comfortably in an `Int64`.
    static func days(year: Int64, month: Int, day: Int) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date of a day count since 1970-01-01.
    static func civil(days: Int64) -> (year: Int64, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * mp + 2) / 5 + 1)
        let month = Int(mp < 10 ? mp + 3 : mp - 9)
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// ECMAScript `MakeDay` with overflowing months and days (`month` is 0-based and may
    /// be any integer; `day` 1-based and may be any integer).
    static func makeDay(year: Int64, monthIndex: Int64, day: Int64) -> Int64 {
        let (carry, month) = floorDivMod(monthIndex, 12)
        return days(year: year + carry, month: Int(month) + 1, day: 1) + day - 1
    }

    /// Floor division and the matching non-negative remainder.
    static func floorDivMod(_ a: Int64, _ b: Int64) -> (quotient: Int64, remainder: Int64) {
        var q = a / b
        var r = a % b
        if r != 0, (r < 0) != (b < 0) {
            q -= 1
            r += b
        }
        return (q, r)
    }
}

/// The broken-down fields of an instant seen at a fixed UTC offset.
struct CivilDateTime: Sendable, Equatable {
    var year: Int64
    /// 1…12
    var month: Int
    /// 1…31
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int
    var millisecond: Int
    /// 0 = Sunday … 6 = Saturday (JavaScript `getDay`).
    var weekday: Int
    /// The offset from UTC the fields are expressed in, in minutes (east positive).
    var offsetMinutes: Int

    /// The fields of `instant` at `offsetMinutes` east of UTC (0 = UTC).
    init(instant: Int64, offsetMinutes: Int = 0) {
        let local = instant + Int64(offsetMinutes) * 60_000
        let (dayNumber, msOfDay) = CivilCalendar.floorDivMod(local, CivilCalendar.millisecondsPerDay)
        let date = CivilCalendar.civil(days: dayNumber)
        year = date.year
        month = date.month
        day = date.day
        hour = Int(msOfDay / 3_600_000)
        minute = Int(msOfDay / 60_000 % 60)
        second = Int(msOfDay / 1000 % 60)
        millisecond = Int(msOfDay % 1000)
        // 1970-01-01 was a Thursday.
        weekday = Int(CivilCalendar.floorDivMod(dayNumber + 4, 7).remainder)
        self.offsetMinutes = offsetMinutes
    }

    init(
        year: Int64, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
        millisecond: Int = 0, offsetMinutes: Int = 0
    ) {
        self.init(
            instant: CivilDateTime.instant(
                year: year, month: month, day: day, hour: hour, minute: minute,
                second: second, millisecond: millisecond) - Int64(offsetMinutes) * 60_000,
            offsetMinutes: offsetMinutes)
    }

    /// The instant of wall-clock fields read as UTC; fields may overflow (ECMAScript `MakeDate`).
    static func instant(year: Int64, month: Int, day: Int, hour: Int, minute: Int, second: Int, millisecond: Int) -> Int64 {
        let dayNumber = CivilCalendar.makeDay(year: year, monthIndex: Int64(month) - 1, day: Int64(day))
        let time = Int64(hour) * 3_600_000 + Int64(minute) * 60_000 + Int64(second) * 1000 + Int64(millisecond)
        return dayNumber * CivilCalendar.millisecondsPerDay + time
    }

    /// The instant these fields denote (they are wall-clock fields at `offsetMinutes`).
    var instant: Int64 {
        CivilDateTime.instant(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second,
            millisecond: millisecond) - Int64(offsetMinutes) * 60_000
    }

    /// 1…366
    var dayOfYear: Int {
        Int(CivilCalendar.days(year: year, month: month, day: day) - CivilCalendar.days(year: year, month: 1, day: 1)) + 1
    }
}
