import JSONSchema
import JSONTree
import Testing

/// Each kind of error: the position it points at (line and column of the offending value, of
/// the object for a missing property, of the name for a property not allowed), its instance
/// and keyword locations, and its message.
@Suite struct ErrorReportingTests {
    static func errors(_ schema: String, _ instance: String, options: ValidationOptions = ValidationOptions(),
                       draft: Draft = .draft2020_12) throws -> [SchemaError] {
        let compiled = try CompiledSchema(root: try JSONParser.parse(schema).root, uri: "https://example.com/s.json",
                                          options: CompileOptions(defaultDraft: draft))
        let document = try JSONParser.parse(instance).root
        let errors = compiled.validate(document, options: options)
        #expect(compiled.isValid(document, options: options) == errors.isEmpty, "fast and full validation agree")
        return errors
    }

    static func at(_ line: Int, _ column: Int) -> JSONTree.SourceLocation { JSONTree.SourceLocation(line: line, column: column) }

    @Test func enumPointsAtTheValue() throws {
        let schema = #"{"properties": {"type": {"enum": ["apiBased", "botBased"]}}}"#
        let e = try #require(try Self.errors(schema, "{\n  \"type\": \"apibased\"\n}").first)
        #expect(e.message == #"expected one of "apiBased", "botBased"; got "apibased""#)
        #expect(e.location == Self.at(2, 11))
        #expect(e.instancePath == "/type")
        #expect(e.keyword == "enum")
        #expect(e.keywordLocation == "/properties/type/enum")
        #expect(e.absoluteKeywordLocation == "https://example.com/s.json#/properties/type/enum")
        #expect(e.schemaLocation == Self.at(1, 26))
    }

    @Test func missingRequiredPointsAtTheObject() throws {
        let schema = #"{"properties": {"bots": {"items": {"required": ["id", "scopes"]}}}}"#
        let errors = try Self.errors(schema, "{\"bots\": [\n  {\"scopes\": []},\n  {}\n]}")
        #expect(errors.map(\.message) == [#"missing required property "id""#, #"missing required property "id""#,
                                          #"missing required property "scopes""#])
        #expect(errors.map(\.location) == [Self.at(2, 3), Self.at(3, 3), Self.at(3, 3)])
        #expect(errors.map(\.instancePath) == ["/bots/0", "/bots/1", "/bots/1"])
        #expect(errors[0].keywordLocation == "/properties/bots/items/required")
    }

    @Test func propertyNotAllowedPointsAtItsName() throws {
        let schema = #"{"properties": {"id": {}}, "additionalProperties": false}"#
        let errors = try Self.errors(schema, "{\"id\": 1,\n   \"x\": 2}")
        #expect(errors.count == 1)
        #expect(errors.first?.message == #""x" is not allowed (additionalProperties is false)"#)
        #expect(errors.first?.location == Self.at(2, 4))
        #expect(errors.first?.instancePath == "/x")
        #expect(errors.first?.keywordLocation == "/additionalProperties")
    }

    @Test func lengthsCountCodePoints() throws {
        let schema = #"{"maxLength": 32, "minLength": 2}"#
        let long = String(repeating: "é", count: 40)
        #expect(try Self.errors(schema, "\"\(long)\"").map(\.message) == ["longer than 32 characters (40)"])
        #expect(try Self.errors(schema, "\"😀\"").map(\.message) == ["shorter than 2 characters (1)"])
        #expect(try Self.errors(schema, "\"😀😀\"").isEmpty)
    }

    @Test func typeMismatchIsOneError() throws {
        let schema = #"{"type": "string", "enum": ["a"], "maxLength": 1}"#
        let errors = try Self.errors(schema, "42")
        #expect(errors.map(\.message) == ["expected string; got integer 42"])
        #expect(try Self.errors(#"{"type": ["string", "null"]}"#, "true").map(\.message) == ["expected string or null; got boolean true"])
    }

    @Test func numbersAndArrays() throws {
        #expect(try Self.errors(#"{"maximum": 10}"#, "12").map(\.message) == ["greater than the maximum 10 (12)"])
        #expect(try Self.errors(#"{"exclusiveMinimum": 0}"#, "0").map(\.message) == ["must be greater than 0; got 0"])
        #expect(try Self.errors(#"{"maximum": 5, "exclusiveMaximum": true}"#, "5", draft: .draft4).map(\.message)
                == ["must be less than 5; got 5"])
        #expect(try Self.errors(#"{"multipleOf": 0.01}"#, "19.999").map(\.message) == ["19.999 is not a multiple of 0.01"])
        #expect(try Self.errors(#"{"multipleOf": 0.01}"#, "19.99").isEmpty)
        #expect(try Self.errors(#"{"maxItems": 1}"#, "[1, 2]").map(\.message) == ["more than 1 item (2)"])
        let unique = try Self.errors(#"{"uniqueItems": true}"#, "[1,\n {\"a\": 1},\n 1.0]")
        #expect(unique.map(\.message) == ["items 0 and 2 are equal (uniqueItems)"])
        #expect(unique.first?.location == Self.at(3, 2))
        #expect(unique.first?.instancePath == "/2")
        let extra = try Self.errors(#"{"prefixItems": [{}], "items": false}"#, "[1, 2, 3]")
        #expect(extra.map(\.message) == ["item 1 is not allowed (items is false; 1 item at most)"])
        #expect(extra.first?.location == Self.at(1, 5))
        #expect(try Self.errors(#"{"contains": {"const": 3}}"#, "[1]").map(\.message) == [#"no item matches the schema in "contains""#])
    }

    @Test func patternAndFormat() throws {
        let pattern = try Self.errors(#"{"pattern": "^[a-z]+$"}"#, #""Abc""#)
        #expect(pattern.map(\.message) == [#""Abc" does not match the pattern "^[a-z]+$""#])
        let format = #"{"format": "uri"}"#
        #expect(try Self.errors(format, #""not a uri""#).isEmpty, "formats are annotations unless asserted")
        let asserted = try Self.errors(format, #""not a uri""#, options: ValidationOptions(assertFormats: true))
        #expect(asserted.map(\.message) == [#""not a uri" is not a valid uri"#])
        #expect(try Self.errors(format, #""https://example.com/a?b#c""#, options: ValidationOptions(assertFormats: true)).isEmpty)
    }

    @Test func objectKeywords() throws {
        let dependent = try Self.errors(#"{"dependentRequired": {"a": ["b"]}}"#, #"{"a": 1}"#)
        #expect(dependent.map(\.message) == [#"missing property "b", required when "a" is present"#])
        let names = try Self.errors(#"{"propertyNames": {"maxLength": 3}}"#, "{\"ok\": 1,\n \"long\": 2}")
        #expect(names.map(\.message) == [#"property name "long": longer than 3 characters (4)"#])
        #expect(names.first?.location == Self.at(2, 2))
        #expect(try Self.errors(#"{"minProperties": 2}"#, #"{"a": 1}"#).map(\.message) == ["fewer than 2 properties (1)"])
        let unevaluated = try Self.errors(#"{"allOf": [{"properties": {"a": {}}}], "unevaluatedProperties": false}"#, #"{"a": 1, "b": 2}"#)
        #expect(unevaluated.map(\.message) == [#""b" is not allowed (unevaluatedProperties is false)"#])
        #expect(unevaluated.first?.instancePath == "/b")
    }

    @Test func constAndNot() throws {
        #expect(try Self.errors(#"{"const": "v2.1"}"#, #""v2.4""#).map(\.message) == [#"expected "v2.1"; got "v2.4""#])
        #expect(try Self.errors(#"{"not": {"type": "null"}}"#, "null").map(\.message) == [#"must not match the schema in "not""#])
        let thenError = try Self.errors(#"{"if": {"required": ["a"]}, "then": {"required": ["b"]}}"#, #"{"a": 1}"#)
        #expect(thenError.map(\.keywordLocation) == ["/then/required"])
    }

    /// anyOf/oneOf: the closest alternative's errors, not every alternative's.
    @Test func alternativesReportTheClosestBranch() throws {
        let schema = #"""
        {"oneOf": [
          {"properties": {"kind": {"const": "bot"}, "botId": {"type": "string"}}, "required": ["kind", "botId"]},
          {"properties": {"kind": {"const": "api"}, "url": {"type": "string", "maxLength": 10}}, "required": ["kind", "url"]}
        ]}
        """#
        let errors = try Self.errors(schema, #"{"kind": "api", "url": "https://example.com/long"}"#)
        #expect(errors.map(\.message) == ["longer than 10 characters (24)"])
        #expect(errors.first?.keywordLocation == "/oneOf/1/properties/url/maxLength")
        // Every alternative wants another type: one error naming them.
        let types = try Self.errors(#"{"anyOf": [{"type": "string"}, {"type": "array", "items": {}}]}"#, "3.5")
        #expect(types.map(\.message) == ["expected string or array; got number 3.5"])
        #expect(types.first?.keyword == "anyOf")
        // Two alternatives match a oneOf.
        let both = try Self.errors(#"{"oneOf": [{"type": "integer"}, {"minimum": 0}]}"#, "3")
        #expect(both.map(\.message) == ["matches alternatives 0 and 1 of oneOf; exactly one must match"])
    }

    @Test func referencesAreFollowedInKeywordLocations() throws {
        let schema = ##"{"$defs": {"name": {"type": "string", "maxLength": 3}}, "properties": {"n": {"$ref": "#/$defs/name"}}}"##
        let e = try #require(try Self.errors(schema, #"{"n": "abcd"}"#).first)
        #expect(e.keywordLocation == "/properties/n/$ref/maxLength")
        #expect(e.absoluteKeywordLocation == "https://example.com/s.json#/$defs/name/maxLength")
        #expect(e.description == #"1:7: /n: longer than 3 characters (4) [maxLength at /properties/n/$ref/maxLength]"#)
    }
}
