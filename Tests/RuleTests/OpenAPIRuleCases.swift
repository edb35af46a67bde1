import CatalogDiagnostics
import Foundation
import PackageReader
import Testing
import TestSupport

/// One broken package per rule of the family. The clean package's `openapi.yaml` is a
/// Copilot plugin's (CP rules); `me/openapi.yaml` of `MessageExtensionFixture` is a message
/// extension's (ME rules).
enum OpenAPIRuleCases {
    typealias ME = MessageExtensionFixture

    static let cases: [RuleCase] = version + servers + meRules + schemaRules + documentation

    static let version: [RuleCase] = [
        RuleCase(rule: .oas01, name: "OpenAPI 4.0", replacing: [("openapi.yaml", "openapi: 3.0.3", "openapi: 4.0.0")],
                 file: "openapi.yaml", line: 1, column: 10, severity: .error),
        RuleCase(rule: .oas02, name: "OpenAPI 3.1", replacing: [("openapi.yaml", "openapi: 3.0.3", "openapi: 3.1.0")],
                 file: "openapi.yaml", line: 1, column: 10, severity: .warning),
        RuleCase(rule: .oas03, name: "Swagger 2.0", files: ["openapi.yaml": swagger], file: "openapi.yaml", line: 1, column: 10),
        RuleCase(rule: .oas04, name: "a remote $ref",
                 replacing: [("openapi.yaml", "                        owner:\n                          type: string\n                          description: Who owns it.\n",
                              "                        owner:\n                          $ref: 'https://schemas.contoso.example/owner.yaml'\n")],
                 file: "openapi.yaml", line: 37, column: 33, severity: .error),
        RuleCase(rule: .oas09, name: "an operation without operationId", replacing: [("openapi.yaml", "      operationId: chargeBudget\n", "")],
                 file: "openapi.yaml", line: 44, column: 7),
        RuleCase(rule: .oas10, name: "a function bound after renaming special characters",
                 replacing: [("plugin.json", "\"getBudgets\"", "\"get_budgets\""), ("openapi.yaml", "operationId: getBudgets", "operationId: get-budgets")],
                 file: "plugin.json", line: 11, column: 15, severity: .warning),
    ]

    static let servers: [RuleCase] = [
        RuleCase(rule: .oas05, name: "no server", replacing: [("openapi.yaml", "servers:\n  - url: https://api.contoso.example/v1\n", "")],
                 file: "openapi.yaml", line: 1, column: 1, severity: .error),
        RuleCase(rule: .oas06, name: "a relative server URL", replacing: [("openapi.yaml", "https://api.contoso.example/v1", "/v1")],
                 file: "openapi.yaml", line: 7, column: 3, severity: .error),
        RuleCase(rule: .oas07, name: "a plugin's http server", replacing: [("openapi.yaml", "https://api.contoso.example/v1", "http://api.contoso.example/v1")],
                 file: "openapi.yaml", line: 7, column: 10, severity: .warning),
        ME.rcase(.oas07, "a message extension's http server", spec: ME.edit("https://api.contoso.example/v1", "http://api.contoso.example/v1"),
                 file: "me/openapi.yaml", line: 7, column: 10, severity: .error),
        RuleCase(rule: .oas08, name: "an undefined variable in the server URL",
                 replacing: [("openapi.yaml", "https://api.contoso.example/v1", "https://${{BUDGETS_HOST}}/v1")],
                 file: "openapi.yaml", line: 7, column: 3, severity: .error),
    ]

    /// Load options per case name (the others are read with none).
    static let options: [String: LoadOptions] = {
        let env = TestPaths.temporaryDirectory("oas08-env").appendingPathComponent(".env.test")
        try? "OAUTH_REFERENCE_ID=budgets-oauth\n".write(to: env, atomically: false, encoding: .utf8)
        return ["an undefined variable in the server URL": LoadOptions(environmentFiles: [env])]
    }()

    static let meRules: [RuleCase] = [
        ME.rcase(.oas11, "a DELETE operation", spec: ME.edit("    get:\n      operationId: searchBudgets", "    delete:\n      operationId: searchBudgets"),
                 file: "me/openapi.yaml", line: 11, column: 7, severity: .error),
        ME.rcase(.oas12, "no operation a message extension can call",
                 spec: ME.edit("    get:\n      operationId: searchBudgets", "    delete:\n      operationId: searchBudgets"),
                 file: "me/openapi.yaml", line: 8, column: 1, severity: .error),
        ME.rcase(.oas13, "two required parameters",
                 spec: ME.chain(ME.edit("          description: Who owns the budget.\n", "          description: Who owns the budget.\n          required: true\n"),
                                ME.edit("          description: The budget's name.\n          schema:", "          description: The budget's name.\n          required: true\n          schema:")),
                 file: "me/openapi.yaml", line: 11, column: 7, severity: .warning),
        ME.rcase(.oas13, "no parameter", spec: ME.edit(parameters, ""), file: "me/openapi.yaml", line: 11, column: 7, severity: .error),
        ME.rcase(.oas14, "a required header", spec: ME.edit("      parameters:\n", "      parameters:\n" + header),
                 file: "me/openapi.yaml", line: 15, column: 11, severity: .error),
        ME.rcase(.oas15, "an XML request body", spec: ME.edit("      responses:\n", xmlBody + "      responses:\n"),
                 file: "me/openapi.yaml", line: 33, column: 11, severity: .error),
        ME.rcase(.oas15, "two request media types", spec: ME.edit("      responses:\n", twoBodies + "      responses:\n"),
                 file: "me/openapi.yaml", line: 31, column: 7),
        ME.rcase(.oas16, "a text/plain result", spec: ME.edit("            application/json:\n              schema:\n                type: object\n                properties:\n                  results:",
                                                             "            text/plain:\n              schema:\n                type: object\n                properties:\n                  results:"),
                 file: "me/openapi.yaml", line: 31, column: 7, severity: .error),
        ME.rcase(.oas17, "a budget that holds its parent", spec: ME.chain(ME.edit(items, "                    items:\n                      $ref: '#/components/schemas/Budget'\n"), { $0 + budget }),
                 file: "me/openapi.yaml", line: 51, column: 7, severity: .error),
    ]

    static let schemaRules: [RuleCase] = [
        RuleCase(rule: .oas18, name: "oneOf", replacing: [("openapi.yaml", "                amount:\n                  type: number\n",
                                                           "                amount:\n                  oneOf:\n                    - type: number\n                    - type: string\n")],
                 file: "openapi.yaml", line: 59, column: 19, severity: .error),
        RuleCase(rule: .oas18, name: "allOf in a response", replacing: [("openapi.yaml", "                  remaining:\n                    type: number\n                    description: What is left.\n      x-openai",
                                                                         "                  remaining:\n                    allOf:\n                      - type: number\n                    description: What is left.\n      x-openai")],
                 file: "openapi.yaml", line: 73, column: 21, severity: .warning),
        RuleCase(rule: .oas19, name: "a nested object in the request body",
                 replacing: [("openapi.yaml", "                amount:\n                  type: number\n",
                              "                amount:\n                  type: object\n                  properties:\n                    value:\n                      type: number\n")],
                 file: "openapi.yaml", line: 59, column: 19, severity: .error),
        RuleCase(rule: .oas20, name: "additionalProperties in the request body",
                 replacing: [("openapi.yaml", "              required: [name, amount]\n", "              required: [name, amount]\n              additionalProperties: true\n")],
                 file: "openapi.yaml", line: 54, column: 15, severity: .warning),
        RuleCase(rule: .oas21, name: "HTTP basic authentication",
                 replacing: [("openapi.yaml", "      x-openai-isConsequential: true\n", "      x-openai-isConsequential: true\n      security:\n        - basic: []\n"),
                             ("openapi.yaml", "paths:\n", "components:\n  securitySchemes:\n    basic:\n      type: http\n      scheme: basic\npaths:\n")],
                 file: "openapi.yaml", line: 81, column: 7, severity: .error),
        RuleCase(rule: .oas21, name: "two schemes together",
                 replacing: [("openapi.yaml", "      x-openai-isConsequential: true\n", "      x-openai-isConsequential: true\n      security:\n        - key: []\n          bearer: []\n"),
                             ("openapi.yaml", "paths:\n", "components:\n  securitySchemes:\n    key:\n      type: apiKey\n      in: header\n      name: X-Key\n    bearer:\n      type: http\n      scheme: bearer\npaths:\n")],
                 file: "openapi.yaml", line: 85, column: 7),
    ]

    static let documentation: [RuleCase] = [
        RuleCase(rule: .oas22, name: "no info description", replacing: [("openapi.yaml", "  description: Reads team budgets and charges expenses to them.\n", "")],
                 file: "openapi.yaml", line: 2, column: 1, severity: .warning),
        RuleCase(rule: .oas22, name: "an operation without description or summary",
                 replacing: [("openapi.yaml", "      summary: List budgets\n      description: Returns the budgets of the team.\n", "")],
                 file: "openapi.yaml", line: 11, column: 7),
        RuleCase(rule: .oas22, name: "a parameter without description", replacing: [("openapi.yaml", "          in: query\n          description: The budget's name.\n", "          in: query\n")],
                 file: "openapi.yaml", line: 15, column: 11),
        RuleCase(rule: .oas23, name: "an operation description of 101 characters",
                 replacing: [("openapi.yaml", "description: Returns the budgets of the team.", "description: " + String(repeating: "Budgets. ", count: 11) + "xx")],
                 file: "openapi.yaml", line: 13, column: 20, severity: .warning),
        ME.rcase(.oas24, "a summary of 33 characters", spec: ME.edit("summary: Search budgets", "summary: Search the budgets of the whole team"),
                 file: "me/openapi.yaml", line: 12, column: 16, severity: .warning),
    ]

    // MARK: Texts

    static let swagger = """
swagger: "2.0"
info:
  title: Budgets API
  description: Reads team budgets and charges expenses to them.
  version: 1.0.0
host: api.contoso.example
basePath: /v1
schemes: [https]
paths:
  /budgets:
    get:
      operationId: getBudgets
      description: Returns the budgets of the team.
      produces: [application/json]
      responses:
        '200':
          description: The budgets.
          schema:
            type: object

"""

    static let parameters = """
      parameters:
        - name: name
          in: query
          description: The budget's name.
          schema:
            type: string
        - name: owner
          in: query
          description: Who owns the budget.
          schema:
            type: string
        - name: status
          in: query
          description: Open or closed budgets.
          schema:
            type: string
            enum: [open, closed]

"""

    static let header = """
        - name: X-Tenant
          in: header
          required: true
          description: The tenant.
          schema:
            type: string

"""

    static let xmlBody = """
      requestBody:
        content:
          application/xml:
            schema:
              type: object

"""

    static let twoBodies = """
      requestBody:
        content:
          application/json:
            schema:
              type: object
          application/xml:
            schema:
              type: object

"""

    static let items = """
                    items:
                      type: object
                      properties:
                        name:
                          type: string
                          description: The budget's name.
                        owner:
                          type: string
                          description: Who owns it.
                        remaining:
                          type: number
                          description: What is left.

"""

    static let budget = """
components:
  schemas:
    Budget:
      type: object
      properties:
        name:
          type: string
          description: The budget's name.
        parent:
          $ref: '#/components/schemas/Budget'

"""
}

@Suite struct OpenAPIRuleTests {
    @Test(.enabled(if: !OpenAPIRuleCases.cases.isEmpty), arguments: OpenAPIRuleCases.cases)
    func ruleIsReportedAtItsPlace(_ c: RuleCase) {
        if let options = OpenAPIRuleCases.options[c.name] {
            OptionsHarness.check(c, options: options)
        } else {
            RuleHarness.check(c)
        }
    }
}
