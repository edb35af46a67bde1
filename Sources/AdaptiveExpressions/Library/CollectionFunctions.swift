import JSONTree

/// Lists and objects as collections: `contains`, `count`, `first`, `last`, `join`,
/// `union`, `intersection`, `skip`, `take`, `subArray`, `sortBy`, `sortByDescending`,
/// `flatten`, `unique`, `reverse`, `indicesAndValues`, and the lambda functions
/// `foreach`, `select`, `where`, `any`, `all`.
enum CollectionFunctions {
    static var all: [FunctionDefinition] {
        [
            contains, count, first, last, join, union, intersection, skip, take, subArray,
            sort("sortBy", descending: false), sort("sortByDescending", descending: true),
            flatten, unique, reverse, indicesAndValues,
            mapping("foreach"), mapping("select"), whereFunction, any, allFunction
        ]
    }

    static let contains = lazy("contains", .boolean, Validate.binary) { ev, node throws(EvalError) in
        var args: [Value] = []
        for child in node.children {
            do throws(EvalError) { args.append(try ev.eval(child)) } catch {
                if error.isBudget { throw error }
                return .bool(false)
            }
        }
        switch (args[0], args[1]) {
        case (.string(let s), .string(let t)):
            return .bool(t.isEmpty || JS.indexOf(s, t) >= 0)
        case (.array(let items), _):
            for item in items where JS.equals(Value(item), args[1]) { return .bool(true) }
            return .bool(false)
        case (_, .string(let key)):
            guard args[0].isJSTruthy else { return .bool(false) }
            return .bool(!Access.property(args[0], key).isUndefined)
        default:
            return .bool(false)
        }
    }

    static let count = eager("count", .number, Validate.order([[.string, .array]])) { _, args throws(EvalError) in
        switch args[0] {
        case .string(let s): return .number(Double(JS.length(s)))
        case .array(let a): return .number(Double(a.count))
        case .object(let o): return .number(Double(o.count))
        case .bytes(let b): return .number(Double(b.count))
        case .null: throw fail("count: Cannot convert undefined or null to object")
        default: throw fail("count: \(args[0].debugText) must be a string, list, map or object.")
        }
    }

    static let first = eager("first", .object, Validate.unary) { _, args throws(EvalError) in
        switch args[0] {
        case .string(let s) where !s.isEmpty: return .string(JS.codeUnit(s, at: 0))
        case .array(let a) where !a.isEmpty: return Value(a[0])
        default: return .undefined
        }
    }

    static let last = eager("last", .object, Validate.unary) { _, args throws(EvalError) in
        switch args[0] {
        case .string(let s) where !s.isEmpty: return .string(JS.codeUnit(s, at: JS.length(s) - 1))
        case .array(let a) where !a.isEmpty: return Value(a[a.count - 1])
        default: return .undefined
        }
    }

    /// `Array.prototype.join`: `null` items as "", the separator written as text.
    static func joinItems(_ items: ArraySlice<JSONValue>, _ separator: String) -> String {
        var out = ""
        var firstItem = true
        for item in items {
            if !firstItem { out += separator }
            firstItem = false
            if case .null = item { continue }
            out += JS.toString(item)
        }
        return out
    }

    static func separatorText(_ v: Value) -> String {
        v.isUndefined ? "," : JS.toString(v)
    }

    static let join = eager("join", .string, Validate.order([.array, .string], optional: [.string])) { ev, args throws(EvalError) in
        guard case .array(let items) = args[0] else { throw fail("\(args[0].debugText) which is not a list.") }
        try ev.charge(items.count)
        if args.count == 2 { return .string(joinItems(items[...], separatorText(args[1]))) }
        if items.count < 3 { return .string(joinItems(items[...], separatorText(args[2]))) }
        let head = joinItems(items.dropLast(), separatorText(args[1]))
        let lastItem = items[items.count - 1]
        return .string(head + JS.toString(args[2]) + JS.toString(lastItem))
    }

    static func list(_ v: Value, _ name: String) throws(EvalError) -> [JSONValue] {
        guard case .array(let a) = v else { throw fail("\(name): \(v.debugText) is not a list or array.") }
        return a
    }

    /// Items without repeats (first occurrence kept); containers compare by content.
    static func distinct(_ items: [JSONValue], _ ev: inout Evaluator) throws(EvalError) -> [JSONValue] {
        var out: [JSONValue] = []
        var seen = Set<JSONValue>()
        for item in items {
            try ev.charge()
            switch item {
            case .array, .object:
                if !out.contains(where: { JS.deepEqual($0, item, depth: 0) }) { out.append(item) }
            case .number(let d) where d == 0:
                if seen.insert(.number(0)).inserted { out.append(item) }
            default:
                if seen.insert(item).inserted { out.append(item) }
            }
        }
        return out
    }

    static let union = eager("union", .array, Validate.arity(1, .max, .array)) { ev, args throws(EvalError) in
        var all: [JSONValue] = []
        for a in args { all += try list(a, "union") }
        try ev.checkCount(all.count)
        return .array(try distinct(all, &ev))
    }

    static let intersection = eager("intersection", .array, Validate.arity(1, .max, .array)) { ev, args throws(EvalError) in
        var result = try list(args[0], "intersection")
        for a in args {
            let other = try list(a, "intersection")
            try ev.charge(result.count * max(1, other.count) / 8 + 1)
            result = result.filter { e in other.contains { StringFunctions.strictEquals(Value($0), Value(e)) } }
        }
        return .array(try distinct(result, &ev))
    }

    static func countArgument(_ ev: inout Evaluator, _ node: Node, _ index: Int) throws(EvalError) -> Int {
        let v = try ev.eval(node.children[index])
        guard let n = v.integer else { throw fail("\(node.children[index]) is not an integer.") }
        return n
    }

    static let skip = lazy("skip", .array, Validate.order([.array, .number])) { ev, node throws(EvalError) in
        guard case .array(let a) = try ev.eval(node.children[0]) else { throw fail("\(node.children[0]) is not array.") }
        let n = Swift.max(0, try countArgument(&ev, node, 1))
        return .array(n >= a.count ? [] : Array(a[n...]))
    }

    static let take = lazy("take", [.array, .string], Validate.order([[.array, .string], .number])) { ev, node throws(EvalError) in
        let v = try ev.eval(node.children[0])
        switch v {
        case .array(let a):
            let n = Swift.max(0, try countArgument(&ev, node, 1))
            return .array(Array(a.prefix(n)))
        case .string(let s):
            let n = Swift.max(0, try countArgument(&ev, node, 1))
            return .string(String(decoding: Array(s.utf16.prefix(n)), as: UTF16.self))
        default:
            throw fail("\(node.children[0]) is not array or string.")
        }
    }

    static let subArray = lazy("subArray", .array, Validate.order([.array, .number], optional: [.number])) { ev, node throws(EvalError) in
        guard case .array(let a) = try ev.eval(node.children[0]) else { throw fail("\(node.children[0]) is not array.") }
        let start = try countArgument(&ev, node, 1)
        guard start >= 0 && start <= a.count else { throw fail("\(node.children[1])=\(start) which is out of range for the list") }
        var end = a.count
        if node.children.count == 3 {
            end = try countArgument(&ev, node, 2)
            guard end >= 0 && end <= a.count else { throw fail("\(node.children[2])=\(end) which is out of range for the list") }
        }
        return .array(start < end ? Array(a[start..<end]) : [])
    }

    /// JavaScript's `a > b` for the values `sortBy` compares.
    static func jsGreater(_ a: Value, _ b: Value) -> Bool {
        if case .string(let x) = a, case .string(let y) = b { return JS.less(y, x) }
        guard let x = toNumber(a), let y = toNumber(b) else { return false }
        return x > y
    }

    /// `ToNumber` for the relational operators (nil for NaN).
    static func toNumber(_ v: Value) -> Double? {
        switch v {
        case .undefined: return nil
        case .null: return 0
        case .bool(let b): return b ? 1 : 0
        case .number(let d): return d.isNaN ? nil : d
        case .string(let s):
            let t = JS.trim(s)
            if t.isEmpty { return 0 }
            if t.hasPrefix("0x") || t.hasPrefix("0X") { return UInt64(t.dropFirst(2), radix: 16).map(Double.init) }
            if t == "Infinity" || t == "+Infinity" { return .infinity }
            if t == "-Infinity" { return -.infinity }
            guard t.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }) else { return nil }
            return Double(t)
        case .array(let a):
            if a.isEmpty { return 0 }
            if a.count == 1 { return toNumber(Value(a[0])) }
            return nil
        default:
            return nil
        }
    }

    /// `a[key]` in JavaScript (exact member name).
    static func member(_ v: JSONValue, _ key: String) -> Value {
        switch v {
        case .object(let o): return o[key].map(Value.init) ?? .undefined
        case .array(let a):
            if let i = Int(key), i >= 0, i < a.count, String(i) == key { return Value(a[i]) }
            return .undefined
        default: return .undefined
        }
    }

    static func sort(_ name: String, descending: Bool) -> FunctionDefinition {
        lazy(name, .array, Validate.order([.array], optional: [.string])) { ev, node throws(EvalError) in
            guard case .array(let items) = try ev.eval(node.children[0]) else { throw fail("\(node.children[0]) is not an array") }
            try ev.charge(items.count)
            var sorted: [JSONValue]
            if node.children.count == 1 {
                // The default sort: by text, with undefined (here: nothing) last.
                let keyed = items.map { ($0, JS.toString($0)) }
                sorted = stableSorted(keyed) { JS.less($0.1, $1.1) }.map(\.0)
            } else {
                let keyValue = try ev.eval(node.children[1])
                let key = keyValue.isJSTruthy ? JS.toString(keyValue) : ""
                let keyed = items.map { ($0, member($0, key)) }
                sorted = stableSorted(keyed) { jsGreater($1.1, $0.1) }.map(\.0)
            }
            if descending { sorted.reverse() }
            return .array(sorted)
        }
    }

    static let flatten = eager("flatten", .array, Validate.order([.array], optional: [.number])) { ev, args throws(EvalError) in
        guard case .array(var items) = args[0] else { throw fail("flatten: \(args[0].debugText) is not a list.") }
        var depth = 100
        if args.count > 1, let d = args[1].number { depth = d < 1 ? 1 : Int(Swift.min(d, 1000)) }
        for _ in 0..<depth {
            guard items.contains(where: { if case .array = $0 { return true } else { return false } }) else { break }
            var next: [JSONValue] = []
            for item in items {
                try ev.charge()
                if case .array(let inner) = item { next += inner } else { next.append(item) }
            }
            try ev.checkCount(next.count)
            items = next
        }
        return .array(items)
    }

    static let unique = eager("unique", .array, Validate.order([.array])) { ev, args throws(EvalError) in
        .array(try distinct(try list(args[0], "unique"), &ev))
    }

    static let reverse = eager("reverse", [.string, .array], Validate.order([[.string, .array]])) { _, args throws(EvalError) in
        switch args[0] {
        case .string(let s): return .string(String(decoding: Array(s.utf16.reversed()), as: UTF16.self))
        case .array(let a): return .array(a.reversed())
        default: throw fail("\(args[0].debugText) is not a string or list.")
        }
    }

    static let indicesAndValues = eager("indicesAndValues", .array, Validate.unary) { ev, args throws(EvalError) in
        switch args[0] {
        case .array(let a):
            try ev.charge(a.count)
            return .array(a.enumerated().map { .object(["index": .number(Double($0.offset)), "value": $0.element]) })
        case .object(let o):
            try ev.charge(o.count)
            return .array(o.map { .object(["index": .string($0.key), "value": $0.value]) })
        case .null:
            throw fail("indicesAndValues: Cannot convert undefined or null to object")
        default:
            throw fail("indicesAndValues: \(args[0].debugText) is not array or object.")
        }
    }

    /// `convertToList`: a list as is, an object as `{key, value}` pairs.
    static func items(_ v: Value) -> [JSONValue]? {
        switch v {
        case .array(let a): return a
        case .object(let o): return o.map { .object(["key": .string($0.key), "value": $0.value]) }
        case .bytes(let b): return b.map { .number(Double($0)) }
        default: return nil
        }
    }

    static func mapping(_ name: String) -> FunctionDefinition {
        lazy(name, .array, Validate.lambda) { ev, node throws(EvalError) in
            let instance = try ev.eval(node.children[0])
            guard instance.isJSTruthy else { throw fail("'\(node.children[0])' evaluated to null.") }
            guard let list = items(instance) else {
                throw fail("\(node.children[0]) is not a collection or structure object to run Foreach")
            }
            var out: [JSONValue] = []
            out.reserveCapacity(list.count)
            var failure: EvalError? = nil
            try ev.forEachItem(node, list) { _, _, result throws(EvalError) in
                switch result {
                case .success(let v): out.append(v.json); return true
                case .failure(let e): failure = e; return false
                }
            }
            if let failure { throw failure }
            return .array(out)
        }
    }

    static let whereFunction = lazy("where", .array, Validate.lambda) { ev, node throws(EvalError) in
        let instance = try ev.eval(node.children[0])
        if case .null = instance { throw fail("where: Cannot convert undefined or null to object") }
        guard let list = items(instance) else {
            throw fail("\(node.children[0]) is not a collection or structure object to run Where")
        }
        var kept: [JSONValue] = []
        try ev.forEachItem(node, list) { _, item, result throws(EvalError) in
            if case .success(let v) = result, v.isLogicTrue { kept.append(item) }
            return true
        }
        if case .object = instance {
            var o = JSONObject()
            for pair in kept {
                if case .string(let k) = pair["key"] ?? .null { o[k] = pair["value"] ?? .null }
            }
            return .object(o)
        }
        return .array(kept)
    }

    static let any = lazy("any", .boolean, Validate.lambda) { ev, node throws(EvalError) in
        let instance = try ev.eval(node.children[0])
        guard let list = items(instance) else {
            throw fail("\(node.children[0]) is not a collection or structure object to run Any")
        }
        var found = false
        try ev.forEachItem(node, list) { _, _, result throws(EvalError) in
            if case .success(let v) = result, v.isLogicTrue { found = true; return false }
            return true
        }
        return .bool(found)
    }

    static let allFunction = lazy("all", .boolean, Validate.lambda) { ev, node throws(EvalError) in
        let instance = try ev.eval(node.children[0])
        guard let list = items(instance) else {
            throw fail("\(node.children[0]) is not a collection or structure object to run All")
        }
        var everything = true
        try ev.forEachItem(node, list) { _, _, result throws(EvalError) in
            if case .success(let v) = result, v.isLogicTrue { return true }
            everything = false
            return false
        }
        return .bool(everything)
    }
}
