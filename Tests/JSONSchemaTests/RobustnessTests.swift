import Foundation
import JSONSchema
import JSONTree
import Testing

/// Loops, depth, broken schemas, threads, placeholders.
@Suite struct RobustnessTests {
    static func compile(_ text: String) throws -> CompiledSchema {
        try CompiledSchema(root: try JSONParser.parse(text).root)
    }

    @Test func referenceLoopsFailInsteadOfHanging() throws {
        for text in [##"{"$ref": "#"}"##,
                     ##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"allOf": [{"$ref": "#/$defs/a"}]}}, "$ref": "#/$defs/a"}"##] {
            let schema = try Self.compile(text)
            let errors = schema.validate(try JSONParser.parse("{}").root)
            #expect(errors.map(\.message) == ["the reference loops back to itself without reaching a schema"], "\(text)")
            #expect(!schema.isValid(try JSONParser.parse("1").root))
        }
    }

    /// A recursive schema on the deepest instance the reader accepts.
    @Test func deepInstancesDoNotOverflowTheStack() throws {
        let depth = 500
        let text = String(repeating: "[", count: depth) + "\"x\"" + String(repeating: "]", count: depth)
        let instance = try JSONParser.parse(text).root
        let anyDepth = try Self.compile(##"{"items": {"$ref": "#"}}"##)
        #expect(anyDepth.isValid(instance))
        let numbersOnly = try Self.compile(##"{"type": ["array", "number"], "items": {"$ref": "#"}}"##)
        let errors = numbersOnly.validate(instance)
        #expect(errors.count == 1)
        #expect(errors.first?.instancePath == String(repeating: "/0", count: depth))
        #expect(errors.first?.location == JSONTree.SourceLocation(line: 1, column: depth + 1))
        // A failing anyOf re-evaluates its alternatives to report the closest one: quadratic
        // in the nesting, so a shallower instance keeps the test quick.
        let nestedAlternatives = try Self.compile(##"{"anyOf": [{"type": "number"}, {"type": "array", "items": {"$ref": "#"}}]}"##)
        #expect(!nestedAlternatives.isValid(instance))
        let shallower = try JSONParser.parse(String(repeating: "[", count: 150) + "\"x\"" + String(repeating: "]", count: 150)).root
        let nested = nestedAlternatives.validate(shallower)
        #expect(nested.map(\.message) == [#"expected number or array; got string "x""#])
        #expect(nested.first?.instancePath == String(repeating: "/0", count: 150))
    }

    /// On a thread with a small stack, evaluation stops short of its end and starts over on a
    /// thread with a large one: the same verdict, no crash.
    @Test func smallStacksAreNotOverrun() throws {
        let depth = 400
        let instance = try JSONParser.parse(String(repeating: "[", count: depth) + "true" + String(repeating: "]", count: depth)).root
        let schema = try Self.compile(##"{"type": ["array", "number"], "items": {"$ref": "#"}}"##)
        final class Outcome: @unchecked Sendable { var errors: [SchemaError] = []; var valid = true }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            outcome.errors = schema.validate(instance)
            outcome.valid = schema.isValid(instance)
            done.signal()
        }
        thread.stackSize = 256 << 10
        thread.start()
        done.wait()
        #expect(!outcome.valid)
        #expect(outcome.errors.map(\.message) == ["expected number or array; got boolean true"])
    }

    @Test func brokenSchemasAreCompileErrors() throws {
        let cases: [(String, String)] = [
            (##"{"$ref": "other.json#/x"}"##, "cannot resolve the reference \"other.json#/x\""),
            (##"{"properties": {"a": {"$ref": "#/nowhere"}}}"##, "cannot resolve the reference \"#/nowhere\""),
            (##"{"type": "strin"}"##, "\"type\" must be a known type"),
            (##"{"pattern": "a("}"##, "invalid pattern"),
            (##"{"items": 3}"##, "a schema must be an object or a boolean"),
            (##"{"maxLength": -1}"##, "\"maxLength\" must be a non-negative integer"),
        ]
        for (text, message) in cases {
            let root = try JSONParser.parse(text).root
            do throws(SchemaCompileError) {
                _ = try CompiledSchema(root: root)
                Issue.record("\(text) compiled")
            } catch {
                #expect(error.message.hasPrefix(message), "\(text): \(error.message)")
                #expect(error.location != nil, "\(text)")
            }
        }
    }

    @Test func compiledSchemasAreSharedAcrossThreads() async throws {
        let schema = try Self.compile(##"{"properties": {"id": {"type": "string", "pattern": "^[a-z]+$"}}, "required": ["id"]}"##)
        let good = try JSONParser.parse(#"{"id": "abc"}"#).root
        let bad = try JSONParser.parse(#"{"id": "ABC"}"#).root
        let results = await withTaskGroup(of: (Bool, Int).self) { group in
            for _ in 0..<32 {
                group.addTask { (schema.isValid(good), schema.validate(bad).count) }
            }
            var out: [(Bool, Int)] = []
            for await r in group { out.append(r) }
            return out
        }
        #expect(results.count == 32)
        #expect(results.allSatisfy { $0.0 && $0.1 == 1 })
    }

    /// The declarative agent patterns (look-ahead, lazy repetition, look-behind) on the
    /// longest instructions allowed.
    @Test func longStringsAgainstLookaroundPatterns() throws {
        let schema = try Self.compile(##"{"pattern": "^(?!\\[\\[)((.|\\n)*?)(?<!\\]\\])$", "maxLength": 8000}"##)
        let long = String(repeating: "You are a helpful agent.\n", count: 320)
        #expect(schema.validate(try JSONParser.parse(JSONWriter.serialize(.string(long))).root).isEmpty)
        let bracketed = "[[" + long + "]]"
        let errors = schema.validate(try JSONParser.parse(JSONWriter.serialize(.string(bracketed))).root)
        #expect(errors.map(\.keyword) == ["pattern", "maxLength"])
    }

    @Test func placeholdersAreExemptFromStringConstraintsOnly() throws {
        let schema = try CompiledSchema(root: try JSONParser.parse(##"""
        {"properties": {
            "id": {"type": "string", "pattern": "^[0-9a-f-]{36}$"},
            "name": {"type": "string", "maxLength": 5, "minLength": 2},
            "url": {"type": "string", "format": "uri"},
            "kind": {"enum": ["a", "b"]}
        }}
        """##).root)
        let instance = try JSONParser.parse(##"""
        {"id": "${{TEAMS_APP_ID}}", "name": "${{APP_NAME_SUFFIX}}-long", "url": "${{BASE_URL}}/x", "kind": "${{KIND}}"}
        """##).root
        let strict = ValidationOptions(assertFormats: true)
        #expect(schema.validate(instance, options: strict).map(\.instancePath) == ["/id", "/name", "/url", "/kind"])
        let exempt = strict.skippingStringConstraints(where: ValidationOptions.placeholderStrings)
        #expect(schema.validate(instance, options: exempt).map(\.instancePath) == ["/kind"], "enum still applies")
        #expect(ValidationOptions.placeholderStrings("${{A}}"))
        #expect(ValidationOptions.placeholderStrings("https://${{HOST}}/api"))
        #expect(!ValidationOptions.placeholderStrings("${{unterminated"))
        #expect(!ValidationOptions.placeholderStrings("${A}"))
        // Bare placeholders (unquoted in the file) are strings too.
        let bare = try JSONParser.parse("{\"id\": ${{TEAMS_APP_ID}}}").root
        #expect(schema.validate(bare, options: exempt).isEmpty)
    }
}
