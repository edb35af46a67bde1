/// `dateReadBack`: a date said relative to a reference date, in the library's English
/// ("today", "tomorrow", "yesterday", "this Friday", "next Monday", "last Sunday", else
/// "5th March 2018" — with the library's own spellings, "Februrary" and "11st" included).
enum TimexNaturalLanguage {
    private static let weekdaysFromMonday = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let months = [
        "January", "Februrary", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"
    ]
    private static let ordinalSuffixes = ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"]

    /// How the calendar date `date` reads from the calendar date `reference` (weeks start
    /// on Sunday, as in the library).
    static func describe(_ date: CivilDateTime, from reference: CivilDateTime) -> String {
        let day = CivilCalendar.days(year: date.year, month: date.month, day: date.day)
        let referenceDay = CivilCalendar.days(year: reference.year, month: reference.month, day: reference.day)
        let weekdayName = weekdaysFromMonday[(date.weekday + 6) % 7]
        switch day - referenceDay {
        case 0: return "today"
        case 1: return "tomorrow"
        case -1: return "yesterday"
        default: break
        }
        let startOfThisWeek = referenceDay - Int64(reference.weekday)
        if (startOfThisWeek..<(startOfThisWeek + 7)).contains(day) { return "this \(weekdayName)" }
        if ((startOfThisWeek + 7)..<(startOfThisWeek + 14)).contains(day) { return "next \(weekdayName)" }
        if ((startOfThisWeek - 7)..<startOfThisWeek).contains(day) { return "last \(weekdayName)" }
        let dayText = String(date.day)
        let suffix = ordinalSuffixes[date.day % 10]
        return "\(dayText)\(suffix) \(months[date.month - 1]) \(date.year)"
    }
}
