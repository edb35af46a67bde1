import CatalogSupport
import PackageReader

/// The field table of every schema a package's request bodies and responses show, made
/// once per package. Operations that share a schema (a `$ref`'d `ItemList` or `Error`, as
/// most APIs have) share its rows, its rendered `fields` partial and its Markdown table,
/// instead of each page building them again: at 5,000 operations this was a tenth of the
/// time spent on operation pages (README, "Performance").
///
/// The `fields` partial is rendered here with the table's own keys only (`fields[]`,
/// `hasFields`, `truncated`, `scalarType`), and pages include it as `fieldsHTML`; the keys
/// stay in each page's view for themes that include the partial themselves.
struct FieldTables: Sendable {
    struct Key: Hashable, Sendable {
        var spec: Int
        var schema: SchemaID
    }

    struct Table: Sendable {
        /// The keys the `fields` partial reads.
        var view: View
        /// The `fields` partial rendered with `view`.
        var html: [UInt8]
        /// The table of the Markdown twin ("" without a schema).
        var markdown: String
    }

    /// The most rows a page shows (the Markdown twin shows `MarkdownPage.maxFields`).
    static let maxFields = 400

    let renderer: PageRenderer
    private let tables: [Key: Table]
    /// The table of a body or response without a schema.
    let empty: Table

    init(_ presentation: PackagePresentation, renderer: PageRenderer) {
        self.renderer = renderer
        let specs = presentation.package.specs
        var keys: [Key] = []
        var seen = Set<Key>()
        for page in presentation.operations {
            guard let spec = page.entry.specIndex, specs.indices.contains(spec) else { continue }
            let schemas = [page.entry.api?.requestBody?.primary?.schema] + (page.entry.api?.responses ?? []).map { $0.primary?.schema }
            for case let schema? in schemas where seen.insert(Key(spec: spec, schema: schema)).inserted {
                keys.append(Key(spec: spec, schema: schema))
            }
        }
        let made = parallelMap(keys) { key in
            Self.table(key.schema, in: presentation.package.specs[key.spec].schemas, renderer: renderer)
        }
        tables = Dictionary(uniqueKeysWithValues: zip(keys, made))
        empty = Self.table(view: Self.emptyView, markdown: "", renderer: renderer)
    }

    /// The table of `schema` in the operation's OpenAPI description.
    func table(spec: Int?, schema: SchemaID?) -> Table {
        guard let spec, let schema else { return empty }
        return tables[Key(spec: spec, schema: schema)] ?? empty
    }

    /// The table of an MCP tool's inline parameters (`ToolParameters.fields`), made for its page.
    func table(toolParameters rows: [View]) -> Table {
        Self.table(view: ["fields": .views(rows), "hasFields": true, "truncated": false, "scalarType": false], markdown: "", renderer: renderer)
    }

    static let emptyView: View = ["fields": [], "hasFields": false, "truncated": false, "scalarType": false]

    private static func table(view: View, markdown: String, renderer: PageRenderer) -> Table {
        Table(view: view, html: renderer.rendered("fields", stack: [.map(view)]), markdown: markdown)
    }

    private static func table(_ schema: SchemaID, in table: SchemaTable, renderer: PageRenderer) -> Table {
        let fields = table.fields(of: schema, maxFields: maxFields)
        var v = View(minimumCapacity: 4)
        v["fields"] = .views(fields.map { row($0) })
        v["hasFields"] = .bool(!fields.isEmpty)
        v["truncated"] = fields.count >= maxFields ? .int(maxFields) : false
        v["scalarType"] = fields.isEmpty ? .string(table[schema].typeSummary(in: table)) : false
        return Self.table(view: v, markdown: MarkdownPage.fields(schema, table: table), renderer: renderer)
    }

    private static func row(_ f: SchemaField) -> View {
        // Sized for all 14 keys at once (a literal of 9 would grow when `facts` adds 5).
        var row = View(minimumCapacity: 14)
        row["path"] = .string(f.path)
        row["depth"] = .int(min(f.depth, 8))
        row["required"] = .bool(f.required)
        row["type"] = .string(f.type)
        row["descriptionHTML"] = Format.inlineMarkdown(f.description)
        row["deprecated"] = .bool(f.deprecated)
        row["readOnly"] = .bool(f.readOnly)
        row["writeOnly"] = .bool(f.writeOnly)
        row["recursive"] = Format.value(f.recursiveReference)
        Format.facts(ValueFacts(f), into: &row)
        return row
    }
}
