/// A number as its decimal digits and a power of ten, read from the text JSON wrote, so
/// `multipleOf` divides exactly: 0.0075 is a multiple of 0.0001, 1e308 of 0.5.
struct DecimalNumber: Sendable, Hashable {
    /// Significant digits, most significant first, no leading or trailing zeros ([] for zero).
    var digits: [UInt8]
    var exponent: Int
    var negative: Bool

    /// Reads a JSON number literal (`-12.50e-3`); nil when it is not one.
    init?(literal: String) {
        var digits: [UInt8] = []
        var exponent = 0
        var negative = false
        var seenPoint = false
        var it = literal.utf8.makeIterator()
        var sawDigit = false
        var expText: [UInt8]? = nil
        while let b = it.next() {
            if expText != nil {
                expText?.append(b)
                continue
            }
            switch b {
            case UInt8(ascii: "-") where !sawDigit && digits.isEmpty: negative = true
            case UInt8(ascii: "+") where !sawDigit: break
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                if !(digits.isEmpty && b == UInt8(ascii: "0")) { digits.append(b - UInt8(ascii: "0")) }
                if seenPoint { exponent -= 1 }
            case UInt8(ascii: "."): seenPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"): expText = []
            default: return nil
            }
        }
        guard sawDigit else { return nil }
        if let expText {
            guard let e = Int(String(decoding: expText, as: UTF8.self)), abs(e) < 1_000_000 else { return nil }
            exponent += e
        }
        while let last = digits.last, last == 0 {
            digits.removeLast()
            exponent += 1
        }
        self.digits = digits
        self.exponent = digits.isEmpty ? 0 : exponent
        self.negative = negative
    }

    var isZero: Bool { digits.isEmpty }

    /// Whether `self` is an integer multiple of `divisor`; nil when the divisor has too many
    /// digits for exact arithmetic (the caller falls back to doubles).
    func isMultiple(of divisor: DecimalNumber) -> Bool? {
        if isZero { return true }
        if divisor.isZero { return nil }
        // self = a·10^p, divisor = b·10^q with a, b free of trailing zeros.
        // If p < q, a would need the factor 10^(q-p): impossible as a has no trailing zero.
        if exponent < divisor.exponent { return false }
        guard divisor.digits.count <= 17 else { return nil }
        var b: UInt64 = 0
        for d in divisor.digits { b = b * 10 + UInt64(d) }
        var r: UInt64 = 0
        for d in digits { r = (r * 10 + UInt64(d)) % b }
        let shift = exponent - divisor.exponent
        guard shift <= 100_000 else { return nil }
        for _ in 0..<shift where r != 0 { r = (r * 10) % b }
        return r == 0
    }
}
