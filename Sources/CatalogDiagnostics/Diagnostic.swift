import JSONTree

/// How bad a finding is. Errors make the build's exit status 1.
public enum Severity: String, Sendable, Hashable, Comparable, Codable, CaseIterable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// One finding about an input file: a stable rule id, a message, and where it is.
///
/// Printed as `path:line:column: severity[rule-id]: message` (the format compilers use,
/// so editors and CI annotate the right line).
public struct Diagnostic: Error, Sendable, Hashable {
    public var severity: Severity
    /// A rule from the reference validation rules (`PKG-01`, `OAS-04`…) or one of the
    /// project's own (`json-syntax`…); `Rule.all` lists them, `docs/rules.md` documents them.
    public var rule: Rule
    public var message: String
    /// The file as the user named it (relative to the working directory when possible).
    public var file: String?
    public var location: SourceLocation?
    /// Extra lines printed under the diagnostic (e.g. "did you mean …").
    public var notes: [String]

    public init(
        _ severity: Severity, _ rule: Rule, _ message: String,
        file: String? = nil, at location: SourceLocation? = nil, notes: [String] = []
    ) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.file = file
        self.location = location
        self.notes = notes
    }

    public static func error(_ rule: Rule, _ message: String, file: String? = nil, at location: SourceLocation? = nil, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, rule, message, file: file, at: location, notes: notes)
    }

    public static func warning(_ rule: Rule, _ message: String, file: String? = nil, at location: SourceLocation? = nil, notes: [String] = []) -> Diagnostic {
        Diagnostic(.warning, rule, message, file: file, at: location, notes: notes)
    }

    public static func note(_ rule: Rule, _ message: String, file: String? = nil, at location: SourceLocation? = nil, notes: [String] = []) -> Diagnostic {
        Diagnostic(.note, rule, message, file: file, at: location, notes: notes)
    }

    /// `path:line:column: severity[rule]: message`; without a file, `plugin-catalog:`.
    public var formatted: String {
        var out = file ?? "plugin-catalog"
        if let location {
            out += ":\(location.line):\(location.column)"
        }
        out += ": \(severity.rawValue)[\(rule)]: \(message)"
        for note in notes { out += "\n    note: \(note)" }
        return out
    }

    /// Total order used to print diagnostics deterministically.
    public static func sortKey(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if (a.file ?? "") != (b.file ?? "") { return (a.file ?? "") < (b.file ?? "") }
        let la = a.location ?? SourceLocation(line: 0, column: 0)
        let lb = b.location ?? SourceLocation(line: 0, column: 0)
        if la != lb { return la < lb }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.message < b.message
    }
}

extension Array where Element == Diagnostic {
    // Severities are read in place: iterating would copy (and retain) every finding.
    public var errorCount: Int { count(of: .error) }
    public var warningCount: Int { count(of: .warning) }
    public var hasErrors: Bool { errorCount > 0 }

    private func count(of severity: Severity) -> Int {
        withUnsafeBufferPointer { findings in
            var n = 0
            for i in findings.indices where findings[i].severity == severity { n += 1 }
            return n
        }
    }

    /// Sorted and without exact repeats. Sorting puts findings with the same sort key
    /// (file, place, rule, message) next to each other, so a repeat can only be in the run
    /// of its neighbours: each finding is compared with those, not hashed.
    public var normalized: [Diagnostic] {
        let sorted = sorted(by: Diagnostic.sortKey)
        var out: [Diagnostic] = []
        out.reserveCapacity(sorted.count)
        var run = 0
        for i in sorted.indices {
            if i > 0 && !Diagnostic.sortKey(sorted[i - 1], sorted[i]) {
                if out[run...].contains(sorted[i]) { continue }
            } else {
                run = out.count
            }
            out.append(sorted[i])
        }
        return out
    }
}
