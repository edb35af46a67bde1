import Foundation

/// A time zone named in an expression: a Windows name (`Pacific Standard Time`) or an IANA
/// identifier (`America/Los_Angeles`, `Etc/GMT-4`, `UTC`). Offsets come from the time zone
/// database that ships with Foundation, never from the process's TZ setting.
struct DateTimeZone: Sendable {
    /// The name as written in the expression.
    let name: String
    private let zone: TimeZone

    /// Nil when `name` is neither a Windows name nor an IANA identifier Foundation knows.
    init?(named name: String) {
        guard !name.isEmpty, name.utf8.count <= 64 else { return nil }
        let identifier = WindowsTimeZones.ianaIdentifier(forWindowsName: name) ?? name
        guard DateTimeZone.looksLikeIANAIdentifier(identifier), let zone = TimeZone(identifier: identifier) else {
            return nil
        }
        self.name = name
        self.zone = zone
    }

    /// Region names (`Area/City`), `UTC`, `GMT` and the `Etc/` zones; not the ad-hoc offset
    /// forms (`GMT+5`, `UTC-0800`) Foundation would also accept, which the engines refuse.
    private static func looksLikeIANAIdentifier(_ identifier: String) -> Bool {
        if identifier == "UTC" || identifier == "GMT" { return true }
        guard identifier.contains("/") else { return false }
        return identifier.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "/_-+".unicodeScalars.contains(scalar))
        }
    }

    /// Minutes east of UTC in force at `instant` (ms since the epoch), rounded to the
    /// minute as day.js rounds (historic local mean times have seconds).
    func offsetMinutes(at instant: Int64) -> Int {
        let seconds = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant) / 1000))
        return Int((Double(seconds) / 60).rounded())
    }

    /// The fields of `instant` on this zone's wall clock.
    func civil(_ instant: Int64) -> CivilDateTime {
        CivilDateTime(instant: instant, offsetMinutes: offsetMinutes(at: instant))
    }

    /// The instant at which this zone's wall clock shows `wallClock` (ms of wall-clock time
    /// read as if UTC). Ambiguous and skipped times are settled as day.js settles them,
    /// starting from the offset in force at `guessInstant` (day.js uses the present moment).
    func instant(ofWallClock wallClock: Int64, guessInstant: Int64) -> Int64 {
        let o0 = Int64(offsetMinutes(at: guessInstant))
        var utcGuess = wallClock - o0 * 60_000
        let o2 = Int64(offsetMinutes(at: utcGuess))
        if o0 == o2 { return utcGuess }
        utcGuess -= (o2 - o0) * 60_000
        let o3 = Int64(offsetMinutes(at: utcGuess))
        if o2 == o3 { return utcGuess }
        // In the gap of a forward transition day.js subtracts the smaller offset, which moves
        // the reading forward by the length of the gap (02:30 becomes 03:30 daylight time).
        return wallClock - min(o2, o3) * 60_000
    }
}
