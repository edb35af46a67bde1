import CatalogDiagnostics
import CatalogSupport
import PackageReader

/// The site-wide findings page: every finding of the catalog and its packages, grouped by
/// rule (most severe rules first), filterable by severity without script.
enum FindingsPage {
    /// A finding and the package it is about (its title and page), worked out once per package.
    struct Item {
        var diagnostic: Diagnostic
        var package: (title: TemplateValue, href: TemplateValue)?
    }

    static func view(digests: [PackageDigest], catalog: [Diagnostic]) -> View {
        var items = catalog.map { Item(diagnostic: $0, package: nil) }
        for d in digests {
            let package = (title: TemplateValue.string(PlaceholderTokens.plain(d.title(d.defaultLocale))), href: TemplateValue.string(SitePaths.packageIndex(d.id)))
            items += d.diagnostics.map { Item(diagnostic: $0, package: package) }
        }
        let groups = Dictionary(grouping: items) { $0.diagnostic.rule }
        // Most severe rules first: each rule's worst severity, worked out once.
        let worst = groups.mapValues { $0.lazy.map(\.diagnostic.severity).max() ?? .note }
        let rules = groups.keys.sorted { a, b in
            let sa = worst[a] ?? .note, sb = worst[b] ?? .note
            return sa != sb ? sa > sb : a < b
        }
        var counts: [Severity: Int] = [:]
        for item in items { counts[item.diagnostic.severity, default: 0] += 1 }
        let severities: [View] = Severity.allCases.reversed().compactMap { s in
            let n = counts[s] ?? 0
            return n == 0 ? nil : ["id": .string(s.rawValue), "label": .string(s.rawValue.capitalized + "s"), "count": .int(n)]
        }
        return [
            "summary": .string(summary(errors: counts[.error] ?? 0, warnings: counts[.warning] ?? 0, total: items.count)), "catalogCount": catalog.isEmpty ? false : .int(catalog.count),
            "hasFindings": .bool(!items.isEmpty), "severities": .views(severities),
            "rules": .views(rules.map { rule in group(rule, items: groups[rule] ?? []) })
        ]
    }

    static func summary(errors e: Int, warnings w: Int, total: Int) -> String {
        let n = total - e - w
        return "\(e) \(Labels.plural(e, "error", "errors")), \(w) \(Labels.plural(w, "warning", "warnings")), \(n) \(Labels.plural(n, "note", "notes"))"
    }

    static func group(_ rule: Rule, items: [Item]) -> View {
        let sorted = items.sorted { a, b in
            a.diagnostic.severity != b.diagnostic.severity ? a.diagnostic.severity > b.diagnostic.severity : Diagnostic.sortKey(a.diagnostic, b.diagnostic)
        }
        let severities = Set(items.map(\.diagnostic.severity))
        return [
            "rule": .string(rule.id), "anchor": .string(Slug.make(rule.id, fallback: "rule")), "count": .int(items.count),
            "summaryHTML": Format.inlineMarkdown(Rule(id: rule.id).summary),
            "severityClasses": .string(severities.sorted().map { "has-" + $0.rawValue }.joined(separator: " ")),
            "items": .views(sorted.map(row))
        ]
    }

    static func row(_ item: Item) -> View {
        let d = item.diagnostic
        var where_: TemplateValue = false
        if let file = d.file { where_ = .string(d.location.map { "\(file):\($0.line):\($0.column)" } ?? file) }
        return [
            "severity": .string(d.severity.rawValue), "message": .string(PlaceholderTokens.plain(d.message)), "where": where_,
            "packageTitle": item.package?.title ?? false, "packageHref": item.package?.href ?? false
        ]
    }
}
