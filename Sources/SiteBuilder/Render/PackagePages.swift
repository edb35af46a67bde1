import CatalogSupport
import CatalogDiagnostics
import JSONTree
import MarkdownHTML
import PackageReader

/// Everything one package contributes to a site: its pages in every language it ships,
/// the Markdown twin of each operation page, its card gallery and standalone cards, and the
/// digest the shared pages are built from.
struct PackageBuild: Sendable {
    /// Where the pages go as they are rendered (the site assembler writes them at once, so a
    /// package's pages are never all in memory together).
    var files: FileSink
    var digest: PackageDigest
    var pages = 0
    var cards = 0
}

/// Takes the files of a package as they are rendered and keeps each one's content hash.
struct FileSink: Sendable {
    let put: @Sendable (String, FileContent) -> String
    /// Path → content hash of every file put.
    private(set) var outputs: [String: String] = [:]

    init(_ put: @escaping @Sendable (String, FileContent) -> String) { self.put = put }

    subscript(path: String) -> FileContent? {
        get { nil }
        set { if let content = newValue { outputs[path] = put(path, content) } }
    }

    /// Puts files made on several threads at once (`put` is thread-safe); their hashes are
    /// recorded with `record`.
    func putting(_ files: [(path: String, content: FileContent)]) -> [(path: String, hash: String)] {
        files.map { ($0.path, put($0.path, $0.content)) }
    }

    mutating func record(_ hashes: [[(path: String, hash: String)]]) {
        for list in hashes {
            for (path, hash) in list { outputs[path] = hash }
        }
    }
}

/// Renders a package's presentation into files: the render phase of one package.
enum PackagePages {
    static func build(_ presentation: PackagePresentation, context: SiteContext, sink: FileSink = FileSink { _, _ in "" }) -> PackageBuild {
        let entry = CatalogJSON.bytes(ofPackage: presentation, review: context.review)
        var build = PackageBuild(files: sink, digest: PackageDigest(presentation, catalogText: entry), cards: presentation.cardCount)
        // Operations in parallel (a package can hold most of a catalog's), each page put as
        // soon as it is made.
        build.files.record(
            parallelMap(presentation.operations) { page in
                sink.putting(page.cards.standalone.map { path, source in (path, .text(source.document(context))) })
            })
        let fields = FieldTables(presentation, renderer: context.renderer)
        let trees = presentation.locales.map { PackageTree(presentation: presentation, locale: $0, context: context, fields: fields) }
        // Each operation's pages in every language at once: what they show alike is made once.
        build.files.record(
            parallelMap(presentation.operations) { page in
                let shared = OperationShared(
                    view: OperationView(page: page, locale: presentation.defaultLocale, fields: fields).shared(),
                    markdown: MarkdownPage.shared(page, package: presentation.package, fields: fields))
                return trees.flatMap { sink.putting($0.operationPage(page, shared: shared)) }
            })
        build.pages += presentation.operations.count * trees.count
        for tree in trees {
            tree.packagePage(into: &build)
            if presentation.hasGallery { tree.galleryPage(into: &build) }
        }
        return build
    }
}

/// What an operation's pages show alike in every language tree: made once per operation.
struct OperationShared {
    var view: OperationView.Shared
    var markdown: MarkdownPage.Shared
}

/// The pages of one package in one language tree.
/// A class: each operation's pages are made from every tree on the pages' threads, and a
/// copy of the struct (the site context among its fields) retained dozens of references.
final class PackageTree: Sendable {
    let presentation: PackagePresentation
    let locale: String
    let context: SiteContext
    let fields: FieldTables

    init(presentation: PackagePresentation, locale: String, context: SiteContext, fields: FieldTables) {
        (self.presentation, self.locale, self.context, self.fields) = (presentation, locale, context, fields)
    }

    var package: CatalogPackage { _read { yield presentation.package } }
    /// nil for the root tree (the package's default language).
    var tree: String? { locale == presentation.defaultLocale ? nil : locale }
    /// The package's title as page titles and breadcrumbs show it.
    var title: String { PlaceholderTokens.plain(presentation.model.title(locale: locale)) }
    var home: String { SitePaths.home(locale: tree == nil ? nil : SitePaths.homeLocale(tree, catalog: context.catalogLocale)) }
    var packagePath: String { SitePaths.packageIndex(package.id, locale: tree) }

    /// The same page in every language the package ships.
    func alternates(_ page: String) -> [(tag: String, path: String)] {
        presentation.locales.map { tag in (tag, SitePaths.prefix(tag == presentation.defaultLocale ? nil : tag) + page) }
    }

    /// An operation's page and its Markdown twin.
    /// `shared`: the parts every language tree shows alike.
    func operationPage(_ page: OperationPresentation, shared: OperationShared? = nil) -> [(path: String, content: FileContent)] {
        let entry = page.entry
        let path = SitePaths.operation(package.id, entry.slug, locale: tree)
        let markdownPath = SitePaths.operationMarkdown(package.id, entry.slug, locale: tree)
        // Standalone cards live in the root tree: from a language tree, go up to it.
        let toRoot = tree == nil ? "" : "../../../packages/\(package.id)/"
        var view = OperationView(page: page, locale: locale, fields: fields)
            .build(cards: page.cards.blocks.map { CardPreviewView.view($0, toRoot: toRoot) }, shared: shared?.view)
        view["review"] = context.review?.operationView(package: package.id, operationId: entry.operationId, from: path) ?? false
        let reviewCards = context.review?.report.cardPreviews[package.id]?[entry.operationId] != nil
        let layout = context.layout(
            path: path, title: page.title(locale: locale), lang: locale, description: entry.api?.description ?? entry.api?.summary,
            breadcrumbs: [("Catalog", home), (title, packagePath), (entry.displayName, nil)],
            nav: "operation", usesCards: !page.cards.blocks.isEmpty || reviewCards,
            alternates: alternates("packages/\(package.id)/\(entry.slug).html"), markdown: markdownPath)
        return [
            (path, context.renderer.page("operation", view: view, layout: layout)),
            (markdownPath, .bytes(MarkdownPage.operation(page, package: package, locale: locale, fields: fields, shared: shared?.markdown)))
        ]
    }

    func packagePage(into build: inout PackageBuild) {
        var view = PackageView(presentation: presentation, locale: locale).build()
        view["review"] = context.review?.packageView(package: package.id, operations: package.operations.map { ($0.operationId, $0.slug) }, from: packagePath) ?? false
        let layout = context.layout(
            path: packagePath, title: title, lang: locale, description: package.summary(locale: locale)?.value,
            breadcrumbs: [("Catalog", home), (title, nil)], nav: "package", usesCards: false,
            alternates: alternates("packages/\(package.id)/index.html"))
        build.files[packagePath] = context.renderer.page("package", view: view, layout: layout)
        build.pages += 1
    }

    func galleryPage(into build: inout PackageBuild) {
        let galleryPath = SitePaths.gallery(package.id, locale: tree)
        var items: [View] = []
        for page in presentation.operations {
            for g in page.cards.gallery {
                items.append([
                    "title": .string(g.title), "href": .string(page.entry.slug + ".html#cards"),
                    "html": .string("<div class=\"ac-host\">" + g.html + "</div>"), "hasDiagnostics": false
                ])
            }
        }
        let view: View = [
            "title": .string("Cards of \(title)"), "packageTitle": .string(title), "packageHref": "index.html",
            "items": .views(items), "switcher": .string(SiteStylesheets.themeSwitcher)
        ]
        let layout = context.layout(
            path: galleryPath, title: "Cards · \(title)", lang: locale, description: nil,
            breadcrumbs: [("Catalog", home), (title, packagePath), ("Cards", nil)], nav: "cards", usesCards: true,
            alternates: alternates("packages/\(package.id)/cards.html"))
        build.files[galleryPath] = context.renderer.page("gallery", view: view, layout: layout)
        build.pages += 1
    }
}

extension SitePaths {
    /// The shared pages a language tree links back to: its own home when it has one.
    static func homeLocale(_ tree: String?, catalog: String) -> String? {
        guard let tree, tree != catalog else { return nil }
        return tree
    }
}
