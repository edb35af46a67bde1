import CatalogDiagnostics
import Foundation
import JSONTree
@testable import PackageReader
import Testing
import TestSupport

/// The parts the reader assembles a package with, each on its own.
@Suite struct ConsequentialPolicyTests {
    static func operation(_ method: String, extensions: [String: SourceNode] = [:]) -> APIOperation {
        APIOperation(operationId: "op", method: method, path: "/x", summary: nil, description: nil, tags: [], deprecated: false, servers: [],
                     parameters: [], requestBody: nil, responses: [], security: nil, extensions: extensions,
                     location: SourceLocation(line: 3, column: 5), file: "spec.yaml")
    }

    static func function(nonConsequential: Bool? = nil) -> CatalogPackage.Plugin.Function {
        .init(name: "op", description: nil, reasoningInstructions: [], respondingInstructions: [], parameters: nil, confirmationType: nil,
              confirmationTitle: nil, confirmationBody: nil, isNonConsequential: nonConsequential, dataHandling: [], pluginIndex: 0,
              location: SourceLocation(line: 9, column: 3), file: "plugin.json")
    }

    static func entry(_ op: APIOperation, function: CatalogPackage.Plugin.Function? = nil) -> OperationEntry {
        OperationEntry(slug: "op", kind: .apiOperation, operationId: "op", api: op, specIndex: 0, function: function, runtime: nil, command: nil,
                       consequential: Consequential(explicit: nil, effective: op.method != "GET", source: .methodDefault), cards: [], responseExamples: [])
    }

    static func flag(_ value: SourceNode.Value) -> SourceNode { SourceNode(value, at: SourceLocation(line: 4, column: 7)) }

    static func decide(_ e: OperationEntry) -> (Consequential, [Diagnostic]) {
        var reported: [Diagnostic] = []
        let c = ConsequentialPolicy.decide(e) { reported.append($0) }
        return (c, reported)
    }

    @Test(arguments: [("GET", false), ("POST", true), ("PUT", true), ("PATCH", true), ("DELETE", true)])
    func theMethodDecidesWithoutAFlag(_ method: String, _ consequential: Bool) {
        let (c, reported) = Self.decide(Self.entry(Self.operation(method)))
        #expect(c == Consequential(explicit: nil, effective: consequential, source: .methodDefault))
        #expect(c.offersAlwaysAllow == !consequential)
        #expect(reported.isEmpty)
    }

    @Test func anExplicitFlagWinsAndFalseOnAWriteIsCNF01() {
        let (c, reported) = Self.decide(Self.entry(Self.operation("DELETE", extensions: ["x-openai-isConsequential": Self.flag(.bool(false))])))
        #expect(c == Consequential(explicit: false, effective: false, source: .openAIExtension))
        #expect(reported.map(\.rule) == [.cnf01])
        #expect(reported.first?.location == SourceLocation(line: 4, column: 7))
    }

    @Test func otherSpellingsAndStringsAreReadWithCNF04() {
        let (c, reported) = Self.decide(Self.entry(Self.operation("GET", extensions: ["x-oai-isConsequential": Self.flag(.string("true"))])))
        #expect(c == Consequential(explicit: true, effective: true, source: .oaiExtension))
        #expect(reported.map(\.rule) == [.cnf04, .cnf04])
        let (ignored, why) = Self.decide(Self.entry(Self.operation("POST", extensions: ["x-openai-isConsequential": Self.flag(.string("maybe"))])))
        #expect(ignored.source == .methodDefault && ignored.effective)
        #expect(why.map(\.rule) == [.cnf04])
    }

    @Test func isNonConsequentialAppliesToGETOnly() {
        let (get, quiet) = Self.decide(Self.entry(Self.operation("GET"), function: Self.function(nonConsequential: true)))
        #expect(get == Consequential(explicit: false, effective: false, source: .isNonConsequential))
        #expect(quiet.isEmpty)
        let (post, reported) = Self.decide(Self.entry(Self.operation("POST"), function: Self.function(nonConsequential: true)))
        #expect(post.effective && post.source == .methodDefault)
        #expect(reported.map(\.rule) == [.plg18] && reported.first?.file == "plugin.json")
    }
}

@Suite struct FunctionBinderTests {
    @Test func kiotaNormalisation() {
        #expect(FunctionBinder.normalizedId("list-repairs.v2") == "list_repairs_v2")
        #expect(FunctionBinder.normalizedId("getÜber") == "get_ber")
    }

    @Test func runForFunctionsDecidesWhichRuntimeServes() {
        let fns = ["a", "b", "c"].map { name in
            CatalogPackage.Plugin.Function(name: name, description: nil, reasoningInstructions: [], respondingInstructions: [], parameters: nil,
                                           confirmationType: nil, confirmationTitle: nil, confirmationBody: nil, isNonConsequential: nil,
                                           dataHandling: [], pluginIndex: 0, location: nil, file: "p.json")
        }
        #expect(FunctionBinder.served(fns, explicit: ["b"], claimed: ["b"]).map(\.name) == ["b"])
        #expect(FunctionBinder.served(fns, explicit: ["*"], claimed: []).map(\.name) == ["a", "b", "c"])
        // Without run_for_functions a runtime serves what no other runtime claims.
        #expect(FunctionBinder.served(fns, explicit: nil, claimed: ["b"]).map(\.name) == ["a", "c"])
    }
}

@Suite struct DiagnosticAttributionTests {
    @Test func findingsGoToTheObjectTheyAreIn() {
        let ops = [3, 10, 20].map { line in
            ConsequentialPolicyTests.entry(APIOperation(operationId: "o\(line)", method: "GET", path: "/\(line)", summary: nil, description: nil, tags: [],
                                                        deprecated: false, servers: [], parameters: [], requestBody: nil, responses: [], security: nil,
                                                        extensions: [:], location: SourceLocation(line: line, column: 5), file: "s.yaml"))
        }
        var entries = ops
        let at = { (line: Int) in Diagnostic.warning(.oas22, "x\(line)", file: "s.yaml", at: SourceLocation(line: line, column: 9)) }
        let starts = ["s.yaml": [SourceLocation(line: 3, column: 5), SourceLocation(line: 10, column: 5), SourceLocation(line: 20, column: 5),
                                 SourceLocation(line: 30, column: 1)]]
        DiagnosticAttribution.attribute([at(1), at(4), at(12), at(19), at(25), at(31),
                                         .warning(.oas22, "elsewhere", file: "other.yaml", at: SourceLocation(line: 4, column: 1))],
                                        to: &entries, starts: starts)
        #expect(entries.map { $0.diagnostics.map(\.message) } == [["x4"], ["x12", "x19"], ["x25"]])
    }
}

/// `OperationEntry` holds its fields in one shared box: a copy is one retain, and a change
/// to a copy never shows in the original (or the other way round).
@Suite struct OperationEntryStorageTests {
    @Test func copiesChangeIndependently() {
        let original = ConsequentialPolicyTests.entry(ConsequentialPolicyTests.operation("GET"))
        var copy = original
        copy.slug = "changed"
        copy.cards.append(CardSpec(role: .staticTemplate, template: SourceNode(.string("x"), at: SourceLocation(line: 1, column: 1)), file: "card.json", dataPath: nil, dataPathIsJSONPath: false))
        copy.diagnostics.append(.warning(.jsonTolerated, "note", file: "f"))
        #expect(original.slug == "op" && original.cards.isEmpty && original.diagnostics.isEmpty)
        #expect(copy.slug == "changed" && copy.cards.count == 1 && copy.diagnostics.count == 1)

        var second = copy
        second.api?.summary = "Summary"
        #expect(copy.api?.summary == nil && second.api?.summary == "Summary")
        // A unique entry is changed in place, and keeps every other field.
        second.operationId = "renamed"
        #expect(second.slug == "changed" && second.cards.count == 1 && second.operationId == "renamed")
    }
}
