import ECMARegex
import JSONTree

extension Evaluator {
    /// `properties`, `patternProperties`, `additionalProperties`, `propertyNames`, `required`,
    /// `dependentRequired`/`dependentSchemas` (and draft 4–7 `dependencies`), `maxProperties`,
    /// `minProperties`, `unevaluatedProperties`: only objects are checked.
    mutating func checkObject(_ k: CompiledKeyword, _ n: Int, _ instance: SourceNode, _ ann: inout Annotations?) -> Bool {
        guard case .object(let object) = instance.value else { return true }
        switch k.check {
        case .maxProperties(let max):
            return object.count <= max
                || fail(k, n, instance, "more than \(Describe.count(max, "property", "properties")) (\(object.count))")
        case .minProperties(let min):
            return object.count >= min
                || fail(k, n, instance, "fewer than \(Describe.count(min, "property", "properties")) (\(object.count))")
        case .required(let names):
            var ok = true
            for name in names where object[name] == nil {
                ok = fail(k, n, instance, "missing required property \(JSONWriter.quote(name))")
                if !collect { return false }
            }
            return ok
        case .properties(let schemas):
            return checkProperties(k, n, object, schemas, &ann)
        case .patternProperties(let patterns):
            return checkPatternProperties(k, n, object, patterns, &ann)
        case .additionalProperties(let schema, let known, let patterns):
            let extra = object.members.filter { m in !known.contains(m.key) && !patterns.contains { $0.test(m.key) == true } }
            ann?.allProperties = true
            return checkExtra(k, n, extra, schema: schema, why: "additionalProperties is false")
        case .unevaluatedProperties(let schema):
            let seen = ann ?? Annotations()
            let extra = object.members.filter { !seen.evaluated(property: $0.key) }
            ann?.allProperties = true
            return checkExtra(k, n, extra, schema: schema, why: "unevaluatedProperties is false")
        case .propertyNames(let schema):
            return checkPropertyNames(k, n, object, schema)
        case .dependentRequired(let rules):
            return checkDependentRequired(k, n, instance, object, rules)
        case .dependentSchemas(let rules):
            var ok = true
            for (name, schema) in rules where object[name] != nil {
                keywordPath.append(.key(name))
                let passed = evaluate(schema, instance, &ann)
                keywordPath.removeLast()
                if !passed { ok = false; if !collect { return false } }
            }
            return ok
        default:
            return true
        }
    }

    private mutating func checkProperties(
        _ k: CompiledKeyword, _ n: Int, _ object: SourceObject, _ schemas: [String: Int],
        _ ann: inout Annotations?
    ) -> Bool {
        var ok = true
        for m in object.members {
            guard let schema = schemas[m.key] else { continue }
            ann?.properties.insert(m.key)
            keywordPath.append(.key(m.key))
            defer { keywordPath.removeLast() }
            if self.schema.nodes[schema].boolean == false {
                ok = fail(k, n, m.value, "\(JSONWriter.quote(m.key)) is not allowed", at: m.keyLocation, member: .key(m.key))
            } else if !passes(schema, child: m.value, at: .key(m.key)) {
                ok = false
            }
            if !ok && !collect { return false }
        }
        return ok
    }

    private mutating func checkPatternProperties(
        _ k: CompiledKeyword, _ n: Int, _ object: SourceObject,
        _ patterns: [(regex: JSRegex, source: String, node: Int)],
        _ ann: inout Annotations?
    ) -> Bool {
        var ok = true
        for m in object.members {
            for p in patterns where p.regex.test(m.key) == true {
                ann?.properties.insert(m.key)
                keywordPath.append(.key(p.source))
                defer { keywordPath.removeLast() }
                if !passes(p.node, child: m.value, at: .key(m.key)) {
                    ok = false
                    if !collect { return false }
                }
            }
        }
        return ok
    }

    /// Applies `schema` to members no other keyword took; a `false` schema names each one.
    private mutating func checkExtra(_ k: CompiledKeyword, _ n: Int, _ extra: [SourceObject.Member], schema: Int, why: String) -> Bool {
        var ok = true
        let forbidden = self.schema.nodes[schema].boolean == false
        for m in extra {
            if forbidden {
                ok = fail(k, n, m.value, "\(JSONWriter.quote(m.key)) is not allowed (\(why))", at: m.keyLocation, member: .key(m.key))
            } else if !passes(schema, child: m.value, at: .key(m.key)) {
                ok = false
            }
            if !ok && !collect { return false }
        }
        return ok
    }

    /// Each member name, as a string instance, against `schema`; errors point at the name.
    private mutating func checkPropertyNames(_ k: CompiledKeyword, _ n: Int, _ object: SourceObject, _ schema: Int) -> Bool {
        var ok = true
        for m in object.members {
            let name = SourceNode(.string(m.key), at: m.keyLocation)
            if self.schema.nodes[schema].boolean == false {
                ok = fail(k, n, name, "\(JSONWriter.quote(m.key)) is not allowed (propertyNames is false)", member: .key(m.key))
            } else {
                let start = errors.count
                if !passes(schema, child: name, at: .key(m.key)) { ok = false }
                for i in start..<errors.count {
                    errors[i].message = "property name \(JSONWriter.quote(m.key)): " + errors[i].message
                }
            }
            if !ok && !collect { return false }
        }
        return ok
    }

    private mutating func checkDependentRequired(
        _ k: CompiledKeyword, _ n: Int, _ instance: SourceNode, _ object: SourceObject,
        _ rules: [(String, [String])]
    ) -> Bool {
        var ok = true
        for (name, required) in rules where object[name] != nil {
            for r in required where object[r] == nil {
                ok = fail(k, n, instance, "missing property \(JSONWriter.quote(r)), required when \(JSONWriter.quote(name)) is present")
                if !collect { return false }
            }
        }
        return ok
    }
}
