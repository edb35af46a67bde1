import JSONTree

/// One way an instance fails its schema.
public struct SchemaError: Sendable, Hashable, CustomStringConvertible {
    /// Where the offending value starts in the instance file (for a missing required property,
    /// the object; for a property that is not allowed, its name).
    public var location: SourceLocation
    /// The JSON Pointer of the offending value in the instance (`/bots/0/scopes/1`).
    public var instancePath: String
    /// The failing keyword (`maxLength`, `required`, `anyOf`…).
    public var keyword: String
    /// The keyword's path through the schema as evaluated, `$ref`s included
    /// (`/properties/bots/items/$ref/properties/scopes/items/enum`).
    public var keywordLocation: String
    /// The keyword's absolute location: the URI of its schema document and a JSON Pointer
    /// (`https://…/MicrosoftTeams.schema.json#/definitions/bot/properties/scopes/items/enum`).
    public var absoluteKeywordLocation: String
    /// Where the keyword is written in its schema file.
    public var schemaLocation: SourceLocation
    /// A short sentence: `expected one of "apiBased", "botBased"; got "apibased"`.
    public var message: String

    public init(
        location: SourceLocation, instancePath: String, keyword: String, keywordLocation: String,
        absoluteKeywordLocation: String, schemaLocation: SourceLocation, message: String
    ) {
        self.location = location
        self.instancePath = instancePath
        self.keyword = keyword
        self.keywordLocation = keywordLocation
        self.absoluteKeywordLocation = absoluteKeywordLocation
        self.schemaLocation = schemaLocation
        self.message = message
    }

    public var description: String {
        "\(location): \(instancePath.isEmpty ? "(root)" : instancePath): \(message) [\(keyword) at \(keywordLocation.isEmpty ? "#" : keywordLocation)]"
    }
}

/// A schema that cannot be compiled: not a schema, an unresolvable `$ref`, an invalid pattern.
public struct SchemaCompileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    /// The URI of the schema document and the JSON Pointer of the problem in it.
    public var uri: String
    public var pointer: String
    /// Where the problem is in the schema file, when it is in one.
    public var location: SourceLocation?

    public init(_ message: String, uri: String, pointer: String, location: SourceLocation?) {
        self.message = message
        self.uri = uri
        self.pointer = pointer
        self.location = location
    }

    public var description: String {
        let at = location.map { "\($0): " } ?? ""
        return "\(at)\(message) (\(uri)#\(pointer))"
    }
}
