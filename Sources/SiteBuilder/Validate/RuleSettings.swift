import CatalogDiagnostics

/// Rules turned off or given another severity (`--rule ID=off|note|warning|error`, or a
/// `rules:` mapping in the catalog file), as eslint, Spectral and oasdiff let teams do.
/// Applied to every finding of `validate` and `build` alike.
public struct RuleSettings: Sendable, Hashable {
    public enum Setting: String, Sendable, Hashable, CaseIterable {
        case off, note, warning, error

        var severity: Severity? {
            switch self {
            case .off: nil
            case .note: .note
            case .warning: .warning
            case .error: .error
            }
        }
    }

    public private(set) var settings: [String: Setting] = [:]

    public init() {}

    public var isEmpty: Bool { settings.isEmpty }

    /// Sets one rule; a later setting of the same rule wins.
    public mutating func set(_ rule: String, _ setting: Setting) { settings[rule] = setting }

    /// Parses `ID=off|note|warning|error`; the problem when it does not parse or names no rule.
    public mutating func parse(_ argument: String) -> String? {
        let parts = argument.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let setting = Setting(rawValue: parts[1].lowercased()) else {
            return "\"\(argument)\" is not RULE=off|note|warning|error"
        }
        return set(rule: parts[0], setting)
    }

    /// Sets `rule` when it is a known rule id; the problem otherwise.
    public mutating func set(rule: String, _ setting: Setting) -> String? {
        guard Rule.all.contains(where: { $0.id == rule }) else {
            let near = Rule.all.map(\.id).min { Self.distance($0, rule) < Self.distance($1, rule) }
            return "\"\(rule)\" is not a rule" + (near.map { " (did you mean \($0)?)" } ?? "") + "; docs/rules.md lists them"
        }
        settings[rule] = setting
        return nil
    }

    /// The findings with the settings applied: some dropped, some at another severity.
    public func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !settings.isEmpty else { return diagnostics }
        return diagnostics.compactMap { d in
            guard let setting = settings[d.rule.id] else { return d }
            guard let severity = setting.severity else { return nil }
            var d = d
            d.severity = severity
            return d
        }
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
