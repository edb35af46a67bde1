import JSONTree

/// What in-place subschemas evaluated of an object or array, for `unevaluatedProperties` and
/// `unevaluatedItems` (the 2020-12 annotations). Collected only under a node that has one.
struct Annotations {
    var properties: Set<String> = []
    var allProperties = false
    /// Items `0..<itemsUpTo` were evaluated.
    var itemsUpTo = 0
    var allItems = false
    /// Items `contains` matched.
    var items: Set<Int> = []

    mutating func merge(_ other: Annotations) {
        properties.formUnion(other.properties)
        allProperties = allProperties || other.allProperties
        itemsUpTo = max(itemsUpTo, other.itemsUpTo)
        allItems = allItems || other.allItems
        items.formUnion(other.items)
    }

    func evaluated(property: String) -> Bool { allProperties || properties.contains(property) }
    func evaluated(item: Int) -> Bool { allItems || item < itemsUpTo || items.contains(item) }
}

/// One validation of one instance: walks the node graph, keeping the instance path, the
/// keyword path and the dynamic scope. In `collect` mode every failure becomes a
/// `SchemaError`; otherwise the first failure ends the evaluation of a node (used to decide
/// `anyOf`, `oneOf`, `not`, `if` and `contains`, whose failures are not themselves reported).
struct Evaluator {
    let schema: CompiledSchema
    let options: ValidationOptions
    var collect: Bool
    var errors: [SchemaError] = []
    var instancePath: [PathToken] = []
    var keywordPath: [PathToken] = []
    var dynamicScope: [Int] = []
    /// `$ref` targets being evaluated, with the instance depth: the same target again at the
    /// same depth is a loop that consumes nothing.
    var activeReferences: [(node: Int, depth: Int)] = []
    var depth = 0
    /// The stack address evaluation must stay above (see `StackGuard`); when it cannot be
    /// known, `maxDepth` nested nodes are allowed instead.
    let stackLimit: UInt?
    /// Evaluation stopped because the stack ran short.
    var stackExhausted = false

    static let maxDepth = 1_500

    init(schema: CompiledSchema, options: ValidationOptions, collect: Bool) {
        self.schema = schema
        self.options = options
        self.collect = collect
        stackLimit = StackGuard.limit()
    }

    /// Evaluates node `n` against `instance`. When `annotations` is not nil, what the node
    /// evaluated is added to it (whether or not the node passed: callers that tolerate a
    /// failing subschema pass a fresh value and merge it only on success).
    mutating func evaluate(_ n: Int, _ instance: SourceNode, _ annotations: inout Annotations?) -> Bool {
        let node = schema.nodes[n]
        if let b = node.boolean {
            return b || failFalse(n, instance)
        }
        depth += 1
        defer { depth -= 1 }
        if let stackLimit, StackGuard.here() < stackLimit {
            stackExhausted = true
            return failTooDeep(n, instance)
        } else if stackLimit == nil, depth > Evaluator.maxDepth {
            return failTooDeep(n, instance)
        }
        let entered = dynamicScope.last != node.resource
        if entered { dynamicScope.append(node.resource) }
        defer { if entered { dynamicScope.removeLast() } }
        var local: Annotations? = annotations != nil || node.collectsAnnotations ? Annotations() : nil
        var valid = true
        for k in node.keywords {
            keywordPath.append(.key(k.name))
            let ok = check(k, n, instance, &local)
            keywordPath.removeLast()
            if !ok {
                valid = false
                // One cause, one error: a value of the wrong type fails nothing else worth saying.
                if !collect { break }
                if case .type = k.check { break }
            }
        }
        if annotations != nil, let local { annotations?.merge(local) }
        return valid
    }

    /// Evaluates `n` against the child `instance` at `token` of the current instance.
    mutating func evaluate(_ n: Int, child instance: SourceNode, at token: PathToken, _ annotations: inout Annotations?) -> Bool {
        instancePath.append(token)
        defer { instancePath.removeLast() }
        return evaluate(n, instance, &annotations)
    }

    /// `evaluate` without annotations.
    mutating func passes(_ n: Int, _ instance: SourceNode) -> Bool {
        var none: Annotations? = nil
        return evaluate(n, instance, &none)
    }

    mutating func passes(_ n: Int, child instance: SourceNode, at token: PathToken) -> Bool {
        var none: Annotations? = nil
        return evaluate(n, child: instance, at: token, &none)
    }

    /// Runs `body` in fast mode (no errors recorded), restoring the mode after.
    mutating func quietly<T>(_ body: (inout Evaluator) -> T) -> T {
        let saved = collect
        collect = false
        defer { collect = saved }
        return body(&self)
    }

    // MARK: - Reporting

    /// Records a failure of keyword `k` of node `n` (in collect mode) and returns false.
    /// `member` extends the instance path (a property named in the message); `location`
    /// overrides the instance's own position.
    @discardableResult
    mutating func fail(
        _ k: CompiledKeyword, _ n: Int, _ instance: SourceNode, _ message: @autoclosure () -> String,
        at location: SourceLocation? = nil, member: PathToken? = nil
    ) -> Bool {
        guard collect else { return false }
        let node = schema.nodes[n]
        var path = Pointer.render(instancePath)
        if let member { path += "/" + member.text }
        errors.append(
            SchemaError(
                location: location ?? instance.location, instancePath: path, keyword: k.name,
                keywordLocation: Pointer.render(keywordPath),
                absoluteKeywordLocation: schema.documentURIs[node.document] + "#" + Pointer.appending(node.pointer, k.name),
                schemaLocation: k.location, message: message()))
        return false
    }

    /// A `false` schema reached: nothing is allowed here.
    private mutating func failFalse(_ n: Int, _ instance: SourceNode) -> Bool {
        guard collect else { return false }
        let node = schema.nodes[n]
        let keyword: String
        if case .key(let name)? = keywordPath.last(where: { if case .key = $0 { return true } else { return false } }) {
            keyword = name
        } else {
            keyword = "false"
        }
        errors.append(
            SchemaError(
                location: instance.location, instancePath: Pointer.render(instancePath), keyword: keyword,
                keywordLocation: Pointer.render(keywordPath),
                absoluteKeywordLocation: schema.documentURIs[node.document] + "#" + node.pointer,
                schemaLocation: node.location, message: "no value is allowed here (the schema is false)"))
        return false
    }

    private mutating func failTooDeep(_ n: Int, _ instance: SourceNode) -> Bool {
        guard collect else { return false }
        let node = schema.nodes[n]
        errors.append(
            SchemaError(
                location: instance.location, instancePath: Pointer.render(instancePath), keyword: "$ref",
                keywordLocation: Pointer.render(keywordPath),
                absoluteKeywordLocation: schema.documentURIs[node.document] + "#" + node.pointer,
                schemaLocation: node.location,
                message: "the instance and the schema nest too deeply here to be checked"))
        return false
    }
}
