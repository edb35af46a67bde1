import CatalogDiagnostics
import Foundation
import JSONTree
@testable import SiteBuilder
import Testing
import TestSupport

/// No raw `${{VAR}}` or `{{value}}` in front of people: titles show a token, and packages
/// that read the same are told apart.
@Suite struct PlaceholderTitleTests {
    @Test func piecesAndForms() {
        #expect(PlaceholderTokens.pieces("Trey${{APP_NAME_SUFFIX}}") == [.text("Trey"), .placeholder("APP_NAME_SUFFIX", template: false)])
        #expect(PlaceholderTokens.pieces("{{appName}} app") == [.placeholder("appName", template: true), .text(" app")])
        #expect(PlaceholderTokens.plain("{{appName}}${{SUFFIX}}") == "‹appName›‹SUFFIX›")
        // Not a placeholder: dots, spaces, unclosed.
        #expect(PlaceholderTokens.plain("{{function.parameters.x}} ${{a b}} ${{open") == "{{function.parameters.x}} ${{a b}} ${{open")
        #expect(PlaceholderTokens.html("<b>${{X}}</b>") == "&lt;b&gt;<span class=\"placeholder\" title=\"Teams Toolkit variable X, set when the app is provisioned\">X</span>&lt;/b&gt;")
    }

    /// A card shows `‹NAME›` for a Teams Toolkit variable in its text, wherever it is
    /// nested, keeps it in URLs, and is left alone when it has none.
    @Test func cardsShowVariables() throws {
        let card: JSONValue = [
            "type": "AdaptiveCard",
            "body": [["type": "TextBlock", "text": "Hi ${{USER}}"], ["items": [["text": "${{A}} and {{b}}"]]]],
            "selectAction": ["url": "https://${{HOST}}/x", "iconUrl": "${{ICON}}"],
        ]
        let shown = try #require(PlaceholderTokens.variablesShown(in: card))
        #expect(shown["body"]?.arrayValue?[0]["text"] == "Hi ‹USER›")
        #expect(shown["body"]?.arrayValue?[1]["items"]?.arrayValue?[0]["text"] == "‹A› and {{b}}")
        #expect(shown["selectAction"]?["url"] == "https://${{HOST}}/x")
        #expect(shown["selectAction"]?["iconUrl"] == "${{ICON}}")
        #expect(PlaceholderTokens.variablesShown(in: ["type": "AdaptiveCard", "body": [["text": "{{plain}} ${ x }"]]]) == nil)
        #expect(PlaceholderTokens.variablesShown(in: ["url": "https://${{HOST}}"]) == nil)
    }

    static func manifest(_ name: String) -> String {
        TestPackage.appManifest().replacingOccurrences(of: #""short": "Budgets""#, with: #""short": "\#(name)""#)
    }

    @Test func titlesShowTokensAndTwinsShowWhereTheyComeFrom() throws {
        let root = TestPaths.temporaryDirectory("twins")
        for folder in ["one/appPackage", "two/appPackage"] {
            TestPackage.write(["manifest.json": Self.manifest("Trey${{APP_NAME_SUFFIX}}"), "agent.json": TestPackage.agent(actions: []),
                               "instructions.txt": "Help."], in: root.appendingPathComponent(folder))
        }
        var config = CatalogConfiguration(output: root.appendingPathComponent("site"))
        config.packages = [root.appendingPathComponent("one"), root.appendingPathComponent("two")]
        config.displayBase = root
        let result = BuildAction(configuration: config).run()
        #expect(result.wroteSite)
        let home = SiteTest.text(config.output, "index.html")
        #expect(!home.contains("${{"))
        #expect(home.contains(">APP_NAME_SUFFIX</span>"))
        #expect(home.contains("<code>one/appPackage</code>") && home.contains("<code>two/appPackage</code>"))
        let package = try #require(try FileManager.default.contentsOfDirectory(atPath: config.output.appendingPathComponent("packages").path).first)
        let page = SiteTest.text(config.output, "packages/\(package)/index.html")
        #expect(page.contains("<title>Trey‹APP_NAME_SUFFIX› · "))
        #expect(!page.contains("${{"))
    }
}
