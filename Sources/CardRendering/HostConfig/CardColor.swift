/// A colour as host configs and cards write them, made safe for CSS.
///
/// Adaptive Cards put the alpha channel first: `#AARRGGBB`. `#RRGGBB` and `#RGB` are
/// opaque. A CSS colour keyword made only of ASCII letters (`red`, `transparent`) is
/// kept as it is. Anything else is refused, so nothing a card or host config says can
/// escape a CSS declaration.
public enum CardColor: Sendable, Hashable, CustomStringConvertible {
    case rgba(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8)
    case keyword(String)

    public static let black = CardColor.rgba(red: 0, green: 0, blue: 0, alpha: 255)
    public static let white = CardColor.rgba(red: 255, green: 255, blue: 255, alpha: 255)

    /// `#AARRGGBB`, `#RRGGBB`, `#RGB` (case-insensitive) or a letters-only keyword.
    public static func parse(_ text: String) -> CardColor? {
        let s = text.utf8
        guard let first = s.first else { return nil }
        if first == UInt8(ascii: "#") {
            var digits: [UInt8] = []
            digits.reserveCapacity(8)
            for b in s.dropFirst() {
                guard let d = hexValue(b) else { return nil }
                digits.append(d)
            }
            switch digits.count {
            case 3:
                return .rgba(red: digits[0] * 17, green: digits[1] * 17, blue: digits[2] * 17, alpha: 255)
            case 6:
                return .rgba(
                    red: digits[0] << 4 | digits[1], green: digits[2] << 4 | digits[3],
                    blue: digits[4] << 4 | digits[5], alpha: 255)
            case 8:
                return .rgba(
                    red: digits[2] << 4 | digits[3], green: digits[4] << 4 | digits[5],
                    blue: digits[6] << 4 | digits[7], alpha: digits[0] << 4 | digits[1])
            default:
                return nil
            }
        }
        guard s.count <= 32, s.allSatisfy({ ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }) else {
            return nil
        }
        return .keyword(text.lowercased())
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// The colour as CSS: `#rrggbb` when opaque, else `rgba(r, g, b, a)` with the alpha
    /// rounded to three decimals.
    public var css: String {
        switch self {
        case .keyword(let k):
            return k
        case .rgba(let r, let g, let b, let a):
            if a == 255 {
                return "#" + Self.hex2(r) + Self.hex2(g) + Self.hex2(b)
            }
            return "rgba(\(r), \(g), \(b), \(Self.alphaText(a)))"
        }
    }

    public var description: String { css }

    private static let hexDigits = Array("0123456789abcdef")
    private static func hex2(_ v: UInt8) -> String {
        String(hexDigits[Int(v >> 4)]) + String(hexDigits[Int(v & 0xF)])
    }

    /// `a / 255` with at most three decimals, written without trailing zeros.
    static func alphaText(_ a: UInt8) -> String {
        let thousandths = (Int(a) * 1000 + 127) / 255
        if thousandths == 0 { return "0" }
        if thousandths == 1000 { return "1" }
        var frac = String(thousandths)
        while frac.count < 3 { frac = "0" + frac }
        while frac.hasSuffix("0") { frac.removeLast() }
        return "0." + frac
    }

    /// Relative luminance (WCAG 2) of the colour composited over `background`; nil for keywords.
    public func luminance(over background: CardColor = .white) -> Double? {
        guard case .rgba(let r, let g, let b, let a) = self else { return nil }
        var (br, bg, bb) = (255.0, 255.0, 255.0)
        if case .rgba(let r2, let g2, let b2, _) = background { (br, bg, bb) = (Double(r2), Double(g2), Double(b2)) }
        let alpha = Double(a) / 255
        func channel(_ c: UInt8, _ under: Double) -> Double {
            // An opaque colour's channels are the 256 values worked out once.
            if a == 255 { return Self.opaqueChannels[Int(c)] }
            return Self.linear((Double(c) * alpha + under * (1 - alpha)) / 255)
        }
        return 0.2126 * channel(r, br) + 0.7152 * channel(g, bg) + 0.0722 * channel(b, bb)
    }

    /// An sRGB channel (0…1) made linear, as WCAG 2 defines relative luminance.
    static func linear(_ v: Double) -> Double {
        v <= 0.03928 ? v / 12.92 : pow1(((v + 0.055) / 1.055), 2.4)
    }

    /// `linear` of every 8-bit channel value (what an opaque colour's channels are).
    static let opaqueChannels: [Double] = (0...255).map { linear(Double($0) / 255) }

    /// The WCAG 2 contrast ratio of this colour (as text) over `background`; nil for keywords.
    public func contrastRatio(over background: CardColor) -> Double? {
        guard let fg = luminance(over: background), let bg = background.luminance(over: .white) else { return nil }
        let (hi, lo) = fg > bg ? (fg, bg) : (bg, fg)
        return (hi + 0.05) / (lo + 0.05)
    }
}

/// `x^y` for positive `x` without Foundation.
private func pow1(_ x: Double, _ y: Double) -> Double {
    guard x > 0 else { return 0 }
    return exp1(y * log1(x))
}

private func log1(_ x: Double) -> Double {
    // ln(x) = 2 * atanh((x-1)/(x+1)), after scaling x into [0.5, 1].
    var m = x
    var k = 0.0
    while m > 1 { m /= 2; k += 1 }
    while m < 0.5 { m *= 2; k -= 1 }
    let t = (m - 1) / (m + 1)
    let t2 = t * t
    var term = t
    var sum = 0.0
    var n = 1.0
    for _ in 0..<40 {
        sum += term / n
        term *= t2
        n += 2
    }
    return 2 * sum + k * 0.6931471805599453
}

private func exp1(_ x: Double) -> Double {
    // e^x = (e^(x/2^k))^(2^k)
    var k = 0
    var r = x
    while abs(r) > 0.5 { r /= 2; k += 1 }
    var term = 1.0
    var sum = 1.0
    for n in 1..<30 {
        term *= r / Double(n)
        sum += term
    }
    for _ in 0..<k { sum *= sum }
    return sum
}
