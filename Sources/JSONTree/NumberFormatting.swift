/// Number to text exactly as ECMAScript's `Number.prototype.toString()` writes it
/// (shortest round-trip digits; `1e+21`, `1e-7`, `0.000001`, `100`).
public enum JSNumber {
    public static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return "0" }
        // Fast path: integers that print the same in both notations.
        if value.rounded(.towardZero) == value, abs(value) < 1e15 {
            return String(Int64(value))
        }
        let (negative, digits, pointPosition) = decompose(value)
        let k = digits.count
        let n = pointPosition
        var out = negative ? "-" : ""
        if k <= n && n <= 21 {
            out += digits
            out += String(repeating: "0", count: n - k)
        } else if 0 < n && n <= 21 {
            let idx = digits.index(digits.startIndex, offsetBy: n)
            out += digits[..<idx]
            out += "."
            out += digits[idx...]
        } else if -6 < n && n <= 0 {
            out += "0."
            out += String(repeating: "0", count: -n)
            out += digits
        } else {
            let e = n - 1
            let first = digits.prefix(1)
            out += first
            if k > 1 {
                out += "."
                out += digits.dropFirst()
            }
            out += e >= 0 ? "e+\(e)" : "e-\(-e)"
        }
        return out
    }

    /// Splits a finite, non-zero double into its shortest decimal digits (no leading or
    /// trailing zeros) and the position of the decimal point relative to the first digit,
    /// so that value = 0.d1d2…dk × 10^pointPosition.
    static func decompose(_ value: Double) -> (negative: Bool, digits: String, pointPosition: Int) {
        // Swift's description is the shortest representation that round-trips.
        let text = abs(value).description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var intPart = mantissa
        var fracPart: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = mantissa[..<dot]
            fracPart = mantissa[mantissa.index(after: dot)...]
        }
        var digits = String(intPart) + String(fracPart)
        var point = intPart.count + exponent
        // Strip leading zeros (each moves the point left).
        while digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        if digits.isEmpty { digits = "0"; point = 1 }
        return (value < 0, digits, point)
    }
}
