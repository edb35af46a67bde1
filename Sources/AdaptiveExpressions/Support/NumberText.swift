import Foundation
import JSONTree

/// `string(number)` as the official engine writes it: d3-format's `,.Nf` with N the number
/// of decimals JavaScript prints, grouped by the locale's separators, and the Unicode
/// minus sign (`−`, d3's default) for negative numbers.
enum NumberText {
    struct Separators {
        var decimal: String
        var thousands: String
        var grouping: [Int]
    }

    static let standard = Separators(decimal: ".", thousands: ",", grouping: [3])

    /// Separators of the locales the official table knows; others use the default.
    static func separators(for locale: String) -> Separators {
        switch locale {
        case "de-DE", "it-IT", "es-ES", "nl-NL", "pt-BR", "ca-ES", "es-BO", "ar-MA", "ar-DZ", "ar-TN", "ar-LY", "ar-MR":
            return Separators(decimal: ",", thousands: ".", grouping: [3])
        case "fr-FR", "fr-CA", "ru-RU", "uk-UA", "cs-CZ", "sv-SE", "fi-FI", "pl-PL", "hu-HU":
            return Separators(decimal: ",", thousands: "\u{00A0}", grouping: [3])
        case "mk-MK":
            return Separators(decimal: ",", thousands: ".", grouping: [3])
        case "de-CH":
            return Separators(decimal: ".", thousands: "'", grouping: [3])
        case "en-IN":
            return Separators(decimal: ".", thousands: ",", grouping: [3, 2])
        default:
            return standard
        }
    }

    static func format(_ x: Double, locale: String) -> String {
        if x.isNaN { return "NaN" }
        let seps = separators(for: locale)
        let shortest = JSNumber.format(x)
        var precision = 0
        if let dot = shortest.firstIndex(of: ".") {
            precision = shortest[shortest.index(after: dot)...].count
        }
        let magnitude = abs(x)
        var body: String
        if magnitude.isInfinite {
            body = "Infinity"
        } else if magnitude >= 1e21 {
            body = JSNumber.format(magnitude)
        } else if !shortest.contains("e") {
            body = JSNumber.format(magnitude)
            if precision > 0, let dot = body.firstIndex(of: ".") {
                let decimals = body[body.index(after: dot)...].count
                if decimals < precision { body += String(repeating: "0", count: precision - decimals) }
            }
        } else {
            body = String(format: "%.\(min(precision, 100))f", magnitude)
        }
        var negative = x < 0 || (x == 0 && x.sign == .minus)
        // Split the groupable integer digits from the rest.
        var digits = body
        var suffix = ""
        if let i = body.firstIndex(where: { !$0.isASCII || !$0.isNumber }) {
            digits = String(body[..<i])
            let c = body[i]
            suffix = c == "." ? seps.decimal + body[body.index(after: i)...] : String(body[i...])
        }
        if negative && Double(body) == 0 { negative = false }
        return (negative ? "\u{2212}" : "") + group(digits, seps) + suffix
    }

    private static func group(_ digits: String, _ seps: Separators) -> String {
        var chars = Array(digits)
        guard chars.count > (seps.grouping.first ?? 3) else { return digits }
        var parts: [String] = []
        var g = 0
        var size = seps.grouping[0]
        while !chars.isEmpty {
            let take = min(size, chars.count)
            parts.append(String(chars[(chars.count - take)...]))
            chars.removeLast(take)
            g += 1
            size = seps.grouping[min(g, seps.grouping.count - 1)]
        }
        return parts.reversed().joined(separator: seps.thousands)
    }
}
