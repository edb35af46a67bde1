import CatalogDiagnostics
import Foundation
import JSONTree
@testable import PackageReader
import Testing
import TestSupport

@Suite struct OpenAPITests {
    func spec(_ files: [String: String], main: String = "spec.json") -> CatalogPackage {
        let root = TestPackage.write(files)
        return load(root.appendingPathComponent(main), kind: .openAPI, display: main)
    }

    @Test func swagger2IsConvertedToTheOperationModel() throws {
        let p = spec(["spec.json": """
            {"swagger": "2.0", "info": {"title": "Pets", "version": "1"},
             "host": "pets.example", "basePath": "/v1", "schemes": ["https"],
             "produces": ["application/json"],
             "securityDefinitions": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"},
                                     "oauth": {"type": "oauth2", "flow": "accessCode", "authorizationUrl": "https://a", "tokenUrl": "https://t", "scopes": {"read": "Read"}}},
             "security": [{"key": []}],
             "paths": {"/pets/{id}": {
               "parameters": [{"name": "id", "in": "path", "required": true, "type": "integer", "format": "int64"}],
               "get": {"operationId": "getPet", "parameters": [{"name": "fields", "in": "query", "type": "array", "items": {"type": "string"}, "enum": ["a","b"]}],
                       "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"}, "examples": {"application/json": {"name": "Rex"}}}}},
               "put": {"operationId": "putPet", "security": [{"oauth": ["read"]}], "consumes": ["application/json"],
                       "parameters": [{"name": "body", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Pet"}}],
                       "responses": {"204": {"description": "done"}}},
               "post": {"operationId": "uploadPhoto", "consumes": ["multipart/form-data"],
                        "parameters": [{"name": "photo", "in": "formData", "type": "file", "required": true}, {"name": "note", "in": "formData", "type": "string"}],
                        "responses": {"200": {"description": "ok"}}}}},
             "definitions": {"Pet": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "tag": {"type": "string", "x-nullable": true}}}}}
            """])
        #expect(p.diagnostics.filter { $0.severity == .error }.isEmpty, "\(p.diagnostics.map(\.formatted))")
        #expect(p.diagnostics.contains { $0.rule == "OAS-03" })
        let s = try #require(p.specs.first)
        #expect(s.isSwagger2)
        #expect(s.servers.map(\.url) == ["https://pets.example/v1"])
        let get = try #require(p.operations.first { $0.operationId == "getPet" }?.api)
        #expect(get.parameters.map(\.name) == ["id", "fields"])
        #expect(get.parameters[0].required)
        #expect(s.schemas[try #require(get.parameters[0].schema)].typeSummary(in: s.schemas) == "integer (int64)")
        #expect(s.schemas[try #require(get.parameters[1].schema)].typeSummary(in: s.schemas) == "array of string")
        let ok = try #require(get.successResponse)
        #expect(ok.primary?.contentType == "application/json")
        #expect(s.schemas[try #require(ok.primary?.schema)].name == "Pet")
        #expect(p.operations.first { $0.operationId == "getPet" }?.responseExamples.first?.value == ["name": "Rex"])
        #expect(get.security?.first?.schemes.first?.name == "key")
        let put = try #require(p.operations.first { $0.operationId == "putPet" }?.api)
        #expect(put.requestBody?.required == true)
        #expect(put.security?.first?.schemes.first?.scopes == ["read"])
        let oauth = try #require(s.securitySchemes.first { $0.name == "oauth" })
        #expect(oauth.summary == "OAuth 2.0 (authorization code)")
        #expect(s.securitySchemes.first { $0.name == "key" }?.summary == "API key in header `X-Key`")
        let upload = try #require(p.operations.first { $0.operationId == "uploadPhoto" }?.api?.requestBody)
        #expect(upload.primary?.contentType == "multipart/form-data")
        #expect(s.schemas.fields(of: try #require(upload.primary?.schema)).map(\.path) == ["photo", "note"])
        let tag = s.schemas.fields(of: try #require(put.requestBody?.primary?.schema)).first { $0.path == "tag" }
        #expect(tag?.type == "string, nullable")
    }

    @Test func openAPI31TypesAndExamples() throws {
        let p = spec(["spec.yaml": """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            servers: [{url: 'https://x.example'}]
            paths:
              /a:
                get:
                  operationId: a
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: [string, 'null']
                            examples: [hello]
            """], main: "spec.yaml")
        #expect(p.diagnostics.contains { $0.rule == "OAS-02" && $0.severity == .warning })
        let s = try #require(p.specs.first)
        let schema = s.schemas[try #require(p.operations[0].api?.successResponse?.primary?.schema)]
        #expect(schema.typeSummary(in: s.schemas) == "string, nullable")
        #expect(p.operations[0].responseExamples.first?.value == "hello")
    }

    @Test func referencesAcrossFilesCyclesAndRemote() throws {
        let p = spec([
            "spec.yaml": """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                servers: [{url: 'https://x.example'}]
                paths:
                  /tree:
                    get:
                      operationId: tree
                      parameters:
                        - $ref: 'common.yaml#/parameters/Limit'
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: 'common.yaml#/schemas/Node'}
                  /remote:
                    get:
                      operationId: remote
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema:
                                $ref: 'https://example.com/schemas/x.json'
                  /missing:
                    get:
                      operationId: missing
                      responses:
                        '200': {$ref: '#/components/responses/Nope'}
                """,
            "common.yaml": """
                parameters:
                  Limit: {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 50}}
                schemas:
                  Node:
                    type: object
                    properties:
                      label: {type: string}
                      children:
                        type: array
                        items: {$ref: '#/schemas/Node'}
                """,
        ], main: "spec.yaml")
        let s = try #require(p.specs.first)
        let tree = try #require(p.operations.first { $0.operationId == "tree" }?.api)
        #expect(tree.parameters.map(\.name) == ["limit"])
        #expect(s.schemas[try #require(tree.parameters[0].schema)].constraints == ["≥ 1", "≤ 50"])
        let node = try #require(tree.successResponse?.primary?.schema)
        #expect(s.schemas[node].name == "Node")
        // The cycle is one table entry pointing at itself, shown once.
        let fields = s.schemas.fields(of: node)
        #expect(fields.map(\.path) == ["label", "children[]"])
        #expect(fields[1].recursiveReference == "Node")
        let remote = try #require(p.diagnostics.first { $0.rule == "OAS-04" })
        #expect(remote.severity == .error)
        #expect(remote.formatted == "spec.yaml:25:23: error[OAS-04]: remote reference \"https://example.com/schemas/x.json\" is not supported and is never fetched")
        let missing = try #require(p.diagnostics.first { $0.rule == "oas-ref" })
        #expect(missing.location == SourceLocation(line: 30, column: 23))
        #expect(missing.message.contains("#/components/responses/Nope"))
        // Operations with broken references are still documented.
        #expect(p.operations.count == 3)
    }

    @Test func duplicateOperationIdsAndMissingIds() throws {
        let p = spec(["spec.yaml": """
            openapi: 3.0.0
            info: {title: T, version: '1'}
            servers: [{url: 'https://x.example'}]
            paths:
              /a:
                get: {operationId: same, responses: {'200': {description: ok}}}
              /b:
                get: {operationId: same, responses: {'200': {description: ok}}}
              /c:
                post: {responses: {'200': {description: ok}}}
            """], main: "spec.yaml")
        let dup = try #require(p.diagnostics.first { $0.rule == "oas-duplicate-operation-id" })
        #expect(dup.formatted == "spec.yaml:8:10: error[oas-duplicate-operation-id]: operationId \"same\" is used by GET /a and GET /b")
        #expect(p.diagnostics.contains { $0.rule == "OAS-09" && $0.location == SourceLocation(line: 10, column: 11) })
        // Every operation gets a page, with unique file names.
        #expect(p.operations.map(\.slug) == ["same", "same-2", "post_c"])
    }

    @Test func notAnOpenAPIDescription() {
        let p = spec(["spec.yaml": "title: just some yaml\nitems: [1, 2]\n"], main: "spec.yaml")
        #expect(p.diagnostics.map(\.formatted) == ["spec.yaml:1:1: error[OAS-01]: this is not an OpenAPI description (no \"openapi\" or \"swagger\" member)"])
        #expect(p.operations.isEmpty)
    }

    @Test func relativeServerURLsAreReported() {
        let p = spec(["spec.yaml": "openapi: 3.0.0\ninfo: {title: T, version: '1'}\nservers: [{url: /api}]\npaths: {}\n"], main: "spec.yaml")
        #expect(p.diagnostics.contains { $0.rule == "OAS-06" && $0.severity == .error })
    }
}

/// Samples are remembered per schema and purpose: a request example never gets a preview's
/// inlined image, nor a preview the request's short URL, whichever is asked for first.
@Suite struct SampleCacheTests {
    static func table() -> SchemaTable {
        var root = Schema()
        root.types = ["object"]
        root.properties = [("imageUrl", SchemaID(index: 1)), ("name", SchemaID(index: 2))]
        var image = Schema()
        image.types = ["string"]
        image.format = "uri"
        var name = Schema()
        name.types = ["string"]
        return SchemaTable([root, image, name])
    }

    @Test(arguments: [true, false]) func purposesAreRememberedApart(previewFirst: Bool) {
        let table = Self.table()
        let root = SchemaID(index: 0)
        let order: [SampleSynthesizer.Purpose] = previewFirst ? [.preview, .request, .preview, .request] : [.request, .preview, .request, .preview]
        for purpose in order {
            let image = SampleSynthesizer.value(for: root, in: table, purpose: purpose)["imageUrl"]?.stringValue
            let expected = purpose == .preview ? SampleSynthesizer.placeholderImage : SampleSynthesizer.exampleImageURL
            #expect(image == expected, "\(purpose)")
        }
    }
}

/// The media type a request or response shows: the first JSON one, by its name in any case.
@Suite struct PrimaryMediaTypeTests {
    @Test func jsonInAnyCaseIsPrimary() {
        for (type, json) in [
            ("application/json", true), ("application/JSON; charset=utf-8", true), ("application/vnd.api+json", true),
            ("text/plain", false), ("jso", false), ("", false), ("application/xml", false), ("Json", true),
        ] {
            #expect(MediaType.isJSON(type) == json, "\(type)")
            #expect(MediaType.isJSON(type) == type.lowercased().contains("json"), "\(type)")
        }
        let list = [MediaType(contentType: "text/plain", schema: nil, example: nil, examples: []), MediaType(contentType: "application/JSON", schema: nil, example: nil, examples: []), MediaType(contentType: "application/json", schema: nil, example: nil, examples: [])]
        #expect(MediaType.primary(of: list)?.contentType == "application/JSON")
        #expect(MediaType.primary(of: [MediaType(contentType: "text/csv", schema: nil, example: nil, examples: [])])?.contentType == "text/csv")
        #expect(MediaType.primary(of: []) == nil)
    }
}
