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
            if SitePaths.shallowLink(from: from, to: to) != nil { shortcuts += 1 }
            #expect(SitePaths.link(from: from, to: to) == SitePaths.anyLink(from: from, to: to), "\(from) → \(to)")
        }
        #expect(shortcuts > 1_000)
    }

    @Test func depthAndRoot() {
        #expect(SitePaths.depth("index.html") == 0)
        #expect(SitePaths.root(for: "fr/packages/p/op.html") == "../../../")
    }
}
