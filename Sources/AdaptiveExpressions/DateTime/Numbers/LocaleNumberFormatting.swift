import JSONTree

/// `formatNumber`: a number rounded to a number of decimals, with the locale's digit
/// grouping and decimal mark — the engine's `d3-format` specifier `,.Nf` applied to
/// `Math.round(x·10^N)/10^N`.
enum LocaleNumberFormatting {
    /// The minus sign d3-format writes (U+2212), not the ASCII hyphen.
    static let minusSign = "\u{2212}"

    /// `precision` must be a non-negative integer (the engine builds the specifier from its
    /// text, and `,.2.5f` or `,.-1f` are invalid); digits beyond 20 are zeros.
    static func format(_ number: Double, precision: Double, symbols: LocaleNumberSymbols) throws(BuiltinError) -> String {
        guard precision >= 0, precision < 1e21, precision.rounded(.towardZero) == precision else {
            throw BuiltinError("precision \(JSNumber.format(precision)) is not a non-negative integer")
        }
        let scale = pow10(precision)
        let rounded = ExactDecimal.jsRound(number * scale) / scale
        var negative = rounded < 0 || (rounded == 0 && rounded.sign == .minus)
        let magnitude = abs(rounded)
        let digits: String
        if rounded.isNaN {
            digits = "NaN"
        } else if magnitude.isInfinite {
            digits = "Infinity"
        } else if magnitude >= 1e21 {
            digits = JSNumber.format(magnitude)
        } else {
            digits = ExactDecimal.toFixed(magnitude, digits: Int(min(20, precision)))
        }
        // A negative value that rounds to zero loses its sign.
        if negative, digits.allSatisfy({ $0 == "0" || $0 == "." }) { negative = false }

        // Group the leading integer digits; the rest (fraction, exponent, NaN) is kept.
        let integerPart = digits.prefix { $0.isASCII && $0.isNumber }
        var rest = digits[integerPart.endIndex...]
        var suffix = ""
        if rest.first == "." {
            rest = rest.dropFirst()
            suffix = symbols.decimal + rest
        } else {
            suffix = String(rest)
        }
        var text = (negative ? minusSign : "") + group(String(integerPart), symbols: symbols) + suffix
        if let numerals = symbols.numerals {
            text = String(
                text.flatMap { c -> String in
                    if let d = c.wholeNumberValue, c.isASCII { return numerals[d] }
                    return String(c)
                })
        }
        return text
    }

    /// d3-format's grouping: sizes from the right, cycling through `grouping`.
    static func group(_ digits: String, symbols: LocaleNumberSymbols) -> String {
        // Digits are ASCII: counted and cut as bytes (characters only for any other text).
        let ascii = digits.utf8.allSatisfy { $0 < 0x80 }
        let bytes = ascii ? Array(digits.utf8) : []
        let characters = ascii ? [] : Array(digits)
        var end = ascii ? bytes.count : characters.count
        var parts: [String] = []
        var index = 0
        var size = symbols.grouping.first ?? 3
        while end > 0, size > 0 {
            let start = max(0, end - size)
            parts.append(ascii ? String(decoding: bytes[start..<end], as: UTF8.self) : String(characters[start..<end]))
            end = start
            index = (index + 1) % max(1, symbols.grouping.count)
            size = symbols.grouping[index]
        }
        return parts.reversed().joined(separator: symbols.thousands)
    }

    /// 10^p as JavaScript's `Math.pow(10, p)` gives it for the precisions that occur.
    private static func pow10(_ p: Double) -> Double {
        if p <= 22 {
            var result = 1.0
            for _ in 0..<Int(p) { result *= 10 }
            return result
        }
        return p > 400 ? .infinity : Double("1e\(Int(p))") ?? .infinity
    }
}
