import CatalogDiagnostics
import JSONTree

/// What the shared pages (home, operations index, search, sitemap, `catalog.json`) need to
/// know about a package. It is stored in the build manifest, so an unchanged package is
/// not read again to rebuild the shared pages.
struct PackageDigest: Sendable {
    struct Operation: Sendable {
        var slug: String
        /// `api-operation`, `mcp-tool` or `bot-command`.
        var kind: String
        var operationId: String
        var method: String?
        var path: String?
        var title: String
        var summary: String
        var consequential: Bool
        var badge: String
        var badgeClass: String
        var kindLabel: String?
        var functionName: String?
        var cards: Int
    }

    var id: String
    var kind: String
    var kindLabel: String
    var source: String
    var defaultLocale: String
    var locales: [String]
    var titles: [String: String]
    var summaries: [String: String]
    var diagnostics: [Diagnostic]
    var operations: [Operation]
    var cards: Int
    /// This package's object as it appears in `catalog.json`, serialized with the package's
    /// pages, as UTF-8. The digests file keeps it as text: an unchanged package's object is
    /// copied into the next `catalog.json` without being parsed into a tree and written out
    /// again (nor made into a `String`, which checks every byte).
    var catalogText: [UInt8]

    func title(_ locale: String) -> String { titles[locale] ?? titles[defaultLocale] ?? id }
    func summary(_ locale: String) -> String? { summaries[locale] ?? summaries[defaultLocale] }
    /// The package's own tree for a language it ships (nil = the root tree).
    func treeLocale(for locale: String) -> String? {
        locale != defaultLocale && locales.contains(locale) ? locale : nil
    }

    /// The digest as the build details keep it (`catalogText` is kept beside them, as it
    /// is: see BuildDetails).
    func write<S: JSONSink>(into s: inout S) {
        s.object { o in
            o.member("id", id)
            o.member("kind", kind)
            o.member("kindLabel", kindLabel)
            o.member("source", source)
            o.member("defaultLocale", defaultLocale)
            o.member("locales", strings: locales)
            o.key("titles")
            o.object { t in for (k, v) in titles.sorted(by: { $0.key < $1.key }) { t.member(k, v) } }
            o.key("summaries")
            o.object { t in for (k, v) in summaries.sorted(by: { $0.key < $1.key }) { t.member(k, v) } }
            o.key("diagnostics")
            o.array(diagnostics) { a, d in Self.record(d, into: &a) }
            o.key("operations")
            o.array(operations) { a, op in Self.write(op, into: &a) }
            o.member("cards", cards)
        }
    }

    static func write<S: JSONSink>(_ op: Operation, into s: inout S) {
        s.object { x in
            x.member("slug", op.slug)
            x.member("kind", op.kind)
            x.member("operationId", op.operationId)
            x.member("method", op.method)
            x.member("path", op.path)
            x.member("title", op.title)
            x.member("summary", op.summary)
            x.member("consequential", op.consequential)
            x.member("badge", op.badge)
            x.member("badgeClass", op.badgeClass)
            x.member("kindLabel", op.kindLabel)
            x.member("functionName", op.functionName)
            x.member("cards", op.cards)
        }
    }

    /// The digest of a package presentation.
    init(_ p: PackagePresentation, catalogText: [UInt8]) {
        let package = p.package
        self.init(
            id: package.id, kind: package.kind.rawValue, kindLabel: Labels.kind(package.kind), source: package.source,
            defaultLocale: p.defaultLocale, locales: p.locales,
            titles: Dictionary(uniqueKeysWithValues: p.locales.map { ($0, package.title(locale: $0).value) }),
            summaries: Dictionary(uniqueKeysWithValues: p.locales.compactMap { l in package.summary(locale: l).map { (l, $0.value) } }),
            diagnostics: p.diagnostics,
            operations: p.operations.map { page in
                let e = page.entry
                return Operation(
                    slug: e.slug, kind: e.kind.rawValue, operationId: e.operationId, method: e.api?.method, path: e.api?.path,
                    title: page.title(locale: p.defaultLocale), summary: page.summary,
                    consequential: e.consequential.effective, badge: page.consequential.badge, badgeClass: page.consequential.badgeClass,
                    kindLabel: page.kindLabel, functionName: e.function?.name, cards: page.cards.cards)
            },
            cards: p.cardCount, catalogText: catalogText)
    }

    init(
        id: String, kind: String, kindLabel: String, source: String, defaultLocale: String, locales: [String],
        titles: [String: String], summaries: [String: String], diagnostics: [Diagnostic], operations: [Operation],
        cards: Int, catalogText: [UInt8]
    ) {
        self.id = id
        self.kind = kind
        self.kindLabel = kindLabel
        self.source = source
        self.defaultLocale = defaultLocale
        self.locales = locales
        self.titles = titles
        self.summaries = summaries
        self.diagnostics = diagnostics
        self.operations = operations
        self.cards = cards
        self.catalogText = catalogText
    }

    /// The digest as `write(into:)` wrote it, read member by member (the build details of a
    /// large catalog hold tens of thousands of operations).
    init?(reading c: inout WrittenJSONCursor) {
        var id: String?, kind: String?, source: String?, defaultLocale: String?, kindLabel: String?
        var locales: [String]?, titles: [String: String] = [:], summaries: [String: String] = [:]
        var diagnostics: [Diagnostic] = [], operations: [Operation] = [], cards = 0
        let read = c.object { c, key in
            switch key {
            case "id": return c.string(into: &id)
            case "kind": return c.string(into: &kind)
            case "kindLabel": return c.string(into: &kindLabel)
            case "source": return c.string(into: &source)
            case "defaultLocale": return c.string(into: &defaultLocale)
            case "locales": return c.strings().map { locales = $0 } != nil
            case "titles": return c.object { c, k in c.string().map { titles[k] = $0 } != nil }
            case "summaries": return c.object { c, k in c.string().map { summaries[k] = $0 } != nil }
            case "diagnostics": return c.array { c in Self.diagnostic(reading: &c).map { diagnostics.append($0) } != nil }
            case "operations": return c.array { c in Operation(reading: &c).map { operations.append($0) } != nil }
            case "cards": return c.int().map { cards = $0 } != nil
            default: return c.skip()
            }
        }
        guard read, let id, let kind, let source, let defaultLocale else { return nil }
        self.init(
            id: id, kind: kind, kindLabel: kindLabel ?? kind, source: source, defaultLocale: defaultLocale, locales: locales ?? [defaultLocale],
            titles: titles, summaries: summaries, diagnostics: diagnostics, operations: operations, cards: cards, catalogText: [])
    }

    /// A finding from its `record`, read in place.
    static func diagnostic(reading c: inout WrittenJSONCursor) -> Diagnostic? {
        var severity: String?, rule: String?, message: String?, file: String?, line: Int?, column: Int?, notes: [String] = []
        var n = 0
        let read = c.array { c in
            defer { n += 1 }
            switch n {
            case 0: return c.string(into: &severity)
            case 1: return c.string(into: &rule)
            case 2: return c.string(into: &message)
            case 3: return c.optionalString().map { file = $0 } != nil
            case 4: return c.null() || c.int().map { line = $0 } != nil
            case 5: return c.null() || c.int().map { column = $0 } != nil
            default: return c.string().map { notes.append($0) } != nil
            }
        }
        guard read, n >= 6, let severity = severity.flatMap(Severity.init(rawValue:)), let rule, let message else { return nil }
        let location = line.flatMap { l in column.map { SourceLocation(line: l, column: $0) } }
        return Diagnostic(severity, Rule(id: rule), message, file: file, at: location, notes: notes)
    }

    /// A finding as the site's own records keep it: `[severity, rule, message, file, line,
    /// column, note…]`, nulls where there is no file or place. An array rather than the
    /// object `catalog.json` has: reading 40,000 findings back builds no dictionaries.
    static func record(_ d: Diagnostic) -> JSONValue {
        var builder = JSONTreeBuilder()
        record(d, into: &builder)
        return builder.result
    }

    static func record<S: JSONSink>(_ d: Diagnostic, into s: inout S) {
        s.array { a in
            a.string(d.severity.rawValue)
            a.string(d.rule.id)
            a.string(d.message)
            if let file = d.file { a.string(file) } else { a.null() }
            if let at = d.location {
                a.number(Double(at.line))
                a.number(Double(at.column))
            } else {
                a.null()
                a.null()
            }
            for note in d.notes { a.string(note) }
        }
    }

    /// A finding from `record`.
    static func diagnostic(record j: JSONValue) -> Diagnostic? {
        guard let a = j.arrayValue, a.count >= 6, let s = a[0].stringValue.flatMap(Severity.init(rawValue:)), let rule = a[1].stringValue,
            let message = a[2].stringValue
        else { return nil }
        var location: SourceLocation? = nil
        if let line = a[4].intValue, let column = a[5].intValue { location = SourceLocation(line: line, column: column) }
        return Diagnostic(s, Rule(id: rule), message, file: a[3].stringValue, at: location, notes: a[6...].compactMap(\.stringValue))
    }

    /// A finding from its object in `catalog.json` (or a baseline).
    static func diagnostic(_ j: JSONValue) -> Diagnostic? {
        guard let s = j["severity"]?.stringValue.flatMap(Severity.init(rawValue:)), let rule = j["rule"]?.stringValue,
            let message = j["message"]?.stringValue
        else { return nil }
        var location: SourceLocation? = nil
        if let line = j["line"]?.intValue, let column = j["column"]?.intValue { location = SourceLocation(line: line, column: column) }
        return Diagnostic(s, Rule(id: rule), message, file: j["file"]?.stringValue, at: location, notes: j["notes"]?.arrayValue?.compactMap(\.stringValue) ?? [])
    }
}

extension PackageDigest.Operation {
    /// The members `PackageDigest.write(_:into:)` writes, in its order.
    enum Member: Int, CaseIterable {
        case slug, kind, operationId, method, path, title, summary, consequential, badge, badgeClass, kindLabel, functionName, cards
        static let keys = WrittenJSONCursor.Keys(allCases.map { "\($0)" })
    }

    /// An operation as `PackageDigest.write(_:into:)` wrote it; members it lacks take the
    /// defaults the tree reader gave them.
    init?(reading c: inout WrittenJSONCursor) {
        var slug: String?, operationId: String?, kind: String?, method: String?, path: String?, title: String?, summary: String?
        var consequential = false, badge = "", badgeClass = "", kindLabel: String?, functionName: String?, cards = 0
        let read = c.object(Member.keys) { c, key in
            switch key.flatMap(Member.init(rawValue:)) {
            case .slug?: return c.string(into: &slug)
            case .operationId?: return c.string(into: &operationId)
            case .kind?: return c.string(into: &kind)
            case .title?: return c.string(into: &title)
            case .summary?: return c.string(into: &summary)
            case .method?: return c.optionalString().map { method = $0 } != nil
            case .path?: return c.optionalString().map { path = $0 } != nil
            case .kindLabel?: return c.optionalString().map { kindLabel = $0 } != nil
            case .functionName?: return c.optionalString().map { functionName = $0 } != nil
            case .consequential?: return c.bool().map { consequential = $0 } != nil
            case .badge?: return c.string().map { badge = $0 } != nil
            case .badgeClass?: return c.string().map { badgeClass = $0 } != nil
            case .cards?: return c.int().map { cards = $0 } != nil
            case nil: return c.skip()
            }
        }
        guard read, let slug, let operationId else { return nil }
        self.init(
            slug: slug, kind: kind ?? "api-operation", operationId: operationId, method: method, path: path, title: title ?? operationId,
            summary: summary ?? "", consequential: consequential, badge: badge, badgeClass: badgeClass, kindLabel: kindLabel,
            functionName: functionName, cards: cards)
    }
}
