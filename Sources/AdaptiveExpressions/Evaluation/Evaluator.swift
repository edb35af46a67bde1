import JSONTree

/// Evaluates parsed nodes against a memory. One value per evaluation; never shared.
struct Evaluator {
    let context: EvaluationContext
    let limits: ExpressionLimits
    var memory: Memory
    var steps = 0
    /// Whether a missing path becomes the text `${path}` (the template engine's
    /// substitution); functions that test values (`if`, `&&`, comparisons) turn it off for
    /// their conditions.
    var substitute = false
    /// Paths that were missing while `substitute` was on (template warnings).
    var missingPaths: [String] = []
    /// What a missing path becomes under substitution (nil: `${path}`).
    var substitutionText: String? = nil
    var nestedEvaluations = 0
    var random: RandomSource

    init(memory: Memory, context: EvaluationContext, limits: ExpressionLimits) {
        self.memory = memory
        self.context = context
        self.limits = limits
        self.random = RandomSource(seed: context.randomSeed)
    }

    // MARK: - Budget

    @inline(__always)
    mutating func charge(_ n: Int = 1) throws(EvalError) {
        steps &+= n
        if steps > limits.maxSteps {
            throw .budget("evaluation exceeded its budget of \(limits.maxSteps) steps")
        }
    }

    func checkCount(_ n: Int) throws(EvalError) {
        if n > limits.maxCollectionCount {
            throw .budget("result of \(n) items exceeds the limit of \(limits.maxCollectionCount)")
        }
    }

    // MARK: - Evaluation

    mutating func eval(_ node: Node) throws(EvalError) -> Value {
        try charge()
        switch node.kind {
        case .constant(let v):
            return v
        case .memoryPath(let segments):
            let v = memory.value(at: segments[...])
            if v.isUndefined && substitute { return substitution(for: segments.map(\.name).joined(separator: ".")) }
            return v
        case .accessor:
            return try evalAccessor(node)
        case .element:
            return try evalElement(node)
        case .call(let f):
            switch f.implementation {
            case .lazy(let body):
                return try body(&self, node)
            case .sequence(let op):
                var soFar = try eval(node.children[0])
                var i = 1
                while i < node.children.count {
                    let next = try eval(node.children[i])
                    soFar = try op(&self, soFar, next)
                    // Each step copies what it has so far: `concat` of 200,000 short strings
                    // copied 40 GB (4 s) on one evaluation step per argument.
                    try charge(soFar.copyCost)
                    i += 1
                }
                return soFar
            case .eager(let body):
                var args: [Value] = []
                args.reserveCapacity(node.children.count)
                for child in node.children { args.append(try eval(child)) }
                return try body(&self, args)
            case .external(let builtin):
                var args: [JSONValue] = []
                args.reserveCapacity(node.children.count)
                for child in node.children { args.append(try eval(child).json) }
                do {
                    return Value(try builtin.apply(args, context))
                } catch {
                    throw EvalError("\(node): \(error.message)")
                }
            case .unknown:
                throw EvalError("Unknown function \(f.name)")
            }
        }
    }

    /// Evaluates with the template substitution turned off (conditions, comparisons).
    @inline(__always)
    mutating func evalStrict(_ node: Node) throws(EvalError) -> Value {
        if !substitute { return try eval(node) }
        substitute = false
        defer { substitute = true }
        return try eval(node)
    }

    /// Evaluates, turning a failure into nil (for `&&`, `||`, `!` and comparisons, which
    /// swallow errors of their operands).
    mutating func tryEvalStrict(_ node: Node) throws(EvalError) -> Value? {
        do {
            return try evalStrict(node)
        } catch {
            if error.isBudget { throw error }
            return nil
        }
    }

    mutating func substitution(for path: String) -> Value {
        missingPaths.append(path)
        return .string(substitutionText ?? ("${" + path + "}"))
    }

    // MARK: - Accessor and Element

    private enum Piece {
        case member(String)
        case index(String, quoted: Bool)
    }

    /// `a.b`, `a[i].b`, `f(x).b`: the path is accumulated from the outside in; a chain rooted
    /// in memory is looked up there, otherwise in the value of its root expression.
    mutating func evalAccessor(_ node: Node) throws(EvalError) -> Value {
        var pieces: [Piece] = []
        var current: Node? = node
        var left: Node? = nil
        while let n = current {
            switch n.kind {
            case .accessor(let name):
                pieces.append(.member(name))
                current = n.children.count == 2 ? n.children[1] : nil
            case .memoryPath(let segments):
                for s in segments.reversed() { pieces.append(.member(s.name)) }
                current = nil
            case .element:
                let v = try eval(n.children[1])
                switch v {
                case .string(let s) where JS.parseInt(s) == nil:
                    pieces.append(.index(s, quoted: true))
                default:
                    if let d = numericIndex(v) {
                        pieces.append(.index(d, quoted: false))
                    } else {
                        throw EvalError("\(n.children[1]) doesn't return an int or string")
                    }
                }
                current = n.children[0]
            default:
                left = n
                current = nil
            }
        }
        pieces.reverse()
        var segments: [PathSegment] = []
        segments.reserveCapacity(pieces.count)
        for p in pieces {
            switch p {
            case .member(let name):
                if PathSegment.needsSplitting(name) { segments += PathSegment.split(name) } else { segments.append(PathSegment(name)) }
            case .index(let text, let quoted):
                segments += PathSegment.split(quoted ? "'" + text + "'" : text)
            }
        }
        let value: Value
        if let left {
            let scope = try eval(left)
            value = segments.isEmpty ? .undefined : Access.resolve(scope, segments[...])
        } else {
            value = segments.isEmpty ? .undefined : memory.value(at: segments[...])
        }
        if value.isUndefined && substitute {
            var path = ""
            for (i, p) in pieces.enumerated() {
                switch p {
                case .member(let name): path += (i > 0 ? "." : "") + name
                case .index(let text, let quoted): path += quoted ? "['" + text + "']" : "[" + text + "]"
                }
            }
            return substitution(for: path)
        }
        return value
    }

    /// The text of an index that JavaScript's `parseInt` reads as a number.
    private func numericIndex(_ v: Value) -> String? {
        switch v {
        case .number(let d):
            return JS.parseInt(JSNumber.format(d)) != nil ? JSNumber.format(d) : nil
        case .string(let s):
            return JS.parseInt(s) != nil ? s : nil
        case .array:
            let text = JS.toString(v)
            return JS.parseInt(text) != nil ? text : nil
        default:
            return nil
        }
    }

    /// `list[i]` / `object['name']` when not part of a memory path.
    mutating func evalElement(_ node: Node) throws(EvalError) -> Value {
        let instance = try eval(node.children[0])
        let index = try evalStrict(node.children[1])
        if let i = index.integer {
            switch instance {
            case .undefined, .null:
                return .undefined
            case .array(let a):
                guard i >= 0 && i < a.count else {
                    throw EvalError("\(i) is out of range for \(JS.toString(instance))")
                }
                return Value(a[i])
            default:
                throw EvalError("\(JS.toString(instance)) is not a collection.")
            }
        }
        if case .string(let s) = index {
            guard instance.isJSTruthy else { return .undefined }
            return Access.property(instance, s)
        }
        throw EvalError("Could not coerce \(node.children[1]) to an int or string.")
    }

    // MARK: - Lambdas

    /// Runs `body` once per item with the iterator bound; the callback decides whether to go on.
    mutating func forEachItem(
        _ node: Node, _ list: [JSONValue],
        _ callback: (inout Evaluator, JSONValue, Result<Value, EvalError>) throws(EvalError) -> Bool
    )
        throws(EvalError)
    {
        guard let name = node.children[1].simpleAccessorName else { return }
        let body = node.children[2]
        for item in list {
            try charge()
            memory.locals.append((name, Value(item)))
            let result: Result<Value, EvalError>
            do {
                result = .success(try eval(body))
            } catch {
                memory.locals.removeLast()
                if error.isBudget { throw error }
                if try !callback(&self, item, .failure(error)) { return }
                continue
            }
            memory.locals.removeLast()
            if try !callback(&self, item, result) { return }
        }
    }
}

/// `rand` and `newGuid`: the system generator, or a fixed sequence when the context has a
/// seed (reproducible builds and tests).
struct RandomSource {
    private var state: UInt64?

    init(seed: UInt64?) { state = seed }

    mutating func next() -> UInt64 {
        guard var s = state else {
            var g = SystemRandomNumberGenerator()
            return g.next()
        }
        // SplitMix64.
        s &+= 0x9E37_79B9_7F4A_7C15
        state = s
        var z = s
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `lower..<upper` (upper > lower).
    mutating func next(in lower: Int, _ upper: Int) -> Int {
        let span = UInt64(upper - lower)
        return lower + Int(next() % span)
    }
}
