import CatalogSupport
import Foundation
import JSONTree
import PackageReader

/// `build HEAD --compare BASE`: what the site adds for a reviewer. The comparison, indexed
/// by package and operation, and the views and pages made from it: a badge and a "Changes"
/// section on each changed package and operation page (confirmation text before and after
/// per locale, card previews side by side), `changes.html`, a page per removed operation,
/// and a `changes` array per package and operation in `catalog.json`.
struct ReviewIndex: Sendable {
    let report: DiffReport
    /// package → operationId → its changes; package-level changes under "".
    let changes: [String: [String: [Change]]]
    /// Changes the build's fingerprint (a comparison with other changes rebuilds every page).
    let fingerprint: String

    init(_ report: DiffReport) {
        self.report = report
        var byPackage: [String: [String: [Change]]] = [:]
        for c in report.changes { byPackage[c.package, default: [:]][c.operationId ?? "", default: []].append(c) }
        changes = byPackage
        fingerprint = Hashing.hex(
            Hashing.fnv(
                DiffFormat.json.render(report) + report.base + report.head
                    + report.cardPreviews.keys.sorted().joined(separator: ",")))
    }

    func of(_ package: String, _ operationId: String?) -> [Change] { changes[package]?[operationId ?? ""] ?? [] }

    static let changesPage = "changes.html"

    /// Where a removed operation's page is.
    static func removedPage(_ package: String, _ slug: String) -> String { "changes/\(Slug.make(package, fallback: "package"))/\(slug).html" }

    /// A change as `catalog.json` lists it under its package or operation.
    static func json(_ c: Change) -> JSONValue {
        guard case .object(var o) = DiffJSONReport.change(c) else { return .null }
        o.removeValue(forKey: "package")
        o.removeValue(forKey: "packageTitle")
        o.removeValue(forKey: "operationId")
        return .object(o)
    }
}

// MARK: Views

extension ReviewIndex {
    /// One change as a row.
    /// `values`: show before and after (the operation page shows confirmations rendered instead).
    static func row(_ c: Change, href: String?, values: Bool = true) -> View {
        [
            "risk": .string(c.risk.rawValue), "riskClass": .string("risk-" + c.risk.rawValue), "id": .string(c.id),
            "message": .string(PlaceholderTokens.plain(c.message)), "locale": Format.value(c.locale),
            "package": .string(c.packageTitle.isEmpty ? c.package : c.packageTitle), "operationId": Format.value(c.operationId),
            "place": Format.value(c.place.map { (c.inBase ? "base: " : "") + $0 }),
            "before": Format.value(c.before), "after": Format.value(c.after), "hasValues": .bool(values && (c.before != nil || c.after != nil)),
            "href": Format.value(href)
        ]
    }

    /// The "Changes" section of an operation page (false when nothing changed).
    func operationView(package: String, operationId: String, from path: String) -> TemplateValue {
        let list = of(package, operationId)
        guard !list.isEmpty else { return false }
        let confirmations: [View] = list.filter { $0.kind == .confirmationChanged && $0.locale != nil }.map { c in
            let (bt, bb) = Self.split(c.before), (at, ab) = Self.split(c.after)
            return [
                "locale": .string(c.locale ?? ""), "beforeTitle": .string(bt), "beforeBodyHTML": .string(OperationView.confirmationBodyHTML(bb)),
                "afterTitle": .string(at), "afterBodyHTML": .string(OperationView.confirmationBodyHTML(ab))
            ]
        }
        let cards: [View] = (report.cardPreviews[package]?[operationId] ?? []).map { p in
            [
                "number": .int(p.number), "before": .strings(p.before), "after": .strings(p.after),
                "noBefore": .bool(p.before.isEmpty), "noAfter": .bool(p.after.isEmpty)
            ]
        }
        return .map([
            "count": .int(list.count), "noun": .string(Labels.plural(list.count, "change", "changes")),
            "maxRisk": .string(list.map(\.risk).max()?.rawValue ?? "low"),
            "changes": .views(list.map { Self.row($0, href: nil, values: $0.kind != .confirmationChanged) }),
            "confirmations": .views(confirmations), "hasConfirmations": .bool(!confirmations.isEmpty),
            "cards": .views(cards), "hasCards": .bool(!cards.isEmpty),
            "switcher": cards.isEmpty ? false : .string(SiteStylesheets.switcher(name: "review-theme")),
            "changesHref": .string(SitePaths.link(from: path, to: Self.changesPage)), "base": .string(report.base)
        ])
    }

    /// The "Changes" section of a package page: its own changes and its changed operations.
    func packageView(package: String, operations: [(operationId: String, slug: String)], from path: String) -> TemplateValue {
        let own = of(package, nil)
        let changed = operations.filter { !of(package, $0.operationId).isEmpty }
        let removed = report.removedOperations[package] ?? []
        guard !own.isEmpty || !changed.isEmpty || !removed.isEmpty else { return false }
        let rows: [View] = changed.map { op in
            let list = of(package, op.operationId)
            return [
                "operationId": .string(op.operationId), "href": .string(op.slug + ".html"),
                "count": .int(list.count), "maxRisk": .string(list.map(\.risk).max()?.rawValue ?? "low"),
                "ids": .string(Array(Set(list.map(\.id))).sorted().joined(separator: ", "))
            ]
        }
        let gone: [View] = removed.map { r in
            ["label": .string(r.label), "href": .string(SitePaths.link(from: path, to: Self.removedPage(package, r.slug)))]
        }
        let total = own.count + changed.reduce(0) { $0 + of(package, $1.operationId).count }
        return .map([
            "count": .int(total), "noun": .string(Labels.plural(total, "change", "changes")),
            "changes": .views(own.map { Self.row($0, href: nil) }), "hasOwn": .bool(!own.isEmpty),
            "operations": .views(rows), "hasOperations": .bool(!rows.isEmpty),
            "removed": .views(gone), "hasRemoved": .bool(!gone.isEmpty),
            "changesHref": .string(SitePaths.link(from: path, to: Self.changesPage)), "base": .string(report.base)
        ])
    }

    /// `title\n\nbody` → (title, body).
    static func split(_ dialog: String?) -> (String, String) {
        guard let dialog, let r = dialog.range(of: "\n\n") else { return (dialog ?? "", "") }
        return (String(dialog[..<r.lowerBound]), String(dialog[r.upperBound...]))
    }
}

// MARK: Pages

extension ReviewIndex {
    /// `changes.html` and the removed operations' pages.
    func pages(digests: [PackageDigest], context: SiteContext) -> [String: FileContent] {
        var slugs: [String: String] = [:]
        for d in digests { for op in d.operations { slugs[d.id + "\u{0}" + op.operationId] = op.slug } }
        var files: [String: FileContent] = [:]
        let removed =
            report.removedOperations.flatMap { p in p.value.map { (p.key, $0) } }
            + report.removedPackages.flatMap { p in p.operations.map { (p.id, $0) } }
        var removedPages: [String: String] = [:]
        for (package, op) in removed {
            let path = Self.removedPage(package, op.slug)
            removedPages[package + "\u{0}" + op.operationId] = path
            files[path] = removedPage(op, package: package, path: path, context: context)
        }
        let rows: [View] = report.changes.map { c in
            var href: String? = nil
            if let op = c.operationId {
                if c.kind == .operationRemoved || slugs[c.package + "\u{0}" + op] == nil {
                    href = removedPages[c.package + "\u{0}" + op]
                } else if let slug = slugs[c.package + "\u{0}" + op] {
                    href = SitePaths.operation(c.package, slug)
                }
            } else if c.kind != .packageRemoved, digests.contains(where: { $0.id == c.package }) {
                href = SitePaths.packageIndex(c.package)
            }
            return Self.row(c, href: href)
        }
        let risks: [View] = Risk.allCases.reversed().compactMap { r in
            let n = report.count(r)
            return n == 0 ? nil : ["id": .string(r.rawValue), "label": .string(r.rawValue.capitalized), "count": .int(n)]
        }
        let view: View = [
            "base": .string(report.base), "head": .string(report.head), "summary": .string(report.summary),
            "rows": .views(rows), "hasChanges": .bool(!rows.isEmpty), "risks": .views(risks),
            "failures": Format.diagnostics(report.failures), "hasFailures": .bool(!report.failures.isEmpty)
        ]
        let layout = context.layout(
            path: Self.changesPage, title: "Changes", lang: context.catalogLocale,
            description: "What changed since \(report.base), most severe first.",
            breadcrumbs: [("Catalog", "index.html"), ("Changes", nil)], nav: "changes", usesCards: false,
            alternates: [(context.catalogLocale, Self.changesPage)])
        files[Self.changesPage] = context.renderer.page("changes", view: view, layout: layout)
        return files
    }

    func removedPage(_ op: RemovedOperation, package: String, path: String, context: SiteContext) -> FileContent {
        let view: View = [
            "label": .string(op.label), "operationId": .string(op.operationId), "method": Format.value(op.method),
            "methodClass": .string(Labels.methodClass(op.method)), "path": Format.value(op.path), "summary": Format.value(op.summary),
            "function": Format.value(op.function), "consequential": .bool(op.consequential), "base": .string(report.base),
            "place": Format.value(op.file.map { f in op.location.map { "\(f):\($0.line):\($0.column)" } ?? f }),
            "confirmations": .views(
                op.confirmations.map { c in
                    ["locale": .string(c.locale), "title": .string(c.title), "bodyHTML": .string(OperationView.confirmationBodyHTML(c.body ?? ""))]
                }),
            "hasConfirmations": .bool(!op.confirmations.isEmpty),
            "changesHref": .string(SitePaths.link(from: path, to: Self.changesPage))
        ]
        let layout = context.layout(
            path: path, title: "Removed: \(op.label)", lang: context.catalogLocale, description: nil,
            breadcrumbs: [("Catalog", "index.html"), ("Changes", Self.changesPage), (op.label, nil)],
            nav: "changes", usesCards: false, alternates: [(context.catalogLocale, path)])
        return context.renderer.page("removed", view: view, layout: layout)
    }
}
