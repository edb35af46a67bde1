@testable import SiteBuilder
import Testing
import TestSupport

/// Relative links between site pages: every page works from `file://` and any sub-path.
@Suite struct SitePathsTests {
    @Test func linksBetweenPages() {
        let cases: [(String, String, String)] = [
            ("index.html", "packages/p/index.html", "packages/p/index.html"),
            ("packages/p/op.html", "packages/p/index.html", "index.html"),
            ("packages/p/op.html", "index.html", "../../index.html"),
            ("packages/p/op.html", "packages/q/op.html", "../q/op.html"),
            ("fr/packages/p/op.html", "packages/p/cards/c.html", "../../../packages/p/cards/c.html"),
            ("fr/index.html", "fr/operations.html", "operations.html"),
            ("packages/p/op.html", "packages/p/op.md", "op.md"),
            // A folder named like the page's file is still a folder.
            ("a/b.html", "a/b.html/c.html", "b.html/c.html"),
            ("ünï/x.html", "ünï/y.html", "y.html"),
            // From the root, the path itself, unless it has an empty segment.
            ("operations.html", "packages/p/op.html", "packages/p/op.html"),
            ("operations.html", "packages//p/", "packages/p"),
            ("operations.html", "/index.html", "index.html"),
            // One folder down.
            ("de/operations.html", "de/packages/p/op.html", "packages/p/op.html"),
            ("de/operations.html", "packages/p/op.html", "../packages/p/op.html"),
            ("de/operations.html", "de", "../de"),
            ("de/operations.html", "dex/a.html", "../dex/a.html"),
            ("de/operations.html", "de//a.html", "a.html"),
            ("de/", "de/a.html", "de/a.html"),
        ]
        for (from, to, expected) in cases {
            #expect(SitePaths.link(from: from, to: to) == expected, "\(from) → \(to)")
        }
    }

    @Test func theShortcutAgreesWithSplittingPaths() {
        let segments = ["de", "fr", "a", "b.html", "", "packages", "é.html", "de.html"]
        var generator = SeededRandom(seed: 2026)
        var shortcuts = 0
        for _ in 0..<5_000 {
            let from = (0..<Int.random(in: 1...3, using: &generator)).map { _ in segments.randomElement(using: &generator) ?? "" }.joined(separator: "/")
            let to = (0..<Int.random(in: 1...4, using: &generator)).map { _ in segments.randomElement(using: &generator) ?? "" }.joined(separator: "/")
            if SitePaths.plainLink(from: from, to: to) != nil { shortcuts += 1 }
            #expect(SitePaths.link(from: from, to: to) == SitePaths.anyLink(from: from, to: to), "\(from) → \(to)")
        }
        #expect(shortcuts > 1_000)
    }

    /// Pages that list many operations link them through the package folder's link, worked
    /// out once: the same links as one `link` per operation.
    @Test func operationLinksAgreeWithLinkingEachPage() {
        let pages = ["index.html", "operations.html", "fr/operations.html", "de/index.html", "packages/p/op.html", "fr/packages/q/index.html", "a/b/c/d.html"]
        let packages = ["p", "q", "weather-2"]
        let slugs = ["op", "get-forecast", "", "a/b", "index", "ü"]
        var checked = 0
        for from in pages {
            for package in packages {
                for locale in [nil, "fr", "de"] as [String?] {
                    let links = SitePaths.OperationLinks(from: from, package: package, locale: locale)
                    #expect(links.packageIndex == SitePaths.link(from: from, to: SitePaths.packageIndex(package, locale: locale)))
                    for slug in slugs {
                        let expected = SitePaths.link(from: from, to: SitePaths.operation(package, slug, locale: locale))
                        #expect(links.operation(slug) == expected, "\(from) → \(package)/\(slug) (\(locale ?? "default"))")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == pages.count * packages.count * 3 * slugs.count)
    }

    /// Paths without empty segments are linked on their bytes: the same links as splitting.
    @Test func theByteLinkAgreesWithSplittingPaths() {
        let segments = ["de", "fr", "a", "b.html", "packages", "é.html", "de.html", "weather", "op.md"]
        var generator = SeededRandom(seed: 19)
        var compared = 0
        for _ in 0..<5_000 {
            let from = (0..<Int.random(in: 1...4, using: &generator)).map { _ in segments.randomElement(using: &generator) ?? "" }.joined(separator: "/")
            let to = (0..<Int.random(in: 1...4, using: &generator)).map { _ in segments.randomElement(using: &generator) ?? "" }.joined(separator: "/")
            guard let fast = SitePaths.plainLink(from: from, to: to) else { continue }
            #expect(fast == SitePaths.anyLink(from: from, to: to), "\(from) → \(to)")
            compared += 1
        }
        #expect(compared == 5_000)
        #expect(SitePaths.plainLink(from: "a//b.html", to: "c.html") == nil)
        #expect(SitePaths.plainLink(from: "fr/packages/p/op.html", to: "packages/p/op.html") == "../../../packages/p/op.html")
        #expect(SitePaths.plainLink(from: "packages/p/op.html", to: "packages/p/cards/c.html") == "cards/c.html")
    }

    @Test func depthAndRoot() {
        #expect(SitePaths.depth("index.html") == 0)
        #expect(SitePaths.root(for: "fr/packages/p/op.html") == "../../../")
    }
}
