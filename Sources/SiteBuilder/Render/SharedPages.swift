import CatalogSupport
import CatalogDiagnostics
import Foundation
import JSONTree
import MarkdownHTML

/// The pages every package appears on, built from the packages' digests: the home page and
/// the operations index in every language tree, the gallery index, the 404 page, the
/// sitemap, the search index and `catalog.json`.
enum SharedPages {
    /// One shared file to make; the jobs run in parallel.
    enum Job: Sendable {
        case home(tree: String?)
        case operations(tree: String?)
        case galleryIndex(tree: String?)
        case gallery(Int)
        case notFound
        case searchIndex
        case catalogJSON
        case findings
    }

    /// `otherLocales`: every language with a tree of its own besides the catalog's.
    /// `catalogDiagnostics`: every catalog-level finding (for `catalog.json`); the home page
    /// lists those not about a gallery card (gallery pages show theirs beside the card).
    static func build(
        digests: [PackageDigest], catalogDiagnostics: [Diagnostic], context: SiteContext, otherLocales: [String],
        galleries: [GalleryPage], pagePaths: [String]
    ) -> [String: FileContent] {
        let trees: [String?] = [nil] + otherLocales.map { Optional($0) }
        // The longest first (each lists every finding or operation), so that no core is left
        // with a long job at the end.
        let jobs: [Job] =
            [.findings] + trees.map { Job.operations(tree: $0) } + trees.map { Job.home(tree: $0) } + [.searchIndex, .catalogJSON]
            + galleries.indices.map { Job.gallery($0) } + trees.map { Job.galleryIndex(tree: $0) } + [.notFound]
        let index = OperationIndex(digests)
        // The packages' pages are sorted for the sitemap while the shared pages are made.
        let (made, packagePages) = concurrently(
            {
                parallelMap(jobs) { job in
                    make(
                        job, digests: digests, operations: index, catalogDiagnostics: catalogDiagnostics, context: context, otherLocales: otherLocales,
                        galleries: galleries)
                }
            }, { sitemapPages(pagePaths) })
        var files: [String: FileContent] = [:]
        for (path, text) in made { files[path] = text }
        let pages = sitemapPages(files.keys.filter { $0.hasSuffix(".html") })
        files["sitemap.xml"] = .text(sitemap(merging: packagePages, pages, baseURL: context.baseURL))
        return files
    }

    static func make(
        _ job: Job, digests: [PackageDigest], operations: OperationIndex, catalogDiagnostics: [Diagnostic], context: SiteContext,
        otherLocales: [String], galleries: [GalleryPage]
    ) -> (path: String, text: FileContent) {
        let alternates: (String) -> [(tag: String, path: String)] = { page in
            ([context.catalogLocale] + otherLocales).map { ($0, SitePaths.prefix($0 == context.catalogLocale ? nil : $0) + page) }
        }
        switch job {
        case .home(let tree):
            let lang = tree ?? context.catalogLocale
            let homePath = SitePaths.home(locale: tree)
            let galleryFiles = Set(galleries.flatMap(\.findings).compactMap(\.file))
            let own = catalogDiagnostics.filter { $0.file.map { !galleryFiles.contains($0) } ?? true }
            let index = homeView(digests: digests, diagnostics: own, locale: lang, from: homePath, galleries: galleries)
            return (
                homePath,
                context.renderer.page(
                    "index", view: index,
                    layout: context.layout(
                        path: homePath, title: context.title, lang: lang, description: context.description, breadcrumbs: [],
                        nav: "home", usesCards: false, alternates: alternates("index.html")))
            )
        case .operations(let tree):
            let lang = tree ?? context.catalogLocale
            let homePath = SitePaths.home(locale: tree)
            let opsPath = SitePaths.operationsIndex(locale: tree)
            var layout = context.layout(
                path: opsPath, title: "Operations", lang: lang, description: "Every operation of \(context.title), A to Z.",
                breadcrumbs: [("Catalog", homePath), ("Operations", nil)], nav: "operations", usesCards: false,
                alternates: alternates("operations.html"))
            layout["scripts"] = .strings(["search-index.js"])
            return (opsPath, context.renderer.page("operations", view: operationsView(operations, digests: digests, locale: lang, from: opsPath), layout: layout))
        case .galleryIndex(let tree):
            let lang = tree ?? context.catalogLocale
            let homePath = SitePaths.home(locale: tree)
            let galleryPath = SitePaths.galleryIndex(locale: tree)
            return (
                galleryPath,
                context.renderer.page(
                    "gallery-index", view: galleryIndexView(digests: digests, galleries: galleries, locale: lang, from: galleryPath),
                    layout: context.layout(
                        path: galleryPath, title: "Cards", lang: lang, description: "Every response card of \(context.title).",
                        breadcrumbs: [("Catalog", homePath), ("Cards", nil)], nav: "cards", usesCards: false,
                        alternates: alternates("cards.html")))
            )
        case .gallery(let i):
            // Extra galleries (card folders named in the catalog file).
            let g = galleries[i]
            let view: View = ["title": .string(g.title), "packageTitle": false, "items": .views(g.items), "switcher": .string(SiteStylesheets.themeSwitcher)]
            return (
                g.path,
                context.renderer.page(
                    "gallery", view: view,
                    layout: context.layout(
                        path: g.path, title: g.title, lang: context.catalogLocale, description: nil,
                        breadcrumbs: [("Catalog", "index.html"), ("Cards", "cards.html"), (g.title, nil)], nav: "cards", usesCards: true,
                        alternates: [(context.catalogLocale, g.path)]))
            )
        case .notFound:
            // Links are absolute when the site's URL is known (the page is served at any path).
            var notFound = context.layout(
                path: "404.html", title: "Page not found", lang: context.catalogLocale, description: nil,
                breadcrumbs: [], nav: "404", usesCards: false, alternates: [])
            if let base = context.baseURL {
                notFound["root"] = .string(base.hasSuffix("/") ? base : base + "/")
            }
            return ("404.html", context.renderer.page("notfound", view: ["home": notFound["root"] ?? ""], layout: notFound))
        case .searchIndex:
            return ("search-index.js", .text(searchIndex(digests: digests, locale: context.catalogLocale)))
        case .findings:
            let layout = context.layout(
                path: "findings.html", title: "Findings", lang: context.catalogLocale,
                description: "Every finding of \(context.title), by rule.", breadcrumbs: [("Catalog", "index.html"), ("Findings", nil)],
                nav: "findings", usesCards: false, alternates: [(context.catalogLocale, "findings.html")])
            return ("findings.html", context.renderer.page("findings", view: FindingsPage.view(digests: digests, catalog: catalogDiagnostics), layout: layout))
        case .catalogJSON:
            return ("catalog.json", .bytes(CatalogJSON.make(title: context.title, digests: digests, catalogDiagnostics: catalogDiagnostics)))
        }
    }

    static func homeView(digests: [PackageDigest], diagnostics: [Diagnostic], locale: String, from: String, galleries: [GalleryPage]) -> View {
        var v: View = [:]
        let ops = digests.reduce(0) { $0 + $1.operations.count }
        let consequential = digests.reduce(0) { $0 + $1.operations.count(where: \.consequential) }
        v["packageCount"] = .int(digests.count)
        v["packageNoun"] = .string(Labels.plural(digests.count, "package", "packages"))
        v["operationCount"] = .int(ops)
        v["consequentialCount"] = consequential == 0 ? false : .int(consequential)
        // Packages that read the same are told apart by where they come from.
        var titles: [String: Int] = [:]
        for d in digests { titles[PlaceholderTokens.plain(d.title(locale)), default: 0] += 1 }
        v["packages"] = .views(
            digests.map { d in
                packageCard(d, locale: locale, from: from, ambiguous: (titles[PlaceholderTokens.plain(d.title(locale))] ?? 0) > 1)
            })
        v["hasErrors"] = .bool(digests.contains { $0.diagnostics.hasErrors })
        v["diagnostics"] = Format.diagnostics(diagnostics)
        v["hasDiagnostics"] = .bool(!diagnostics.isEmpty)
        return v
    }

    /// A package on the home page.
    static func packageCard(_ d: PackageDigest, locale: String, from: String, ambiguous: Bool) -> View {
        let cons = d.operations.filter(\.consequential)
        let errors = d.diagnostics.errorCount
        let tree = d.treeLocale(for: locale)
        let links = SitePaths.OperationLinks(from: from, package: d.id, locale: tree)
        return [
            "href": .string(links.packageIndex), "title": .string(PlaceholderTokens.plain(d.title(locale))),
            "titleHTML": .string(PlaceholderTokens.html(d.title(locale))), "source": ambiguous ? .string(d.source) : false,
            "lang": .string(tree ?? d.defaultLocale),
            "kindLabel": .string(d.kindLabel), "summary": Format.value(d.summary(locale).map(PlaceholderTokens.plain)),
            "operationCount": .int(d.operations.count), "operationNoun": .string(Labels.plural(d.operations.count, "operation", "operations")),
            "consequentialCount": cons.isEmpty ? false : .int(cons.count),
            "localeCount": .int(d.locales.count), "localeNoun": .string(Labels.plural(d.locales.count, "language", "languages")),
            "localeList": .string(d.locales.joined(separator: ", ")),
            "errorCount": errors == 0 ? false : .int(errors), "errorNoun": .string(Labels.plural(errors, "error", "errors")),
            "status": .string(errors > 0 ? "has-errors" : "no-errors"),
            "consequentialOperations": .views(
                cons.map { op in
                    [
                        "href": .string(links.operation(op.slug)),
                        "label": .string(op.method.map { "\($0) \(op.path ?? "")" } ?? op.operationId)
                    ]
                }),
            "hasConsequentialOperations": .bool(!cons.isEmpty)
        ]
    }

    static let methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]

    /// The operations index of one language tree: `index`'s rows (every operation, A to Z
    /// by title, grouped by first letter), with this tree's links and package titles; filters
    /// by method and by consequential work without script (radio buttons and CSS `:has()`).
    static func operationsView(_ index: OperationIndex, digests: [PackageDigest], locale: String, from: String) -> View {
        let packages = digests.map { PackageColumns($0, locale: locale, from: from) }
        let groups: [View] = index.groups.map { g in
            let rows = index.rows[g.rows].map { r in
                operationRow(digests[r.package].operations[r.operation], r, packages[r.package])
            }
            return ["letter": .string(g.letter), "id": .string(letterID(g.letter)), "rows": .views(rows)]
        }
        let present = Set(index.groups.map(\.letter))
        let letters: [View] = (["#"] + (65...90).map { String(UnicodeScalar(UInt8($0))) }).map { l in
            ["letter": .string(l), "href": present.contains(l) ? .string("#" + letterID(l)) : false]
        }
        return [
            "count": .int(index.rows.count), "groups": .views(groups), "letters": .views(letters), "hasOperations": .bool(!index.rows.isEmpty),
            "methods": .views(Self.methods.map { ["label": .string($0), "value": .string($0.lowercased())] } + [["label": "MCP tool", "value": "tool"], ["label": "Bot command", "value": "bot"]])
        ]
    }

    /// What a package's rows of the operations index share in one language tree: its
    /// title and its folder's links.
    struct PackageColumns {
        let links: SitePaths.OperationLinks
        let title: TemplateValue, href: TemplateValue
        let lowercasedTitle: String

        init(_ d: PackageDigest, locale: String, from: String) {
            let title = PlaceholderTokens.plain(d.title(locale))
            links = SitePaths.OperationLinks(from: from, package: d.id, locale: d.treeLocale(for: locale))
            self.title = .string(title)
            href = .string(links.packageIndex)
            lowercasedTitle = title.lowercased()
        }
    }

    static func operationRow(_ op: PackageDigest.Operation, _ r: OperationIndex.Row, _ package: PackageColumns) -> View {
        [
            "href": .string(package.links.operation(op.slug)),
            "title": .string(op.title), "method": Format.value(op.method), "methodClass": .string(r.methodClass),
            "path": .string(op.path ?? ""), "operationId": .string(op.operationId),
            "packageTitle": package.title, "packageHref": package.href,
            "consequentialClass": .string(op.consequential ? "c-yes" : "c-no"),
            "badge": .string(op.badge), "badgeClass": .string(op.badgeClass),
            "kindLabel": op.kindLabel.map { .string($0) } ?? false,
            "search": .string(r.searchHead + package.lowercasedTitle + r.searchTail)
        ]
    }

    static func letterID(_ l: String) -> String { l == "#" ? "letter-other" : "letter-" + l }

    static func galleryIndexView(digests: [PackageDigest], galleries: [GalleryPage], locale: String, from: String) -> View {
        let withCards = digests.filter { $0.cards > 0 }
        return [
            "packages": .views(
                withCards.map { d in
                    ["title": .string(PlaceholderTokens.plain(d.title(locale))), "cards": .int(d.cards), "href": .string(SitePaths.link(from: from, to: SitePaths.gallery(d.id, locale: d.treeLocale(for: locale))))]
                }),
            "hasPackages": .bool(!withCards.isEmpty),
            "galleries": .views(galleries.map { ["title": .string($0.title), "cards": .int($0.items.count), "href": .string(SitePaths.link(from: from, to: $0.path))] }),
            "hasGalleries": .bool(!galleries.isEmpty)
        ]
    }

    /// The pages a sitemap lists among `paths` (not the 404 page or standalone cards),
    /// sorted, without repeats.
    static func sitemapPages(_ paths: [String]) -> [String] {
        Set(paths.filter { $0.hasSuffix(".html") && $0 != "404.html" && !$0.includes("/cards/") })
            .sorted()
    }

    /// `first` and `second`: lists from `sitemapPages`.
    static func sitemap(merging first: [String], _ second: [String], baseURL: String?) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        if baseURL == nil {
            xml += "<!-- Set base_url in catalog.yml (or --base-url) for absolute URLs, as search engines require. -->\n"
        }
        var (i, j) = (0, 0)
        var last: String? = nil
        while i < first.count || j < second.count {
            let takeFirst = j == second.count || (i < first.count && first[i] < second[j])
            let p = takeFirst ? first[i] : second[j]
            if takeFirst { i += 1 } else { j += 1 }
            guard p != last else { continue }
            last = p
            let loc = baseURL.map { SiteContext.absolute(baseURL: $0, path: p) } ?? p
            xml += "  <url><loc>" + HTML.escape(loc) + "</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// The search index as a script (so it also loads from `file://`, where fetching JSON is
    /// not allowed): one entry per operation.
    /// Written directly (an object per operation built as a `JSONObject` cost more than
    /// the rest of the page).
    static func searchIndex(digests: [PackageDigest], locale: String) -> String {
        var out: [UInt8] = Array("// Generated by plugin-catalog: the operations search index.\nwindow.PluginCatalogSearch = [".utf8)
        func field(_ name: StaticString, _ value: String?) {
            name.withUTF8Buffer { out.append(contentsOf: $0) }
            if let value { JSONWriter.appendQuoted(value, to: &out) } else { out.append(contentsOf: "null".utf8) }
        }
        var first = true
        for d in digests {
            let packageTitle = PlaceholderTokens.plain(d.title(locale))
            for op in d.operations {
                out.append(contentsOf: (first ? "{" : ",{").utf8)
                first = false
                field("\"t\":", op.title)
                field(",\"m\":", op.method)
                field(",\"p\":", op.path ?? "")
                field(",\"i\":", op.operationId)
                field(",\"k\":", packageTitle)
                field(",\"s\":", op.summary)
                field(",\"u\":", SitePaths.operation(d.id, op.slug))
                out.append(contentsOf: (op.consequential ? ",\"c\":true}" : ",\"c\":false}").utf8)
            }
        }
        out.append(contentsOf: "];\n".utf8)
        // `</` cannot appear in JSON strings here: the writer escapes nothing else, so guard it.
        return String(decoding: out, as: UTF8.self).replacingAll("</", with: "<\\/")
    }
}

/// A gallery of cards from a folder named in the catalog file (`galleries:`).
struct GalleryPage: Sendable {
    var title: String
    var path: String
    var items: [View]
    /// What its cards' files are found to have (shown beside each card).
    var findings: [Diagnostic] = []
    var cards: Int { items.count }
}
