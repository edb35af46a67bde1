import CardRendering
import CatalogDiagnostics
import CatalogSupport
import Foundation
import JSONTree
import MarkdownHTML

/// What every page of a build shares: the catalog's settings, the theme and its host
/// configs. Immutable; safe to use from any thread.
struct SiteContext: Sendable {
    let title: String
    let descriptionHTML: TemplateValue
    let description: String?
    let logoPath: String?
    let baseURL: String?
    /// The language of the root tree's shared pages.
    let catalogLocale: String
    let renderer: PageRenderer
    let hostConfigs: HostConfigs
    /// What paths in findings and pages are relative to (the catalog file's folder).
    var displayBase: URL? = nil
    /// Rules turned off or given another severity.
    var rules = RuleSettings()
    /// `build --compare`: the changes the review site shows.
    var review: ReviewIndex? = nil

    /// `url` as pages and findings show it.
    func display(_ url: URL) -> String { DisplayPath.relative(url, to: displayBase) }

    /// The theme's Teams host configs, and what the site derives from them once per build.
    struct HostConfigs: Sendable {
        let light: HostConfig
        let dark: HostConfig
        let contrast: HostConfig
        /// The themes a preview appears in, for the build's card-contrast warnings.
        let contrastChecks: [ContrastCheck]
        /// Standalone card documents (Teams light).
        let standalone: StandaloneCard.Prepared

        init(light: HostConfig, dark: HostConfig, contrast: HostConfig) {
            self.light = light
            self.dark = dark
            self.contrast = contrast
            contrastChecks = [
                ContrastCheck(name: "Teams light", hostConfig: light), ContrastCheck(name: "Teams dark", hostConfig: dark),
                ContrastCheck(name: "Teams high contrast", hostConfig: contrast)
            ]
            standalone = StandaloneCard.Prepared(
                stylesheets: [CardStylesheet.base, CardStylesheet.css(for: light, scope: ".ac-theme")],
                subsetting: true)
        }

        /// The default theme's.
        static let standard = HostConfigs(
            light: HostConfigFiles.load("teams-light"), dark: HostConfigFiles.load("teams-dark"),
            contrast: HostConfigFiles.load("teams-contrast"))
    }

    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' https: http: data:; "
        + "media-src 'self' https: http:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'"

    static let rightToLeftLanguages: Set<String> = ["ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb"]

    static func isRightToLeft(_ tag: String) -> Bool {
        // Every page asks: an ASCII tag's language is read from its bytes (no split into
        // substrings); any other tag is split as characters.
        guard tag.utf8.allSatisfy({ $0 < 0x80 }) else {
            return rightToLeftLanguages.contains(tag.split(separator: "-").first.map { $0.lowercased() } ?? "")
        }
        let language = tag.utf8.drop { $0 == UInt8(ascii: "-") }.prefix { $0 != UInt8(ascii: "-") }
        guard (2...3).contains(language.count) else { return false }
        return rightToLeftLanguages.contains(String(decoding: language, as: UTF8.self).lowercased())
    }

    var siteView: View {
        [
            "title": .string(title),
            "descriptionHTML": descriptionHTML,
            "logo": logoPath.map { .string($0) } ?? false,
            "hasOperationsIndex": true,
            "hasGallery": true,
            "hasChanges": .bool(review != nil)
        ]
    }

    /// The layout's view for the page at `path`.
    func layout(
        path: String, title: String, lang: String, description: String?, breadcrumbs: [(String, String?)],
        nav: String, usesCards: Bool, alternates: [(tag: String, path: String)], markdown: String? = nil
    ) -> View {
        let root = SitePaths.root(for: path)
        let links = alternates.map { SitePaths.link(from: path, to: $0.path) }
        let locales: [View] = alternates.indices.map { i in
            ["tag": .string(alternates[i].tag), "href": .string(links[i]), "current": .bool(alternates[i].tag == lang)]
        }
        return [
            "site": .map(siteView), "root": .string(root), "lang": .string(lang), "dir": Self.isRightToLeft(lang) ? "rtl" : "ltr",
            "title": .string(title),
            "description": Format.value(description.map { Self.metaDescription(MarkdownCache.shared.plainText($0)) }),
            "csp": .string(Self.contentSecurityPolicy),
            "canonical": baseURL.map { .string(Self.absolute(baseURL: $0, path: path)) } ?? false,
            "alternates": .views(
                alternates.count > 1
                    ? alternates.indices.map { i in
                        ["lang": .string(alternates[i].tag), "href": .string(baseURL.map { Self.absolute(baseURL: $0, path: alternates[i].path) } ?? links[i])]
                    } : []),
            "usesCards": .bool(usesCards), "bodyClass": .string("page-\(nav)"),
            "nav": .map([nav: true]),
            "hasBreadcrumbs": .bool(!breadcrumbs.isEmpty),
            "breadcrumbs": .views(breadcrumbs.map { ["label": .string($0.0), "href": $0.1.map { .string(SitePaths.link(from: path, to: $0)) } ?? false] }),
            "hasLocales": .bool(alternates.count > 1), "currentLocale": .string(lang), "locales": .views(locales),
            "markdownHref": markdown.map { .string(SitePaths.link(from: path, to: $0)) } ?? false
        ]
    }

    /// The first 200 characters of a page's plain-text description (a text of at most 200
    /// UTF-8 bytes has at most 200 characters: it is taken whole, without counting them).
    static func metaDescription(_ text: String) -> String {
        text.utf8.count <= 200 ? text : String(text.prefix(200))
    }

    static func absolute(baseURL: String, path: String) -> String {
        (baseURL.hasSuffix("/") ? baseURL : baseURL + "/") + path
    }
}
