/// Rendering of a day.js format pattern, the last step of every date function of the
/// JavaScript engine.
///
/// Tokens: `[literal]`, `YYYY`, `YY`, `M`…`MMMM`, `D`, `DD`, `d`…`dddd`, `H`, `HH`, `h`, `hh`,
/// `a`, `A`, `m`, `mm`, `s`, `ss`, `SSS`, `Z` (`+01:00`), `ZZ` (`+0100`); every other
/// character is copied. Names come from `DateTimeNames`.
enum DayjsFormat {
    /// The default output pattern of the engine: ISO 8601 in UTC with milliseconds.
    static let isoUTC = "YYYY-MM-DDTHH:mm:ss.SSS[Z]"
    /// day.js's own defaults, used when a converted pattern comes out empty (`%`): in UTC
    /// mode the offset is written `Z`, at any other offset `+01:00`.
    static let dayjsDefaultUTC = "YYYY-MM-DDTHH:mm:ss[Z]"
    static let dayjsDefault = "YYYY-MM-DDTHH:mm:ssZ"
    /// `convertFromUTC`'s default: local wall-clock time with seven fraction digits.
    static let localRoundTrip = "YYYY-MM-DDTHH:mm:ss.SSS0000"

    static func render(_ pattern: String, _ time: CivilDateTime, names: DateTimeNames) -> String {
        let effective = pattern.isEmpty ? (time.offsetMinutes == 0 ? dayjsDefaultUTC : dayjsDefault) : pattern
        let source = Array(effective.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func run(of scalar: Unicode.Scalar, from start: Int, maximum: Int) -> Int {
            var n = 0
            while start + n < source.count, n < maximum, source[start + n] == scalar { n += 1 }
            return n
        }
        while i < source.count {
            let c = source[i]
            switch c {
            case "[":
                // `\[([^\]]+)]`: at least one character, then the closing bracket.
                var j = i + 1
                while j < source.count, source[j] != "]" { j += 1 }
                if j < source.count, j > i + 1 {
                    out.append(contentsOf: source[(i + 1)..<j])
                    i = j + 1
                } else {
                    out.append(c)
                    i += 1
                }
            case "Y":
                let n = run(of: "Y", from: i, maximum: 4)
                if n == 4 {
                    out.append(contentsOf: padStart(String(time.year), 4).unicodeScalars)
                    i += 4
                } else if n >= 2 {
                    out.append(contentsOf: String(String(time.year).suffix(2)).unicodeScalars)
                    i += 2
                } else {
                    out.append(c)
                    i += 1
                }
            case "M":
                let n = run(of: "M", from: i, maximum: 4)
                let text: String
                switch n {
                case 1: text = String(time.month)
                case 2: text = padStart(String(time.month), 2)
                case 3: text = names.monthsShort[time.month - 1]
                default: text = names.months[time.month - 1]
                }
                out.append(contentsOf: text.unicodeScalars)
                i += n
            case "D":
                let n = run(of: "D", from: i, maximum: 2)
                out.append(contentsOf: (n == 1 ? String(time.day) : padStart(String(time.day), 2)).unicodeScalars)
                i += n
            case "d":
                let n = run(of: "d", from: i, maximum: 4)
                let text: String
                switch n {
                case 1: text = String(time.weekday)
                case 2: text = names.weekdaysMin[time.weekday]
                case 3: text = names.weekdaysShort[time.weekday]
                default: text = names.weekdays[time.weekday]
                }
                out.append(contentsOf: text.unicodeScalars)
                i += n
            case "H":
                let n = run(of: "H", from: i, maximum: 2)
                out.append(contentsOf: (n == 1 ? String(time.hour) : padStart(String(time.hour), 2)).unicodeScalars)
                i += n
            case "h":
                let n = run(of: "h", from: i, maximum: 2)
                let twelve = time.hour % 12 == 0 ? 12 : time.hour % 12
                out.append(contentsOf: (n == 1 ? String(twelve) : padStart(String(twelve), 2)).unicodeScalars)
                i += n
            case "a", "A":
                let meridiem = time.hour < 12 ? names.am : names.pm
                out.append(contentsOf: (c == "a" ? meridiem.lowercased() : meridiem).unicodeScalars)
                i += 1
            case "m":
                let n = run(of: "m", from: i, maximum: 2)
                out.append(contentsOf: (n == 1 ? String(time.minute) : padStart(String(time.minute), 2)).unicodeScalars)
                i += n
            case "s":
                let n = run(of: "s", from: i, maximum: 2)
                out.append(contentsOf: (n == 1 ? String(time.second) : padStart(String(time.second), 2)).unicodeScalars)
                i += n
            case "S":
                if run(of: "S", from: i, maximum: 3) == 3 {
                    out.append(contentsOf: padStart(String(time.millisecond), 3).unicodeScalars)
                    i += 3
                } else {
                    out.append(c)
                    i += 1
                }
            case "Z":
                let n = run(of: "Z", from: i, maximum: 2)
                let zone = zoneString(offsetMinutes: time.offsetMinutes)
                out.append(contentsOf: (n == 1 ? zone : zone.replacingFirstColon()).unicodeScalars)
                i += n
            default:
                out.append(c)
                i += 1
            }
        }
        return String(out)
    }

    /// `+HH:mm` for an offset east of UTC in minutes.
    static func zoneString(offsetMinutes: Int) -> String {
        let minutes = abs(offsetMinutes)
        return (offsetMinutes >= 0 ? "+" : "-") + padStart(String(minutes / 60), 2) + ":" + padStart(String(minutes % 60), 2)
    }

    /// JavaScript's `padStart` with zeros (a negative year `-5` becomes `00-5`, as in day.js).
    static func padStart(_ text: String, _ length: Int) -> String {
        text.count >= length ? text : String(repeating: "0", count: length - text.count) + text
    }
}

extension String {
    fileprivate func replacingFirstColon() -> String {
        guard let colon = firstIndex(of: ":") else { return self }
        var copy = self
        copy.remove(at: colon)
        return copy
    }
}
