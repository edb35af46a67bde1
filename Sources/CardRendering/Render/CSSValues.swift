import JSONTree

/// A size as cards write them: `"50px"`, a weight (`2`, `"2"`, `"2*"`), `"auto"`, `"stretch"`.
enum CardSize: Sendable, Hashable {
    case pixels(Double)
    case weight(Double)
    case auto
    case stretch

    /// Parses the string forms the official renderer accepts (`^[0-9]+(px|\*)?$`, plus
    /// `auto`/`stretch`), allowing a fraction too.
    static func parse(_ s: String) -> CardSize? {
        switch s.lowercased() {
        case "auto": return .auto
        case "stretch": return .stretch
        default: break
        }
        var digits = Substring(s)
        var unit = ""
        if digits.hasSuffix("px") {
            digits = digits.dropLast(2)
            unit = "px"
        } else if digits.hasSuffix("*") {
            digits = digits.dropLast()
        }
        guard !digits.isEmpty, digits.utf8.count <= 12,
            digits.utf8.allSatisfy({ ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") }),
            let value = Double(digits), value.isFinite, value >= 0
        else { return nil }
        return unit == "px" ? .pixels(value) : .weight(value)
    }

    static func parse(_ v: JSONValue?) -> CardSize? {
        switch v {
        case .string(let s)?: return parse(s)
        case .number(let d)? where d.isFinite && d >= 0: return .weight(d)
        default: return nil
        }
    }

    /// A pixel length only (`"50px"`).
    static func pixels(_ v: JSONValue?) -> Double? {
        if case .pixels(let p)? = parse(v) { return p }
        return nil
    }
}

enum CSS {
    /// A CSS number: integers without a fraction, others with at most three decimals.
    /// Values are clamped to ±100000 so that nothing huge reaches the output.
    static func number(_ d: Double) -> String {
        guard d.isFinite else { return "0" }
        let v = min(max(d, -100_000), 100_000)
        let scaled = (v * 1000).rounded()
        if scaled.truncatingRemainder(dividingBy: 1000) == 0 { return String(Int(scaled / 1000)) }
        let negative = scaled < 0
        let magnitude = Int(abs(scaled))
        var frac = String(magnitude % 1000)
        while frac.count < 3 { frac = "0" + frac }
        while frac.hasSuffix("0") { frac.removeLast() }
        return (negative ? "-" : "") + String(magnitude / 1000) + "." + frac
    }

    static func px(_ d: Double) -> String { number(d) + "px" }

    /// A CSS string literal (double-quoted) holding `s`: quotes, backslashes, control
    /// characters, `<`, `>` and `&` are written as hex escapes, so the result is safe inside
    /// a declaration, a `style` attribute (after HTML escaping) and a `<style>` element.
    static func string(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&", "'", "(", ")":
                out += "\\" + String(scalar.value, radix: 16) + " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\" + String(scalar.value, radix: 16) + " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }

    /// `url("…")` for an already sanitised URL.
    static func url(_ s: String) -> String { "url(" + string(s) + ")" }
}
