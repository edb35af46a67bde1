import AdaptiveExpressions
import CardTemplating
import JSONTree
import Testing

@Suite struct CardTemplateTests {
    func expand(_ template: JSONValue, _ data: JSONValue?, host: JSONValue? = nil) -> TemplateExpansion {
        CardTemplate(json: template).expand(data: data, host: host)
    }

    @Test func wholeValueKeepsTheTypeAndTextInterpolates() {
        let t: JSONValue = ["n": "${count}", "flag": "${ok}", "text": "There are ${count} items", "list": "${items}"]
        let out = expand(t, ["count": 3, "ok": true, "items": [1, 2]]).value
        #expect(out == ["n": 3, "flag": true, "text": "There are 3 items", "list": [1, 2]])
    }

    @Test func dataRepeatsElementsAndSetsIndex() {
        let t: JSONValue = ["body": [["$data": "${people}", "type": "TextBlock", "text": "${$index}: ${name} of ${$root.team}"]]]
        let out = expand(t, ["team": "A", "people": [["name": "x"], ["name": "y"]]]).value
        #expect(out == ["body": [["type": "TextBlock", "text": "0: x of A"], ["type": "TextBlock", "text": "1: y of A"]]])
    }

    @Test func whenDropsElementsAndHostIsReadable() {
        let t: JSONValue = ["body": [["$when": "${$host.show}", "text": "a"], ["$when": "${!$host.show}", "text": "b"]]]
        #expect(expand(t, nil, host: ["show": true]).value == ["body": [["text": "a"]]])
    }

    @Test func missingPathsStayAndWarnWithTheirJSONPointer() {
        let t: JSONValue = ["body": [["type": "TextBlock", "text": "Hi ${user.name}"]]]
        let result = expand(t, [:])
        #expect(result.value == ["body": [["type": "TextBlock", "text": "Hi ${user.name}"]]])
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.kind == .missingPath)
        #expect(result.warnings.first?.path == "/body/0/text")
    }

    @Test func unknownFunctionsAndSyntaxErrorsKeepTheText() {
        let t: JSONValue = ["a": "${nosuch(x)}", "b": "v: ${if(x, 1}", "c": "ok ${x} and ${nosuch(1)}"]
        let result = expand(t, ["x": 1])
        #expect(result.value == ["a": "${nosuch(x)}", "b": "v: ${if(x, 1}", "c": "ok 1 and ${nosuch(1)}"])
        let kinds = Set(result.warnings.map(\.kind))
        #expect(kinds == [.unknownFunction, .syntax])
        #expect(result.warnings.contains { $0.path == "/b" })
    }

    @Test func compiledOnceExpandedManyTimes() {
        let template = CardTemplate(json: ["text": "${name}"])
        for name in ["a", "b", "c"] {
            #expect(template.expand(data: ["name": .string(name)]).value == ["text": .string(name)])
        }
    }

    @Test func largeExpansionsStopAtTheLimit() {
        let t: JSONValue = ["rows": [["$data": "${range(0, 1000)}", "cells": [["$data": "${range(0, 1000)}", "v": "${$index}"]]]]]
        let result = CardTemplate(json: t).expand(data: [:], options: TemplateOptions(maxOutputNodes: 10_000))
        #expect(result.warnings.contains { $0.kind == .limit })
    }
}

/// Where problems are: the template pointer of an expanded value, and the `${` at fault.
@Suite struct TemplateProvenanceTests {
    static let options = TemplateOptions(recordsProvenance: true)

    /// A template that writes the provenance member's own name keeps one such member, the
    /// provenance (objects are made from their unique keys, then given their provenance).
    @Test func aWrittenProvenanceKeyIsReplacedNotRepeated() {
        let t: JSONValue = ["type": "AdaptiveCard", "body": [["type": "TextBlock", "\u{0}template": "mine", "text": "${a}"]]]
        let out = CardTemplate(json: t).expand(data: ["a": "x"], options: Self.options).value
        let block = out["body"]?.arrayValue?.first?.objectValue
        #expect(block?.keys.filter { $0 == CardTemplate.provenanceKey }.count == 1)
        #expect(block?[CardTemplate.provenanceKey] == "/body/0")
        #expect(block?["text"] == "x")
    }

    @Test func expandedPointersLeadBackToTheTemplate() {
        let t: JSONValue = ["type": "AdaptiveCard", "body": [
            ["type": "TextBlock", "text": "Header"],
            ["$data": "${rows}", "type": "TextBlock", "text": "${name}"],
            ["type": "Image", "url": "x.png"],
        ]]
        let out = CardTemplate(json: t).expand(data: ["rows": [["name": "a"], ["name": "b"], ["name": "c"]]], options: Self.options).value
        #expect(out["body"]?.arrayValue?.count == 5)
        #expect(CardTemplate.templatePointer(for: "/body/3/text", in: out) == "/body/1/text")
        #expect(CardTemplate.templatePointer(for: "/body/1", in: out) == "/body/1")
        // The image after the repeated rows is the template's third element, not its fifth.
        #expect(CardTemplate.templatePointer(for: "/body/4/url", in: out) == "/body/2/url")
        #expect(CardTemplate.templatePointer(for: "/body/0", in: out) == "/body/0")
        #expect(CardTemplate.templatePointer(for: "", in: out) == "")
    }

    @Test func withoutTheOptionNothingIsAdded() {
        let t: JSONValue = ["body": [["$data": "${rows}", "text": "${name}"]]]
        let out = CardTemplate(json: t).expand(data: ["rows": [["name": "a"]]]).value
        #expect(out == ["body": [["text": "a"]]])
    }

    @Test func warningsNameTheOffsetOfTheExpressionAtFault() {
        let t: JSONValue = ["body": [["text": "Dear ${first} ${client.name}, total ${if(}"]]]
        let warnings = CardTemplate(json: t).expand(data: ["first": "A"]).warnings
        let syntax = warnings.first { $0.kind == .syntax }
        #expect(syntax?.offset == 36)
        let missing = warnings.first { $0.kind == .missingPath }
        #expect(missing?.message.contains("client.name") == true)
        #expect(missing?.offset == 14)
        #expect(warnings.allSatisfy { $0.path == "/body/0/text" })
    }
}
