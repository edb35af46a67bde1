import JSONTree
import PackageReader

/// Collects the changes of one package (or one of its operations).
struct ChangeList: Sendable {
    var package: String
    var operationId: String?
    var changes: [Change] = []

    init(package: String, operationId: String? = nil) {
        self.package = package
        self.operationId = operationId
    }

    mutating func add(
        _ kind: ChangeKind, _ risk: Risk, _ message: String, before: String? = nil, after: String? = nil,
        at place: Place, locale: String? = nil, inBase: Bool = false
    ) {
        changes.append(
            Change(
                kind, risk, package: package, operationId: operationId, locale: locale, message: message,
                before: before, after: after, file: place.file, location: place.location, inBase: inBase))
    }
}

/// Texts as a reader of each language sees them, and where they are written.
enum LocalizedTexts {
    /// One difference of a localizable text: in a locale (when the text is localized), before and after.
    struct Difference {
        var locale: String?
        var before: String?
        var after: String?
        var place: Place
    }

    /// The locales both sides ship, in HEAD's order and spelling.
    static func commonLocales(_ base: CatalogPackage, _ head: CatalogPackage) -> [String] {
        let baseTags = Set(base.localization.locales.map { $0.lowercased() })
        return head.localization.locales.filter { baseTags.contains($0.lowercased()) }
    }

    /// Compares a text after localization: per common locale when either side localizes it
    /// (a `[[key]]`, or an app-manifest field language files override), else as written.
    static func compare(_ b: LocalizableText?, in base: CatalogPackage, _ h: LocalizableText?, in head: CatalogPackage) -> [Difference] {
        let localized = [b, h].contains { $0?.token != nil || ($0?.manifestPath != nil && !(head.localization.files.isEmpty && base.localization.files.isEmpty)) }
        guard localized else {
            guard b?.raw != h?.raw else { return [] }
            let place = h.map { Place($0.file, $0.location) } ?? b.map { Place($0.file, $0.location) } ?? .none
            return [Difference(locale: nil, before: b?.raw, after: h?.raw, place: place)]
        }
        var out: [Difference] = []
        for locale in commonLocales(base, head) {
            let bv = b.map { base.localization.resolve($0, locale: locale) }
            let hv = h.map { head.localization.resolve($0, locale: locale) }
            guard bv?.value != hv?.value else { continue }
            let place = h.flatMap { text in hv.map { self.place(of: text, resolved: $0, in: head) } } ?? b.map { Place($0.file, $0.location) } ?? .none
            out.append(Difference(locale: locale, before: bv?.value, after: hv?.value, place: place))
        }
        return out
    }

    /// Where the text a reader sees is written: the language file's value, or the manifest.
    static func place(of text: LocalizableText, resolved: ResolvedText, in package: CatalogPackage) -> Place {
        switch resolved.source {
        case .localized(let tag), .fallback(let tag):
            guard let file = package.localization.files.first(where: { $0.tag.caseInsensitiveCompare(tag) == .orderedSame }) else { break }
            let key = text.token.map { "[[" + $0 + "]]" } ?? text.manifestPath ?? ""
            return Place(file.file, file.valueLocations[key] ?? file.location)
        case .literal, .missing:
            break
        }
        return Place(text.file, text.location)
    }
}

extension OperationEntry {
    /// Where the operation is written: the OpenAPI operation, else the function or command.
    var place: Place {
        if let op = api { return Place(op.file, op.location) }
        if let fn = function { return Place(fn.file, fn.location) }
        if let c = command { return Place(c.file, c.location) }
        return .none
    }

    /// `POST /repairs`, or the operationId.
    var label: String { displayName }

    /// Whether calling it changes data: a method other than GET, or consequential.
    var changesData: Bool {
        if let m = api?.method, ["POST", "PUT", "PATCH", "DELETE"].contains(m) { return true }
        return consequential.effective
    }
}

/// Short quoting for messages.
enum Quote {
    static func text(_ s: String?, limit: Int = 80) -> String {
        guard let s else { return "(none)" }
        let line = s.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "\"" + (line.count > limit ? String(line.prefix(limit - 1)) + "…" : line) + "\""
    }
}
