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
    /// pages. The digests file keeps it as text: an unchanged package's object is copied into
    /// the next `catalog.json` without being parsed into a tree and written out again.
    var catalogText: String

    func title(_ locale: String) -> String { titles[locale] ?? titles[defaultLocale] ?? id }
    func summary(_ locale: String) -> String? { summaries[locale] ?? summaries[defaultLocale] }
    /// The package's own tree for a language it ships (nil = the root tree).
    func treeLocale(for locale: String) -> String? {
        locale != defaultLocale && locales.contains(locale) ? locale : nil
    }

    var json: JSONValue {
        var o = JSONObject()
        o["id"] = .string(id)
        o["kind"] = .string(kind)
        o["kindLabel"] = .string(kindLabel)
        o["source"] = .string(source)
        o["defaultLocale"] = .string(defaultLocale)
        o["locales"] = .array(locales.map { .string($0) })
        o["titles"] = .object(JSONObject(uniqueKeysWithValues: titles.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
        o["summaries"] = .object(JSONObject(uniqueKeysWithValues: summaries.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
        o["diagnostics"] = .array(diagnostics.map(Self.record))
        o["operations"] = .array(
            operations.map { op in
                var x = JSONObject()
                x["slug"] = .string(op.slug)
                x["kind"] = .string(op.kind)
                x["operationId"] = .string(op.operationId)
                x["method"] = op.method.map { .string($0) } ?? .null
                x["path"] = op.path.map { .string($0) } ?? .null
                x["title"] = .string(op.title)
                x["summary"] = .string(op.summary)
                x["consequential"] = .bool(op.consequential)
                x["badge"] = .string(op.badge)
                x["badgeClass"] = .string(op.badgeClass)
                x["kindLabel"] = op.kindLabel.map { .string($0) } ?? .null
                x["functionName"] = op.functionName.map { .string($0) } ?? .null
                x["cards"] = .number(Double(op.cards))
                return .object(x)
            })
        o["cards"] = .number(Double(cards))
        // `catalogText` is kept beside the digests, as it is (see BuildDetails).
        return .object(o)
    }

    /// The digest of a package presentation.
    init(_ p: PackagePresentation, catalogEntry: JSONValue) {
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
            cards: p.cardCount, catalogEntry: catalogEntry)
    }

    init(
        id: String, kind: String, kindLabel: String, source: String, defaultLocale: String, locales: [String],
        titles: [String: String], summaries: [String: String], diagnostics: [Diagnostic], operations: [Operation],
        cards: Int, catalogEntry: JSONValue
    ) {
        self.init(
            id: id, kind: kind, kindLabel: kindLabel, source: source, defaultLocale: defaultLocale, locales: locales, titles: titles,
            summaries: summaries, diagnostics: diagnostics, operations: operations, cards: cards,
            catalogText: CatalogJSON.text(ofPackage: catalogEntry))
    }

    init(
        id: String, kind: String, kindLabel: String, source: String, defaultLocale: String, locales: [String],
        titles: [String: String], summaries: [String: String], diagnostics: [Diagnostic], operations: [Operation],
        cards: Int, catalogText: String
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

    init?(json: JSONValue, catalogText: String) {
        guard let id = json["id"]?.stringValue, let kind = json["kind"]?.stringValue, let source = json["source"]?.stringValue,
            let defaultLocale = json["defaultLocale"]?.stringValue
        else { return nil }
        self.id = id
        self.kind = kind
        self.kindLabel = json["kindLabel"]?.stringValue ?? kind
        self.source = source
        self.defaultLocale = defaultLocale
        self.locales = json["locales"]?.arrayValue?.compactMap(\.stringValue) ?? [defaultLocale]
        self.titles = (json["titles"]?.objectValue ?? [:]).reduce(into: [:]) { $0[$1.key] = $1.value.stringValue }
        self.summaries = (json["summaries"]?.objectValue ?? [:]).reduce(into: [:]) { $0[$1.key] = $1.value.stringValue }
        self.diagnostics = (json["diagnostics"]?.arrayValue ?? []).compactMap(Self.diagnostic(record:))
        self.operations = (json["operations"]?.arrayValue ?? []).compactMap { x in
            guard let slug = x["slug"]?.stringValue, let id = x["operationId"]?.stringValue else { return nil }
            return Operation(
                slug: slug, kind: x["kind"]?.stringValue ?? "api-operation", operationId: id, method: x["method"]?.stringValue, path: x["path"]?.stringValue,
                title: x["title"]?.stringValue ?? id, summary: x["summary"]?.stringValue ?? "",
                consequential: x["consequential"]?.boolValue ?? false, badge: x["badge"]?.stringValue ?? "",
                badgeClass: x["badgeClass"]?.stringValue ?? "", kindLabel: x["kindLabel"]?.stringValue,
                functionName: x["functionName"]?.stringValue, cards: x["cards"]?.intValue ?? 0)
        }
        self.cards = json["cards"]?.intValue ?? 0
        self.catalogText = catalogText
    }

    /// A finding as the site's own records keep it: `[severity, rule, message, file, line,
    /// column, note…]`, nulls where there is no file or place. An array rather than the
    /// object `catalog.json` has: reading 40,000 findings back builds no dictionaries.
    static func record(_ d: Diagnostic) -> JSONValue {
        let place: [JSONValue] = [
            d.file.map { .string($0) } ?? .null, d.location.map { .number(Double($0.line)) } ?? .null,
            d.location.map { .number(Double($0.column)) } ?? .null
        ]
        return .array([.string(d.severity.rawValue), .string(d.rule.id), .string(d.message)] + place + d.notes.map { .string($0) })
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
