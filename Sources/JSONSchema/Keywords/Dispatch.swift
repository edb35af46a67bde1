import JSONTree

extension Evaluator {
    /// Checks one keyword of node `n`: a table from `Check` to the family that implements it.
    /// (No payload is bound here: this frame is on the stack once per level of recursion.)
    mutating func check(_ k: CompiledKeyword, _ n: Int, _ instance: SourceNode, _ ann: inout Annotations?) -> Bool {
        switch k.check {
        case .type, .enumeration, .constant:
            return checkValue(k, n, instance)
        case .multipleOf, .maximum, .minimum:
            return checkNumber(k, n, instance)
        case .maxLength, .minLength, .pattern, .format:
            return checkString(k, n, instance)
        case .items, .prefixItems, .contains, .maxItems, .minItems, .uniqueItems, .unevaluatedItems:
            return checkArray(k, n, instance, &ann)
        case .maxProperties, .minProperties, .required, .properties, .patternProperties, .additionalProperties,
            .propertyNames, .dependentRequired, .dependentSchemas, .unevaluatedProperties:
            return checkObject(k, n, instance, &ann)
        case .allOf, .anyOf, .oneOf, .not, .ifThenElse:
            return checkCombinator(k, n, instance, &ann)
        case .ref, .dynamicRef, .unresolved:
            return checkReference(k, n, instance, &ann)
        }
    }

    /// `type`, `enum`, `const`.
    private mutating func checkValue(_ k: CompiledKeyword, _ n: Int, _ instance: SourceNode) -> Bool {
        switch k.check {
        case .type(let t):
            return t.admits(instance)
                || fail(k, n, instance, "expected \(Describe.types(t)); got \(Describe.typeName(of: instance))")
        case .enumeration(let values):
            return values.contains(instance)
                || fail(k, n, instance, "expected \(Describe.oneOf(values.values)); got \(Describe.value(instance))")
        case .constant(let value):
            return JSONEquality.equal(instance.jsonValue, value)
                || fail(k, n, instance, "expected \(Describe.value(value)); got \(Describe.value(instance))")
        default:
            return true
        }
    }

    // MARK: - References

    /// `$dynamicRef: "#name"` whose static target has `$dynamicAnchor: name` resolves to the
    /// outermost resource of the dynamic scope that has that dynamic anchor.
    func dynamicTarget(_ target: Int, anchor: String?) -> Int {
        guard let anchor, schema.nodes[target].dynamicAnchor == anchor else { return target }
        for r in dynamicScope {
            if let found = schema.dynamicAnchors[r][anchor] { return found }
        }
        return target
    }

    private mutating func checkReference(_ k: CompiledKeyword, _ n: Int, _ instance: SourceNode, _ ann: inout Annotations?) -> Bool {
        switch k.check {
        case .ref(let target):
            return follow(k, n, target, instance, &ann)
        case .dynamicRef(let target, let anchor):
            return follow(k, n, dynamicTarget(target, anchor: anchor), instance, &ann)
        case .unresolved(let text, _):
            // Not reachable: compiling resolves every reference or fails.
            return fail(k, n, instance, "unresolved reference \"\(text)\"")
        default:
            return true
        }
    }

    /// Evaluates a reference target in place; a target already being evaluated at the same
    /// instance location is a loop (it would never end), reported as an error.
    mutating func follow(_ k: CompiledKeyword, _ n: Int, _ target: Int, _ instance: SourceNode, _ ann: inout Annotations?) -> Bool {
        let here = instancePath.count
        for entry in activeReferences.reversed() {
            if entry.depth != here { break }
            if entry.node == target {
                return fail(k, n, instance, "the reference loops back to itself without reaching a schema")
            }
        }
        activeReferences.append((target, here))
        defer { activeReferences.removeLast() }
        return evaluate(target, instance, &ann)
    }

    // MARK: - Numbers

    private mutating func checkNumber(_ k: CompiledKeyword, _ n: Int, _ instance: SourceNode) -> Bool {
        guard case .number(let x, let literal) = instance.value else { return true }
        switch k.check {
        case .multipleOf(let divisor, let d):
            let exact = DecimalNumber(literal: literal).flatMap { $0.isMultiple(of: divisor) }
            let ok = exact ?? Evaluator.isMultiple(x, of: d)
            return ok || fail(k, n, instance, "\(literal) is not a multiple of \(Describe.number(d))")
        case .maximum(let m, let exclusive):
            if exclusive {
                return x < m || fail(k, n, instance, "must be less than \(Describe.number(m)); got \(literal)")
            }
            return x <= m || fail(k, n, instance, "greater than the maximum \(Describe.number(m)) (\(literal))")
        case .minimum(let m, let exclusive):
            if exclusive {
                return x > m || fail(k, n, instance, "must be greater than \(Describe.number(m)); got \(literal)")
            }
            return x >= m || fail(k, n, instance, "less than the minimum \(Describe.number(m)) (\(literal))")
        default:
            return true
        }
    }

    /// The double fallback of `multipleOf`: the quotient must be an integer (an overflowing
    /// quotient, as for 1e308 / 0.5, counts as one).
    static func isMultiple(_ x: Double, of d: Double) -> Bool {
        let q = x / d
        if !q.isFinite { return true }
        return q.rounded(.towardZero) == q
    }

    // MARK: - Strings

    private mutating func checkString(_ k: CompiledKeyword, _ n: Int, _ instance: SourceNode) -> Bool {
        guard case .string(let s) = instance.value else { return true }
        if let skip = options.skipStringConstraints, skip(s) { return true }
        switch k.check {
        case .maxLength(let max):
            let length = s.unicodeScalars.count
            return length <= max || fail(k, n, instance, "longer than \(Describe.count(max, "character")) (\(length))")
        case .minLength(let min):
            let length = s.unicodeScalars.count
            return length >= min || fail(k, n, instance, "shorter than \(Describe.count(min, "character")) (\(length))")
        case .pattern(let regex, let source):
            guard let matched = regex.test(s) else {
                return fail(k, n, instance, "the pattern \(JSONWriter.quote(source)) needs too many steps to check \(Describe.value(instance))")
            }
            return matched || fail(k, n, instance, "\(Describe.value(instance)) does not match the pattern \(JSONWriter.quote(source))")
        case .format(let format, let name, let assert):
            guard assert || options.assertFormats else { return true }
            return format.accepts(s) || fail(k, n, instance, "\(Describe.value(instance)) is not a valid \(name)")
        default:
            return true
        }
    }
}
