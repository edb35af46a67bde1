@testable import SiteBuilder
import Testing

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
        ]
        for (from, to, expected) in cases {
            #expect(SitePaths.link(from: from, to: to) == expected, "\(from) → \(to)")
        }
    }

    @Test func depthAndRoot() {
        #expect(SitePaths.depth("index.html") == 0)
        #expect(SitePaths.root(for: "fr/packages/p/op.html") == "../../../")
    }
}
