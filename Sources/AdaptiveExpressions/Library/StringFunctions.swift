import ECMARegex
import Foundation
import JSONTree

/// Text: `concat`, `length`, `replace`, `replaceIgnoreCase`, `split`, `substring`,
/// `toLower`, `toUpper`, `trim`, `startsWith`, `endsWith`, `countWord`, `addOrdinal`,
/// `newGuid`, `EOL`, `indexOf`, `lastIndexOf`, `sentenceCase`, `titleCase`, `string`,
/// `stringOrValue`. Offsets and lengths count UTF-16 code units, as in JavaScript.
enum StringFunctions {
    static var all: [FunctionDefinition] {
        [
            concat, length, replace, replaceIgnoreCase, split, substring,
            caseTransform("toLower") { s, _ in JS.lower(s) }, caseTransform("toUpper") { s, _ in JS.upper(s) },
            trim, startsOrEnds("startsWith") { $0.starts(with: $1) },
            startsOrEnds("endsWith") { $0.count >= $1.count && Array($0.suffix($1.count)) == $1 },
            countWord, addOrdinal, newGuid, eol, indexOf, lastIndexOf,
            caseTransform("sentenceCase") { s, _ in sentenceCase(s) }, caseTransform("titleCase") { s, _ in titleCase(s) },
            string, stringOrValue
        ]
    }

    /// `concat` (and `&`, and every backtick string): lists join, anything else is written
    /// as text; `null` and `undefined` add nothing.
    static let concat = sequence("concat", [.string, .array], Validate.atLeastOne) { ev, a, b throws(EvalError) in
        switch (a, b) {
        case (_, _) where a.isNullish && b.isNullish: return .undefined
        case (_, .array) where a.isNullish: return b
        case (.array, _) where b.isNullish: return a
        case (.array(let x), .array(let y)):
            try ev.checkCount(x.count + y.count)
            return .array(x + y)
        default:
            return .string(JS.commonStringify(a) + JS.commonStringify(b))
        }
    }

    static let length = eager("length", .number, Validate.unaryString) { _, args throws(EvalError) in
        try requireStringsOrUndefined(args, "length")
        return .number(Double(JS.length(args[0].stringOrEmpty)))
    }

    static let replace = eager("replace", .string, Validate.arity(3, 3, .string)) { ev, args throws(EvalError) in
        try requireStringsOrUndefined(args, "replace")
        let old = args[1].stringOrEmpty
        if old.isEmpty { throw fail("\(args[1].debugText) should be a string with length at least 1") }
        let parts = JS.split(args[0].stringOrEmpty, by: old)
        let result = parts.joined(separator: args[2].stringOrEmpty)
        try ev.checkCount(result.utf8.count)
        return .string(result)
    }

    static let replaceIgnoreCase = eager("replaceIgnoreCase", .string, Validate.arity(3, 3, .string)) { ev, args throws(EvalError) in
        try requireStringsOrUndefined(args, "replaceIgnoreCase")
        let old = args[1].stringOrEmpty
        if old.isEmpty { throw fail("\(args[1].debugText) should be a string with length at least 1") }
        let regex: JSRegex
        do throws(JSRegex.SyntaxError) {
            regex = try JSRegex(old, flags: .ignoreCase, inlineFlags: true)
        } catch {
            throw fail("replaceIgnoreCase: \(error.message)")
        }
        var budget = ev.limits.maxSteps - ev.steps
        guard let result = regex.replaceAll(in: args[0].stringOrEmpty, with: args[2].stringOrEmpty, budget: &budget) else {
            throw .budget("replaceIgnoreCase: the regular expression exceeded the evaluation budget")
        }
        try ev.charge(max(0, ev.limits.maxSteps - ev.steps - budget))
        try ev.checkCount(result.utf8.count)
        return .string(result)
    }

    static let split = eager("split", .array, Validate.arity(1, 2, .string)) { ev, args throws(EvalError) in
        try requireStringsOrUndefined(args, "split")
        var separator = ""
        if args.count > 1, case .string(let s) = args[1] { separator = s }
        let parts = JS.split(args[0].stringOrEmpty, by: separator)
        try ev.checkCount(parts.count)
        return .array(parts.map { .string($0) })
    }

    static let substring = lazy("substring", .string, Validate.order([.string, .number], optional: [.number])) { ev, node throws(EvalError) in
        let str = try ev.eval(node.children[0])
        switch str {
        case .undefined:
            return .string("")
        case .string(let s):
            let count = JS.length(s)
            let startValue = try ev.eval(node.children[1])
            guard let start = startValue.integer else { throw fail("\(node.children[1]) is not an integer.") }
            guard start >= 0 && start <= count else { throw fail("\(node.children[1])=\(start) which is out of range for \(s)") }
            var length = count - start
            if node.children.count == 3 {
                let lengthValue = try ev.eval(node.children[2])
                guard let l = lengthValue.integer else { throw fail("\(node.children[2]) is not an integer") }
                guard l >= 0 && start + l <= count else { throw fail("\(node.children[2])=\(l) which is out of range for \(s)") }
                length = l
            }
            return .string(JS.substring(s, from: start, length: length))
        default:
            throw fail("\(node.children[0]) is neither a string nor a null object.")
        }
    }

    static func caseTransform(_ name: String, _ f: @escaping @Sendable (String, String) -> String) -> FunctionDefinition {
        eager(name, .string, Validate.unaryOrBinaryString) { ev, args throws(EvalError) in
            try requireStringsOrUndefined(args, name)
            var locale = ev.context.defaultLocale
            if args.count == 2, case .string(let l) = args[1] { locale = l }
            return .string(f(args[0].stringOrEmpty, locale))
        }
    }

    static func sentenceCase(_ s: String) -> String {
        let lower = JS.lower(s)
        guard !lower.isEmpty else { return lower }
        let u = Array(lower.utf16)
        return JS.upper(String(decoding: u[0..<1], as: UTF16.self)) + String(decoding: u[1...], as: UTF16.self)
    }

    /// Upper-cases the first character of every `\w\S*` run (ASCII word characters).
    static func titleCase(_ s: String) -> String {
        let lower = JS.lower(s)
        var out = ""
        var inWord = false
        for c in lower.unicodeScalars {
            let isWordChar = c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_")
            if inWord {
                if JS.isWhitespace(c) { inWord = false }
                out.unicodeScalars.append(c)
            } else if isWordChar {
                inWord = true
                out += String(c).uppercased()
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static let trim = eager("trim", .string, Validate.unaryString) { _, args throws(EvalError) in
        try requireStringsOrUndefined(args, "trim")
        return .string(JS.trim(args[0].stringOrEmpty))
    }

    static func startsOrEnds(_ name: String, _ test: @escaping @Sendable ([UInt16], [UInt16]) -> Bool) -> FunctionDefinition {
        eager(name, .boolean, Validate.arity(2, 2, .string)) { _, args throws(EvalError) in
            try requireStringsOrUndefined(args, name)
            return .bool(test(Array(args[0].stringOrEmpty.utf16), Array(args[1].stringOrEmpty.utf16)))
        }
    }

    static let countWord = eager("countWord", .number, Validate.unaryString) { _, args throws(EvalError) in
        try requireStringsOrUndefined(args, "countWord")
        let text = JS.trim(args[0].stringOrEmpty)
        var count = 1
        var inSpace = false
        for c in text.unicodeScalars {
            if JS.isWhitespace(c) {
                if !inSpace { count += 1 }
                inSpace = true
            } else {
                inSpace = false
            }
        }
        return .number(Double(count))
    }

    static let addOrdinal = eager("addOrdinal", .string, Validate.arity(1, 1, .number)) { _, args throws(EvalError) in
        guard let n = args[0].integer else { throw fail("addOrdinal: \(args[0].debugText) is not a integer.") }
        var text = String(n)
        if n > 0 {
            switch n % 100 {
            case 11, 12, 13: text += "th"
            default:
                switch n % 10 {
                case 1: text += "st"
                case 2: text += "nd"
                case 3: text += "rd"
                default: text += "th"
                }
            }
        }
        return .string(text)
    }

    static let newGuid = eager("newGuid", .string, Validate.noArguments) { ev, _ throws(EvalError) in
        var bytes: [UInt8] = []
        for _ in 0..<2 {
            var x = ev.random.next()
            for _ in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: x)); x >>= 8 }
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let u = Array(hex)
        let groups = [u[0..<8], u[8..<12], u[12..<16], u[16..<20], u[20..<32]].map { String($0) }
        return .string(groups.joined(separator: "-"))
    }

    static let eol = eager("EOL", .string, Validate.noArguments) { _, _ throws(EvalError) in .string("\n") }

    static func indexSearch(_ name: String, last: Bool) -> FunctionDefinition {
        eager(name, .number, Validate.order([[.string, .array], .object])) { _, args throws(EvalError) in
            switch args[0] {
            case .undefined, .null, .string:
                switch args[1] {
                case .undefined, .string:
                    let s = args[0].stringOrEmpty, t = args[1].stringOrEmpty
                    return .number(Double(last ? JS.lastIndexOf(s, t) : JS.indexOf(s, t)))
                default:
                    throw fail("Can only look for indexof string in \(name)")
                }
            case .array(let items):
                let indices = last ? Array(items.indices.reversed()) : Array(items.indices)
                for i in indices where strictEquals(Value(items[i]), args[1]) { return .number(Double(i)) }
                return .number(-1)
            default:
                throw fail("\(name) works only on string or list.")
            }
        }
    }

    static let indexOf = indexSearch("indexOf", last: false)
    static let lastIndexOf = indexSearch("lastIndexOf", last: true)

    /// `===` as list searches use it (containers compare by content here).
    static func strictEquals(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.undefined, .undefined), (.null, .null): return true
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return JS.sameText(x, y)
        case (.bool(let x), .bool(let y)): return x == y
        case (.array, .array), (.object, .object): return JS.deepEqual(a.json, b.json, depth: 0)
        default: return false
        }
    }

    static let string = eager("string", .string, Validate.order([.object], optional: [.string])) { ev, args throws(EvalError) in
        var locale = ev.context.defaultLocale
        if args.count == 2, case .string(let l) = args[1] { locale = l }
        switch args[0] {
        case .string(let s): return .string(s)
        case .number(let d) where !d.isNaN: return .string(NumberText.format(d, locale: locale))
        case .bytes(let b): return .string(String(decoding: b, as: UTF8.self))
        default: return .string(JS.commonStringify(args[0]))
        }
    }

    /// `stringOrValue("${x}")` is the value of `x`; anything else, the interpolated text.
    static let stringOrValue = lazy("stringOrValue", .object, Validate.unaryString) { ev, node throws(EvalError) in
        let input = try ev.eval(node.children[0])
        guard case .string(let s) = input else { throw fail("Parameter should be a string.") }
        guard ev.nestedEvaluations < ev.limits.maxNestedEvaluations else {
            throw .budget("stringOrValue nests deeper than \(ev.limits.maxNestedEvaluations) evaluations")
        }
        let parsed: Node
        do throws(ExpressionError) {
            parsed = try Parser.parse("`" + s + "`", functions: .standard, limits: ev.limits)
        } catch {
            throw fail(error.message)
        }
        ev.nestedEvaluations += 1
        defer { ev.nestedEvaluations -= 1 }
        if parsed.children.count == 2, case .constant(.string("")) = parsed.children[0].kind, !parsed.children[1].isConstant {
            return try ev.eval(parsed.children[1])
        }
        return try ev.eval(parsed)
    }
}
