/// RFC 3339 `date-time`, `full-date`, `full-time`, and the ISO 8601 `duration` of its appendix A.
enum DateFormats {
    typealias Scalars = ArraySlice<Unicode.Scalar>

    /// Exactly `count` ASCII digits at `i`, as a number.
    static func digits(_ c: Scalars, _ i: Int, _ count: Int) -> Int? {
        guard i >= c.startIndex, i + count <= c.endIndex else { return nil }
        var v = 0
        for k in i..<(i + count) {
            guard Format.isDigit(c[k]) else { return nil }
            v = v * 10 + Int(c[k].value - 48)
        }
        return v
    }

    static func dateTime(_ c: [Unicode.Scalar]) -> Bool {
        guard let t = c.firstIndex(where: { $0 == "T" || $0 == "t" }) else { return false }
        return date(c[..<t]) && time(c[(t + 1)...])
    }

    /// `YYYY-MM-DD` with the days the month has.
    static func date(_ c: Scalars) -> Bool {
        let s = c.startIndex
        guard c.count == 10, c[s + 4] == "-", c[s + 7] == "-",
            let year = digits(c, s, 4), let month = digits(c, s + 5, 2), let day = digits(c, s + 8, 2),
            (1...12).contains(month), day >= 1
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }

    /// `HH:MM:SS[.frac](Z|±HH:MM)`; a leap second only at 23:59:60 UTC.
    static func time(_ c: Scalars) -> Bool {
        let s = c.startIndex
        guard c.count >= 9, c[s + 2] == ":", c[s + 5] == ":",
            let hour = digits(c, s, 2), let minute = digits(c, s + 3, 2), let second = digits(c, s + 6, 2),
            hour <= 23, minute <= 59, second <= 60
        else { return false }
        var i = s + 8
        if i < c.endIndex, c[i] == "." {
            i += 1
            let start = i
            while i < c.endIndex, Format.isDigit(c[i]) { i += 1 }
            guard i > start else { return false }
        }
        guard i < c.endIndex else { return false }
        var offset = 0
        if c[i] == "Z" || c[i] == "z" {
            guard i + 1 == c.endIndex else { return false }
        } else {
            guard c[i] == "+" || c[i] == "-", i + 6 == c.endIndex, c[i + 3] == ":",
                let oh = digits(c, i + 1, 2), let om = digits(c, i + 4, 2), oh <= 23, om <= 59
            else { return false }
            offset = (oh * 60 + om) * (c[i] == "+" ? 1 : -1)
        }
        if second == 60 {
            let utc = ((hour * 60 + minute - offset) % 1440 + 1440) % 1440
            return utc == 23 * 60 + 59
        }
        return true
    }

    /// `P1Y2M3DT4H5M6S`, `P2W`, `PT1M` (RFC 3339 appendix A): the designators of each part
    /// form an unbroken run (`P1Y2D` lacks the months), at least one in all, and `T` is
    /// followed by one; weeks stand alone.
    static func duration(_ c: [Unicode.Scalar]) -> Bool {
        guard c.first == "P", c.count > 1 else { return false }
        let text = String(String.UnicodeScalarView(c.dropFirst()))
        if text.hasSuffix("W") { return text.dropLast().allSatisfy(\.isASCII) && text.dropLast().allSatisfy(\.isNumber) && text.count > 1 }
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return false }
        if parts.count == 2, parts[1].isEmpty { return false }
        guard run(parts[0], "YMD"), parts.count == 1 || run(parts[1], "HMS") else { return false }
        return !(parts[0].isEmpty && parts.count == 1)
    }

    /// `1Y2M`: numbers each followed by the next designator of `order`, the designators contiguous.
    private static func run(_ s: Substring, _ order: String) -> Bool {
        let designators = Array(order)
        var next: Int? = nil
        var digits = 0
        for ch in s {
            if ch.isASCII && ch.isNumber { digits += 1; continue }
            guard digits > 0, let k = designators.firstIndex(of: ch), next == nil || next == k else { return false }
            next = k + 1
            digits = 0
        }
        return digits == 0
    }
}
