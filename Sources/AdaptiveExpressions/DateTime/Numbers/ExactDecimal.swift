/// Exact decimal renderings of doubles, as JavaScript's `Number#toFixed` and `Math.round`
/// define them (decided on the exact binary value, ties away from zero for `toFixed` and
/// toward +∞ for `Math.round`) — `printf` rounds ties to even and may follow the C locale.
enum ExactDecimal {
    /// `x.toFixed(digits)` for finite `x` with 0 ≤ |x| < 1e21 and 0 ≤ `digits` ≤ 20.
    static func toFixed(_ x: Double, digits: Int) -> String {
        let negative = x < 0
        let magnitude = abs(x)
        var integerDigits: String
        if magnitude == 0 {
            integerDigits = "0"
        } else {
            let (mantissa, exponent) = decompose(magnitude)
            if exponent >= 0 {
                // An integer: its digits followed by `digits` zeros.
                integerDigits =
                    WideUInt(mantissa).shiftedLeft(exponent).decimalDigits
                    + String(repeating: "0", count: digits)
            } else {
                var scaled = WideUInt(mantissa)
                for _ in 0..<digits { scaled = scaled.multiplied(by: 10) }
                let shift = -exponent
                if shift >= 128 {
                    integerDigits = "0"
                } else {
                    var n = scaled.shiftedRight(shift)
                    if scaled.bit(shift - 1) { n = n.adding(1) }
                    integerDigits = n.decimalDigits
                }
            }
        }
        if integerDigits.count < digits + 1 {
            integerDigits = String(repeating: "0", count: digits + 1 - integerDigits.count) + integerDigits
        }
        var text = integerDigits
        if digits > 0 {
            text.insert(".", at: text.index(text.endIndex, offsetBy: -digits))
        }
        return negative ? "-" + text : text
    }

    /// JavaScript `Math.round`: the nearest integer, ties toward +∞, keeping −0.
    static func jsRound(_ x: Double) -> Double {
        guard x.isFinite else { return x }
        if x < 0 && x >= -0.5 { return -0.0 }
        let floor = x.rounded(.down)
        return x - floor >= 0.5 ? floor + 1 : floor
    }

    /// `magnitude` = mantissa × 2^exponent with an integer mantissa (finite, positive input).
    private static func decompose(_ magnitude: Double) -> (UInt64, Int) {
        let fraction = magnitude.significandBitPattern
        let biased = Int(magnitude.exponentBitPattern)
        if biased == 0 { return (fraction, -1074) }
        return (fraction | (1 << 52), biased - 1075)
    }
}

/// A 128-bit unsigned integer with just what `toFixed` needs (portable: no `UInt128`).
struct WideUInt: Equatable {
    var high: UInt64
    var low: UInt64

    init(_ value: UInt64) {
        high = 0
        low = value
    }

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    var isZero: Bool { high == 0 && low == 0 }

    /// Wraps silently beyond 128 bits; callers stay below 2^121.
    func multiplied(by factor: UInt64) -> WideUInt {
        let lowProduct = low.multipliedFullWidth(by: factor)
        let highProduct = high &* factor
        return WideUInt(high: highProduct &+ lowProduct.high, low: lowProduct.low)
    }

    func adding(_ value: UInt64) -> WideUInt {
        let (sum, overflow) = low.addingReportingOverflow(value)
        return WideUInt(high: high &+ (overflow ? 1 : 0), low: sum)
    }

    func shiftedLeft(_ count: Int) -> WideUInt {
        if count == 0 { return self }
        if count >= 128 { return WideUInt(0) }
        if count >= 64 { return WideUInt(high: low << UInt64(count - 64), low: 0) }
        return WideUInt(high: (high << UInt64(count)) | (low >> UInt64(64 - count)), low: low << UInt64(count))
    }

    func shiftedRight(_ count: Int) -> WideUInt {
        if count == 0 { return self }
        if count >= 128 { return WideUInt(0) }
        if count >= 64 { return WideUInt(high: 0, low: high >> UInt64(count - 64)) }
        return WideUInt(high: high >> UInt64(count), low: (low >> UInt64(count)) | (high << UInt64(64 - count)))
    }

    /// Bit `index` (0 = least significant).
    func bit(_ index: Int) -> Bool {
        guard index >= 0, index < 128 else { return false }
        return index >= 64 ? (high >> UInt64(index - 64)) & 1 == 1 : (low >> UInt64(index)) & 1 == 1
    }

    /// Quotient and remainder by a non-zero divisor below 2^64.
    func dividedWithRemainder(by divisor: UInt64) -> (WideUInt, UInt64) {
        let (highQuotient, highRemainder) = high.quotientAndRemainder(dividingBy: divisor)
        let (lowQuotient, remainder) = divisor.dividingFullWidth((high: highRemainder, low: low))
        return (WideUInt(high: highQuotient, low: lowQuotient), remainder)
    }

    var decimalDigits: String {
        if high == 0 { return String(low) }
        let chunk: UInt64 = 10_000_000_000_000_000_000
        var value = self
        var chunks: [UInt64] = []
        while !value.isZero {
            let (quotient, remainder) = value.dividedWithRemainder(by: chunk)
            chunks.append(remainder)
            value = quotient
        }
        var text = String(chunks.removeLast())
        for part in chunks.reversed() {
            let digits = String(part)
            text += String(repeating: "0", count: 19 - digits.count) + digits
        }
        return text
    }
}
