import JSONTree

extension Evaluator {
    /// `items`, `prefixItems`, `additionalItems`, `contains`, `maxItems`, `minItems`,
    /// `uniqueItems`, `unevaluatedItems`: only arrays are checked.
    mutating func checkArray(_ k: CompiledKeyword, _ n: Int, _ instance: SourceNode, _ ann: inout Annotations?) -> Bool {
        guard case .array(let items) = instance.value else { return true }
        switch k.check {
        case .items(let schema, let from):
            return checkItems(k, n, instance, items, schema: schema, from: from, &ann)
        case .prefixItems(let schemas):
            var ok = true
            for (i, item) in items.prefix(schemas.count).enumerated() {
                keywordPath.append(.index(i))
                let passed = passes(schemas[i], child: item, at: .index(i))
                keywordPath.removeLast()
                if !passed { ok = false; if !collect { return false } }
            }
            let evaluated = min(items.count, schemas.count)
            if let before = ann?.itemsUpTo, before < evaluated { ann?.itemsUpTo = evaluated }
            return ok
        case .contains(let schema, let min, let max):
            return checkContains(k, n, instance, items, schema: schema, min: min, max: max, &ann)
        case .maxItems(let max):
            return items.count <= max || fail(k, n, instance, "more than \(Describe.count(max, "item")) (\(items.count))")
        case .minItems(let min):
            return items.count >= min || fail(k, n, instance, "fewer than \(Describe.count(min, "item")) (\(items.count))")
        case .uniqueItems:
            return checkUnique(k, n, items)
        case .unevaluatedItems(let schema):
            let seen = ann ?? Annotations()
            let indexes = items.indices.filter { !seen.evaluated(item: $0) }
            ann?.allItems = true
            return checkRest(k, n, instance, items, indexes: indexes, schema: schema, why: "unevaluatedItems is false")
        default:
            return true
        }
    }

    private mutating func checkItems(
        _ k: CompiledKeyword, _ n: Int, _ instance: SourceNode, _ items: [SourceNode],
        schema: Int, from: Int, _ ann: inout Annotations?
    ) -> Bool {
        guard items.count > from else { return true }
        ann?.allItems = true
        let why = k.name == "additionalItems" ? "additionalItems is false" : "items is false"
        return checkRest(k, n, instance, items, indexes: Array(from..<items.count), schema: schema, why: why)
    }

    /// Applies `schema` to the items at `indexes`; a `false` schema reports the first extra item once.
    private mutating func checkRest(
        _ k: CompiledKeyword, _ n: Int, _ instance: SourceNode, _ items: [SourceNode],
        indexes: [Int], schema: Int, why: String
    ) -> Bool {
        guard let first = indexes.first else { return true }
        if self.schema.nodes[schema].boolean == false {
            let allowed = first
            return fail(
                k, n, items[first], "item \(first) is not allowed (\(why); \(Describe.count(allowed, "item")) at most)",
                member: .index(first))
        }
        var ok = true
        for i in indexes where !passes(schema, child: items[i], at: .index(i)) {
            ok = false
            if !collect { return false }
        }
        return ok
    }

    private mutating func checkContains(
        _ k: CompiledKeyword, _ n: Int, _ instance: SourceNode, _ items: [SourceNode],
        schema: Int, min: Int, max: Int?, _ ann: inout Annotations?
    ) -> Bool {
        var matched: [Int] = []
        quietly { ev in
            for (i, item) in items.enumerated() where ev.passes(schema, child: item, at: .index(i)) {
                matched.append(i)
                if ann == nil && max == nil && matched.count >= min { break }
            }
        }
        if ann != nil { ann?.items.formUnion(matched) }
        if matched.count < min {
            if min == 1 { return fail(k, n, instance, "no item matches the schema in \"contains\"") }
            return fail(k, n, instance, "\(Describe.count(matched.count, "item")) match the schema in \"contains\"; at least \(min) must")
        }
        if let max, matched.count > max {
            return fail(k, n, instance, "\(Describe.count(matched.count, "item")) match the schema in \"contains\"; at most \(max) may")
        }
        return true
    }

    private mutating func checkUnique(_ k: CompiledKeyword, _ n: Int, _ items: [SourceNode]) -> Bool {
        var seen: [ExactJSON: Int] = [:]
        for (i, item) in items.enumerated() {
            let v = ExactJSON(value: item.jsonValue)
            if let first = seen[v] {
                return fail(k, n, item, "items \(first) and \(i) are equal (uniqueItems)", member: .index(i))
            }
            seen[v] = i
        }
        return true
    }
}
