import Foundation
import Testing
import TestSupport

/// A mistyped or failed build never replaces the published site.
@Suite struct SiteSafetyTests {
    static let budgets = TestPaths.repositoryRoot.appendingPathComponent("Site/packages/budgets").path

    /// A folder with a built site in `site/`, and the site's files with their bytes.
    static func publishedSite() throws -> (folder: URL, files: [String: Data]) {
        let folder = TestPaths.temporaryDirectory("safety")
        let r = try CLI.run(["build", budgets, "-o", "site", "-q"], in: folder)
        try #require(r.status == 0, "\(r.stderr)")
        return (folder, snapshot(folder.appendingPathComponent("site")))
    }

    static func snapshot(_ site: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        let base = site.standardizedFileURL.path
        let e = FileManager.default.enumerator(atPath: base)
        while let relative = e?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[relative] = FileManager.default.contents(atPath: base + "/" + relative)
            }
        }
        return out
    }

    @Test func aMistypedPathLeavesTheSiteAsItWas() throws {
        let (folder, before) = try Self.publishedSite()
        let r = try CLI.run(["build", "path/with-a-typo", "-o", "site"], in: folder)
        #expect(r.status == 1)
        #expect(r.stderr.contains("path/with-a-typo: error[input-kind]: no such file or folder"))
        #expect(r.stderr.contains("Nothing was written"))
        #expect(Self.snapshot(folder.appendingPathComponent("site")) == before)
    }

    @Test func oneMissingInputAmongGoodOnesLeavesTheSiteToo() throws {
        let (folder, before) = try Self.publishedSite()
        let r = try CLI.run(["build", Self.budgets, "gone/package", "-o", "site"], in: folder)
        #expect(r.status == 1)
        #expect(Self.snapshot(folder.appendingPathComponent("site")) == before)
    }

    @Test func aMistypedSubcommandIsAUsageErrorWithASuggestion() throws {
        let (folder, before) = try Self.publishedSite()
        let r = try CLI.run(["bulid", "x", "-o", "site"], in: folder)
        #expect(r.status == 2)
        #expect(r.stderr.contains("did you mean \"build\"?"))
        #expect(Self.snapshot(folder.appendingPathComponent("site")) == before)
        // The default output folder is not touched either.
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("_site").path))
    }

    @Test func aFolderWithoutPackagesLeavesTheSite() throws {
        let (folder, before) = try Self.publishedSite()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let r = try CLI.run(["build", "empty", "-o", "site"], in: folder)
        #expect(r.status == 1)
        #expect(r.stderr.contains("no package"))
        #expect(Self.snapshot(folder.appendingPathComponent("site")) == before)
    }

    @Test func aCatalogThatListsNoPackagesBuildsAnEmptySite() throws {
        let folder = TestPackage.write(["catalog.yml": "title: Empty\npackages: []\noutput: site\n"])
        let r = try CLI.run(["build"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/index.html").path))
    }

    @Test func aGlobThatMatchesNothingLeavesTheSite() throws {
        let (folder, before) = try Self.publishedSite()
        TestPackage.write(["catalog.yml": "packages: [pakages/*]\noutput: site\n"], in: folder)
        let r = try CLI.run(["build"], in: folder)
        #expect(r.status == 1)
        #expect(r.stderr.contains("\"pakages/*\" matches nothing"))
        #expect(Self.snapshot(folder.appendingPathComponent("site")) == before)
    }

    @Test func aDryRunListsTheChangesAndWritesNothing() throws {
        let (folder, before) = try Self.publishedSite()
        let repairs = TestPaths.repositoryRoot.appendingPathComponent("Site/packages/repairs").path
        let r = try CLI.run(["build", Self.budgets, repairs, "-o", "site", "--dry-run"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Dry run: nothing was written"))
        #expect(r.stdout.contains("+ packages/repairs/index.html"))
        #expect(r.stdout.contains("~ index.html"))
        #expect(Self.snapshot(folder.appendingPathComponent("site")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".site") }
        #expect(leftovers.isEmpty)
        let same = try CLI.run(["build", Self.budgets, "-o", "site", "--dry-run"], in: folder)
        #expect(same.stdout.contains("0 added, 0 changed, 0 removed"))
    }
}
