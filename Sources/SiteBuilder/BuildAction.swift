import CatalogDiagnostics
import Foundation
import JSONTree
import MarkdownHTML
import PackageReader

/// What a build did.
public struct BuildResult: Sendable {
    public var packages: Int = 0
    public var operations: Int = 0
    public var cards: Int = 0
    public var pages: Int = 0
    public var filesWritten: Int = 0
    public var bytesWritten: Int = 0
    /// Every finding, sorted, catalog-level first.
    public var diagnostics: [Diagnostic] = []
    public var seconds: Double = 0
    /// False when the site was not (re)written (a theme error, an unwritable output).
    public var wroteSite = false
    /// Seconds spent per phase (`read`, `render`, `write`…), in order.
    public var phases: [(name: String, seconds: Double)] = []

    /// 0 clean (warnings allowed), 1 when any error was reported.
    public var exitCode: Int32 { diagnostics.hasErrors ? 1 : 0 }

    public var summary: String {
        let w = diagnostics.warningCount
        let e = diagnostics.errorCount
        return "\(packages) \(packages == 1 ? "package" : "packages"), \(operations) operations, \(cards) cards, "
            + "\(w) \(w == 1 ? "warning" : "warnings"), \(e) \(e == 1 ? "error" : "errors") in "
            + String(format: "%.2f s", seconds)
    }
}

/// Builds a catalog site: finds the packages, reads them (in parallel), renders every page
/// (in parallel), and writes the site aside before swapping it in.
public struct BuildAction: Sendable {
    public var configuration: CatalogConfiguration

    public init(configuration: CatalogConfiguration) {
        self.configuration = configuration
    }

    public func run() -> BuildResult {
        let start = DispatchTime.now().uptimeNanoseconds
        var result = BuildResult()
        var catalogDiagnostics: [Diagnostic] = []

        let (theme, themeDiagnostics) = Theme.load(overriding: configuration.theme)
        catalogDiagnostics += themeDiagnostics
        let renderer: PageRenderer
        do {
            renderer = try PageRenderer(theme: theme)
        } catch {
            result.diagnostics = (catalogDiagnostics + [error]).normalized
            result.seconds = Self.seconds(since: start)
            return result
        }

        let (inputs, discoveryDiagnostics) = InputDiscovery.discover(configuration.packages, displayBase: configuration.displayBase)
        catalogDiagnostics += discoveryDiagnostics
        let options = configuration.load
        var mark = DispatchTime.now().uptimeNanoseconds
        func phase(_ name: String) {
            let now = DispatchTime.now().uptimeNanoseconds
            result.phases.append((name, Double(now - mark) / 1e9))
            mark = now
        }
        phase("discover")
        let packages = parallelMap(inputs) { PackageLoader.load($0, options: options) }
        phase("read")

        let site = SiteModel(configuration: configuration, packages: packages, theme: theme, catalogDiagnostics: catalogDiagnostics)
        let output = site.render(with: renderer)
        phase("render")

        result.packages = packages.count
        result.operations = packages.reduce(0) { $0 + $1.operations.count }
        result.pages = output.pages
        result.cards = output.cards
        result.diagnostics = catalogDiagnostics.normalized + packages.flatMap(\.diagnostics) + output.diagnostics
        do {
            try SiteWriter.write(output.files, to: configuration.output)
            result.wroteSite = true
            result.filesWritten = output.files.count
            result.bytesWritten = output.files.totalBytes
        } catch {
            result.diagnostics.append(error)
        }
        phase("write")
        result.seconds = Self.seconds(since: start)
        return result
    }

    static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}

/// The pages of one catalog.
struct SiteModel: Sendable {
    let configuration: CatalogConfiguration
    let packages: [CatalogPackage]
    let theme: Theme
    let catalogDiagnostics: [Diagnostic]

    struct Output {
        var files = SiteFiles()
        var pages = 0
        var cards = 0
        var diagnostics: [Diagnostic] = []
    }

    static func packagePath(_ p: CatalogPackage) -> String { "packages/\(p.id)/index.html" }
    static func operationPath(_ p: CatalogPackage, _ e: OperationEntry) -> String { "packages/\(p.id)/\(e.slug).html" }

    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' https: http: data:; "
        + "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'"

    var siteView: View {
        [
            "title": .string(configuration.title),
            "descriptionHTML": Format.markdown(configuration.description),
            "logo": configuration.logo == nil ? false : .string("assets/logo" + logoExtension),
            "hasOperationsIndex": false,
            "hasGallery": false,
            "generatedFrom": false,
        ]
    }

    var logoExtension: String {
        guard let ext = configuration.logo?.pathExtension.lowercased(), ["png", "svg", "jpg", "jpeg", "gif", "webp"].contains(ext) else { return ".png" }
        return "." + ext
    }

    func layout(title: String, depth: Int, lang: String, description: String?, breadcrumbs: [(String, String?)], nav: String, usesCards: Bool) -> View {
        let root = String(repeating: "../", count: depth)
        return [
            "site": .map(siteView), "root": .string(root), "lang": .string(lang), "dir": Self.isRightToLeft(lang) ? "rtl" : "ltr",
            "title": .string(title), "description": Format.value(description.map { String(Markdown.plainText($0).prefix(200)) }),
            "csp": .string(Self.contentSecurityPolicy), "canonical": false, "alternates": [],
            "usesCards": .bool(usesCards), "bodyClass": .string("page-\(nav)"),
            "nav": .map([nav: true]),
            "hasBreadcrumbs": .bool(!breadcrumbs.isEmpty),
            "breadcrumbs": .views(breadcrumbs.map { ["label": .string($0.0), "href": $0.1.map { .string($0) } ?? false] }),
            "hasLocales": false, "currentLocale": .string(lang), "locales": [], "markdownHref": false,
        ]
    }

    static func isRightToLeft(_ tag: String) -> Bool {
        let language = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return ["ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv"].contains(language)
    }

    func render(with renderer: PageRenderer) -> Output {
        var out = Output()
        // Operation pages, in parallel across all packages.
        struct Job: Sendable { let package: Int; let entry: Int }
        let jobs = packages.indices.flatMap { p in packages[p].operations.indices.map { Job(package: p, entry: $0) } }
        let packagesCopy = packages
        let this = self
        let operationPages = parallelMap(jobs) { job -> (String, String) in
            let p = packagesCopy[job.package]
            let e = p.operations[job.entry]
            let locale = p.localization.defaultLocale
            let view = OperationView(package: p, entry: e, index: job.entry, locale: locale).build(cardsHTML: [])
            let layout = this.layout(
                title: OperationView(package: p, entry: e, index: job.entry, locale: locale).title, depth: 2, lang: locale,
                description: e.api?.description ?? e.api?.summary,
                breadcrumbs: [("Catalog", "../../index.html"), (p.title(locale: locale).value, "index.html"), (e.displayName, nil)],
                nav: "operation", usesCards: false)
            return (Self.operationPath(p, e), renderer.page("operation", view: view, layout: layout))
        }
        for (path, html) in operationPages { out.files.add(path, html) }
        out.pages += operationPages.count

        let packagePages = parallelMap(packages) { p -> (String, String) in
            let locale = p.localization.defaultLocale
            let view = PackageView(package: p, locale: locale).build()
            let layout = this.layout(title: p.title(locale: locale).value, depth: 2, lang: locale, description: p.summary(locale: locale)?.value,
                                     breadcrumbs: [("Catalog", "../../index.html"), (p.title(locale: locale).value, nil)],
                                     nav: "package", usesCards: false)
            return (Self.packagePath(p), renderer.page("package", view: view, layout: layout))
        }
        for (path, html) in packagePages { out.files.add(path, html) }
        out.pages += packagePages.count

        let index = IndexView(packages: packages, diagnostics: catalogDiagnostics).build { Self.packagePath($0) }
        let lang = configuration.defaultLocale ?? "en"
        out.files.add("index.html", renderer.page("index", view: index, layout: layout(
            title: configuration.title, depth: 0, lang: lang, description: configuration.description, breadcrumbs: [], nav: "home", usesCards: false)))
        out.pages += 1

        for (path, bytes) in theme.assets { out.files.add(path, bytes: bytes) }
        if let logo = configuration.logo, let data = FileManager.default.contents(atPath: logo.path) {
            out.files.add("assets/logo" + logoExtension, bytes: [UInt8](data))
        } else if let logo = configuration.logo {
            out.diagnostics.append(.warning(.config, "the logo file cannot be read", file: logo.path))
        }
        out.files.add("catalog.json", CatalogJSON.make(title: configuration.title, packages: packages, catalogDiagnostics: catalogDiagnostics) { p, e in
            e.map { Self.operationPath(p, $0) } ?? Self.packagePath(p)
        })
        return out
    }
}
