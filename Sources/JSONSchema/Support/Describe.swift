import JSONTree

/// The pieces of error messages: values as JSON (long strings shortened), type lists, counts.
enum Describe {
    static let maxShown = 60
    static let maxListed = 8

    static func value(_ node: SourceNode) -> String {
        switch node.value {
        case .string(let s): return string(s)
        case .number(_, let literal): return literal
        case .array(let a): return a.isEmpty ? "[]" : "an array"
        case .object(let o): return o.isEmpty ? "{}" : "an object"
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        }
    }

    static func value(_ v: JSONValue) -> String {
        switch v {
        case .string(let s): return string(s)
        case .array, .object:
            let text = JSONWriter.serialize(v)
            return text.count <= maxShown ? text : String(text.prefix(maxShown)) + "…"
        default: return JSONWriter.serialize(v)
        }
    }

    /// A quoted string, shortened to `maxShown` characters.
    static func string(_ s: String) -> String {
        guard s.count > maxShown else { return JSONWriter.quote(s) }
        return JSONWriter.quote(String(s.prefix(maxShown))) + "…"
    }

    /// `"a"` for one value, `one of "a", "b"` for several (the first `maxListed`, then how many).
    static func oneOf(_ values: [JSONValue]) -> String {
        if values.count == 1 { return value(values[0]) }
        if values.isEmpty { return "no value (the enum is empty)" }
        let shown = values.prefix(maxListed).map(value).joined(separator: ", ")
        return values.count > maxListed ? "one of \(shown), … (\(values.count) values)" : "one of \(shown)"
    }

    /// `string`, `string or null`, `string, number or null`.
    static func types(_ t: TypeSet) -> String {
        let names = t.nameList
        guard names.count > 1 else { return names.first ?? "nothing" }
        return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }

    /// The instance's JSON type; numbers with a fraction are `number`, others `integer`.
    static func typeName(of node: SourceNode) -> String {
        switch node.value {
        case .string(let s): return "string \(string(s))"
        case .number(_, let literal): return "\(node.typeName) \(literal)"
        case .bool(let b): return "boolean \(b)"
        default: return node.typeName
        }
    }

    /// `1 character`, `32 characters`.
    static func count(_ n: Int, _ noun: String, _ plural: String? = nil) -> String {
        n == 1 ? "1 \(noun)" : "\(n) \(plural ?? noun + "s")"
    }

    /// A number from a schema as JavaScript writes it.
    static func number(_ d: Double) -> String {
        JSONWriter.serialize(.number(d))
    }
}
