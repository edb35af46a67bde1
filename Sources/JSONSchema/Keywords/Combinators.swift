import JSONTree

extension Evaluator {
    /// `allOf`, `anyOf`, `oneOf`, `not`, `if`/`then`/`else`.
    mutating func checkCombinator(_ k: CompiledKeyword, _ n: Int, _ instance: SourceNode, _ ann: inout Annotations?) -> Bool {
        switch k.check {
        case .allOf(let branches):
            var ok = true
            for (i, b) in branches.enumerated() {
                keywordPath.append(.index(i))
                let passed = evaluate(b, instance, &ann)
                keywordPath.removeLast()
                if !passed { ok = false; if !collect { return false } }
            }
            return ok
        case .anyOf(let branches):
            let matches = quietly { ev in ev.matchingBranches(branches, instance, &ann, stopAfter: ann == nil ? 1 : nil) }
            return !matches.isEmpty || failBranches(k, n, instance, branches)
        case .oneOf(let branches):
            var found: Annotations? = ann == nil ? nil : Annotations()
            let matches = quietly { ev in ev.matchingBranches(branches, instance, &found, stopAfter: 2) }
            if matches.count == 1 {
                if let found { ann?.merge(found) }
                return true
            }
            if matches.isEmpty { return failBranches(k, n, instance, branches) }
            return fail(k, n, instance, "matches alternatives \(matches[0]) and \(matches[1]) of oneOf; exactly one must match")
        case .not(let schema):
            let matched = quietly { ev in ev.passes(schema, instance) }
            return !matched || fail(k, n, instance, "must not match the schema in \"not\"")
        case .ifThenElse(let condition, let then, let otherwise):
            if then == nil && otherwise == nil && ann == nil { return true }
            var found: Annotations? = ann == nil ? nil : Annotations()
            let holds = quietly { ev in ev.evaluate(condition, instance, &found) }
            if holds, let found { ann?.merge(found) }
            guard let branch = holds ? then : otherwise else { return true }
            keywordPath[keywordPath.count - 1] = .key(holds ? "then" : "else")
            defer { keywordPath[keywordPath.count - 1] = .key(k.name) }
            return evaluate(branch, instance, &ann)
        default:
            return true
        }
    }

    /// The indexes of the branches `instance` passes (up to `stopAfter`), merging the
    /// annotations of those that pass into `ann`.
    private mutating func matchingBranches(
        _ branches: [Int], _ instance: SourceNode, _ ann: inout Annotations?,
        stopAfter: Int?
    ) -> [Int] {
        var matches: [Int] = []
        for (i, b) in branches.enumerated() {
            var found: Annotations? = ann == nil ? nil : Annotations()
            if evaluate(b, instance, &found) {
                matches.append(i)
                if let found { ann?.merge(found) }
                if let stopAfter, matches.count >= stopAfter { break }
            }
        }
        return matches
    }

    // MARK: - The closest branch

    /// No branch of an `anyOf`/`oneOf` matched: report one cause, not every branch's errors.
    /// When every branch wants another type, one error lists the types; otherwise the errors
    /// of the branch that came closest: one whose type fits and whose discriminating
    /// `const`/`enum` properties match, then the one with the fewest errors.
    private mutating func failBranches(_ k: CompiledKeyword, _ n: Int, _ instance: SourceNode, _ branches: [Int]) -> Bool {
        guard collect else { return false }
        let here = Pointer.render(instancePath)
        var best: (rank: Int, count: Int, errors: [SchemaError])? = nil
        var allWrongType = true
        for (i, b) in branches.enumerated() {
            let start = errors.count
            keywordPath.append(.index(i))
            _ = passes(b, instance)
            keywordPath.removeLast()
            let found = Array(errors[start...])
            errors.removeSubrange(start...)
            let rank = Evaluator.distance(found, at: here)
            if rank < 2 { allWrongType = false }
            if let current = best, (current.rank, current.count) <= (rank, found.count) { continue }
            best = (rank, found.count, found)
        }
        if allWrongType, let types = expectedTypes(branches) {
            return fail(k, n, instance, "expected \(Describe.types(types)); got \(Describe.typeName(of: instance))")
        }
        guard let best, !best.errors.isEmpty else {
            return fail(k, n, instance, "matches none of the alternatives of \(k.name)")
        }
        errors += best.errors
        return false
    }

    /// 2: the branch wants another type for the value itself (or is `false`); 1: a property
    /// of the value fails `const` or `enum` (a discriminator); 0: a closer miss.
    private static func distance(_ errors: [SchemaError], at here: String) -> Int {
        var rank = 0
        for e in errors {
            if e.instancePath == here && (e.keyword == "type" || e.message.hasPrefix("no value is allowed")) {
                return 2
            }
            if e.keyword == "const" || e.keyword == "enum", e.instancePath.hasPrefix(here + "/"),
                !e.instancePath.dropFirst(here.count + 1).contains("/")
            {
                rank = 1
            }
        }
        return rank
    }

    /// The union of the `type`s of the branches (following `$ref`s); nil when a branch has none.
    private func expectedTypes(_ branches: [Int]) -> TypeSet? {
        var union: TypeSet = []
        for b in branches {
            guard let t = declaredType(b, hops: 8) else { return nil }
            union.formUnion(t)
        }
        return union
    }

    private func declaredType(_ n: Int, hops: Int) -> TypeSet? {
        guard hops > 0 else { return nil }
        let node = schema.nodes[n]
        if node.boolean == false { return [] }
        for k in node.keywords {
            if case .type(let t) = k.check { return t }
        }
        for k in node.keywords {
            if case .ref(let target) = k.check { return declaredType(target, hops: hops - 1) }
        }
        return nil
    }
}
