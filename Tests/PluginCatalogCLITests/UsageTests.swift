import Foundation
import Testing
import TestSupport

/// Wrong input on the command line or in the catalog file is said clearly: a usage error
/// (exit 2) naming what is accepted, or a located finding, never a broken page.
@Suite struct UsageTests {
    static let budgets = TestPaths.repositoryRoot.appendingPathComponent("Site/packages/budgets").path

    @Test(arguments: [
        (["--logo", "nope.png"], "--logo: no image at nope.png"),
        (["--base-url", "contoso.example/plugins"], "is not an absolute http or https URL"),
        (["--default-locale", "english"], "is not a BCP 47 language tag"),
        (["--locale", "fr_FR"], "is not a BCP 47 language tag"),
        (["--gallery", "nowhere"], "no folder at nowhere"),
    ])
    func badBuildOptionsAreUsageErrors(_ options: [String], _ message: String) throws {
        let folder = TestPaths.temporaryDirectory("usage")
        let r = try CLI.run(["build", Self.budgets, "-o", "site"] + options, in: folder)
        #expect(r.status == 2)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("site").path))
    }

    @Test func anUnknownHostConfigNameIsAUsageErrorWithTheKnownNames() throws {
        let card = TestPackage.write(["c.json": #"{"type":"AdaptiveCard","version":"1.5","body":[]}"#])
        let r = try CLI.run(["card", "c.json", "--host-config", "teams-lite"], in: card)
        #expect(r.status == 2)
        #expect(r.stderr.contains("teams-light, teams-dark, teams-contrast") && r.stderr.contains("did you mean \"teams-light\"?"))
    }

    @Test func theCatalogFileIsCheckedAtEveryLevel() throws {
        let folder = TestPackage.write(["catalog.yml": """
            packages: [\(Self.budgets)]
            output: site
            base_url: www.contoso.example
            locales: {default: en, extras: [de]}
            galleries:
              - title: Cards
                path: cards
                optinal: true
            template_flags: {DeclarativeCopilot: maybe}
            """])
        let r = try CLI.run(["build"], in: folder)
        #expect(r.stderr.contains("catalog.yml:3:11: error[catalog-config]: base_url: \"www.contoso.example\" is not an absolute http or https URL"), "\(r.stderr)")
        #expect(r.stderr.contains("catalog.yml:4:24: warning[catalog-config]: unknown option \"extras\" in locales"))
        #expect(r.stderr.contains("catalog.yml:8:5: warning[catalog-config]: unknown option \"optinal\" in a gallery"))
        #expect(r.stderr.contains("catalog.yml:9:38: error[catalog-config]: template_flags.DeclarativeCopilot must be true or false"))
        // The absolute package path was read as absolute.
        #expect(r.stderr.contains("Built 1 package"))
        #expect(!SiteTestText.read(folder, "site/index.html").contains("www.contoso.example"))
    }
}

enum SiteTestText {
    static func read(_ folder: URL, _ path: String) -> String {
        (try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }
}
