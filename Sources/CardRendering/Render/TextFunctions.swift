import JSONTree
/// The `{{DATE(…)}}` and `{{TIME(…)}}` text functions of Adaptive Cards.
///
/// `{{DATE(2017-02-14T06:08:39Z, SHORT)}}` shows a date, `{{TIME(2017-02-14T06:08:39Z)}}`
/// a time. Hosts format them in the reader's locale and time zone; a static page has
/// neither, so this renderer uses US English and UTC, which keeps output deterministic.
enum TextFunctions {
    /// `text` with every well-formed DATE/TIME function replaced; the text itself when it
    /// has none (no copy).
    static func apply(_ text: String) -> String {
        guard text.utf8.count >= 10, text.includes("{{") else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let open = rest.byteRange(of: "{{") {
            out += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            if let (replacement, consumed) = function(after) {
                out += replacement
                rest = after[consumed...]
            } else {
                out += "{{"
                rest = after
            }
        }
        out += rest
        return out
    }

    /// Parses `DATE(iso[, COMPACT|LONG|SHORT])}}` or `TIME(iso)}}` at the start of `s`.
    private static func function(_ s: Substring) -> (String, Substring.Index)? {
        let isDate: Bool
        var i: Substring.Index
        if s.hasPrefix("DATE(") {
            isDate = true
            i = s.index(s.startIndex, offsetBy: 5)
        } else if s.hasPrefix("TIME(") {
            isDate = false
            i = s.index(s.startIndex, offsetBy: 5)
        } else {
            return nil
        }
        // The arguments are short (a timestamp and a format): look no further than that,
        // which keeps hostile text full of "{{DATE(" linear.
        guard let close = s[i...].prefix(48).firstIndex(of: ")") else { return nil }
        let args = s[i..<close]
        i = s.index(after: close)
        guard s[i...].hasPrefix("}}") else { return nil }
        i = s.index(i, offsetBy: 2)
        let parts = args.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
        guard let stamp = parts.first, let instant = Instant(String(stamp)) else { return nil }
        if isDate {
            var format = "COMPACT"
            if parts.count == 2 {
                var f = parts[1]
                if f.first == " " { f = f.dropFirst() }
                guard ["COMPACT", "LONG", "SHORT"].contains(String(f)) else { return nil }
                format = String(f)
            } else if parts.count > 2 {
                return nil
            }
            return (instant.formatDate(format), i)
        }
        guard parts.count == 1 else { return nil }
        return (instant.formatTime(), i)
    }

    /// A UTC instant read from `yyyy-MM-ddTHH:mm:ss` followed by `Z` or `±HH:mm`.
    struct Instant {
        var year: Int, month: Int, day: Int, hour: Int, minute: Int

        init?(_ s: String) {
            let b = Array(s.utf8)
            guard b.count == 20 || b.count == 25 else { return nil }
            func num(_ from: Int, _ len: Int) -> Int? {
                var v = 0
                for k in from..<(from + len) {
                    guard b[k] >= 48, b[k] <= 57 else { return nil }
                    v = v * 10 + Int(b[k] - 48)
                }
                return v
            }
            guard b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
                b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
                let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2), let h = num(11, 2),
                let mi = num(14, 2), let sec = num(17, 2),
                (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, sec < 61
            else { return nil }
            var offsetMinutes = 0
            if b.count == 20 {
                guard b[19] == UInt8(ascii: "Z") else { return nil }
            } else {
                guard b[19] == UInt8(ascii: "+") || b[19] == UInt8(ascii: "-"), b[22] == UInt8(ascii: ":"),
                    let oh = num(20, 2), let om = num(23, 2), oh < 24, om < 60
                else { return nil }
                offsetMinutes = (oh * 60 + om) * (b[19] == UInt8(ascii: "+") ? 1 : -1)
            }
            // To UTC: minutes since the epoch, minus the offset.
            var days = Self.daysFromCivil(y, mo, d)
            var minutes = h * 60 + mi - offsetMinutes
            days += Int((Double(minutes) / 1440).rounded(.down))
            minutes -= Int((Double(minutes) / 1440).rounded(.down)) * 1440
            let (yy, mm, dd) = Self.civilFromDays(days)
            year = yy
            month = mm
            day = dd
            hour = minutes / 60
            minute = minutes % 60
        }

        static let months = [
            "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"
        ]
        static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

        var weekday: Int {
            let days = Self.daysFromCivil(year, month, day)
            return ((days % 7) + 7 + 4) % 7  // 1970-01-01 was a Thursday
        }

        func formatDate(_ format: String) -> String {
            switch format {
            case "LONG":
                return "\(Self.weekdays[weekday]), \(Self.months[month - 1]) \(day), \(year)"
            case "SHORT":
                return "\(Self.weekdays[weekday].prefix(3)), \(Self.months[month - 1].prefix(3)) \(day), \(year)"
            default:
                return "\(month)/\(day)/\(year)"
            }
        }

        func formatTime() -> String {
            let h12 = hour % 12 == 0 ? 12 : hour % 12
            return "\(h12):" + (minute < 10 ? "0" : "") + "\(minute) " + (hour < 12 ? "AM" : "PM")
        }

        /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
        static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
            let y = m <= 2 ? y0 - 1 : y0
            let era = (y >= 0 ? y : y - 399) / 400
            let yoe = y - era * 400
            let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
            let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
            return era * 146_097 + doe - 719_468
        }

        static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
            let z = z0 + 719_468
            let era = (z >= 0 ? z : z - 146_096) / 146_097
            let doe = z - era * 146_097
            let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
            let y = yoe + era * 400
            let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
            let mp = (5 * doy + 2) / 153
            let d = doy - (153 * mp + 2) / 5 + 1
            let m = mp + (mp < 10 ? 3 : -9)
            return (m <= 2 ? y + 1 : y, m, d)
        }
    }
}
