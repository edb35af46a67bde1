import Foundation
@testable import SiteBuilder
import Testing
import TestSupport

/// Field tables are made once per schema and package (`FieldTables`): operations sharing a
/// schema show the same table, a theme's own `fields` partial is what is rendered, and a
/// theme whose operation template includes `{{> fields}}` itself still gets the rows.
@Suite struct FieldTablesTests {
    static let spec = """
        openapi: 3.0.0
        info: {title: Shared, version: '1'}
        paths:
          /a:
            get:
              operationId: listA
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/List'}}}}
          /b:
            get:
              operationId: listB
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/List'}}}}
        components:
          schemas:
            List:
              type: object
              properties:
                total: {type: integer, description: How many there are.}
                nextLink: {type: string}
        """

    func build(spec: String = Self.spec, theme: [String: String]? = nil) -> URL {
        let root = TestPackage.write(["spec.yaml": spec])
        let out = TestPaths.temporaryDirectory("fields").appendingPathComponent("site")
        var config = CatalogConfiguration(output: out)
        config.packages = [root.appendingPathComponent("spec.yaml")]
        if let theme { config.theme = TestPackage.write(theme) }
        let result = BuildAction(configuration: config).run()
        #expect(result.wroteSite)
        return out
    }

    @Test func operationsSharingASchemaShowTheSameTable() throws {
        let out = build()
        let a = SiteTest.text(out, "packages/spec/lista.html")
        let b = SiteTest.text(out, "packages/spec/listb.html")
        for page in [a, b] {
            #expect(page.contains("<code>total</code>"))
            #expect(page.contains("How many there are."))
            #expect(page.contains("<code>nextLink</code>"))
        }
        let table = try #require(SiteTest.matches(#"(<table class="fields">[\s\S]*?</table>)"#, in: a).first)
        #expect(b.contains(table))
        #expect(SiteTest.text(out, "packages/spec/listb.md").contains("| `total` | integer | no | How many there are. |"))
    }

    /// An array parameter whose items have allowed values lists them, as a field of the
    /// same shape does; one with values of its own lists those.
    @Test func arrayParametersListTheirItemsAllowedValues() {
        let out = build(
            spec: Self.tickets(
                parameters: [
                    "{name: status, in: query, schema: {type: array, items: {type: string, enum: [open, closed]}}}",
                    "{name: sort, in: query, schema: {type: string, enum: [newest, oldest]}}",
                    "{name: tags, in: query, schema: {type: array, items: {type: string}}}",
                ], responseProperties: "{states: {type: array, items: {type: string, enum: [open, closed]}}}"))
        let page = SiteTest.text(out, "packages/spec/listtickets.html")
        let allowed = SiteTest.matches(#"One of: ((?:<code>[a-z]+</code> )+)"#, in: page)
        // status, sort, then the response's states field.
        #expect(allowed == ["<code>open</code> <code>closed</code> ", "<code>newest</code> <code>oldest</code> ", "<code>open</code> <code>closed</code> "])
    }

    /// The Markdown twin lists under each description what the page lists in its facts:
    /// allowed values, default, example and constraints, pipes in values escaped; a
    /// parameter without a description of its own shows its schema's, as the page does.
    @Test func markdownTwinsListWhatThePageListsUnderEachDescription() {
        let out = build(
            spec: Self.tickets(
                parameters: [
                    "{name: status, in: query, schema: {type: array, items: {type: string, enum: [open, closed]}}}",
                    "{name: sort, in: query, description: Order of the list., schema: {type: string, enum: [newest, 'a|b'], default: newest}}",
                    "{name: limit, in: query, example: 20, schema: {type: integer, minimum: 1, maximum: 100}}",
                    "{name: q, in: query, schema: {type: string, description: Words to look for.}}",
                ], responseProperties: "{state: {type: string, description: Where it is., enum: [open, closed]}}"))
        let twin = SiteTest.text(out, "packages/spec/listtickets.md")
        let rows = twin.split(separator: "\n").filter { $0.hasPrefix("| `") }.map(String.init)
        #expect(
            rows == [
                "| `status` | query | array of string | no | One of: `open`, `closed`. |",
                "| `sort` | query | string | no | Order of the list. One of: `newest`, `a\\|b`. Default: `newest`. |",
                "| `limit` | query | integer | no | Example: `20`. \(Self.limitConstraints). |",
                "| `q` | query | string | no | Words to look for. |",
                "| `state` | string | no | Where it is. One of: `open`, `closed`. |",
            ], "\(twin)")
        let page = SiteTest.text(out, "packages/spec/listtickets.html")
        #expect(page.contains("<li>\(Self.limitConstraints)</li>") && page.contains("<li>Default: <code>newest</code></li>"))
    }

    /// A description with one operation, `GET /tickets` (`listTickets`), with these parameters
    /// (YAML flow mappings) and a JSON response object with these properties.
    static func tickets(parameters: [String], responseProperties: String) -> String {
        """
        openapi: 3.0.0
        info: {title: Enums, version: '1'}
        paths:
          /tickets:
            get:
              operationId: listTickets
              parameters:
        \(parameters.map { "        - " + $0 }.joined(separator: "\n"))
              responses:
                '200': {description: ok, content: {application/json: {schema: {type: object, properties: \(responseProperties)}}}}
        """
    }

    /// What the page says of `minimum: 1, maximum: 100`.
    static let limitConstraints = "≥ 1, ≤ 100"

    @Test func aThemesFieldsPartialIsRenderedAndTheOldIncludeStillWorks() {
        let own = build(theme: ["templates/fields.mustache": "<ol class=\"own-fields\">{{#fields}}<li>{{path}}</li>{{/fields}}</ol>"])
        #expect(SiteTest.text(own, "packages/spec/lista.html").contains("<ol class=\"own-fields\"><li>total</li><li>nextLink</li></ol>"))

        let operation = Theme.standard.templates["operation"] ?? ""
        #expect(operation.contains("{{{fieldsHTML}}}"))
        let old = build(theme: ["templates/operation.mustache": operation.replacingOccurrences(of: "{{{fieldsHTML}}}", with: "{{> fields}}")])
        let page = SiteTest.text(old, "packages/spec/lista.html")
        #expect(page.contains("<code>total</code>") && page.contains("<code>nextLink</code>"))
    }
}
