import Foundation
import JSONSchema
import JSONTree
import TestSupport
import Testing

/// The official JSON Schema Test Suite (../shared/json-schema-test-suite): every test of
/// draft 4, 6, 7 and 2020-12, required and optional. `remotes/` is served from memory under
/// http://localhost:1234/. The drafts' own meta-schemas are not in ../shared (the project never
/// fetches), so the few tests that `$ref` one are counted apart, unless
/// `JSON_SCHEMA_METASCHEMAS` names a folder holding them (any layout; each file is registered
/// under its `$id`), as the python-jsonschema package ships them.
@Suite(.needsShared) struct TestSuiteConformanceTests {
    static let suite = TestPaths.shared.appendingPathComponent("json-schema-test-suite")

    struct Tally: CustomStringConvertible {
        var passed = 0, total = 0, needMetaSchema = 0
        var failures: [String] = []
        var description: String {
            "\(passed)/\(total)" + (needMetaSchema > 0 ? " (+\(needMetaSchema) that need a draft meta-schema)" : "")
        }
    }

    @Test(arguments: [
        // Floors: what passes without the meta-schemas. Conformance floors only rise.
        ("draft4", Draft.draft4, 614, 318),
        ("draft6", Draft.draft6, 835, 431),
        ("draft7", Draft.draft7, 923, 713),
        ("draft2020-12", Draft.draft2020_12, 1295, 849),
    ])
    func draft(_ folder: String, _ draft: Draft, requiredFloor: Int, optionalFloor: Int) throws {
        let directory = Self.suite.appendingPathComponent("tests").appendingPathComponent(folder)
        let files = try requireInputs(Self.testFiles(directory), "test files in \(directory.path)")
        let registry = try Self.registry()
        var required = Tally(), optional = Tally()
        for file in files {
            let relative = String(file.path.dropFirst(directory.path.count + 1))
            let isOptional = relative.hasPrefix("optional/")
            let formats = relative.hasPrefix("optional/format/")
            let tally = try Self.run(file, relative: relative, draft: draft, registry: registry, assertFormats: formats)
            if isOptional { optional.add(tally) } else { required.add(tally) }
        }
        print("JSON Schema Test Suite \(folder): required \(required), optional \(optional)")
        for f in required.failures.prefix(40) { print("  required failure: \(f)") }
        if ProcessInfo.processInfo.environment["SHOW_OPTIONAL_FAILURES"] != nil {
            for f in optional.failures { print("  optional failure: \(f)") }
        }
        #expect(required.total + required.needMetaSchema > 0 && optional.total > 0)
        #expect(required.passed >= requiredFloor, "required tests passed below the floor")
        #expect(required.failures.isEmpty, "every required test that can run passes")
        #expect(optional.passed >= optionalFloor, "optional tests passed below the floor")
    }

    static func testFiles(_ directory: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
    }

    /// `remotes/` under http://localhost:1234/, and meta-schemas from `JSON_SCHEMA_METASCHEMAS`.
    static func registry() throws -> SchemaRegistry {
        var registry = SchemaRegistry()
        registry.add(prefix: "http://localhost:1234/", directory: suite.appendingPathComponent("remotes").path)
        if let folder = ProcessInfo.processInfo.environment["JSON_SCHEMA_METASCHEMAS"] {
            for file in FileManager.default.enumerator(atPath: folder)?.compactMap({ $0 as? String }) ?? [] {
                let url = URL(fileURLWithPath: folder).appendingPathComponent(file)
                guard let data = FileManager.default.contents(atPath: url.path),
                      let root = try? JSONParser.parse(Array(data)).root,
                      let id = root["$id"]?.string ?? root["id"]?.string else { continue }
                registry.add(root, uri: id)
            }
        }
        return registry
    }

    static func run(_ file: URL, relative: String, draft: Draft, registry: SchemaRegistry, assertFormats: Bool) throws -> Tally {
        let data = try #require(FileManager.default.contents(atPath: file.path))
        let cases = try #require(try JSONParser.parse(Array(data), options: .strict).root.array)
        var tally = Tally()
        let options = ValidationOptions(assertFormats: assertFormats)
        for testCase in cases {
            let description = testCase["description"]?.string ?? "?"
            let tests = testCase["tests"]?.array ?? []
            guard let schemaNode = testCase["schema"] else { continue }
            let schema: CompiledSchema
            do {
                schema = try CompiledSchema(root: schemaNode, registry: registry, options: CompileOptions(defaultDraft: draft))
            } catch {
                if error.message.contains("json-schema.org/") {
                    tally.needMetaSchema += tests.count
                } else {
                    tally.total += tests.count
                    tally.failures.append("\(relative): \(description): does not compile: \(error)")
                }
                continue
            }
            for test in tests {
                guard let instance = test["data"], let expected = test["valid"]?.bool else { continue }
                tally.total += 1
                let valid = schema.isValid(instance, options: options)
                let errors = schema.validate(instance, options: options)
                if valid != errors.isEmpty {
                    tally.failures.append("\(relative): \(description) / \(test["description"]?.string ?? "?"): isValid says \(valid) but validate found \(errors.count) errors")
                } else if valid == expected {
                    tally.passed += 1
                } else {
                    tally.failures.append("\(relative): \(description) / \(test["description"]?.string ?? "?"): expected \(expected ? "valid" : "invalid")\(errors.first.map { " — \($0)" } ?? "")")
                }
            }
        }
        return tally
    }
}

extension TestSuiteConformanceTests.Tally {
    mutating func add(_ other: Self) {
        passed += other.passed
        total += other.total
        needMetaSchema += other.needMetaSchema
        failures += other.failures
    }
}
