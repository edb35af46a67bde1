import Foundation
import JSONSchema
import JSONTree
import Testing
import TestSupport

/// `plugin-catalog validate`: exit statuses, rule settings, baselines and every format.
@Suite struct ValidateCommandTests {
    static let clean = TestPaths.repositoryRoot.appendingPathComponent("Tests/RuleTests/Fixtures/clean")

    /// The clean package with some of its text replaced, in a new folder `pkg` (the working folder is its parent).
    static func package(_ replacements: [(String, String, String)] = []) -> URL {
        let parent = TestPaths.temporaryDirectory("validate")
        let folder = parent.appendingPathComponent("pkg")
        try? FileManager.default.copyItem(at: clean, to: folder)
        for (file, old, new) in replacements {
            let url = folder.appendingPathComponent(file)
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            precondition(text.contains(old), "no \(old) in \(file)")
            try? text.replacingOccurrences(of: old, with: new).write(to: url, atomically: false, encoding: .utf8)
        }
        return parent
    }

    /// A warning (PLG-05, a long description) and an error (PLG-03, a namespace with a space).
    static let broken: [(String, String, String)] = [
        ("plugin.json", "\"Track team budgets and charge expenses to them\"", "\"" + String(repeating: "Track team budgets. ", count: 6) + "\""),
        ("plugin.json", "\"namespace\": \"budgets\"", "\"namespace\": \"team budgets\""),
    ]

    @Test func aCleanPackageExitsZeroAndSaysTheSchemasWereNotChecked() throws {
        let r = try CLI.run(["validate", "pkg"], in: Self.package())
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("0 errors, 0 warnings and 1 note in 1 package."))
        #expect(r.stdout.contains("note[PKG-04]: the official JSON schemas were not checked"))
        #expect(r.stdout.contains("[ ] AC-06"), "the manual checklist ends the text report")
    }

    @Test func errorsFailTheRunAndFailOnWarningFailsOnWarnings() throws {
        let dir = Self.package(Self.broken)
        let r = try CLI.run(["validate", "pkg"], in: dir)
        #expect(r.status == 1)
        #expect(r.stdout.contains("pkg/plugin.json:4:16: error[PLG-03]: namespace \"team budgets\""))
        #expect(r.stdout.contains("pkg/plugin.json:6:28: warning[PLG-05]"))
        let onlyWarning = try CLI.run(["validate", "pkg", "--rule", "PLG-03=off"], in: dir)
        #expect(onlyWarning.status == 0, "\(onlyWarning.stdout)")
        #expect(!onlyWarning.stdout.contains("PLG-03"))
        let strict = try CLI.run(["validate", "pkg", "--rule", "PLG-03=off", "--fail-on", "warning"], in: dir)
        #expect(strict.status == 1)
        let raised = try CLI.run(["validate", "pkg", "--rule", "PLG-03=off", "--rule", "PLG-05=error"], in: dir)
        #expect(raised.status == 1)
        #expect(raised.stdout.contains("error[PLG-05]"))
    }

    @Test func usageErrorsExitTwo() throws {
        let dir = Self.package()
        for arguments in [["--format", "xml"], ["--fail-on", "fatal"], ["--rule", "PLG-99=off"], ["--rule", "PLG-03"], ["--schemas", "no-such-folder"],
                          ["--baseline", "missing.json"], ["-o", "no-such-folder/report.txt"]] {
            let r = try CLI.run(["validate", "pkg"] + arguments, in: dir)
            #expect(r.status == 2, "\(arguments): \(r.stderr)")
        }
        let suggestion = try CLI.run(["validate", "pkg", "--rule", "PLG-3=off"], in: dir)
        #expect(suggestion.stderr.contains("did you mean PLG-03?"), "\(suggestion.stderr)")
    }

    @Test func aCatalogFileSetsRulesAndTheSchemaFolder() throws {
        let dir = Self.package(Self.broken)
        let schemas = TestPaths.temporaryDirectory("schemas")
        try Data("rules:\n  PLG-03: off\n  PLG-05: error\n  TM-99: off\nschemas: \(schemas.path)\npackages:\n  - pkg\n".utf8)
            .write(to: dir.appendingPathComponent("catalog.yml"))
        let r = try CLI.run(["validate"], in: dir)
        #expect(r.status == 1)
        #expect(!r.stdout.contains("PLG-03"))
        #expect(r.stdout.contains("error[PLG-05]"))
        #expect(r.stdout.contains("catalog.yml:4:3: warning[catalog-config]: \"TM-99\" is not a rule"), "\(r.stdout)")
        #expect(!r.stdout.contains("schemas were not checked"), "the folder is given, though it holds no schema")
        #expect(r.stdout.contains("warning[PKG-04]: not checked against a schema"))
    }

    @Test func theSchemaFolderComesFromTheEnvironment() throws {
        let dir = Self.package()
        let variable = try CLI.run(["validate", "pkg"], in: dir, environment: ["PLUGIN_CATALOG_SCHEMAS": TestPaths.temporaryDirectory("schemas").path])
        #expect(!variable.stdout.contains("schemas were not checked"))
        let missing = try CLI.run(["validate", "pkg"], in: dir, environment: ["PLUGIN_CATALOG_SCHEMAS": "/no/such/folder"])
        #expect(missing.status == 2)
    }

    @Test func aBaselineLeavesOutAcceptedFindings() throws {
        let dir = Self.package(Self.broken)
        let first = try CLI.run(["validate", "pkg", "--format", "json", "-o", "baseline.json"], in: dir)
        #expect(first.status == 1)
        #expect(first.stderr.contains("→ baseline.json"))
        let second = try CLI.run(["validate", "pkg", "--baseline", "baseline.json"], in: dir)
        #expect(second.status == 0, "\(second.stdout)")
        #expect(second.stdout.contains("(3 accepted in the baseline)"), "\(second.stdout)")
        let notABaseline = dir.appendingPathComponent("other.json")
        try Data("{\"format\": 2}".utf8).write(to: notABaseline)
        #expect(try CLI.run(["validate", "pkg", "--baseline", "other.json"], in: dir).status == 2)
    }

    @Test func jsonHasTheSummaryAndTheObjectsOfCatalogJSON() throws {
        let r = try CLI.run(["validate", "pkg", "--format", "json"], in: Self.package(Self.broken))
        let root = try JSONParser.parse(Array(r.stdout.utf8)).root.jsonValue
        #expect(root["format"]?.intValue == 1)
        #expect(root["summary"]?["errors"]?.intValue == 1)
        #expect(root["summary"]?["warnings"]?.intValue == 1)
        let first = try #require(root["diagnostics"]?.arrayValue?.first { $0["rule"]?.stringValue == "PLG-03" })
        #expect(first["file"]?.stringValue == "pkg/plugin.json")
        #expect(first["line"]?.intValue == 4 && first["column"]?.intValue == 16)
        #expect(first["severity"]?.stringValue == "error")
    }

    @Test func githubWorkflowCommandsAreEscaped() throws {
        let r = try CLI.run(["validate", "pkg", "--format", "github"], in: Self.package(Self.broken))
        #expect(r.stdout.contains("::error file=pkg/plugin.json,line=4,col=16,title=PLG-03::namespace \"team budgets\""))
        #expect(r.stdout.contains("::warning file=pkg/plugin.json,line=6,col=28,title=PLG-05::"))
        for line in r.stdout.split(separator: "\n") { #expect(line.hasPrefix("::"), "\(line)") }
    }

    @Test func junitHasACasePerRuleAndFailuresForErrors() throws {
        let r = try CLI.run(["validate", "pkg", "--format", "junit"], in: Self.package(Self.broken))
        #expect(r.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites"))
        #expect(r.stdout.contains("<testcase classname=\"pkg\" name=\"PLG-03\">\n      <failure type=\"error\" message=\"namespace &quot;team budgets&quot;"))
        // PLG-05 is a warning: shown, not failed (without --fail-on warning).
        #expect(r.stdout.contains("<testcase classname=\"pkg\" name=\"PLG-05\">\n      <system-out>"))
        #expect(r.stdout.contains("failures=\"1\""))
        #expect(r.stdout.components(separatedBy: "<testcase ").count - 1 > 100)
    }
}

/// The SARIF report against the structure of SARIF 2.1.0 (OASIS): the objects and
/// properties the report uses, with their types, required members and enumerations, written
/// here from the specification (§3.13 sarifLog, §3.14 run, §3.18 toolComponent, §3.49
/// reportingDescriptor, §3.27 result, §3.28 location, §3.29 physicalLocation, §3.4
/// artifactLocation, §3.30 region). Unknown members are refused, so a misspelt property fails.
@Suite struct SARIFStructureTests {
    static let structure = """
    {
      "$schema": "http://json-schema.org/draft-07/schema#",
      "type": "object", "required": ["version", "runs"], "additionalProperties": false,
      "properties": {
        "$schema": {"type": "string", "format": "uri"},
        "version": {"enum": ["2.1.0"]},
        "runs": {"type": "array", "minItems": 1, "maxItems": 1, "items": {"$ref": "#/definitions/run"}}
      },
      "definitions": {
        "message": {"type": "object", "required": ["text"], "additionalProperties": false, "properties": {"text": {"type": "string", "minLength": 1}}},
        "level": {"enum": ["none", "note", "warning", "error"]},
        "run": {
          "type": "object", "required": ["tool"], "additionalProperties": false,
          "properties": {
            "tool": {"type": "object", "required": ["driver"], "additionalProperties": false, "properties": {"driver": {"$ref": "#/definitions/driver"}}},
            "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
            "results": {"type": "array", "items": {"$ref": "#/definitions/result"}}
          }
        },
        "driver": {
          "type": "object", "required": ["name"], "additionalProperties": false,
          "properties": {
            "name": {"type": "string"}, "informationUri": {"type": "string", "format": "uri"},
            "rules": {"type": "array", "uniqueItems": true, "items": {"$ref": "#/definitions/rule"}}
          }
        },
        "rule": {
          "type": "object", "required": ["id"], "additionalProperties": false,
          "properties": {
            "id": {"type": "string"}, "shortDescription": {"$ref": "#/definitions/message"}, "helpUri": {"type": "string", "format": "uri"},
            "defaultConfiguration": {"type": "object", "additionalProperties": false, "properties": {"level": {"$ref": "#/definitions/level"}}}
          }
        },
        "result": {
          "type": "object", "required": ["message"], "additionalProperties": false,
          "properties": {
            "ruleId": {"type": "string"}, "ruleIndex": {"type": "integer", "minimum": -1}, "level": {"$ref": "#/definitions/level"},
            "message": {"$ref": "#/definitions/message"},
            "locations": {"type": "array", "items": {"type": "object", "additionalProperties": false, "properties": {"physicalLocation": {"$ref": "#/definitions/physical"}}}}
          }
        },
        "physical": {
          "type": "object", "required": ["artifactLocation"], "additionalProperties": false,
          "properties": {
            "artifactLocation": {"type": "object", "required": ["uri"], "additionalProperties": false, "properties": {"uri": {"type": "string", "format": "uri-reference"}}},
            "region": {"type": "object", "required": ["startLine"], "additionalProperties": false,
                       "properties": {"startLine": {"type": "integer", "minimum": 1}, "startColumn": {"type": "integer", "minimum": 1}}}
          }
        }
      }
    }
    """

    @Test func theReportHasTheStructureOfSARIF() throws {
        let dir = ValidateCommandTests.package(ValidateCommandTests.broken + [("plugin.json", "\"contact_email\"", "\"contact email\"")])
        try FileManager.default.moveItem(at: dir.appendingPathComponent("pkg"), to: dir.appendingPathComponent("my pkg"))
        let r = try CLI.run(["validate", "my pkg", "--format", "sarif"], in: dir)
        let report = try JSONParser.parse(Array(r.stdout.utf8)).root
        let schema = try CompiledSchema(root: JSONParser.parse(Array(Self.structure.utf8)).root, uri: "urn:sarif-structure")
        let errors = schema.validate(report, options: ValidationOptions(assertFormats: true))
        #expect(errors.isEmpty, "\(errors.map(\.description))")

        let run = try #require(report["runs"]?.array?.first)
        let rules = run["tool"]?["driver"]?["rules"]?.array ?? []
        let results = try requireInputs(run["results"]?.array ?? [], "SARIF results")
        for result in results {
            // ruleIndex names the rule with the result's id.
            let index = try #require(result["ruleIndex"]?.jsonValue.intValue)
            #expect(rules[index]["id"]?.string == result["ruleId"]?.string)
        }
        let plg03 = try #require(results.first { $0["ruleId"]?.string == "PLG-03" })
        let physical = plg03["locations"]?.array?.first?["physicalLocation"]
        #expect(physical?["artifactLocation"]?["uri"]?.string == "my%20pkg/plugin.json")
        #expect(physical?["region"]?["startLine"]?.jsonValue.intValue == 4)
        #expect(physical?["region"]?["startColumn"]?.jsonValue.intValue == 16)
        #expect(plg03["level"]?.string == "error")
    }

    /// The structure itself refuses what SARIF refuses (a test of the test).
    @Test func theStructureRefusesWhatSARIFRefuses() throws {
        let schema = try CompiledSchema(root: JSONParser.parse(Array(Self.structure.utf8)).root, uri: "urn:sarif-structure")
        let bad = """
        {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "fatal",
          "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a b"}, "region": {"startLine": 0}}}]}]}]}
        """
        let errors = schema.validate(try JSONParser.parse(Array(bad.utf8)).root, options: ValidationOptions(assertFormats: true))
        #expect(Set(errors.map(\.keyword)).isSuperset(of: ["enum", "minimum", "format"]), "\(errors.map(\.description))")
    }
}
