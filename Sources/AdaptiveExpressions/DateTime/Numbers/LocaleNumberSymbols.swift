/// How one locale writes a fixed-point number: decimal mark, digit-group separator, group
/// sizes (right to left, the last repeating) and, for Arabic locales, the digits themselves.
///
/// The set of locales and their symbols are those of the JavaScript engine's table (which
/// follows d3-format's locale definitions); exact separators matter here — French groups
/// with U+00A0, not the U+202F newer ICU data uses — so this is a table, not an ICU lookup.
/// A locale missing from the table is written as `en-US`, as the engine does.
struct LocaleNumberSymbols: Sendable, Equatable {
    var decimal: String
    var thousands: String
    var grouping: [Int]
    /// Replacement digits 0…9, or nil for ASCII digits.
    var numerals: [String]?

    static let enUS = LocaleNumberSymbols(decimal: ".", thousands: ",", grouping: [3], numerals: nil)

    /// The symbols for an exact locale identifier (`fr-FR`); `enUS` for any other.
    static func forLocale(_ identifier: String) -> LocaleNumberSymbols {
        table[identifier] ?? enUS
    }

    private static let table: [String: LocaleNumberSymbols] = {
        let dotDecimal = LocaleNumberSymbols.enUS
        let commaDecimalDotGroups = LocaleNumberSymbols(decimal: ",", thousands: ".", grouping: [3], numerals: nil)
        let commaDecimalSpaceGroups = LocaleNumberSymbols(decimal: ",", thousands: "\u{00A0}", grouping: [3], numerals: nil)
        let arabicIndic = LocaleNumberSymbols(
            decimal: "\u{066B}", thousands: "\u{066C}", grouping: [3],
            numerals: [
                "\u{0660}", "\u{0661}", "\u{0662}", "\u{0663}", "\u{0664}",
                "\u{0665}", "\u{0666}", "\u{0667}", "\u{0668}", "\u{0669}"
            ])
        var table: [String: LocaleNumberSymbols] = [:]
        for id in ["en-US", "en-GB", "en-IE", "en-CA", "ja-JP", "ko-KR", "zh-CN", "he-IL", "es-MX", "ar-EH"] {
            table[id] = dotDecimal
        }
        table["en-IN"] = LocaleNumberSymbols(decimal: ".", thousands: ",", grouping: [3, 2, 2, 2, 2, 2, 2, 2, 2, 2], numerals: nil)
        for id in [
            "de-DE", "es-ES", "es-BO", "it-IT", "ca-ES", "nl-NL", "pt-BR", "pl-PL", "mk-MK",
            "ar-MA", "ar-DZ", "ar-TN", "ar-LY"
        ] {
            table[id] = commaDecimalDotGroups
        }
        for id in ["fr-FR", "fr-CA", "ru-RU", "uk-UA", "sv-SE", "fi-FI", "cs-CZ", "hu-HU"] {
            table[id] = commaDecimalSpaceGroups
        }
        table["de-CH"] = LocaleNumberSymbols(decimal: ",", thousands: "'", grouping: [3], numerals: nil)
        for region in [
            "AE", "BH", "DJ", "EG", "ER", "IL", "IQ", "JO", "KM", "KW", "LB", "MR", "OM", "PS", "QA",
            "SA", "SD", "SO", "SS", "SY", "TD", "YE"
        ] {
            table["ar-" + region] = arabicIndic
        }
        return table
    }()
}
