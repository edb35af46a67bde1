import CardRendering
import CatalogDiagnostics
import Foundation
import JSONTree
import PackageReader
@testable import SiteBuilder
import Testing
import TestSupport

/// The one card pipeline: findings at the `${…}` or element of the template that caused
/// them, each cause once, whatever the data repeats.
@Suite struct CardPipelineTests {
    static let template = """
        {
          "type": "AdaptiveCard",
          "version": "1.5",
          "body": [
            {"type": "TextBlock", "text": "Rows"},
            {"$data": "${rows}", "type": "TextBlock", "text": "Name: ${name}, owner: ${owner.name}"},
            {"type": "Image", "url": "https://example.com/a.png"},
            {"type": "Hologram"}
          ]
        }
        """

    static func run(_ data: JSONValue) throws -> CardResult {
        let root = try JSONParser.parse(Array(template.utf8)).root
        let compiled = CompiledCard(root, file: "card.json")
        return CardPipeline.run(CardJob(template: compiled, data: data, hostConfig: SiteContext.HostConfigs.standard.light,
                                        options: RenderOptions(idPrefix: "t"), evaluation: .init(now: CardPipeline.clock)))
    }

    @Test func findingsSitWhereTheTemplateWritesTheirCause() throws {
        let result = try Self.run(["rows": [["name": "a"], ["name": "b"], ["name": "c"]]])
        #expect(result.expanded["body"]?.arrayValue?.count == 6)
        let missing = result.findings.filter { $0.rule == .cardTemplate }
        // One missing field, three items: one finding, at the `${` of `owner.name` (line 6).
        #expect(missing.count == 1)
        #expect(missing.first?.location == SourceLocation(line: 6, column: 78))
        // The image after the repeated element is the template's, not the expansion's.
        let alt = try #require(result.findings.first { $0.rule == .ac04 })
        #expect(alt.location == SourceLocation(line: 7, column: 5))
        let unknown = try #require(result.findings.first { $0.rule == .cardElement })
        #expect(unknown.location == SourceLocation(line: 8, column: 5))
        #expect(result.findings.allSatisfy { $0.file == "card.json" })
    }

    @Test func aURLTheTemplateCouldNotFillIsOneFinding() throws {
        let root = try JSONParser.parse(Array(#"{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Image","altText":"m","url":"${mapUrl}"}]}"#.utf8)).root
        let result = CardPipeline.run(CardJob(template: CompiledCard(root, file: "c.json"), data: [:], hostConfig: SiteContext.HostConfigs.standard.light,
                                              options: RenderOptions(), evaluation: .init(now: CardPipeline.clock)))
        #expect(result.findings.map(\.rule) == [.cardTemplate])
    }

    @Test func wholeCardProblemsAreAtTheVersionOrTheRoot() throws {
        let v16 = try JSONParser.parse(Array("{\n  \"type\": \"AdaptiveCard\",\n  \"version\": \"1.6\"\n}".utf8)).root
        #expect(CompiledCard(v16, file: "x").findings.first?.location == SourceLocation(line: 3, column: 14))
        let notCard = try JSONParser.parse(Array("{\"type\": \"Message\"}".utf8)).root
        #expect(CompiledCard(notCard, file: "x").findings.first?.location == .start)
    }
}
