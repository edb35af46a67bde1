import AdaptiveExpressions
import Foundation
import JSONTree
import Testing

@Suite struct ExpressionEngineTests {
    func value(_ text: String, _ scope: JSONValue = [:]) -> JSONValue? {
        try? Expression.parse(text).evaluate(scope: scope).get()
    }

    @Test func precedenceAndAssociativity() {
        #expect(value("2 + 3 * 4") == 14)
        #expect(value("2 ^ 3 ^ 2") == 512)  // right-associative
        #expect(value("-2 ^ 2") == 4)  // unary binds tighter than ^
        #expect(value("10 - 4 - 3") == 3)
        #expect(value("'b' & 'a' < 'ab'") == .bool(false))  // & binds tighter than <
        #expect(value("1 < 2 == true") == nil)  // == binds tighter than <: 1 < (2 == true) compares a number with a boolean
        #expect(value("true ? 1 : 2") == 1)
        #expect(value("null ?? 'x'") == "x")
        #expect(value("'a' & 1 & true") == "a1true")
        #expect(value("7 / 2") == 3)  // integer division floors
        #expect(value("7.5 / 2") == 3.75)
    }

    /// Each lambda function names itself when its first argument is not a collection.
    @Test func lambdaErrorsNameTheirFunction() throws {
        for name in ["all", "any", "where", "foreach", "select"] {
            let result = try Expression.parse("\(name)(1, x, x)").evaluate(scope: [:])
            guard case .failure(let error) = result else {
                Issue.record("\(name)(1, x, x) did not fail")
                continue
            }
            if name == "all" || name == "any" {
                #expect(error.message.hasSuffix("to run \(name.capitalized)"), "\(error.message)")
            }
        }
    }

    @Test func membersMatchCaseInsensitivelyAndMissingIsNull() {
        let scope: JSONValue = ["User": ["Name": "Ada"], "list": [1, 2]]
        #expect(value("user.name", scope) == "Ada")
        #expect(value("user.missing.deeper", scope) == .null)
        #expect(value("list[1]", scope) == 2)
        #expect(value("exists(user.missing)", scope) == .bool(false))
        #expect((try? Expression.parse("list[5]").evaluate(scope: scope).get()) == nil)  // out of range is an error
    }

    @Test func parseErrorsHavePositionsAndStableCodes() {
        do {
            _ = try Expression.parse("concat('a',\n  b +)")
            Issue.record("should not parse")
        } catch {
            #expect(error.code == .syntax)
            #expect(error.location == SourceLocation(line: 2, column: 6))
        }
        #expect(throws: ExpressionError.self) { try Expression.parse("nosuchfunction(1)") }
        do { _ = try Expression.parse("substring('a')") } catch { #expect(error.code == .invalidCall) }
        do { _ = try Expression.parse("nosuch(1)") } catch { #expect(error.code == .unknownFunction) }
    }

    @Test func hostileNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        do { _ = try Expression.parse(deep); Issue.record("should fail") } catch { #expect(error.code == .tooDeep) }
        let bangs = String(repeating: "!", count: 10_000) + "true"
        #expect(throws: ExpressionError.self) { try Expression.parse(bangs) }
        let chain = Array(repeating: "1", count: 5_000).joined(separator: " + ")
        #expect(throws: ExpressionError.self) { try Expression.parse(chain) }
        let nestedInterpolation = String(repeating: "`${", count: 300) + "1" + String(repeating: "}`", count: 300)
        #expect(throws: ExpressionError.self) { try Expression.parse(nestedInterpolation) }
        let calls = String(repeating: "concat(", count: 5_000) + "'a'" + String(repeating: ")", count: 5_000)
        #expect(throws: ExpressionError.self) { try Expression.parse(calls) }
    }

    @Test func enormousLiteralsAreHandled() throws {
        let digits = String(repeating: "9", count: 100_000)
        #expect(value(digits) == .number(.infinity))
        let long = String(repeating: "x", count: 1_000_000)
        #expect(value("length('\(long)')") == 1_000_000)
    }

    @Test func runawayEvaluationHitsTheBudget() throws {
        let e = try Expression.parse("foreach(range(0, 1000), i, foreach(range(0, 1000), j, foreach(range(0, 1000), k, k)))")
        guard case .failure(let error) = e.evaluate(scope: [:], limits: ExpressionLimits(maxSteps: 200_000)) else {
            Issue.record("should fail"); return
        }
        #expect(error.code == .budget)
        let huge = try Expression.parse("range(0, 100000000)")
        guard case .failure(let e2) = huge.evaluate(scope: [:]) else { Issue.record("should fail"); return }
        #expect(e2.code == .budget)
        // stringOrValue re-parses text from the data: a self-reference stops at the nesting limit.
        let selfReference: JSONValue = ["s": "${stringOrValue(s)}"]
        guard case .failure(let e3) = try Expression.parse("stringOrValue(s)").evaluate(scope: selfReference) else {
            Issue.record("should fail"); return
        }
        #expect(e3.code == .budget)
        // A regular expression with catastrophic backtracking fails instead of hanging.
        let regex = try Expression.parse("isMatch('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', '^(a+)+$')")
        guard case .failure(let e4) = regex.evaluate(scope: [:]) else { Issue.record("should fail"); return }
        #expect(e4.code == .budget)
    }

    @Test func evaluationErrorsAreValues() throws {
        for text in ["1 / 0", "sqrt(-1)", "int('x')", "json('{')", "uriHost('not a uri')", "first(1, 2, 3)"] {
            let parsed = try? Expression.parse(text)
            if let parsed { #expect((try? parsed.evaluate(scope: [:]).get()) == nil, "\(text)") }
        }
    }

    @Test func parseOnceEvaluateConcurrently() async throws {
        let e = try Expression.parse("join(foreach(items, x, concat(x.name, '=', string(x.n * factor))), ';')")
        let results = await withTaskGroup(of: Bool.self) { group in
            for i in 0..<32 {
                group.addTask {
                    let scope: JSONValue = ["factor": .number(Double(i)), "items": [["name": "a", "n": 1], ["name": "b", "n": 2]]]
                    return (try? e.evaluate(scope: scope).get()) == .string("a=\(i);b=\(2 * i)")
                }
            }
            var all: [Bool] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 32 && results.allSatisfy { $0 })
    }

    @Test func printsAsTheOfficialEngine() throws {
        #expect(try Expression.parse("add(1, 2)").description == "(1 + 2)")
        #expect(try Expression.parse("a.b[0].c").description == "a.b[0].c")
        #expect(try Expression.parse("!x").description == "!(x)")
        #expect(try Expression.parse("-x").description == "(0 - x)")
        #expect(try Expression.parse("concat('it\\'s', \"q\")").description.hasPrefix("concat("))
    }

    @Test func setPathToValueUpdatesTheScope() throws {
        var scope: JSONValue = ["a": ["b": 1]]
        let e = try Expression.parse("setPathToValue(a.b, 5)")
        #expect((try? e.evaluate(updating: &scope).get()) == 5)
        #expect(scope == ["a": ["b": 5]])
    }

    @Test func seededRandomnessIsReproducible() throws {
        let ctx = EvaluationContext(randomSeed: 42)
        let e = try Expression.parse("concat(newGuid(), string(rand(0, 1000)))")
        let a = try e.evaluate(scope: [:], context: ctx).get()
        let b = try e.evaluate(scope: [:], context: ctx).get()
        #expect(a == b)
        #expect(value("length(newGuid())") == 36)
    }

    @Test func customFunctions() throws {
        let twice = Builtin("twice", arity: 1...1) { args, _ throws(BuiltinError) in
            guard case .number(let d) = args[0] else { throw BuiltinError("not a number") }
            return .number(d * 2)
        }
        let table = FunctionTable.standard.adding([twice])
        #expect(try Expression.parse("twice(21)", functions: table).evaluate(scope: [:]).get() == 42)
        #expect(throws: ExpressionError.self) { try Expression.parse("twice(1, 2)", functions: table) }
        // A thrown error reaches the caller prefixed with the call as written.
        let failure = ExpressionError(.evaluation, "twice('x'): not a number")
        #expect(throws: failure) { try Expression.parse("twice('x')", functions: table).evaluate(scope: [:]).get() }
    }

    @Test func batch() {
        let input = """
            {"expression": "a + 1", "scope": {"a": 1}}

            {"expression": "a +"}
            not json
            """
        let outcome = ExpressionBatch.run(input)
        #expect(outcome.requestCount == 3)
        #expect(outcome.errorCount == 2)
        let lines = outcome.output.split(separator: "\n").map(String.init)
        #expect(lines[0] == #"{"value":2}"#)
        #expect(lines[1].contains(#""code":"expr-syntax""#) && lines[1].contains(#""at":"1:4""#))
        #expect(lines[2].contains("batch-json"))
    }
}
