import JSONTree
import PackageReader

/// What a page lists under a parameter's or field's description: the values it allows, its
/// default, an example and its constraints. Worked out once here for the HTML page
/// (`Format.facts`) and its Markdown twin (`MarkdownPage.facts`) alike.
struct ValueFacts {
    var enumValues: [String] = []
    var defaultValue: String?
    var example: String?
    var constraints: [String] = []

    var isEmpty: Bool { enumValues.isEmpty && defaultValue == nil && example == nil && constraints.isEmpty }

    /// A row of a flattened schema.
    init(_ f: SchemaField) {
        (enumValues, defaultValue, example, constraints) = (f.enumValues, f.defaultValue, f.example, f.constraints)
    }

    /// An OpenAPI parameter: its schema's facts, the parameter's own example first. The
    /// schema is read in place (`table[id]`), not bound: a copy retained its fields.
    init(_ p: Parameter, in table: SchemaTable) {
        let id = p.schema ?? .none
        enumValues = table.allowedValues(id)
        defaultValue = table[id].defaultValue
        example = (p.example ?? table[id].example).map(Self.text)
        constraints = table[id].constraints
    }

    /// A property of a plugin function's or MCP tool's inline JSON schema: its enum and
    /// default.
    init(property p: JSONValue) {
        enumValues = p["enum"]?.arrayValue?.map(Self.text) ?? []
        defaultValue = p["default"].map(Self.text)
    }

    /// A value as the facts show it: a string as it is, anything else as JSON.
    static func text(_ v: JSONValue) -> String { v.stringValue ?? JSONWriter.serialize(v) }
}

extension Parameter {
    /// The parameter's description, else its schema's (as pages show it).
    func shownDescription(in table: SchemaTable) -> String? {
        description ?? schema.flatMap { table[$0].description }
    }
}
