import Foundation
import JSONTree

/// Arithmetic: `+ - * / % ^`, `min`, `max`, `sum`, `average`, `abs`, `sqrt`, `floor`,
/// `ceiling`, `round`, `rand`, `range`.
enum MathFunctions {
    static var all: [FunctionDefinition] {
        [
            add, numeric("-", { $0 - $1 }), numeric("*", { $0 * $1 }), divide, mod, power,
            extreme("max", .infinity * -1, Swift.max), extreme("min", .infinity, Swift.min),
            sum, average,
            transform("abs") { Swift.abs($0) }, transform("floor") { Foundation.floor($0) },
            transform("ceiling") { Foundation.ceil($0) }, sqrt, round, rand, range
        ]
    }

    static func number(_ v: Value, _ function: String) throws(EvalError) -> Double {
        guard let d = v.number else { throw fail("\(function): \(v.debugText) is not a number.") }
        return d
    }

    /// `+`: numbers add; otherwise both sides are written as text (`null`/`undefined` as "").
    static let add = sequence("+", [.string, .number], Validate.arity(2, .max, [.string, .number])) { _, a, b throws(EvalError) in
        for v in [a, b] {
            switch v {
            case .string, .undefined: break
            case .number(let d) where !d.isNaN: break
            default: throw fail("+: \(v.debugText) is neither a number nor string")
            }
        }
        if case .number(let x) = a, case .number(let y) = b { return .number(x + y) }
        if (a.isNullish && b.number != nil) || (b.isNullish && a.number != nil) {
            throw fail("Operator '+' or add cannot be applied to operands of type 'number' and null object.")
        }
        if a.isNullish && b.isNullish { return .string("") }
        if a.isNullish { return .string(JS.toString(b)) }
        if b.isNullish { return .string(JS.toString(a)) }
        return .string(JS.toString(a) + JS.toString(b))
    }

    static func numeric(_ name: String, _ op: @escaping @Sendable (Double, Double) -> Double) -> FunctionDefinition {
        sequence(name, .number, Validate.twoOrMoreNumbers) { _, a, b throws(EvalError) in
            .number(op(try number(a, name), try number(b, name)))
        }
    }

    /// `/`: integer operands give the floor of the quotient.
    static let divide = sequence("/", .number, Validate.twoOrMoreNumbers) { _, a, b throws(EvalError) in
        let x = try number(a, "/"), y = try number(b, "/")
        if y == 0 { throw fail("Cannot divide by 0 from \(JSNumber.format(x)) / 0") }
        let q = x / y
        if a.integer != nil && b.integer != nil { return .number(Foundation.floor(q)) }
        return .number(q)
    }

    static let mod = eager("%", .number, Validate.binaryNumber) { _, args throws(EvalError) in
        guard args[0].integer != nil, args[1].integer != nil, let x = args[0].number, let y = args[1].number else {
            throw fail("%: the operands must be integers.")
        }
        if y == 0 { throw fail("Cannot mod by 0.") }
        return .number(x.truncatingRemainder(dividingBy: y))
    }

    static let power = sequence("^", .number, Validate.twoOrMoreNumbers) { _, a, b throws(EvalError) in
        for v in [a, b] {
            if v.number != nil { continue }
            if case .array(let items) = v, items.allSatisfy({ Value($0).number != nil }) { continue }
            throw fail("^: \(v.debugText) is neither a list nor a number.")
        }
        guard let x = a.number, let y = b.number else { return .number(.nan) }
        return .number(jsPow(x, y))
    }

    /// `Math.pow` (which differs from C's `pow` for `1 ** ±Infinity` and NaN exponents).
    static func jsPow(_ x: Double, _ y: Double) -> Double {
        if y.isNaN { return .nan }
        if y == 0 { return 1 }
        if (x == 1 || x == -1) && y.isInfinite { return .nan }
        return Foundation.pow(x, y)
    }

    /// Numbers and lists of numbers, as `min` and `max` take them.
    static func flattenNumbers(_ args: [Value], _ name: String) throws(EvalError) -> [Double] {
        var out: [Double] = []
        for a in args {
            if let d = a.number { out.append(d); continue }
            guard case .array(let items) = a else { throw fail("\(name): \(a.debugText) is neither a list nor a number.") }
            for item in items {
                guard case .number(let d) = item, !d.isNaN else { throw fail("\(name): \(JS.toString(item)) is not a number.") }
                out.append(d)
            }
        }
        return out
    }

    static func extreme(_ name: String, _ start: Double, _ pick: @escaping @Sendable (Double, Double) -> Double) -> FunctionDefinition {
        eager(name, .number, Validate.atLeastOne) { _, args throws(EvalError) in
            var result = start
            for d in try flattenNumbers(args, name) { result = pick(result, d) }
            return .number(result)
        }
    }

    static func numericList(_ v: Value, _ name: String) throws(EvalError) -> [Double] {
        guard case .array(let items) = v else { throw fail("\(name): \(v.debugText) is not a list.") }
        var out: [Double] = []
        out.reserveCapacity(items.count)
        for item in items {
            guard case .number(let d) = item, !d.isNaN else { throw fail("\(name): \(JS.toString(item)) is not a number.") }
            out.append(d)
        }
        return out
    }

    static let sum = eager("sum", .number, Validate.order([.array])) { _, args throws(EvalError) in
        let list = try numericList(args[0], "sum")
        guard let first = list.first else { throw fail("sum: Reduce of empty array with no initial value") }
        return .number(list.dropFirst().reduce(first, +))
    }

    static let average = eager("average", .number, Validate.unary) { _, args throws(EvalError) in
        let list = try numericList(args[0], "average")
        guard let first = list.first else { throw fail("average: Reduce of empty array with no initial value") }
        return .number(list.dropFirst().reduce(first, +) / Double(list.count))
    }

    static func transform(_ name: String, _ f: @escaping @Sendable (Double) -> Double) -> FunctionDefinition {
        eager(name, .number, Validate.unaryNumber) { _, args throws(EvalError) in
            .number(f(try number(args[0], name)))
        }
    }

    static let sqrt = eager("sqrt", .number, Validate.unaryNumber) { _, args throws(EvalError) in
        let x = try number(args[0], "sqrt")
        if x < 0 { throw fail("Do not support square root extraction of negative numbers.") }
        return .number(x.squareRoot())
    }

    /// `Math.round`: halves go up.
    static func jsRound(_ x: Double) -> Double {
        guard x.isFinite else { return x }
        let f = Foundation.floor(x)
        return x - f >= 0.5 ? f + 1 : f
    }

    static let round = eager("round", .number, Validate.arity(1, 2, .number)) { _, args throws(EvalError) in
        let x = try number(args[0], "round")
        var digits = 0
        if args.count == 2 {
            guard let d = args[1].integer else { throw fail("The second parameter \(args[1].debugText) must be an integer.") }
            guard d >= 0 && d <= 15 else { throw fail("The second parameter \(d) must be an integer between 0 and 15;") }
            digits = d
        }
        let scale = Foundation.pow(10.0, Double(digits))
        return .number(jsRound(x * scale) / scale)
    }

    static let rand = eager("rand", .number, Validate.binaryNumber) { ev, args throws(EvalError) in
        guard let lo = args[0].integer else { throw fail("\(args[0].debugText) is not an integer.") }
        guard let hi = args[1].integer else { throw fail("\(args[1].debugText) is not an integer.") }
        if lo > hi { throw fail("Min value \(lo) cannot be greater than max value \(hi).") }
        if lo == hi { return .number(Double(lo)) }
        return .number(Double(ev.random.next(in: lo, hi)))
    }

    static let range = eager("range", .array, Validate.binaryNumber) { ev, args throws(EvalError) in
        guard let start = args[0].integer, let count = args[1].integer else {
            throw fail("range: the parameters must be integers.")
        }
        if count <= 0 { throw fail("Second paramter must be more than zero") }
        try ev.checkCount(count)
        try ev.charge(count)
        var out: [JSONValue] = []
        out.reserveCapacity(count)
        for i in 0..<count { out.append(.number(Double(start + i))) }
        return .array(out)
    }
}
