/// .NET ticks: 100-nanosecond intervals since 0001-01-01T00:00:00Z.
///
/// Ticks of current dates (~6.4e17) exceed 2^53, so as a JSON number (one double) a tick
/// count is exact only when it is a multiple of the double's spacing there (128 ticks,
/// 12.8 µs, for present-day dates); otherwise it is the nearest double. Conversions to and
/// from instants are done in exact integer arithmetic whenever the value fits in 64 bits.
enum DotNetTicks {
    /// Ticks at 1970-01-01T00:00:00Z.
    static let unixEpoch: Int64 = 621_355_968_000_000_000
    static let perMillisecond: Int64 = 10_000

    /// The tick count of an instant (ms since the epoch), as the nearest double.
    static func ticks(ofInstant instant: Int64) -> Double {
        let (scaled, overflow1) = instant.multipliedReportingOverflow(by: perMillisecond)
        if !overflow1 {
            let (sum, overflow2) = scaled.addingReportingOverflow(unixEpoch)
            if !overflow2 { return Double(sum) }
        }
        return Double(unixEpoch) + Double(instant) * Double(perMillisecond)
    }

    /// The instant of a tick count (truncating sub-millisecond ticks toward zero, as the
    /// engine's integer division does); nil outside JavaScript's date range.
    static func instant(ofTicks ticks: Int64) -> Int64? {
        let (difference, overflow) = ticks.subtractingReportingOverflow(unixEpoch)
        guard !overflow else { return nil }
        let instant = difference / perMillisecond
        return CivilCalendar.isValid(instant: instant) ? instant : nil
    }

    /// A tick count given as a JSON number: an integer, exact below 2^63.
    static func instant(ofTicks value: Double) -> Int64? {
        guard value.isFinite, value.rounded(.towardZero) == value else { return nil }
        if abs(value) < 9.2e18 { return instant(ofTicks: Int64(value)) }
        let instant = ((value - Double(unixEpoch)) / Double(perMillisecond)).rounded(.towardZero)
        guard abs(instant) <= Double(CivilCalendar.maximumInstant) else { return nil }
        return Int64(instant)
    }

    /// A tick count written as a decimal integer string (`"637243624200000000"`).
    static func instant(ofTickString text: String) -> Int64? {
        guard text.utf8.count <= 41 else { return nil }
        var digits = Substring(text)
        var negative = false
        if let first = digits.first, first == "+" || first == "-" {
            negative = first == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.count <= 40, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var value: Int64 = 0
        for c in digits.utf8 {
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = times10.addingReportingOverflow(Int64(c - 0x30))
            if o1 || o2 {
                // Beyond 64 bits: only dates after year 29000 get here; go through a double.
                guard let approximate = Double(text) else { return nil }
                return instant(ofTicks: approximate)
            }
            value = next
        }
        return instant(ofTicks: negative ? -value : value)
    }
}
