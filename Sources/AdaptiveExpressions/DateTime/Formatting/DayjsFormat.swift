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
        while i < source.count {
            let c = source[i]
            if c == "[", let close = closingBracket(source, from: i) {
                out.append(contentsOf: source[(i + 1)..<close])
                i = close + 1
            } else if let maximum = longestToken(c),
                let rendered = field(c, repeated: run(of: c, in: source, from: i, maximum: maximum), time, names)
            {
                out.append(contentsOf: rendered.text.unicodeScalars)
                i += rendered.length
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(out)
    }

    /// `\[([^\]]+)]`: the index of the bracket closing the one at `open`, when at least one
    /// character is between them.
    private static func closingBracket(_ source: [Unicode.Scalar], from open: Int) -> Int? {
        var j = open + 1
        while j < source.count, source[j] != "]" { j += 1 }
        return j < source.count && j > open + 1 ? j : nil
    }

    /// How many repetitions of a pattern letter one token may take (nil: not a pattern letter).
    private static func longestToken(_ letter: Unicode.Scalar) -> Int? {
        switch letter {
        case "Y", "M", "d": return 4
        case "S": return 3
        case "D", "H", "h", "m", "s", "Z": return 2
        case "a", "A": return 1
        default: return nil
        }
    }

    /// How many times `scalar` repeats from `start`, up to `maximum`.
    private static func run(of scalar: Unicode.Scalar, in source: [Unicode.Scalar], from start: Int, maximum: Int) -> Int {
        var n = 0
        while start + n < source.count, n < maximum, source[start + n] == scalar { n += 1 }
        return n
    }

    /// The text of the token that `letter` repeated `n` times starts, and how many characters
    /// it takes; nil when the letters form no token (`Y`, `S`, `SS` are copied as written).
    private static func field(
        _ letter: Unicode.Scalar, repeated n: Int, _ time: CivilDateTime, _ names: DateTimeNames
    )
        -> (text: String, length: Int)?
    {
        switch letter {
        case "Y":
            if n == 4 { return (padStart(String(time.year), 4), 4) }
            return n >= 2 ? (String(String(time.year).suffix(2)), 2) : nil
        case "M":
            switch n {
            case 1: return (String(time.month), n)
            case 2: return (padStart(String(time.month), 2), n)
            case 3: return (names.monthsShort[time.month - 1], n)
            default: return (names.months[time.month - 1], n)
            }
        case "d":
            switch n {
            case 1: return (String(time.weekday), n)
            case 2: return (names.weekdaysMin[time.weekday], n)
            case 3: return (names.weekdaysShort[time.weekday], n)
            default: return (names.weekdays[time.weekday], n)
            }
        case "D": return (number(time.day, n), n)
        case "H": return (number(time.hour, n), n)
        case "h": return (number(time.hour % 12 == 0 ? 12 : time.hour % 12, n), n)
        case "m": return (number(time.minute, n), n)
        case "s": return (number(time.second, n), n)
        case "a", "A":
            let meridiem = time.hour < 12 ? names.am : names.pm
            return (letter == "a" ? meridiem.lowercased() : meridiem, 1)
        case "S":
            return n == 3 ? (padStart(String(time.millisecond), 3), 3) : nil
        case "Z":
            let zone = zoneString(offsetMinutes: time.offsetMinutes)
            return (n == 1 ? zone : zone.replacingFirstColon(), n)
        default:
            return nil
        }
    }

    /// A one-letter token unpadded, a two-letter one padded to two digits.
    private static func number(_ value: Int, _ n: Int) -> String {
        n == 1 ? String(value) : padStart(String(value), 2)
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
