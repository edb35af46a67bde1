import Foundation
import JSONSchema
import JSONTree
import TestSupport
import Testing

/// `$schema` URLs and declared versions to files of a schema folder laid out like the
/// published URLs.
@Suite struct SchemaFolderTests {
    @Test(arguments: [
        ("https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json", "teams/v1.19/MicrosoftTeams.schema.json"),
        ("http://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json", "teams/v1.19/MicrosoftTeams.schema.json"),
        ("https://developer.microsoft.com/en-us/json-schemas/teams/v1.24/MicrosoftTeams.schema.json", "teams/v1.24/MicrosoftTeams.schema.json"),
        ("https://Developer.Microsoft.com/de-DE/json-schemas/teams/vDevPreview/MicrosoftTeams.Localization.schema.json#",
         "teams/vDevPreview/MicrosoftTeams.Localization.schema.json"),
        ("https://developer.microsoft.com/json-schemas/teams/vDevPreview/MicrosoftTeams.ResponseRenderingTemplate.schema.json",
         "teams/vDevPreview/MicrosoftTeams.ResponseRenderingTemplate.schema.json"),
        ("https://developer.microsoft.com/json-schemas/copilot/plugin/v2.2/schema.json", "copilot/plugin/v2.2/schema.json"),
        ("https://aka.ms/json-schemas/copilot/declarative-agent/v1.0/schema.json", "copilot/declarative-agent/v1.0/schema.json"),
        ("https://aka.ms/json-schemas/copilot-extensions/v2.1/plugin.schema.json", "copilot/plugin/v2.1/schema.json"),
        ("https://aka.ms/json-schemas/copilot-extensions/vNext/declarative-copilot.schema.json",
         "copilot/declarative-agent/vNext/schema.json"),
        ("https://raw.githubusercontent.com/microsoft/json-schemas/main/teams/v1.17/MicrosoftTeams.schema.json",
         "teams/v1.17/MicrosoftTeams.schema.json"),
        (" https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json?x=1 ", "teams/v1.19/MicrosoftTeams.schema.json"),
    ])
    func publishedURLs(_ url: String, _ path: String) {
        #expect(SchemaFolder.relativePath(forSchemaURL: url) == path)
    }

    @Test(arguments: [
        "http://adaptivecards.io/schemas/adaptive-card.json",
        "https://raw.githubusercontent.com/dotnet/dev-proxy/main/schemas/v3.0.1/rc.schema.json",
        "https://developer.microsoft.com/json-schemas/../secrets.json",
        "https://developer.microsoft.com/json-schemas/teams//x.json",
        "ftp://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json",
        "https://developer.microsoft.com/teams/v1.19/MicrosoftTeams.schema.json",
        "teams/v1.19/MicrosoftTeams.schema.json",
    ])
    func otherURLsAreNotMapped(_ url: String) {
        #expect(SchemaFolder.relativePath(forSchemaURL: url) == nil)
    }

    @Test func declaredVersions() throws {
        #expect(SchemaFolder.relativePath(for: .teamsManifest, version: "1.19") == "teams/v1.19/MicrosoftTeams.schema.json")
        #expect(SchemaFolder.relativePath(for: .teamsManifest, version: "devPreview") == "teams/vDevPreview/MicrosoftTeams.schema.json")
        #expect(SchemaFolder.relativePath(for: .teamsLocalization, version: "1.24") == "teams/v1.24/MicrosoftTeams.Localization.schema.json")
        #expect(SchemaFolder.relativePath(for: .responseRenderingTemplate, version: "devPreview")
                == "teams/vDevPreview/MicrosoftTeams.ResponseRenderingTemplate.schema.json")
        #expect(SchemaFolder.relativePath(for: .apiPlugin, version: "v2.2") == "copilot/plugin/v2.2/schema.json")
        #expect(SchemaFolder.relativePath(for: .declarativeAgent, version: "v1.4") == "copilot/declarative-agent/v1.4/schema.json")
        #expect(SchemaFolder.relativePath(for: .declarativeAgent, version: "1.4") == "copilot/declarative-agent/v1.4/schema.json")
        for bad in ["", "v", "1", "1.x", "../1.2", "1.19/../../x", "devPreview2"] {
            #expect(SchemaFolder.relativePath(for: .teamsManifest, version: bad) == nil, "\(bad)")
        }
        let manifest = try JSONParser.parse(#"{"manifestVersion": "1.19", "version": "1.0.0"}"#).root
        #expect(SchemaFolder.declaredVersion(of: manifest, kind: .teamsManifest) == "1.19")
        let plugin = try JSONParser.parse(#"{"schema_version": "v2.2"}"#).root
        #expect(SchemaFolder.declaredVersion(of: plugin, kind: .apiPlugin) == "v2.2")
        let agent = try JSONParser.parse(#"{"version": "v1.4"}"#).root
        #expect(SchemaFolder.declaredVersion(of: agent, kind: .declarativeAgent) == "v1.4")
    }

    @Test(.needsShared) func theCacheCompilesOnceForAllThreads() async throws {
        let cache = SchemaCache(folder: SchemaFolder(directory: TestPaths.shared.appendingPathComponent("json-schemas").path),
                                options: CompileOptions(defaultDraft: .draft4, laterDraftKeywords: true))
        let url = "https://developer.microsoft.com/en-us/json-schemas/teams/v1.24/MicrosoftTeams.schema.json"
        let counts = await withTaskGroup(of: Int?.self) { group in
            for _ in 0..<16 { group.addTask { (try? cache.schema(forSchemaURL: url))??.nodeCount } }
            var out: [Int?] = []
            for await c in group { out.append(c) }
            return out
        }
        let first = try #require(counts.first ?? nil)
        #expect(first > 100 && counts.allSatisfy { $0 == first })
        #expect(try cache.schema(for: .teamsManifest, version: "1.24")?.nodeCount == first)
        #expect(try cache.schema(for: .teamsManifest, version: "1.18") == nil)
        #expect(try cache.schema(forSchemaURL: "http://adaptivecards.io/schemas/adaptive-card.json") == nil)
        #expect(try cache.schema(forSchemaURL: "https://aka.ms/json-schemas/copilot-extensions/vNext/declarative-copilot.schema.json") == nil)
        let plugin = try #require(try cache.schema(for: .apiPlugin, version: "v2.2"))
        #expect(plugin.draft == .draft4)
        #expect(plugin.uri == "https://developer.microsoft.com/json-schemas/copilot/plugin/v2.2/schema.json")
    }

    /// Every Microsoft schema URL the corpus uses is in ../shared/json-schemas, but the
    /// unpublished `copilot-extensions/vNext/declarative-copilot.schema.json`.
    @Test(.needsShared) func corpusURLsAreInTheSharedFolder() throws {
        let folder = SchemaFolder(directory: TestPaths.shared.appendingPathComponent("json-schemas").path)
        var urls = Set<String>()
        let walker = FileManager.default.enumerator(at: TestPaths.corpus, includingPropertiesForKeys: nil)
        for case let file as URL in walker?.allObjects ?? [] where file.pathExtension == "json" {
            guard let data = FileManager.default.contents(atPath: file.path),
                  let url = try? JSONParser.parse(Array(data)).root["$schema"]?.string,
                  SchemaFolder.relativePath(forSchemaURL: url) != nil else { continue }
            urls.insert(url)
        }
        let missing = try requireInputs(urls, "Microsoft $schema URLs in the corpus").filter { folder.file(forSchemaURL: $0) == nil }
        #expect(missing == ["https://aka.ms/json-schemas/copilot-extensions/vNext/declarative-copilot.schema.json"])
        for version in ["1.13", "1.19", "1.30", "devPreview"] {
            #expect(folder.file(for: .teamsManifest, version: version) != nil)
        }
        #expect(folder.file(for: .teamsManifest, version: "1.18") == nil, "there is no v1.18")
        #expect(folder.file(for: .apiPlugin, version: "v2.4") != nil)
        #expect(folder.file(for: .declarativeAgent, version: "v1.8") != nil)
    }
}
