import Foundation

/// Writes a synthetic catalog: packages of up to `perPackage` operations, each a declarative
/// agent with one API plugin over a YAML OpenAPI description. Every operation has a
/// Markdown description, parameters, a `$ref`'d request/response schema, a response example
/// and a response card (a `static_template`) that binds it. Deterministic for a given size.
enum SyntheticCatalog {
    static func write(operations: Int, to root: URL, perPackage: Int = 250) throws {
        let fm = FileManager.default
        try? fm.removeItem(at: root)
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        var remaining = operations
        var p = 0
        var yaml = "title: Synthetic catalog (\(operations) operations)\npackages:\n  - packages/*\n"
        yaml += "output: _site\n"
        try yaml.write(to: root.appendingPathComponent("catalog.yml"), atomically: true, encoding: .utf8)
        while remaining > 0 {
            let n = min(perPackage, remaining)
            try writePackage(index: p, operations: n, to: root.appendingPathComponent("packages/pkg\(p)"))
            remaining -= n
            p += 1
        }
    }

    static let verbs = ["get", "post", "put", "patch", "delete"]

    static func writePackage(index p: Int, operations n: Int, to dir: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        let manifest = """
            {"$schema": "https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json",
             "manifestVersion": "1.19", "version": "1.0.0", "id": "${{TEAMS_APP_ID}}",
             "name": {"short": "Service \(p)", "full": "Synthetic service \(p)"},
             "description": {"short": "Synthetic package \(p)", "full": "A synthetic package for benchmarks, used in Microsoft 365 Copilot."},
             "developer": {"name": "Bench", "websiteUrl": "https://bench.example", "privacyUrl": "https://bench.example/p", "termsOfUseUrl": "https://bench.example/t"},
             "icons": {"color": "color.png", "outline": "outline.png"}, "accentColor": "#FFFFFF",
             "copilotAgents": {"declarativeAgents": [{"id": "a", "file": "agent.json"}]}}
            """
        try manifest.write(to: dir.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        try """
            {"version": "v1.4", "name": "Service \(p)", "description": "Synthetic agent", "instructions": "Be helpful.",
             "actions": [{"id": "plugin", "file": "plugin.json"}]}
            """.write(to: dir.appendingPathComponent("agent.json"), atomically: true, encoding: .utf8)
        var functions: [String] = []
        for i in 0..<n {
            // Every function has a card of its own (as in real packages): one of three
            // layouts, with text naming the operation, so nothing is shared by accident.
            let header = """
                {"type": "TextBlock", "text": "Operation \(i): ${name}", "weight": "Bolder", "size": "Medium", "wrap": true}
                """
            let layouts = [
                """
                {"type": "TextBlock", "text": "${description}", "wrap": true, "isSubtle": true},
                  {"type": "FactSet", "facts": [{"title": "Amount \(i)", "value": "${formatNumber(amount, 2)}"}, {"title": "Status", "value": "${status}"}]},
                  {"type": "Container", "$data": "${tags}", "items": [{"type": "TextBlock", "text": "• ${$data}"}]}
                """,
                """
                {"type": "ColumnSet", "columns": [
                    {"type": "Column", "width": "stretch", "items": [{"type": "TextBlock", "text": "${description}", "wrap": true}]},
                    {"type": "Column", "width": "auto", "items": [{"type": "TextBlock", "text": "${formatNumber(amount, 2)}", "color": "Accent", "weight": "Bolder"}]}]},
                  {"type": "TextBlock", "text": "Tags \(i): ${join(tags, ', ')}", "isSubtle": true, "wrap": true}
                """,
                """
                {"type": "Container", "style": "emphasis", "items": [
                    {"type": "TextBlock", "text": "${if(status == 'open', 'Open item', 'Closed item')} (\(i))", "wrap": true},
                    {"type": "TextBlock", "text": "${description}", "wrap": true, "spacing": "Small"}]},
                  {"type": "FactSet", "facts": [{"title": "Status", "value": "${status}"}, {"title": "Tags", "value": "${count(tags)} tags"}]}
                """,
            ]
            let card = """
                {"type": "AdaptiveCard", "version": "1.5", "body": [
                  \(header),
                  \(layouts[i % layouts.count])],
                 "actions": [{"type": "Action.OpenUrl", "title": "Open \(i)", "url": "${url}"}]}
                """
            functions.append("""
                {"name": "op\(p)_\(i)", "description": "Operation \(i) of service \(p)",
                 "capabilities": {"response_semantics": {"data_path": "$.items", "properties": {"title": "$.name"}, "static_template": \(card)}}}
                """)
        }
        try """
            {"schema_version": "v2.4", "namespace": "svc\(p)", "name_for_human": "Service \(p)", "description_for_human": "Synthetic",
             "functions": [\(functions.joined(separator: ",\n"))],
             "runtimes": [{"type": "OpenApi", "auth": {"type": "None"}, "spec": {"url": "openapi.yaml"}}]}
            """.write(to: dir.appendingPathComponent("plugin.json"), atomically: true, encoding: .utf8)

        var spec = """
            openapi: 3.0.3
            info:
              title: Synthetic service \(p)
              version: 1.0.0
              description: |
                A synthetic API with **\(n) operations** for benchmarks.
            servers:
              - url: https://svc\(p).bench.example/api
            paths:

            """
        for i in 0..<n {
            let verb = verbs[i % verbs.count]
            spec += """
                  /items\(i)/{id}:
                    \(verb):
                      operationId: op\(p)_\(i)
                      summary: Operation \(i) of service \(p)
                      description: |
                        Does **thing \(i)** with an item. Supports `filters`, [links](https://bench.example/docs/\(i))
                        and lists:

                        - first point about item \(i)
                        - second point, with *emphasis*

                        | Field | Meaning |
                        |---|---|
                        | id | the item |
                      parameters:
                        - name: id
                          in: path
                          required: true
                          description: The item's id.
                          schema: {type: string}
                        - name: top
                          in: query
                          description: How many results.
                          schema: {type: integer, minimum: 1, maximum: 100, default: 10}
                        - name: status
                          in: query
                          schema: {$ref: '#/components/schemas/Status'}

                """
            if verb != "get" && verb != "delete" {
                spec += """
                          requestBody:
                            required: true
                            content:
                              application/json:
                                schema: {$ref: '#/components/schemas/ItemInput'}

                    """
            }
            spec += """
                      responses:
                        '200':
                          description: The items.
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/ItemList'}
                              example:
                                items:
                                  - {name: Item \(i), description: The first item of operation \(i)., amount: \(i).5, status: open, tags: [a, b], url: 'https://bench.example/items/\(i)'}
                        '404':
                          description: Not found.
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Error'}

                """
        }
        spec += """
            components:
              schemas:
                Status: {type: string, enum: [open, closed, archived], description: The item's state.}
                Item:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string, description: The item's name.}
                    description: {type: string}
                    amount: {type: number, format: double}
                    status: {$ref: '#/components/schemas/Status'}
                    tags: {type: array, items: {type: string}}
                    url: {type: string, format: uri}
                    owner: {$ref: '#/components/schemas/Person'}
                Person:
                  type: object
                  properties:
                    name: {type: string}
                    email: {type: string, format: email}
                    manager: {$ref: '#/components/schemas/Person'}
                ItemInput:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    amount: {type: number}
                    tags: {type: array, items: {type: string}}
                ItemList:
                  type: object
                  properties:
                    items: {type: array, items: {$ref: '#/components/schemas/Item'}}
                    next: {type: string, format: uri}
                Error:
                  type: object
                  properties:
                    code: {type: string}
                    message: {type: string}

            """
        try spec.write(to: dir.appendingPathComponent("openapi.yaml"), atomically: true, encoding: .utf8)
    }
}
