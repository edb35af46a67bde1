import CatalogDiagnostics
import JSONTree
import MarkdownHTML
import PackageReader

/// Everything one package contributes to a site: its pages in every language it ships,
/// the Markdown twin of each operation page, its card gallery and standalone cards, and the
/// digest the shared pages are built from.
struct PackageBuild: Sendable {
    var files: [String: FileContent] = [:]
    var digest: PackageDigest
    var pages = 0
    var cards = 0
}

enum PackagePages {
    static func build(_ package: CatalogPackage, context: SiteContext) -> PackageBuild {
        let locales = package.localization.locales
        let defaultLocale = package.localization.defaultLocale

        // Cards do not depend on the page language: render them once per operation.
        let previews = package.operations.map { CardPreviews(package: package, entry: $0, context: context).render() }
        var extraDiagnostics: [Diagnostic] = []
        for p in previews { extraDiagnostics += p.diagnostics }

        var files: [String: FileContent] = [:]
        var pages = 0
        for (path, doc) in previews.flatMap(\.standalone) { files[path] = .text(doc) }
        let hasGallery = previews.contains { !$0.gallery.isEmpty }

        for locale in locales {
            let tree: String? = locale == defaultLocale ? nil : locale
            let alternatesOf: (String) -> [(tag: String, path: String)] = { page in
                locales.map { tag in (tag, SitePaths.prefix(tag == defaultLocale ? nil : tag) + page) }
            }
            let title = package.title(locale: locale).value
            let home = SitePaths.home(locale: tree == nil ? nil : SitePaths.homeLocale(tree, catalog: context.catalogLocale))
            let packagePath = SitePaths.packageIndex(package.id, locale: tree)

            // Operation pages.
            for (i, entry) in package.operations.enumerated() {
                let path = SitePaths.operation(package.id, entry.slug, locale: tree)
                let markdownPath = SitePaths.operationMarkdown(package.id, entry.slug, locale: tree)
                // Standalone cards live in the root tree: from a language tree, go up to it.
                let toRoot = tree == nil ? "" : "../../../packages/\(package.id)/"
                let blocks = previews[i].blocks.map { $0.html(toRoot: toRoot) }
                let opView = OperationView(package: package, entry: entry, index: i, locale: locale)
                let curl = opView.curl
                var view = opView.build(cardsHTML: blocks, curl: curl)
                if !previews[i].blocks.isEmpty {
                    view["cardSwitcher"] = .string(SiteStylesheets.themeSwitcher)
                }
                view["markdownHref"] = .string(entry.slug + ".md")
                let extra = previews[i].diagnostics
                if !extra.isEmpty {
                    let all = package.diagnostics(for: entry) + extra
                    view["diagnostics"] = Format.diagnostics(all, package: package)
                    view["hasDiagnostics"] = true
                }
                let layout = context.layout(
                    path: path, title: opView.title, lang: locale, description: entry.api?.description ?? entry.api?.summary,
                    breadcrumbs: [("Catalog", home), (title, packagePath), (entry.displayName, nil)],
                    nav: "operation", usesCards: !previews[i].blocks.isEmpty,
                    alternates: alternatesOf("packages/\(package.id)/\(entry.slug).html"), markdown: markdownPath)
                files[path] = context.renderer.page("operation", view: view, layout: layout)
                files[markdownPath] = .text(MarkdownPage.operation(package: package, entry: entry, locale: locale, curl: curl,
                                                                   diagnostics: package.diagnostics(for: entry) + extra))
                pages += 1
            }

            // The package page.
            var view = PackageView(package: package, locale: locale).build()
            view["galleryHref"] = hasGallery ? "cards.html" : false
            if !extraDiagnostics.isEmpty {
                let all = (package.diagnostics + extraDiagnostics).normalized
                view["diagnostics"] = Format.diagnostics(all, package: package)
                view["hasDiagnostics"] = true
                view["warningCount"] = all.warningCount == 0 ? false : .int(all.warningCount)
                view["errorCount"] = all.errorCount == 0 ? false : .int(all.errorCount)
            }
            let layout = context.layout(
                path: packagePath, title: title, lang: locale, description: package.summary(locale: locale)?.value,
                breadcrumbs: [("Catalog", home), (title, nil)], nav: "package", usesCards: false,
                alternates: alternatesOf("packages/\(package.id)/index.html"))
            files[packagePath] = context.renderer.page("package", view: view, layout: layout)
            pages += 1

            // The package's card gallery.
            if hasGallery {
                let galleryPath = SitePaths.gallery(package.id, locale: tree)
                var items: [View] = []
                for (i, p) in previews.enumerated() {
                    for g in p.gallery {
                        items.append(["title": .string(g.title), "href": .string(package.operations[i].slug + ".html#cards"), "html": .string("<div class=\"ac-host\">" + g.html + "</div>")])
                    }
                }
                let gview: View = ["title": .string("Cards of \(title)"), "packageTitle": .string(title), "packageHref": "index.html",
                                   "items": .views(items), "switcher": .string(SiteStylesheets.themeSwitcher)]
                let glayout = context.layout(
                    path: galleryPath, title: "Cards · \(title)", lang: locale, description: nil,
                    breadcrumbs: [("Catalog", home), (title, packagePath), ("Cards", nil)], nav: "cards", usesCards: true,
                    alternates: alternatesOf("packages/\(package.id)/cards.html"))
                files[galleryPath] = context.renderer.page("gallery", view: gview, layout: glayout)
                pages += 1
            }
        }

        let diagnostics = (package.diagnostics + extraDiagnostics).normalized
        let digest = PackageDigest(
            id: package.id, kind: package.kind.rawValue, kindLabel: Format.kindLabel(package.kind), source: package.source,
            defaultLocale: defaultLocale, locales: locales,
            titles: Dictionary(uniqueKeysWithValues: locales.map { ($0, package.title(locale: $0).value) }),
            summaries: Dictionary(uniqueKeysWithValues: locales.compactMap { l in package.summary(locale: l).map { (l, $0.value) } }),
            diagnostics: diagnostics,
            operations: package.operations.enumerated().map { i, e in
                let c = Format.consequential(e.consequential)
                return PackageDigest.Operation(
                    slug: e.slug, operationId: e.operationId, method: e.api?.method, path: e.api?.path,
                    title: OperationView(package: package, entry: e, index: i, locale: defaultLocale).title,
                    summary: e.api?.summary ?? e.function?.description.map { package.localization.resolve($0).value } ?? "",
                    consequential: e.consequential.effective, badge: c["badge"]?.text ?? "", badgeClass: c["badgeClass"]?.text ?? "",
                    kindLabel: e.kind == .mcpTool ? "MCP tool" : (e.command != nil ? "command" : nil),
                    functionName: e.function?.name, cards: previews[i].cards)
            },
            cards: previews.reduce(0) { $0 + $1.cards },
            catalogEntry: CatalogJSON.package(for: package, extraDiagnostics: extraDiagnostics))
        return PackageBuild(files: files, digest: digest, pages: pages, cards: digest.cards)
    }
}

extension SitePaths {
    /// The shared pages a language tree links back to: its own home when it has one.
    static func homeLocale(_ tree: String?, catalog: String) -> String? {
        guard let tree, tree != catalog else { return nil }
        return tree
    }
}
