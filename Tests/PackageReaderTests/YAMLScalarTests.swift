import JSONTree
@testable import PackageReader
import Testing

/// Plain YAML scalars are typed by the YAML 1.2 core schema, as the Teams Toolkit's
/// reader types them; quoted ones stay strings.
@Suite struct YAMLScalarTests {
    @Test func coreSchemaTypes() throws {
        let yaml = """
            a: null
            b: ~
            c:
            d: True
            e: FALSE
            f: 12
            g: -3.5e2
            h: 0x1F
            i: 0o17
            j: .inf
            k: -.Inf
            l: nothing
            m: "true"
            n: trueish
            o: 1.2.3
            p: Tuesday
            q: .5
            r: +7
            s: '12'
            t: falsey
            """
        let parsed = try YAMLReader.parse(Array(yaml.utf8)).get()
        let v = parsed.root.jsonValue
        #expect(v["a"] == .null && v["b"] == .null && v["c"] == .null)
        #expect(v["d"] == true && v["e"] == false)
        #expect(v["f"] == 12 && v["g"] == -350 && v["h"] == 31 && v["i"] == 15 && v["q"] == 0.5 && v["r"] == 7)
        #expect(v["j"]?.doubleValue == .infinity && v["k"]?.doubleValue == -.infinity)
        #expect(v["l"] == "nothing" && v["m"] == "true" && v["n"] == "trueish" && v["o"] == "1.2.3" && v["p"] == "Tuesday")
        #expect(v["s"] == "12" && v["t"] == "falsey")
    }

    /// Every spelling of the core schema's special values, and words that only look like one.
    @Test func specialValuesAndTheirLookAlikes() throws {
        let nulls = ["~", "null", "Null", "NULL"], trues = ["true", "True", "TRUE"], falses = ["false", "False", "FALSE"]
        let infinities = [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"], negative = ["-.inf", "-.Inf", "-.INF"]
        let nans = [".nan", ".NaN", ".NAN"]
        let words = ["name", "nul", "NuLL", "nulls", "type", "tRue", "truE", "title", "fals", "faLSE", "format", ".Nan", ".inF", "+.nan", "-.nan", "~~", "n"]
        let all = nulls + trues + falses + infinities + negative + nans + words
        let yaml = "[" + all.joined(separator: ", ") + "]"
        let values = try #require(YAMLReader.parse(Array(yaml.utf8)).get().root.jsonValue.arrayValue)
        #expect(values.count == all.count)
        for (text, v) in zip(all, values) {
            if nulls.contains(text) { #expect(v == nil, "\(text)") }
            if trues.contains(text) { #expect(v == true, "\(text)") }
            if falses.contains(text) { #expect(v == false, "\(text)") }
            if infinities.contains(text) { #expect(v.doubleValue == .infinity, "\(text)") }
            if negative.contains(text) { #expect(v.doubleValue == -.infinity, "\(text)") }
            if nans.contains(text) { #expect(v.doubleValue?.isNaN == true, "\(text)") }
            if words.contains(text) { #expect(v == .string(text), "\(text)") }
        }
    }

    /// Merged keys take the place of their `<<` among the written ones, in order; a written
    /// key keeps the place a merge gave it and its own value.
    @Test func mergedKeysTakeThePlaceOfTheirMergeKey() throws {
        let yaml = """
            a: &a {p: 1, q: 2}
            b: &b {q: 3, r: 4}
            m:
              x: 0
              <<: *a
              y: 5
              <<: [*b]
              p: 9
            last:
              x: 1
              <<: *b
            """
        let parsed = try YAMLReader.parse(Array(yaml.utf8)).get()
        #expect(parsed.warnings.isEmpty)
        #expect(parsed.root["m"]?.object?.keys == ["x", "p", "q", "y", "r"])
        #expect(parsed.root["m"]?.jsonValue == ["x": 0, "p": 9, "q": 2, "y": 5, "r": 4])
        #expect(parsed.root["last"]?.object?.keys == ["x", "q", "r"])
    }

    /// A key written twice in a mapping is reported once, at its second use; a key that
    /// only repeats one merged in with `<<` is not.
    @Test func duplicateKeysAreReportedMergedOnesAreNot() throws {
        let yaml = """
            base: &base
              a: 1
              b: 2
            plain:
              x: 1
              y: 2
              x: 3
            merged:
              <<: *base
              a: 10
              c: 3
              c: 4
            """
        let parsed = try YAMLReader.parse(Array(yaml.utf8)).get()
        let duplicates = parsed.warnings.filter { $0.kind == .duplicateKey }
        #expect(duplicates.map(\.location.line) == [7, 12])
        #expect(duplicates.map(\.message) == ["duplicate key \"x\"; the last value is used", "duplicate key \"c\"; the last value is used"])
        let v = parsed.root.jsonValue
        #expect(v["plain"]?["x"] == 3 && v["merged"]?["a"] == 10 && v["merged"]?["b"] == 2 && v["merged"]?["c"] == 4)
    }
}
