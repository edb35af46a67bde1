import CatalogDiagnostics
import CatalogSupport
import Foundation
import JSONTree
import PackageReader

/// `plugin-catalog diff BASE HEAD`: both sides read with the build's reader, packages
/// paired, and the effective behaviour compared (not the text), most severe first.
public struct DiffAction: Sendable {
    public var base: DiffSide
    public var head: DiffSide
    /// How packages are read on both sides (`--env`, `--env-file`, template flags).
    public var load: LoadOptions
    /// Keep card previews and removed operations for the review site.
    public var keepsPreviews = false

    public init(base: DiffSide, head: DiffSide, load: LoadOptions = LoadOptions()) {
        self.base = base
        self.head = head
        self.load = load
    }

    public func run() -> DiffReport {
        let start = DispatchTime.now().uptimeNanoseconds
        let sides = parallelMap([base, head]) { DiffSnapshot.read($0, options: load) }
        let (b, h) = (sides[0], sides[1])
        // A side that could not be read is reported, not compared: a missing HEAD would
        // otherwise read as every package removed.
        guard b.failures.isEmpty && h.failures.isEmpty else {
            var report = DiffReport(base: base.label, head: head.label)
            report.failures = Self.labelled(b.failures, base.label) + Self.labelled(h.failures, head.label)
            report.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            return report
        }
        let context = Self.context
        let pairing = Pairing.packages(base: b.packages, head: h.packages)
        let previews = keepsPreviews
        let outcomes = parallelMap(pairing.pairs.map { PackagePair(base: b.packages[$0.base].package, head: h.packages[$0.head].package) }) { pair in
            PackageComparison(base: pair.base, head: pair.head, context: context, previews: previews).run()
        }
        var report = DiffReport(base: base.label, head: head.label)
        for o in outcomes { report.changes += o.changes }
        for (pair, o) in zip(pairing.pairs, outcomes) {
            let id = h.packages[pair.head].package.id
            for (op, cards) in o.cards { report.cardPreviews[id, default: [:]][op] = cards }
            if keepsPreviews { report.removedOperations[id] = o.removed.map { RemovedOperation($0, in: b.packages[pair.base].package) } }
        }
        for hi in pairing.added { report.changes.append(Self.packageAdded(h.packages[hi].package)) }
        for bi in pairing.removed {
            let p = b.packages[bi].package
            report.changes.append(Self.packageRemoved(p))
            if keepsPreviews { report.removedPackages.append(RemovedPackage(p)) }
        }
        let titles = Dictionary((b.packages + h.packages).map { ($0.package.id, PlaceholderTokens.plain($0.package.title().value)) }, uniquingKeysWith: { _, head in head })
        for i in report.changes.indices { report.changes[i].packageTitle = titles[report.changes[i].package] ?? report.changes[i].package }
        report.changes.sort(by: Change.order)
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return report
    }

    static func labelled(_ failures: [Diagnostic], _ label: String) -> [Diagnostic] {
        failures.map { d in
            var d = d
            d.message = "\(label): \(d.message)"
            return d
        }
    }

    struct PackagePair: Sendable {
        var base: CatalogPackage
        var head: CatalogPackage
    }

    /// The default theme's host configs are all cards need.
    static let context: SiteContext = {
        let theme = Theme.load(overriding: nil).0
        let configuration = CatalogConfiguration(output: URL(fileURLWithPath: "/dev/null"))
        // The default theme always compiles (a test holds it to that); without it there are no card comparisons to make.
        let renderer = (try? PageRenderer(theme: theme)) ?? PageRenderer.empty
        return SiteContext(configuration: configuration, theme: theme, renderer: renderer)
    }()

    static func packageAdded(_ p: CatalogPackage) -> Change {
        let ops = p.operations.count
        return Change(
            .packageAdded, .medium, package: p.id, message: "new package \(p.title().value) (\(ops) operation\(ops == 1 ? "" : "s"))",
            after: p.title().value, file: Self.mainFile(p), location: .start)
    }

    static func packageRemoved(_ p: CatalogPackage) -> Change {
        let ops = p.operations.count
        return Change(
            .packageRemoved, .medium, package: p.id, message: "package \(p.title().value) was removed (\(ops) operation\(ops == 1 ? "" : "s"))",
            before: p.title().value, file: Self.mainFile(p), location: .start, inBase: true)
    }

    /// The app manifest, else the agent, plugin or OpenAPI file, else the input.
    static func mainFile(_ p: CatalogPackage) -> String {
        p.app?.file ?? p.agent?.file ?? p.plugins.first?.file ?? p.specs.first?.file ?? p.source
    }
}

/// What `diff` found.
public struct DiffReport: Sendable {
    public var base: String
    public var head: String
    /// Every change, in `Change.order`.
    public var changes: [Change] = []
    /// Why a side could not be read (fully): such a run exits with 1.
    public var failures: [Diagnostic] = []
    /// For the review site: card previews by package and operationId, removed operations by
    /// package, removed packages.
    public var cardPreviews: [String: [String: [CardPreviewPair]]] = [:]
    public var removedOperations: [String: [RemovedOperation]] = [:]
    public var removedPackages: [RemovedPackage] = []
    public var seconds: Double = 0

    public init(base: String, head: String) {
        self.base = base
        self.head = head
    }

    public func count(_ risk: Risk) -> Int { changes.count { $0.risk == risk } }

    /// The package as reports name it: its title, and its id when they differ.
    static func packageName(_ c: Change) -> String {
        c.packageTitle.isEmpty || c.packageTitle == c.package ? c.package : "\(c.packageTitle) (\(c.package))"
    }

    /// 1 when a side could not be read, or when `failOn` is given and a change of that risk
    /// or higher was found; else 0.
    public func exitCode(failOn: Risk?) -> Int32 {
        if !failures.isEmpty { return 1 }
        guard let failOn else { return 0 }
        return changes.contains { $0.risk >= failOn } ? 1 : 0
    }

    /// "2 high, 1 medium and 4 low-risk changes".
    public var summary: String {
        if !failures.isEmpty { return "not compared: a side could not be read" }
        if changes.isEmpty { return "no changes" }
        let n = changes.count
        return "\(count(.high)) high, \(count(.medium)) medium and \(count(.low)) low-risk change\(n == 1 ? "" : "s")"
    }
}

/// An operation of BASE that HEAD no longer has, as its review page shows it.
public struct RemovedOperation: Sendable {
    public var operationId: String
    public var slug: String
    public var label: String
    public var method: String?
    public var path: String?
    public var summary: String?
    public var function: String?
    public var consequential: Bool
    public var file: String?
    public var location: SourceLocation?
    /// The confirmation text it had, per locale (title, body).
    public var confirmations: [(locale: String, title: String, body: String?)]

    init(_ e: OperationEntry, in p: CatalogPackage) {
        operationId = e.operationId
        slug = e.slug
        label = e.label
        method = e.api?.method
        path = e.api?.path
        summary = e.api?.summary
        function = e.function?.name
        consequential = e.consequential.effective
        file = e.place.file
        location = e.place.location
        confirmations = p.localization.locales.compactMap { l in p.confirmation(for: e, locale: l).map { (l, $0.title.value, $0.body?.value) } }
    }
}

/// A package of BASE that HEAD no longer has.
public struct RemovedPackage: Sendable {
    public var id: String
    public var title: String
    public var operations: [RemovedOperation]

    init(_ p: CatalogPackage) {
        id = p.id
        title = p.title().value
        operations = p.operations.map { RemovedOperation($0, in: p) }
    }
}
