import JSONTree

/// How much a reviewer should care about a change.
public enum Risk: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    case low, medium, high

    private var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        }
    }

    public static func < (a: Risk, b: Risk) -> Bool { a.rank < b.rank }
}

/// The kinds of change `diff` reports, each with a stable id (documented in
/// `docs/changes.md`; a test keeps the two in step).
public enum ChangeKind: String, Sendable, Hashable, CaseIterable, Codable {
    case consequentialRelaxed = "consequential-relaxed"
    case consequentialTightened = "consequential-tightened"
    case operationAdded = "operation-added"
    case operationRemoved = "operation-removed"
    case operationMoved = "operation-moved"
    case functionAdded = "function-added"
    case functionRemoved = "function-removed"
    case confirmationChanged = "confirmation-changed"
    case serverChanged = "server-changed"
    case authChanged = "auth-changed"
    case parameterAdded = "parameter-added"
    case parameterRemoved = "parameter-removed"
    case parameterChanged = "parameter-changed"
    case responseChanged = "response-changed"
    case cardChanged = "card-changed"
    case functionDescriptionChanged = "function-description-changed"
    case descriptionForModelChanged = "description-for-model-changed"
    case instructionsChanged = "instructions-changed"
    case capabilityAdded = "capability-added"
    case capabilityRemoved = "capability-removed"
    case localeAdded = "locale-added"
    case localeRemoved = "locale-removed"
    case packageAdded = "package-added"
    case packageRemoved = "package-removed"
    case versionNotBumped = "version-not-bumped"

    public var id: String { rawValue }
}

/// One change between two versions of a catalog: what changed in what Copilot or a user
/// does or sees, how risky it is, and where it is written (in HEAD; in BASE for a removal).
public struct Change: Sendable, Hashable {
    public var kind: ChangeKind
    public var risk: Risk
    /// The package id (HEAD's; BASE's for a removed package).
    public var package: String
    /// The package's title, for people (the id may be a GUID).
    public var packageTitle: String = ""
    public var operationId: String?
    public var locale: String?
    /// One line, for people.
    public var message: String
    public var before: String?
    public var after: String?
    /// The file as the side's diagnostics name it, and the place in it.
    public var file: String?
    public var location: SourceLocation?
    /// Whether `file` is on the BASE side (a removal), for links and annotations.
    public var inBase = false

    public init(
        _ kind: ChangeKind, _ risk: Risk, package: String, operationId: String? = nil, locale: String? = nil, message: String,
        before: String? = nil, after: String? = nil, file: String? = nil, location: SourceLocation? = nil, inBase: Bool = false
    ) {
        self.kind = kind
        self.risk = risk
        self.package = package
        self.operationId = operationId
        self.locale = locale
        self.message = message
        self.before = before
        self.after = after
        self.file = file
        self.location = location
        self.inBase = inBase
    }

    public var id: String { kind.rawValue }

    /// `file:line:column`, `file`, or nil.
    public var place: String? {
        guard let file else { return nil }
        return location.map { "\(file):\($0.line):\($0.column)" } ?? file
    }

    /// The order every report lists changes in: most severe first, then package,
    /// operation, locale and id (package-level changes before the operations').
    public static func order(_ a: Change, _ b: Change) -> Bool {
        if a.risk != b.risk { return a.risk > b.risk }
        if a.package != b.package { return a.package < b.package }
        if (a.operationId ?? "") != (b.operationId ?? "") { return (a.operationId ?? "") < (b.operationId ?? "") }
        if (a.locale ?? "") != (b.locale ?? "") { return (a.locale ?? "") < (b.locale ?? "") }
        if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
        if a.message != b.message { return a.message < b.message }
        if (a.file ?? "") != (b.file ?? "") { return (a.file ?? "") < (b.file ?? "") }
        return (a.location ?? .start) < (b.location ?? .start)
    }
}

/// A place in a file, as changes carry it.
struct Place: Sendable, Hashable {
    var file: String?
    var location: SourceLocation?

    init(_ file: String?, _ location: SourceLocation?) {
        self.file = file
        self.location = location
    }

    static let none = Place(nil, nil)
}
