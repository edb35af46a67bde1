import Foundation
import JSONSchema
import JSONTree
import TestSupport
import Testing

/// Every JSON document of ../shared/corpus whose `$schema` names a schema in
/// ../shared/json-schemas, validated and compared with the verdicts of a second
/// implementation: python-jsonschema (the version is in CorpusVerdicts.json's `generator`),
/// run by scripts/schema-verdicts.py with the same choices as `CorpusVerdictTests.options`:
/// later-draft keywords honoured in draft-04 schemas, formats not asserted, strings with an
/// unresolved `${{NAME}}` exempt from pattern/length/format, ECMA-262 patterns.
///
/// The verdicts must be the same. Error locations are compared by prefix: python-jsonschema
/// reports an `anyOf`/`oneOf` failure at the value the combinator applies to, and an extra
/// property at its object, where this validator reports the closest alternative's errors and
/// the property itself, at or below that location.
@Suite(.needsShared) struct CorpusVerdictTests {
    static let folder = SchemaFolder(directory: TestPaths.shared.appendingPathComponent("json-schemas").path)
    static let compileOptions = CompileOptions(defaultDraft: .draft4, laterDraftKeywords: true)
    static let options = ValidationOptions().skippingStringConstraints(where: ValidationOptions.placeholderStrings)

    struct Document {
        var path: String
        var schema: String
        var root: SourceNode
    }

    struct Expected: Decodable {
        var generator: String
        var documents: [Entry]
        var localization: [Entry]
        struct Entry: Decodable {
            var path: String
            var schema: String
            var valid: Bool
            var errors: [String]
        }
    }

    /// The corpus documents with a schema in the folder, in path order.
    static func documents() throws -> [Document] {
        let corpus = TestPaths.corpus
        guard let walker = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil) else { return [] }
        var out: [Document] = []
        let files = walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "json" }.map(\.path).sorted()
        for path in files {
            guard let data = FileManager.default.contents(atPath: path),
                  let root = try? JSONParser.parse(Array(data)).root,
                  let url = root["$schema"]?.string,
                  let relative = SchemaFolder.relativePath(forSchemaURL: url),
                  folder.file(forSchemaURL: url) != nil else { continue }
            out.append(Document(path: String(path.dropFirst(corpus.path.count + 1)), schema: relative, root: root))
        }
        return out
    }

    /// Localization files (no `$schema`; `localizationKeys` or `name.short`), with the
    /// localization schema of the manifest next to them or up to two folders above.
    static func localizationDocuments() throws -> [Document] {
        let corpus = TestPaths.corpus
        guard let walker = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil) else { return [] }
        var out: [Document] = []
        for path in walker.compactMap({ $0 as? URL }).filter({ $0.pathExtension == "json" }).map(\.path).sorted() {
            guard let data = FileManager.default.contents(atPath: path),
                  let root = try? JSONParser.parse(Array(data)).root, root.object != nil, root["$schema"] == nil,
                  root["localizationKeys"] != nil || root["name.short"] != nil,
                  let version = manifestVersion(near: URL(fileURLWithPath: path).deletingLastPathComponent()),
                  let relative = SchemaFolder.relativePath(for: .teamsLocalization, version: version),
                  folder.file(forSchemaURL: SchemaFolder.publishedURL(forRelativePath: relative)) != nil else { continue }
            out.append(Document(path: String(path.dropFirst(corpus.path.count + 1)), schema: relative, root: root))
        }
        return out
    }

    static func manifestVersion(near folder: URL) -> String? {
        var folder = folder
        for _ in 0..<3 {
            let manifest = folder.appendingPathComponent("manifest.json").path
            if let data = FileManager.default.contents(atPath: manifest) {
                return (try? JSONParser.parse(Array(data)).root)?["manifestVersion"]?.string
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    static func compileAll(_ documents: [Document]) throws -> [String: CompiledSchema] {
        var schemas: [String: CompiledSchema] = [:]
        for d in documents where schemas[d.schema] == nil {
            schemas[d.schema] = try #require(try folder.compile(schemaURL: SchemaFolder.publishedURL(forRelativePath: d.schema),
                                                              options: compileOptions))
        }
        return schemas
    }

    static func isUnder(_ path: String, _ prefix: String) -> Bool {
        path == prefix || prefix.isEmpty || path.hasPrefix(prefix + "/")
    }

    static func expected() throws -> Expected {
        let url = TestPaths.repositoryRoot.appendingPathComponent("Tests/JSONSchemaTests/CorpusVerdicts.json")
        return try JSONDecoder().decode(Expected.self, from: try Data(contentsOf: url))
    }

    @Test func verdictsAgreeWithPythonJSONSchema() throws {
        let expected = try Self.expected()
        let documents = try requireInputs(try Self.documents(), "corpus documents with a known $schema")
        let agreed = try Self.compare(documents, expected.documents, generator: expected.generator)
        print("Corpus verdicts: \(agreed)/\(documents.count) documents agree with \(expected.generator); \(expected.documents.filter { !$0.valid }.count) invalid")
    }

    @Test func localizationVerdictsAgreeWithPythonJSONSchema() throws {
        let expected = try Self.expected()
        let documents = try requireInputs(try Self.localizationDocuments(), "corpus localization files")
        let agreed = try Self.compare(documents, expected.localization, generator: expected.generator)
        print("Localization verdicts: \(agreed)/\(documents.count) files agree; \(expected.localization.filter { !$0.valid }.count) invalid")
    }

    /// Validates `documents` and compares with `expected`; returns how many agree.
    static func compare(_ documents: [Document], _ expected: [Expected.Entry], generator: String) throws -> Int {
        let schemas = try compileAll(documents)
        #expect(documents.map(\.path) == expected.map(\.path), "the same documents on both sides")
        #expect(documents.map(\.schema) == expected.map(\.schema), "the same schemas on both sides")
        var agreed = 0
        for (d, e) in zip(documents, expected) {
            let errors = try #require(schemas[d.schema]).validate(d.root, options: options)
            let ours = Set(errors.map(\.instancePath))
            let theirs = Set(e.errors)
            let uncovered = ours.filter { p in !theirs.contains { isUnder(p, $0) } }
            let missed = theirs.filter { p in !ours.contains { isUnder($0, p) } }
            #expect(errors.isEmpty == e.valid, "\(d.path): \(errors.map(\.description))")
            #expect(uncovered.isEmpty && missed.isEmpty, "\(d.path): ours \(ours.sorted()) vs \(theirs.sorted()) (\(generator))")
            if errors.isEmpty == e.valid && uncovered.isEmpty && missed.isEmpty { agreed += 1 }
        }
        return agreed
    }

    /// Prints the errors found in the corpus (what the catalog would report).
    @Test func corpusErrorsArePositioned() throws {
        let documents = try requireInputs(try Self.documents(), "corpus documents with a known $schema")
        let schemas = try Self.compileAll(documents)
        for d in documents {
            for e in try #require(schemas[d.schema]).validate(d.root, options: Self.options) {
                print("\(d.path):\(e.location.line):\(e.location.column): \(e.message) [\(e.keyword) at \(e.keywordLocation)]")
                #expect(e.location.line >= 1 && e.location.column >= 1)
                #expect(d.root.resolve(pointer: e.instancePath) != nil, "\(e.instancePath) is in the document")
            }
        }
    }
}

/// How long the corpus takes: compiling the schemas it names, then validating every document.
@Suite(.needsShared) struct CorpusTimingTests {
    @Test func validatingTheCorpusIsFast() throws {
        let documents = try requireInputs(try CorpusVerdictTests.documents() + CorpusVerdictTests.localizationDocuments(),
                                          "corpus documents with a known schema")
        let clock = ContinuousClock()
        var schemas: [String: CompiledSchema] = [:]
        let compile = try clock.measure { schemas = try CorpusVerdictTests.compileAll(documents) }
        var errors = 0
        let validate = try clock.measure {
            for d in documents {
                errors += try #require(schemas[d.schema]).validate(d.root, options: CorpusVerdictTests.options).count
            }
        }
        print("JSON Schema corpus timing: compiling \(schemas.count) schemas \(compile), validating \(documents.count) documents \(validate) (\(errors) errors)")
        #expect(errors > 0)
    }
}
