import Foundation

/// Writes the benchmark's synthetic catalogs. Each package is a declarative agent with one
/// API plugin over a YAML OpenAPI description; every operation has a Markdown description,
/// parameters, `$ref`'d request and response schemas, a response example, and a response
/// card of its own that binds it. Deterministic for a given shape.
///
/// Two shapes:
/// - **clean**: packages of 250 operations, one locale, nothing for the rules to find.
/// - **realistic**: one package holding half the operations and packages of 100 for the
///   rest (10,000 operations: one of 5,000 and fifty of 100); every third small package in
///   English, French and German, with its descriptions and confirmations localized; one
///   description in ten long, with a table and a code sample; cards that read fields the
///   response schema lacks, as real cards do. About three findings per operation.
enum SyntheticCatalog {
    struct PackageShape {
        var operations: Int
        var locales: [String] = ["en"]
        var realistic = false
    }

    static func clean(operations: Int) -> [PackageShape] {
        stride(from: 0, to: operations, by: 250).map { PackageShape(operations: min(250, operations - $0)) }
    }

    static func realistic(operations: Int) -> [PackageShape] {
        let big = operations / 2
        var shapes = [PackageShape(operations: big, realistic: true)]
        var left = operations - big
        while left > 0 {
            let locales = shapes.count % 3 == 0 ? ["en", "fr", "de"] : ["en"]
            shapes.append(PackageShape(operations: min(100, left), locales: locales, realistic: true))
            left -= 100
        }
        return shapes
    }

    static func write(_ shapes: [PackageShape], title: String, to root: URL) throws {
        let fm = FileManager.default
        try? fm.removeItem(at: root)
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        let yaml = "title: \(title)\npackages:\n  - packages/*\noutput: _site\n"
        try yaml.write(to: root.appendingPathComponent("catalog.yml"), atomically: false, encoding: .utf8)
        for (p, shape) in shapes.enumerated() {
            try PackageWriter(index: p, shape: shape).write(to: root.appendingPathComponent("packages/pkg\(p)"))
        }
    }

    /// The clean catalog (the benchmark's first case, and `--generate`).
    static func write(operations: Int, to root: URL) throws {
        try write(clean(operations: operations), title: "Synthetic catalog (\(operations) operations)", to: root)
    }
}

/// One synthetic package.
struct PackageWriter {
    let index: Int
    let shape: SyntheticCatalog.PackageShape
    var p: Int { index }
    var localized: Bool { shape.locales.count > 1 }

    static let verbs = ["get", "post", "put", "patch", "delete"]
    static let colorIcon =
        "iVBORw0KGgoAAAANSUhEUgAAAMAAAADACAYAAABS3GwHAAAApklEQVR4nO3BMQEAAADCoPVPbQlPoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPgZA3gAB7eZfogAAAABJRU5ErkJggg=="
    static let outlineIcon = "iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAGklEQVR4nO3BAQEAAACCIP+vbkhAAQAAAO8GECAAARlDNO4AAAAASUVORK5CYII="

    func write(to dir: URL) throws {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        func put(_ name: String, _ text: String) throws {
            try text.write(to: dir.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        try Data(base64Encoded: Self.colorIcon)?.write(to: dir.appendingPathComponent("color.png"))
        try Data(base64Encoded: Self.outlineIcon)?.write(to: dir.appendingPathComponent("outline.png"))
        try put("manifest.json", manifest())
        try put("agent.json", agent())
        try put("plugin.json", plugin())
        try put("openapi.yaml", spec())
        if localized {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("loc"), withIntermediateDirectories: true)
            for locale in shape.locales {
                try put("loc/\(locale).json", localization(locale))
            }
        }
    }

    // MARK: Manifest, agent, localization

    func manifest() -> String {
        let languages = shape.locales.dropFirst().map { #"{"languageTag": "\#($0)", "file": "loc/\#($0).json"}"# }
        let localization =
            localized
            ? """
            , "localizationInfo": {"defaultLanguageTag": "en", "defaultLanguageFile": "loc/en.json",
               "additionalLanguages": [\(languages.joined(separator: ", "))]}
            """ : ""
        return """
            {"$schema": "https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json",
             "manifestVersion": "1.19", "version": "1.0.0", "id": "00000000-0000-4000-8000-\(String(format: "%012d", p))",
             "name": {"short": "Service \(p)", "full": "Synthetic service \(p)"},
             "description": {"short": "Synthetic package \(p)", "full": "A synthetic package for benchmarks, used in Microsoft 365 Copilot."},
             "developer": {"name": "Bench", "websiteUrl": "https://bench.example", "privacyUrl": "https://bench.example/p", "termsOfUseUrl": "https://bench.example/t"},
             "icons": {"color": "color.png", "outline": "outline.png"}, "accentColor": "#FFFFFF",
             "copilotAgents": {"declarativeAgents": [{"id": "a", "file": "agent.json"}]}\(localization)}
            """
    }

    func agent() -> String {
        let starters = (1...3).map { #"{"title": "Item \#($0)", "text": "Show me item \#($0) of service \#(p)"}"# }
        return """
            {"version": "v1.4", "name": "Service \(p)", "description": "Finds and updates the items of service \(p).",
             "instructions": "Answer questions about the items of service \(p). Ask before changing an item.",
             "conversation_starters": [\(starters.joined(separator: ", "))],
             "actions": [{"id": "plugin", "file": "plugin.json"}]}
            """
    }

    static let words: [String: [String]] = [
        "en": ["Operation", "of service", "Run operation", "Do you want to change item"],
        "fr": ["Opération", "du service", "Exécuter l'opération", "Voulez-vous modifier l'élément"],
        "de": ["Vorgang", "von Dienst", "Vorgang ausführen", "Möchten Sie das Element ändern:"]
    ]

    /// The localization file of one locale: the app's names and one key per function
    /// description and confirmation.
    func localization(_ locale: String) -> String {
        let w = Self.words[locale] ?? Self.words["en"] ?? []
        var keys: [String] = []
        for i in 0..<shape.operations {
            keys.append(#""op\#(i)_description": "\#(w[0]) \#(i) \#(w[1]) \#(p)""#)
            guard i % Self.verbs.count != 0 else { continue }  // GET operations have no confirmation
            keys.append(#""op\#(i)_confirm_title": "\#(w[2]) \#(i)""#)
            keys.append(#""op\#(i)_confirm_body": "\#(w[3]) \#(i)?""#)
        }
        return """
            {"$schema": "https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.Localization.schema.json",
             "name.short": "Service \(p)", "name.full": "Synthetic service \(p)",
             "description.short": "\(w[0]) \(p)", "description.full": "\(w[0]) \(w[1]) \(p).",
             "localizationKeys": {\(keys.joined(separator: ",\n  "))}}
            """
    }

    // MARK: Plugin

    func plugin() -> String {
        let functions = (0..<shape.operations).map(function)
        return """
            {"schema_version": "v2.4", "namespace": "svc\(p)", "name_for_human": "Service \(p)", "description_for_human": "The items of service \(p).",
             "functions": [\(functions.joined(separator: ",\n"))],
             "runtimes": [{"type": "OpenApi", "auth": {"type": "None"}, "spec": {"url": "openapi.yaml"}}]}
            """
    }

    func function(_ i: Int) -> String {
        let verb = Self.verbs[i % Self.verbs.count]
        let reads = verb == "get"
        let description = localized ? "[[op\(i)_description]]" : "Operation \(i) of service \(p)"
        let title = localized ? "[[op\(i)_confirm_title]]" : "Run operation \(i)"
        let body = localized ? "[[op\(i)_confirm_body]]" : "Do you want to change item \(i)?"
        let confirmation = reads ? "" : #", "confirmation": {"type": "AdaptiveCard", "title": "\#(title)", "body": "\#(body)"}"#
        return """
            {"name": "op\(p)_\(i)", "description": "\(description)",
             "capabilities": {"security_info": {"data_handling": ["\(reads ? "GetPrivateData" : "ResourceStateUpdate")"]}\(confirmation),
              "response_semantics": {"data_path": "$.items", "properties": {"title": "$.name"}, "static_template": \(card(i))}}}
            """
    }

    /// Every function has a card of its own (as in real packages): one of three layouts,
    /// with text naming the operation, so nothing is shared by accident. Realistic cards
    /// also read `priority` and `owner.phone`, which the response schema lacks.
    func card(_ i: Int) -> String {
        let header = #"{"type": "TextBlock", "text": "Operation \#(i): ${name}", "weight": "Bolder", "size": "Medium", "wrap": true}"#
        let missing =
            shape.realistic
            ? #", {"type": "TextBlock", "text": "Priority ${priority}, call ${owner.phone}", "isSubtle": true, "wrap": true}"# : ""
        let layouts = [
            """
            {"type": "TextBlock", "text": "${description}", "wrap": true, "isSubtle": true},
              {"type": "FactSet", "facts": [{"title": "Amount \(i)", "value": "${formatNumber(amount, 2)}"}, {"title": "Status", "value": "${status}"}]},
              {"type": "Container", "$data": "${tags}", "$when": "${count(tags) > 0}", "items": [{"type": "TextBlock", "text": "• ${$data}"}]}
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
            """
        ]
        return """
            {"type": "AdaptiveCard", "version": "1.5", "metadata": {"webUrl": "${url}"}, "body": [
              \(header),
              \(layouts[i % layouts.count])\(missing)]}
            """
    }

    // MARK: OpenAPI

    func spec() -> String {
        var spec = """
            openapi: 3.0.3
            info:
              title: Synthetic service \(p)
              version: 1.0.0
              description: |
                A synthetic API with **\(shape.operations) operations** for benchmarks.
            servers:
              - url: https://svc\(p).bench.example/api
            paths:

            """
        for i in 0..<shape.operations { spec += operation(i) }
        return spec + Self.components
    }

    /// The description: a short Markdown line, or (one in ten, realistic shape) a long one
    /// with a list, a table and a code sample.
    func description(_ i: Int) -> String {
        guard shape.realistic && i % 10 == 0 else {
            return "      description: Does **thing \(i)** with an item; supports `filters` and *emphasis*.\n"
        }
        return """
                  description: |
                    Does **thing \(i)** with an item. Supports `filters`, paging and lists:

                    - first point about item \(i)
                    - second point, with *emphasis*

                    | Field | Meaning |
                    |---|---|
                    | id | the item |
                    | top | how many |

                    ```json
                    {"id": "\(i)", "top": 10}
                    ```

            """
    }

    func operation(_ i: Int) -> String {
        let verb = Self.verbs[i % Self.verbs.count]
        var op = """
              /items\(i)/{id}:
                \(verb):
                  operationId: op\(p)_\(i)
                  summary: Operation \(i) of service \(p)

            """
        op += description(i)
        op += """
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
            op += """
                      requestBody:
                        required: true
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/ItemInput'}

                """
        }
        return op + responses(i)
    }

    func responses(_ i: Int) -> String {
        return """
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

    static let components = """
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
}
