import CatalogDiagnostics
import Foundation
import JSONTree
@testable import PackageReader
import Testing
import TestSupport

func load(_ root: URL, kind: PackageInput.Kind = .folder, display: String = "pkg", options: LoadOptions = LoadOptions()) -> CatalogPackage {
    PackageLoader.load(PackageInput(kind: kind, url: root, display: display, id: "pkg"), options: options)
}

let budgetsSpec = """
openapi: 3.0.1
info:
  title: Budgets API
  version: '1.0'
servers:
  - url: ${{BASE_URL}}/api
paths:
  /budgets:
    get:
      operationId: GetBudgets
      summary: Get budgets
      description: Returns **budgets**, optionally filtered by name.
      parameters:
        - name: name
          in: query
          description: Budget name
          schema:
            type: string
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: '#/components/schemas/Budget'
  /budgets/charge:
    post:
      operationId: ChargeBudget
      summary: Charge a budget
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [budgetName, amount]
              properties:
                budgetName: {type: string}
                amount: {type: number, format: double}
                meta:
                  type: object
                  properties:
                    tags: {type: array, items: {type: string}}
      responses:
        '200': {description: OK}
components:
  schemas:
    Budget:
      type: object
      properties:
        name: {type: string, example: Contoso travel}
        availableFunds: {type: number}
        children:
          type: array
          items: {$ref: '#/components/schemas/Budget'}
"""

@Suite struct ReferenceFollowingTests {
    @Test func followsManifestToAgentToPluginToSpec() throws {
        let root = TestPackage.write([
            "manifest.json": TestPackage.appManifest(),
            "agent.json": TestPackage.agent(),
            "instructions.txt": "You help with budgets.",
            "plugin.json": TestPackage.plugin(spec: "./apiSpecificationFile/budgets.yml", functions: """
                {"name": "GetBudgets", "description": "Returns budgets"},
                {"name": "ChargeBudget", "description": "Charges a budget", "capabilities": {"confirmation": {"type": "AdaptiveCard", "title": "Charge", "body": "Charge {{function.parameters.amount}} to {{function.parameters.budgetName}}?"}}}
                """),
            "apiSpecificationFile/budgets.yml": budgetsSpec,
        ])
        let p = load(root)
        // The body's nested `meta` is there to show flattened fields; Copilot refuses it (OAS-19).
        #expect(p.diagnostics.filter { $0.severity == .error }.map(\.rule) == [.oas19], "\(p.diagnostics.map(\.formatted))")
        #expect(p.kind == .declarativeAgent)
        #expect(p.title().value == "Budgets")
        #expect(p.agent?.instructions == "You help with budgets.")
        #expect(p.agent?.instructionsFile == "pkg/instructions.txt")
        #expect(p.operations.map(\.operationId) == ["GetBudgets", "ChargeBudget"])
        #expect(p.operations.map(\.slug) == ["getbudgets", "chargebudget"])
        let get = p.operations[0]
        #expect(get.function?.name == "GetBudgets")
        #expect(get.runtime?.authType == "None")
        // The placeholder, unquoted in YAML, is shown as written.
        #expect(get.api?.servers.first?.url == "${{BASE_URL}}/api")
        let spec = p.specs[0]
        let table = spec.schemas
        let fields = table.fields(of: try #require(get.api?.successResponse?.primary?.schema))
        #expect(fields.map(\.path) == ["[].name", "[].availableFunds", "[].children[]"])
        #expect(fields.last?.recursiveReference == "Budget")
        let body = try #require(p.operations[1].api?.requestBody?.primary?.schema)
        let bodyFields = table.fields(of: body)
        #expect(bodyFields.map(\.path) == ["budgetName", "amount", "meta", "meta.tags[]"])
        #expect(bodyFields.map(\.required) == [true, true, false, false])
        #expect(bodyFields[1].type == "number (double)")
        #expect(p.inputs.keys.sorted() == ["agent.json", "apiSpecificationFile/budgets.yml", "instructions.txt", "manifest.json", "plugin.json"])
    }

    @Test func substitutesPlaceholdersFromTheEnvFile() {
        let project = TestPaths.temporaryDirectory("env")
        TestPackage.write(["env/.env.dev": "# comment\nBASE_URL=https://api.contoso.example\nTEAMS_APP_ID=\"abc\"\n"], in: project)
        let root = TestPackage.write([
            "manifest.json": TestPackage.appManifest(),
            "agent.json": TestPackage.agent(),
            "instructions.txt": "x",
            "plugin.json": TestPackage.plugin(spec: "budgets.yml", functions: #"{"name": "GetBudgets", "description": "d"}, {"name": "ChargeBudget", "description": "c"}"#),
            "budgets.yml": budgetsSpec,
        ], in: project.appendingPathComponent("appPackage"))
        let plain = load(root)
        #expect(plain.operations.first?.api?.servers.first?.url == "${{BASE_URL}}/api")
        #expect(plain.app?.id == "${{TEAMS_APP_ID}}")
        let substituted = load(root, options: LoadOptions(environmentName: "dev"))
        #expect(substituted.operations.first?.api?.servers.first?.url == "https://api.contoso.example/api")
        #expect(substituted.app?.id == "abc")
        #expect(substituted.diagnostics.filter { $0.severity == .error }.map(\.rule) == [.oas19], "\(substituted.diagnostics.map(\.formatted))")
    }

    @Test func unresolvedPlaceholderInServerURLIsAnErrorOnlyWhenSubstituting() {
        let root = TestPackage.write(["spec.yml": budgetsSpec])
        let envFile = TestPackage.write(["e.env": "OTHER=1"]).appendingPathComponent("e.env")
        let p = load(root.appendingPathComponent("spec.yml"), kind: .openAPI, display: "spec.yml", options: LoadOptions(environmentFiles: [envFile]))
        let oas08 = p.diagnostics.filter { $0.rule == "OAS-08" }
        #expect(oas08.count == 1 && oas08.first?.severity == .error)
        // One cause, one finding: the undefined variable of the server URL is OAS-08 only.
        #expect(!p.diagnostics.contains { $0.rule == "env-placeholder" && $0.location == oas08.first?.location })
        let plain = load(root.appendingPathComponent("spec.yml"), kind: .openAPI, display: "spec.yml")
        #expect(!plain.diagnostics.contains { $0.rule == "OAS-08" })
    }

    @Test func legacyKeysAndPluginWithoutAgent() {
        let root = TestPackage.write([
            "manifest.json": """
                {"$schema": "x", "manifestVersion": "devPreview", "name": {"short": "Legacy"}, "description": {"short": "d"},
                 "copilotExtensions": {"plugins": [{"id": "p", "file": "plugin.json"}]}}
                """,
            "plugin.json": TestPackage.plugin(spec: "budgets.yml", functions: #"{"name": "GetBudgets", "description": "d"}"#),
            "budgets.yml": budgetsSpec,
        ])
        let p = load(root)
        #expect(p.kind == .apiPlugin)
        #expect(p.app?.linkedBy == ["copilotExtensions.plugins (legacy)"])
        #expect(p.operations.first?.function?.name == "GetBudgets")
        // ChargeBudget has no function: still documented, without one.
        #expect(p.operations.count == 2)
        #expect(p.operations[1].function == nil)
    }

    @Test func functionsMatchAfterKiotaNormalisation() {
        let spec = budgetsSpec.replacingOccurrences(of: "operationId: GetBudgets", with: "operationId: budgets.get-all")
        let root = TestPackage.write([
            "plugin.json": TestPackage.plugin(spec: "budgets.yml", functions: #"{"name": "budgets_get_all", "description": "d"}"#),
            "budgets.yml": spec,
        ])
        let p = load(root.appendingPathComponent("plugin.json"), kind: .pluginManifest, display: "plugin.json")
        #expect(p.operations.first?.function?.name == "budgets_get_all")
        #expect(p.diagnostics.contains { $0.rule == "OAS-10" })
    }

    @Test func runForFunctionsSplitsAuthPerOperation() {
        let root = TestPackage.write([
            "plugin.json": """
                {"schema_version": "v2.2", "namespace": "n", "name_for_human": "H",
                 "functions": [{"name": "GetBudgets", "description": "g"}, {"name": "ChargeBudget", "description": "c"}],
                 "runtimes": [
                   {"type": "OpenApi", "auth": {"type": "None"}, "spec": {"url": "b.yml"}, "run_for_functions": ["GetBudgets"]},
                   {"type": "OpenApi", "auth": {"type": "OAuthPluginVault", "reference_id": "ref"}, "spec": {"url": "b.yml"}, "run_for_functions": ["ChargeBudget"]}]}
                """,
            "b.yml": budgetsSpec,
        ])
        let p = load(root.appendingPathComponent("plugin.json"), kind: .pluginManifest, display: "plugin.json")
        #expect(p.operations.count == 2)
        #expect(p.operations.map { $0.runtime?.authType } == ["None", "OAuthPluginVault"])
    }

    @Test func mcpToolsGetPagesFromInlineSchemas() {
        let root = TestPackage.write([
            "plugin.json": """
                {"schema_version": "v2.4", "namespace": "n", "name_for_human": "Docs",
                 "functions": [{"name": "search_docs", "description": "Search the docs",
                                "parameters": {"type": "object", "properties": {"q": {"type": "string"}}, "required": ["q"]}},
                               {"name": "read_doc"}],
                 "runtimes": [{"type": "RemoteMCPServer", "spec": {"url": "https://mcp.example/mcp",
                   "mcp_tool_description": {"file": "tools.json"}}}]}
                """,
            "tools.json": #"{"tools": [{"name": "read_doc", "description": "Read one doc", "inputSchema": {"type": "object"}, "annotations": {"readOnlyHint": true}}]}"#,
        ])
        let p = load(root.appendingPathComponent("plugin.json"), kind: .pluginManifest, display: "plugin.json")
        #expect(p.operations.map(\.kind) == [.mcpTool, .mcpTool])
        #expect(p.operations[0].function?.parameters?["required"] == ["q"])
        #expect(p.operations[0].consequential.effective == true)
        #expect(p.operations[1].consequential == Consequential(explicit: false, effective: false, source: .readOnlyHint))
        #expect(p.operations[1].function?.description?.raw == "Read one doc")
    }

    @Test func messageExtensionCommandsAndResponseTemplates() throws {
        let root = TestPackage.write([
            "manifest.json": """
                {"$schema": "x", "manifestVersion": "1.17", "name": {"short": "Repairs"}, "description": {"short": "d"},
                 "composeExtensions": [{"composeExtensionType": "apiBased", "apiSpecificationFile": "spec.yml",
                   "commands": [{"id": "GetBudgets", "type": "query", "title": "Budgets",
                                 "parameters": [{"name": "name", "title": "Name"}, {"name": "nope", "title": "Bad"}],
                                 "apiResponseRenderingTemplateFile": "rrt.json"}]}]}
                """,
            "spec.yml": budgetsSpec,
            "rrt.json": #"{"version": "1.0", "jsonPath": "results", "responseLayout": "list", "responseCardTemplate": {"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock", "text": "${name}"}]}, "previewCardTemplate": {"title": "${name}"}}"#,
            "rrt.data.json": #"{"results": [{"name": "a"}]}"#,
        ])
        let p = load(root)
        #expect(p.kind == .messageExtension)
        let e = p.operations[0]
        #expect(e.command?.id == "GetBudgets")
        #expect(e.consequential.source == .notApplicable)
        let card = try #require(e.cards.first)
        #expect(card.role == .responseCard)
        #expect(card.dataPath == "results")
        #expect(card.dataPathIsJSONPath == false)
        #expect(card.responseLayout == "list")
        #expect(card.sampleData?.value.jsonValue["results"]?[0]?["name"] == "a")
        #expect(card.sampleData?.file == "pkg/rrt.data.json")
        // TM-07: a command parameter the operation does not have.
        #expect(p.diagnostics.contains { $0.rule == "TM-07" && $0.message.contains("\"nope\"") })
    }

    @Test func staticTemplateFilesAndInlineCards() throws {
        let root = TestPackage.write([
            "plugin.json": TestPackage.plugin(spec: "b.yml", functions: """
                {"name": "GetBudgets", "description": "g", "capabilities": {"response_semantics": {"data_path": "$.items",
                  "properties": {"title": "$.name", "url": "$.link"}, "static_template": {"file": "./cards/budget.json"}}}},
                {"name": "ChargeBudget", "description": "c", "capabilities": {"response_semantics": {"data_path": "$",
                  "static_template": {"type": "AdaptiveCard", "version": "1.5", "body": []}}}}
                """),
            "b.yml": budgetsSpec,
            "cards/budget.json": #"{"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock", "text": "${name}"}]}"#,
            "cards/budget.data.json": #"{"name": "Travel"}"#,
        ])
        let p = load(root.appendingPathComponent("plugin.json"), kind: .pluginManifest, display: "plugin.json")
        let c0 = try #require(p.operations[0].cards.first)
        #expect(c0.file == "cards/budget.json")
        #expect(c0.citation == ["title": "$.name", "url": "$.link"])
        #expect(c0.sampleData?.value.jsonValue == ["name": "Travel"])
        let c1 = try #require(p.operations[1].cards.first)
        #expect(c1.file == "plugin.json")
        #expect(c1.dataPath == "$")
    }
}

/// Display paths join the root and the file with one `/`, however the root ends.
@Suite struct DisplayPathTests {
    @Test func rootsEndingInSlashAreToldFromTheirBytes() {
        for root in ["pkg", "pkg/", "/", "a\r/", "x\u{0600}/", "é/", "ü", "./", "a//"] {
            let fs = FolderFileSystem(root: URL(fileURLWithPath: "/tmp"), displayRoot: root)
            #expect(fs.displayRootEndsInSlash == root.hasSuffix("/"), "\(root.unicodeScalars.map(\.value))")
        }
        let fs = FolderFileSystem(root: URL(fileURLWithPath: "/tmp"), displayRoot: "pkg/")
        #expect(fs.displayPath(PackagePath(components: ["a", "b.json"])) == "pkg/a/b.json")
    }
}
