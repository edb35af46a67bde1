import Foundation

/// Month and weekday names and AM/PM designators for one locale.
///
/// English is built in (it is what day.js writes, and the fallback for any locale the
/// machine's ICU data does not know); other languages come from Foundation's ICU data,
/// looked up by the locale given in the expression — never the process locale.
struct DateTimeNames: Sendable, Equatable {
    var months: [String]
    var monthsShort: [String]
    /// Sunday first.
    var weekdays: [String]
    var weekdaysShort: [String]
    /// Two-letter weekday names (day.js `dd`).
    var weekdaysMin: [String]
    var am: String
    var pm: String

    static let english: DateTimeNames = {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"
        ]
        let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        return DateTimeNames(
            months: months, monthsShort: months.map { String($0.prefix(3)) }, weekdays: weekdays,
            weekdaysShort: weekdays.map { String($0.prefix(3)) },
            weekdaysMin: weekdays.map { String($0.prefix(2)) }, am: "AM", pm: "PM")
    }()

    /// The names for a locale identifier such as `fr-FR`, `de`, `es_ES`.
    static func forLocale(_ identifier: String) -> DateTimeNames {
        guard identifier.utf8.count <= 64, let language = LocaleIdentifiers.language(of: identifier), language != "en",
            LocaleIdentifiers.isKnownLanguage(language)
        else { return .english }
        return DateTimeNamesCache.shared.names(for: identifier)
    }

    /// Reads the names from ICU; `identifier` has a language ICU knows.
    fileprivate static func fromICU(_ identifier: String) -> DateTimeNames {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: identifier)
        formatter.calendar = Calendar(identifier: .gregorian)
        let english = DateTimeNames.english
        func valid(_ list: [String]?, _ count: Int, _ fallback: [String]) -> [String] {
            guard let list, list.count == count, !list.contains(where: \.isEmpty) else { return fallback }
            return list
        }
        let weekdays = valid(formatter.weekdaySymbols, 7, english.weekdays)
        return DateTimeNames(
            months: valid(formatter.monthSymbols, 12, english.months),
            monthsShort: valid(formatter.shortMonthSymbols, 12, english.monthsShort),
            weekdays: weekdays,
            weekdaysShort: valid(formatter.shortWeekdaySymbols, 7, english.weekdaysShort),
            weekdaysMin: weekdays.map { String($0.prefix(2)) },
            am: formatter.amSymbol.isEmpty ? "AM" : formatter.amSymbol,
            pm: formatter.pmSymbol.isEmpty ? "PM" : formatter.pmSymbol)
    }
}

/// Locale identifier helpers that never consult the process locale.
enum LocaleIdentifiers {
    /// The lower-cased language subtag (`fr` of `fr-FR`, `zh` of `zh_Hans_CN`); nil when the
    /// identifier does not start with two or three ASCII letters.
    static func language(of identifier: String) -> String? {
        let head = identifier.prefix { $0 != "-" && $0 != "_" }
        guard (2...3).contains(head.count), head.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return head.lowercased()
    }

    /// Languages the ICU data shipped with Foundation has names for.
    private static let knownLanguages: Set<String> = Set(Locale.availableIdentifiers.compactMap { language(of: $0) })

    static func isKnownLanguage(_ language: String) -> Bool { knownLanguages.contains(language) }
}

/// Names already read from ICU, per locale identifier. Creating a `DateFormatter` costs
/// about 0.1 ms, so each locale is read once; the cache is bounded and guarded by a lock,
/// and its contents depend only on the identifier, so it cannot change any result.
private final class DateTimeNamesCache: @unchecked Sendable {
    static let shared = DateTimeNamesCache()
    private let lock = NSLock()
    private var entries: [String: DateTimeNames] = [:]
    private let capacity = 64

    func names(for identifier: String) -> DateTimeNames {
        lock.lock()
        if let cached = entries[identifier] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let names = DateTimeNames.fromICU(identifier)
        lock.lock()
        if entries.count >= capacity { entries.removeAll() }
        entries[identifier] = names
        lock.unlock()
        return names
    }
}
