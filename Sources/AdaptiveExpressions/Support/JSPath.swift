import JSONTree

/// The JSPath language `jPath` evaluates (`.automobiles{.maker === "Honda"}.model`):
/// location steps (`.name`, `..name`, `.*`, `."quoted"`), object predicates with
/// comparison, string, logical and arithmetic operators, and positional predicates.
enum JSPath {
    struct PathError: Error, Sendable { var message: String }

    indirect enum Expr {
        case path(Path)
        case literal(JSONValue)
        case unary(String, Expr)
        case binary(String, Expr, Expr)
    }

    enum Predicate {
        case object(Expr)
        case index(Int)
        case slice(Int?, Int?)
    }

    struct Step {
        enum Kind { case child, descendant, current }
        var kind: Kind
        var name: String?  // nil = wildcard (or the context itself for `current`)
        var alternatives: [Path]?
        var predicates: [Predicate] = []
    }

    struct Path {
        var fromRoot = false
        var steps: [Step] = []
    }

    /// Applies `path` to `document`; an array of matches, or the single item when the path
    /// ends with an exact positional predicate (`[0]`), nil for `undefined`.
    static func evaluate(_ path: String, on document: JSONValue, budget: inout Int) throws(PathError) -> Value {
        var parser = PathParser(Array(path.utf8))
        let parsed = try parser.parseTop()
        var context = Context(root: document, budget: budget)
        let result = try context.apply(parsed, to: [document])
        budget = context.budget
        if case .index? = parsed.steps.last?.predicates.last {
            return result.first.map(Value.init) ?? .undefined
        }
        return .array(result)
    }

    fileprivate struct Context {
        let root: JSONValue
        var budget: Int

        mutating func charge() throws(PathError) {
            budget -= 1
            if budget < 0 { throw PathError(message: "evaluation budget exceeded") }
        }

        mutating func apply(_ path: Path, to items: [JSONValue]) throws(PathError) -> [JSONValue] {
            var current = path.fromRoot ? [root] : items
            for step in path.steps {
                var next: [JSONValue] = []
                if let alternatives = step.alternatives {
                    for alt in alternatives { next += try apply(alt, to: current) }
                } else {
                    switch step.kind {
                    case .current:
                        next = current
                    case .child:
                        for item in current { try children(of: item, named: step.name, into: &next) }
                    case .descendant:
                        for item in current { try descendants(of: item, named: step.name, into: &next, depth: 0) }
                    }
                }
                for predicate in step.predicates {
                    switch predicate {
                    case .object(let expr):
                        var kept: [JSONValue] = []
                        for item in next where truthy(try eval(expr, item)) { kept.append(item) }
                        next = kept
                    case .index(let i):
                        let j = i < 0 ? next.count + i : i
                        next = j >= 0 && j < next.count ? [next[j]] : []
                    case .slice(let a, let b):
                        let n = next.count
                        var lo = a ?? 0, hi = b ?? n
                        if lo < 0 { lo = max(0, n + lo) }
                        if hi < 0 { hi = max(0, n + hi) }
                        lo = min(lo, n); hi = min(hi, n)
                        next = lo < hi ? Array(next[lo..<hi]) : []
                    }
                }
                current = next
            }
            return current
        }

        private mutating func add(_ v: JSONValue, into out: inout [JSONValue]) throws(PathError) {
            try charge()
            if case .array(let items) = v { out += items } else { out.append(v) }
        }

        private mutating func children(of item: JSONValue, named name: String?, into out: inout [JSONValue]) throws(PathError) {
            guard case .object(let o) = item else { return }
            if let name {
                if let v = o[name] { try add(v, into: &out) }
            } else {
                for (_, v) in o { try add(v, into: &out) }
            }
        }

        private mutating func descendants(of item: JSONValue, named name: String?, into out: inout [JSONValue], depth: Int) throws(PathError) {
            guard depth < 600 else { return }
            try charge()
            switch item {
            case .object(let o):
                for (k, v) in o {
                    if name == nil || name == k { try add(v, into: &out) }
                    try descendants(of: v, named: name, into: &out, depth: depth + 1)
                }
            case .array(let a):
                for v in a { try descendants(of: v, named: name, into: &out, depth: depth + 1) }
            default:
                break
            }
        }

        /// A predicate value: a list (from a subpath) or a single primitive.
        enum PValue { case list([JSONValue]), single(JSONValue) }

        func truthy(_ v: PValue) -> Bool {
            switch v {
            case .list(let a): return !a.isEmpty
            case .single(let s): return Value(s).isJSTruthy
            }
        }

        mutating func eval(_ e: Expr, _ item: JSONValue) throws(PathError) -> PValue {
            try charge()
            switch e {
            case .literal(let v): return .single(v)
            case .path(let p): return .list(try apply(p, to: [item]))
            case .unary(let op, let x):
                let v = try eval(x, item)
                if op == "!" { return .single(.bool(!truthy(v))) }
                guard case .single(let s) = v, let d = CollectionFunctions.toNumber(Value(s)) else { return .single(.number(.nan)) }
                return .single(.number(-d))
            case .binary(let op, let l, let r):
                if op == "&&" {
                    let a = try eval(l, item)
                    return truthy(a) ? .single(.bool(truthy(try eval(r, item)))) : .single(.bool(false))
                }
                if op == "||" {
                    let a = try eval(l, item)
                    return truthy(a) ? .single(.bool(true)) : .single(.bool(truthy(try eval(r, item))))
                }
                let a = try eval(l, item), b = try eval(r, item)
                if ["+", "-", "*", "/", "%"].contains(op) {
                    guard case .single(let x) = a, case .single(let y) = b else { return .single(.number(.nan)) }
                    return .single(arithmetic(op, x, y))
                }
                let left: [JSONValue], right: [JSONValue]
                switch a {
                case .list(let x): left = x;
                case .single(let x): left = [x]
                }
                switch b {
                case .list(let x): right = x;
                case .single(let x): right = [x]
                }
                for x in left { for y in right where compare(op, x, y) { return .single(.bool(true)) } }
                return .single(.bool(false))
            }
        }

        func arithmetic(_ op: String, _ x: JSONValue, _ y: JSONValue) -> JSONValue {
            if op == "+", case .string(let s) = x { return .string(s + JS.toString(y)) }
            if op == "+", case .string(let s) = y { return .string(JS.toString(x) + s) }
            let a = CollectionFunctions.toNumber(Value(x)) ?? .nan, b = CollectionFunctions.toNumber(Value(y)) ?? .nan
            switch op {
            case "+": return .number(a + b)
            case "-": return .number(a - b)
            case "*": return .number(a * b)
            case "/": return .number(a / b)
            default: return .number(a.truncatingRemainder(dividingBy: b))
            }
        }

        func compare(_ op: String, _ x: JSONValue, _ y: JSONValue) -> Bool {
            let sx = x.stringValue, sy = y.stringValue
            switch op {
            case "===": return strictEqual(x, y)
            case "!==": return !strictEqual(x, y)
            case "==":
                if let sx, let sy { return JS.sameText(sx.lowercased(), sy.lowercased()) }
                return looseEqual(x, y)
            case "!=":
                if let sx, let sy { return !JS.sameText(sx.lowercased(), sy.lowercased()) }
                return !looseEqual(x, y)
            case "^==": return sx != nil && sy != nil && sx!.hasPrefix(sy!)
            case "^=": return sx != nil && sy != nil && sx!.lowercased().hasPrefix(sy!.lowercased())
            case "$==": return sx != nil && sy != nil && sx!.hasSuffix(sy!)
            case "$=": return sx != nil && sy != nil && sx!.lowercased().hasSuffix(sy!.lowercased())
            case "*==": return sx != nil && sy != nil && (sy!.isEmpty || sx!.contains(sy!))
            case "*=": return sx != nil && sy != nil && (sy!.isEmpty || sx!.lowercased().contains(sy!.lowercased()))
            default:
                let ordered: Bool?
                if let sx, let sy {
                    ordered = nil
                    switch op {
                    case "<": return JS.less(sx, sy)
                    case ">": return JS.less(sy, sx)
                    case "<=": return !JS.less(sy, sx)
                    default: return !JS.less(sx, sy)
                    }
                } else {
                    ordered = nil
                }
                _ = ordered
                guard let a = CollectionFunctions.toNumber(Value(x)), let b = CollectionFunctions.toNumber(Value(y)) else { return false }
                switch op {
                case "<": return a < b
                case ">": return a > b
                case "<=": return a <= b
                default: return a >= b
                }
            }
        }

        func strictEqual(_ x: JSONValue, _ y: JSONValue) -> Bool {
            switch (x, y) {
            case (.number(let a), .number(let b)): return a == b
            case (.string(let a), .string(let b)): return JS.sameText(a, b)
            case (.bool(let a), .bool(let b)): return a == b
            case (.null, .null): return true
            default: return false
            }
        }

        func looseEqual(_ x: JSONValue, _ y: JSONValue) -> Bool {
            if strictEqual(x, y) { return true }
            switch (x, y) {
            case (.null, _), (_, .null): return false
            case (.array, _), (.object, _), (_, .array), (_, .object): return false
            default:
                guard let a = CollectionFunctions.toNumber(Value(x)), let b = CollectionFunctions.toNumber(Value(y)) else { return false }
                return a == b
            }
        }
    }
}

/// Parses JSPath text.
private struct PathParser {
    let b: [UInt8]
    var i = 0
    var depth = 0

    init(_ bytes: [UInt8]) { b = bytes }

    func error(_ m: String) -> JSPath.PathError { JSPath.PathError(message: "\(m) at position \(i)") }

    mutating func skipSpaces() { while i < b.count && (b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D) { i += 1 } }

    mutating func parseTop() throws(JSPath.PathError) -> JSPath.Path {
        skipSpaces()
        let p = try path()
        skipSpaces()
        guard i == b.count else { throw error("Unexpected \"\(String(decoding: b[i...], as: UTF8.self))\"") }
        guard !p.steps.isEmpty || p.fromRoot else { throw error("Unexpected end of path") }
        return p
    }

    mutating func path() throws(JSPath.PathError) -> JSPath.Path {
        depth += 1
        defer { depth -= 1 }
        guard depth < 64 else { throw error("nested too deeply") }
        var p = JSPath.Path()
        if i < b.count && b[i] == 0x5E { p.fromRoot = true; i += 1 }
        while i < b.count {
            if b[i] == 0x2E {
                var step: JSPath.Step
                if i + 1 < b.count && b[i + 1] == 0x2E {
                    i += 2
                    step = JSPath.Step(kind: .descendant)
                } else {
                    i += 1
                    step = JSPath.Step(kind: .child)
                }
                if i < b.count && b[i] == 0x2A {
                    i += 1
                    step.name = nil
                } else if i < b.count && b[i] == 0x22 {
                    step.name = try quoted()
                } else if let name = identifier() {
                    step.name = name
                } else if step.kind == .child {
                    step.kind = .current
                } else {
                    throw error("Expected a property name")
                }
                step.predicates = try predicates()
                p.steps.append(step)
            } else if b[i] == 0x28 {
                i += 1
                var alts: [JSPath.Path] = []
                while true {
                    skipSpaces()
                    alts.append(try path())
                    skipSpaces()
                    if i < b.count && b[i] == 0x7C { i += 1; continue }
                    guard i < b.count && b[i] == 0x29 else { throw error("Expected )") }
                    i += 1
                    break
                }
                var step = JSPath.Step(kind: .current)
                step.alternatives = alts
                step.predicates = try predicates()
                p.steps.append(step)
            } else {
                break
            }
        }
        return p
    }

    mutating func identifier() -> String? {
        let start = i
        while i < b.count {
            let c = b[i]
            let ok = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x24 || c == 0x2D || c >= 0x80
            if !ok { break }
            i += 1
        }
        return i > start ? String(decoding: b[start..<i], as: UTF8.self) : nil
    }

    mutating func quoted() throws(JSPath.PathError) -> String {
        i += 1
        var out: [UInt8] = []
        while i < b.count && b[i] != 0x22 {
            if b[i] == 0x5C && i + 1 < b.count { i += 1 }
            out.append(b[i])
            i += 1
        }
        guard i < b.count else { throw error("Unterminated string") }
        i += 1
        return String(decoding: out, as: UTF8.self)
    }

    mutating func integer() -> Int? {
        skipSpaces()
        let start = i
        if i < b.count && b[i] == 0x2D { i += 1 }
        while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
        guard i > start, let v = Int(String(decoding: b[start..<i], as: UTF8.self)) else { i = start; return nil }
        skipSpaces()
        return v
    }

    mutating func predicates() throws(JSPath.PathError) -> [JSPath.Predicate] {
        var out: [JSPath.Predicate] = []
        while i < b.count {
            if b[i] == 0x7B {
                i += 1
                skipSpaces()
                let e = try expression(0)
                skipSpaces()
                guard i < b.count && b[i] == 0x7D else { throw error("Expected }") }
                i += 1
                out.append(.object(e))
            } else if b[i] == 0x5B {
                i += 1
                let a = integer()
                if i < b.count && b[i] == 0x3A {
                    i += 1
                    let c = integer()
                    guard i < b.count && b[i] == 0x5D else { throw error("Expected ]") }
                    i += 1
                    out.append(.slice(a, c))
                } else {
                    guard let a, i < b.count && b[i] == 0x5D else { throw error("Expected ]") }
                    i += 1
                    out.append(.index(a))
                }
            } else {
                break
            }
        }
        return out
    }

    static let operators: [(String, Int)] = [
        ("===", 5), ("!==", 5), ("^==", 5), ("$==", 5), ("*==", 5), ("==", 5), ("!=", 5), ("^=", 5), ("$=", 5), ("*=", 5),
        ("<=", 4), (">=", 4), ("<", 4), (">", 4), ("&&", 6), ("||", 7), ("+", 3), ("-", 3), ("*", 2), ("/", 2), ("%", 2)
    ]

    mutating func peekOperator() -> (String, Int)? {
        skipSpaces()
        for (op, prec) in PathParser.operators {
            let u = Array(op.utf8)
            if i + u.count <= b.count && Array(b[i..<(i + u.count)]) == u { return (op, prec) }
        }
        return nil
    }

    /// Precedence climbing; lower numbers bind tighter (as in the documentation table).
    mutating func expression(_ depthLevel: Int) throws(JSPath.PathError) -> JSPath.Expr {
        depth += 1
        defer { depth -= 1 }
        guard depth < 64 else { throw error("nested too deeply") }
        return try binary(7)
    }

    mutating func binary(_ maxLevel: Int) throws(JSPath.PathError) -> JSPath.Expr {
        var left = try unary()
        while let (op, level) = peekOperator(), level <= maxLevel {
            i += op.utf8.count
            skipSpaces()
            let right = try binary(level - 1)
            left = .binary(op, left, right)
        }
        return left
    }

    mutating func unary() throws(JSPath.PathError) -> JSPath.Expr {
        skipSpaces()
        guard i < b.count else { throw error("Unexpected end of path") }
        let c = b[i]
        if c == 0x21 { i += 1; return .unary("!", try unary()) }
        if c == 0x2D, i + 1 < b.count, !(b[i + 1] >= 0x30 && b[i + 1] <= 0x39) { i += 1; return .unary("-", try unary()) }
        if c == 0x28 {
            // A parenthesised expression (or alternatives of paths, which start with a dot).
            let save = i
            i += 1
            skipSpaces()
            if i < b.count && b[i] != 0x2E && b[i] != 0x5E {
                let e = try expression(0)
                skipSpaces()
                guard i < b.count && b[i] == 0x29 else { throw error("Expected )") }
                i += 1
                return e
            }
            i = save
            return .path(try path())
        }
        if c == 0x2E || c == 0x5E { return .path(try path()) }
        if c == 0x22 { return .literal(.string(try quoted())) }
        if c == 0x2D || (c >= 0x30 && c <= 0x39) {
            let start = i
            i += 1
            while i < b.count && ((b[i] >= 0x30 && b[i] <= 0x39) || b[i] == 0x2E || b[i] == 0x65 || b[i] == 0x45) { i += 1 }
            guard let d = Double(String(decoding: b[start..<i], as: UTF8.self)) else { throw error("Invalid number") }
            return .literal(.number(d))
        }
        if let word = identifier() {
            switch word {
            case "true": return .literal(.bool(true))
            case "false": return .literal(.bool(false))
            case "null": return .literal(.null)
            default: throw error("Unexpected \"\(word)\"")
            }
        }
        throw error("Unexpected character")
    }
}
