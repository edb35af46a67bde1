import Foundation
import JSONSchema
import JSONTree
import TestSupport
import Testing

/// Every official schema the project validates against compiles: the folder
/// ../shared/json-schemas (Teams manifest v1.13–v1.30 and devPreview with their localization
/// and response rendering template schemas, declarative agent v1.0–v1.8, plugin v2.1–v2.4) and
/// the schemas ../shared/reference holds that the folder does not (Teams Toolkit's local
/// 2020-12 copies, the app-schema-repo preview).
@Suite(.needsShared) struct OfficialSchemaTests {
    static let folder = TestPaths.shared.appendingPathComponent("json-schemas")

    static func files(under directory: URL) -> [String] {
        let walker = FileManager.default.enumerator(atPath: directory.path)
        return (walker?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    static func compile(_ path: String, uri: String, options: CompileOptions) throws -> CompiledSchema {
        let data = try #require(FileManager.default.contents(atPath: path))
        let root = try JSONParser.parse(Array(data)).root
        var registry = SchemaRegistry()
        registry.add(SchemaFolder(directory: folder.path))
        return try CompiledSchema(root: root, uri: uri, registry: registry, options: options)
    }

    @Test func everySchemaInTheFolderCompiles() throws {
        let files = try requireInputs(Self.files(under: Self.folder), "schemas in \(Self.folder.path)")
        var drafts: [Draft: Int] = [:]
        for relative in files {
            let uri = SchemaFolder.publishedURL(forRelativePath: relative)
            for lenient in [false, true] {
                let options = CompileOptions(defaultDraft: .draft4, laterDraftKeywords: lenient)
                do {
                    let schema = try Self.compile(Self.folder.appendingPathComponent(relative).path, uri: uri, options: options)
                    if lenient { drafts[schema.draft, default: 0] += 1 }
                } catch {
                    Issue.record("\(relative) does not compile: \(error)")
                }
            }
        }
        print("Official schemas compiled: \(files.count) (\(drafts.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")))")
        // Teams manifest v1.13–v1.30 (no v1.18) and devPreview; DA v1.0, v1.2–v1.8; plugin v2.1–v2.4.
        let manifests = files.filter { $0.hasSuffix("/MicrosoftTeams.schema.json") }
        #expect(manifests.count == 17 + 1)
        #expect(files.filter { $0.hasPrefix("copilot/declarative-agent/") }.count == 8)
        #expect(files.filter { $0.hasPrefix("copilot/plugin/") }.count == 4)
        #expect(drafts[.draft4, default: 0] > 0 && drafts[.draft6, default: 0] > 0)
    }

    @Test func referenceSchemasOutsideTheFolderCompile() throws {
        let reference = TestPaths.reference
        let extra = try requireInputs([
            "declarative-agent/ttk-local-declarativeCopilotSchema.json",
            "plugin-manifest/ttk-local-pluginSchema.v2.1.json",
            "teams-manifest/app-schema-repo.preview-DevPreview.MicrosoftTeams.schema.json",
        ].filter { FileManager.default.fileExists(atPath: reference.appendingPathComponent($0).path) }, "reference schemas")
        for relative in extra {
            let schema = try Self.compile(reference.appendingPathComponent(relative).path, uri: "file:///reference/" + relative,
                                          options: CompileOptions(defaultDraft: .draft4, laterDraftKeywords: true))
            #expect(schema.nodeCount > 10, "\(relative)")
        }
    }

    /// The published draft-04 schemas use `const`, `if`/`then` and `propertyNames`: read
    /// strictly they accept what the tools reject.
    @Test func laterDraftKeywordsMatterForTheOfficialSchemas() throws {
        let path = Self.folder.appendingPathComponent("copilot/plugin/v2.1/schema.json").path
        let uri = SchemaFolder.publishedURL(forRelativePath: "copilot/plugin/v2.1/schema.json")
        let strict = try Self.compile(path, uri: uri, options: CompileOptions())
        let lenient = try Self.compile(path, uri: uri, options: CompileOptions(laterDraftKeywords: true))
        let plugin = try JSONParser.parse(#"{"schema_version": "v2.4", "name_for_human": "x", "namespace": "x", "description_for_human": "x"}"#).root
        #expect(strict.draft == .draft4)
        #expect(strict.validate(plugin).isEmpty)
        #expect(lenient.validate(plugin).map(\.message) == [#"expected "v2.1"; got "v2.4""#])
    }
}
