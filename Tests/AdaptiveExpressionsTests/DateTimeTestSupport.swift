import Foundation
import JSONTree
import TestSupport
@testable import AdaptiveExpressions

/// Calling the date and time built-ins directly, without the parser.
enum DateTimeTesting {
    /// The instant the mocked-clock vectors froze time at.
    static let mockedNow = Date(timeIntervalSince1970: 1_596_240_740)  // 2020-08-01T00:12:20Z

    static let table: [String: Builtin] = Dictionary(uniqueKeysWithValues: DateTimeBuiltins.all.map { ($0.name, $0) })

    /// Applies a built-in after checking its arity, as the evaluator does.
    static func call(_ name: String, _ arguments: [JSONValue], now: Date = mockedNow, locale: String? = nil)
        -> Result<JSONValue, BuiltinError>
    {
        guard let builtin = table[name] else { return .failure(BuiltinError("no built-in \(name)")) }
        guard arguments.count >= builtin.minArity, arguments.count <= builtin.maxArity else {
            return .failure(BuiltinError("\(name): wrong number of arguments"))
        }
        do {
            return .success(try builtin.apply(arguments, EvaluationContext(now: now, locale: locale)))
        } catch {
            return .failure(error)
        }
    }

    /// The result value, or nil on error.
    static func value(_ name: String, _ arguments: JSONValue..., now: Date = mockedNow, locale: String? = nil) -> JSONValue? {
        try? call(name, arguments, now: now, locale: locale).get()
    }

    /// The result string, or "error: …".
    static func text(_ name: String, _ arguments: JSONValue..., now: Date = mockedNow, locale: String? = nil) -> String {
        switch call(name, arguments, now: now, locale: locale) {
        case .success(.string(let s)): return s
        case .success(let v): return "value: \(v)"
        case .failure(let e): return "error: \(e.message)"
        }
    }

    static func isError(_ name: String, _ arguments: JSONValue..., now: Date = mockedNow) -> Bool {
        if case .failure = call(name, arguments, now: now) { return true }
        return false
    }

    static func date(_ iso: String) -> Date {
        let instant = TimestampParsing.javaScriptDate(iso) ?? 0
        return Date(timeIntervalSince1970: Double(instant) / 1000)
    }
}

/// Evaluates conformance expressions that are a single call of date and time built-ins with
/// literal arguments, scope members or nested calls of the same built-ins. Anything else
/// needs the full parser and is reported as skipped.
struct SimpleCallEvaluator {
    enum Outcome {
        case value(JSONValue)
        case error(String)
        case unsupported(String)
    }

    private indirect enum Node {
        case literal(JSONValue)
        case member(String)
        case call(String, [Node])
    }

    let scope: JSONObject
    let now: Date

    func evaluate(_ expression: String) -> Outcome {
        var parser = Parser(Array(expression.unicodeScalars))
        guard let node = parser.parseExpression(), parser.atEnd, case .call = node else {
            return .unsupported("not a single call with literal arguments")
        }
        return evaluate(node)
    }

    private func evaluate(_ node: Node) -> Outcome {
        switch node {
        case .literal(let value):
            return .value(value)
        case .member(let name):
            guard let value = scope[name] else { return .value(.null) }
            return SimpleCallEvaluator.plain(value).map { .value($0) } ?? .unsupported("scope member \(name) has no JSON form")
        case .call(let name, let argumentNodes):
            guard DateTimeTesting.table[name] != nil else { return .unsupported("calls \(name)") }
            var arguments: [JSONValue] = []
            for argumentNode in argumentNodes {
                switch evaluate(argumentNode) {
                case .value(let v): arguments.append(v)
                case let other: return other
                }
            }
            switch DateTimeTesting.call(name, arguments, now: now) {
            case .success(let v): return .value(v)
            case .failure(let e): return .error(e.message)
            }
        }
    }

    /// Tagged scope members as the built-ins receive them: a Date as its ISO string, a
    /// TimexProperty as its TIMEX string, a big integer as its number, undefined as null.
    static func plain(_ value: JSONValue) -> JSONValue? {
        guard case .object(let members) = value, case .string(let tag)? = members["__ac_type__"] else { return value }
        switch tag {
        case "Date": return members["iso"]
        case "TimexProperty": return members["timex"]
        case "bigInt": return members["value"]?.stringValue.flatMap(Double.init).map { .number($0) }
        case "undefined": return .null
        default: return nil
        }
    }

    private struct Parser {
        let s: [Unicode.Scalar]
        var i = 0
        init(_ s: [Unicode.Scalar]) { self.s = s }

        var atEnd: Bool {
            mutating get { skipSpace(); return i >= s.count }
        }

        mutating func skipSpace() { while i < s.count, s[i].properties.isWhitespace { i += 1 } }

        mutating func parseExpression() -> Node? {
            skipSpace()
            guard i < s.count else { return nil }
            let c = s[i]
            if c == "'" || c == "\"" { return parseString(quote: c) }
            if c == "-" || ("0"..."9").contains(c) { return parseNumber() }
            guard c.properties.isAlphabetic || c == "_" else { return nil }
            var name = ""
            while i < s.count, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) || s[i] == "_" {
                name.unicodeScalars.append(s[i]); i += 1
            }
            skipSpace()
            if i < s.count, s[i] == "(" {
                i += 1
                var arguments: [Node] = []
                skipSpace()
                if i < s.count, s[i] == ")" { i += 1; return .call(name, arguments) }
                while true {
                    guard let argument = parseExpression() else { return nil }
                    arguments.append(argument)
                    skipSpace()
                    guard i < s.count else { return nil }
                    if s[i] == "," { i += 1; continue }
                    if s[i] == ")" { i += 1; return .call(name, arguments) }
                    return nil
                }
            }
            switch name {
            case "true": return .literal(true)
            case "false": return .literal(false)
            case "null": return .literal(.null)
            default: return .member(name)
            }
        }

        mutating func parseString(quote: Unicode.Scalar) -> Node? {
            i += 1
            var text = String.UnicodeScalarView()
            while i < s.count, s[i] != quote {
                if s[i] == "\\", i + 1 < s.count {
                    i += 1
                    switch s[i] {
                    case "n": text.append("\n")
                    case "t": text.append("\t")
                    case "r": text.append("\r")
                    default: text.append(s[i])
                    }
                } else {
                    text.append(s[i])
                }
                i += 1
            }
            guard i < s.count else { return nil }
            i += 1
            return .literal(.string(String(text)))
        }

        mutating func parseNumber() -> Node? {
            var text = ""
            if s[i] == "-" { text = "-"; i += 1 }
            while i < s.count, ("0"..."9").contains(s[i]) || s[i] == "." { text.unicodeScalars.append(s[i]); i += 1 }
            guard let value = Double(text) else { return nil }
            return .literal(.number(value))
        }
    }
}
