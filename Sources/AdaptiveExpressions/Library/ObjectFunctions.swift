import JSONTree

/// Objects and memory: `json`, `jPath`, `setProperty`, `addProperty`, `removeProperty`,
/// `merge`, `getProperty`, `setPathToValue`, `xml`, `xPath`.
enum ObjectFunctions {
    static var all: [FunctionDefinition] {
        [json, jPath, setProperty, addProperty, removeProperty, merge, getProperty, setPathToValue, xml, xPath]
    }

    static let json = eager("json", .object, Validate.order([.string])) { _, args throws(EvalError) in
        guard case .string(let s) = args[0] else { throw fail("json: \(args[0].debugText) is not a string.") }
        return try parseJSON(JS.trim(s))
    }

    /// `JSON.parse` (strict JSON).
    static func parseJSON(_ text: String) throws(EvalError) -> Value {
        if text == "{}" { return .object([:]) }
        do {
            return Value(try JSONParser.parse(text, options: .strict).root.jsonValue)
        } catch {
            throw fail("\(text) is not a valid json string: \(error.message)")
        }
    }

    static func propertyName(_ v: Value) -> String { JS.toString(v) }

    static let setProperty = eager("setProperty", .object, Validate.order([.object, .string, .object])) { _, args throws(EvalError) in
        let key = propertyName(args[1])
        switch args[0] {
        case .object(var o):
            o[key] = args[2].json
            return .object(o)
        case .array(var a):
            if let i = Int(key), i >= 0, String(i) == key, i < 1_000_000 {
                while a.count <= i { a.append(.null) }
                a[i] = args[2].json
            }
            return .array(a)
        case .undefined, .null:
            throw fail("setProperty: Cannot set properties of \(JS.toString(args[0])) (setting '\(key)')")
        default:
            return args[0]
        }
    }

    static let addProperty = eager("addProperty", .object, Validate.order([.object, .string, .object])) { _, args throws(EvalError) in
        let key = propertyName(args[1])
        switch args[0] {
        case .object(var o):
            if o[key] != nil || ["constructor", "toString", "hasOwnProperty", "valueOf"].contains(key) {
                throw fail("\(key) already exists")
            }
            o[key] = args[2].json
            return .object(o)
        case .undefined, .null:
            throw fail("addProperty: Cannot use 'in' operator to search for '\(key)' in \(JS.toString(args[0]))")
        default:
            return args[0]
        }
    }

    static let removeProperty = eager("removeProperty", .object, Validate.order([.object, .string])) { _, args throws(EvalError) in
        let key = propertyName(args[1])
        switch args[0] {
        case .object(var o):
            o.removeValue(forKey: key)
            return .object(o)
        case .undefined, .null:
            throw fail("removeProperty: Cannot convert undefined or null to object")
        default:
            return args[0]
        }
    }

    static let merge = eager("merge", .object, Validate.atLeastOne) { _, args throws(EvalError) in
        var result = JSONObject()
        for arg in args {
            switch arg {
            case .object(let o):
                for (k, v) in o { result[k] = v }
            case .array(let items):
                for item in items {
                    guard case .object(let o) = item else {
                        throw fail("The argument \(JS.toString(item)) in array must be a JSON object.")
                    }
                    for (k, v) in o { result[k] = v }
                }
            default:
                throw fail("The argument \(JS.toString(arg)) must be a JSON object or array.")
            }
        }
        return .object(result)
    }

    static let getProperty = lazy("getProperty", .object, Validate.order([.object], optional: [.string])) { ev, node throws(EvalError) in
        let first = try ev.eval(node.children[0])
        if node.children.count == 1 {
            guard case .string(let path) = first else { throw fail("Single parameter \(node.children[0]) is not a string.") }
            let segments = PathSegment.split(path)
            let v = segments.isEmpty ? Value.undefined : ev.memory.value(at: segments[...])
            if v.isUndefined && ev.substitute { return ev.substitution(for: path) }
            return v
        }
        let property = try ev.eval(node.children[1])
        if property.isNullish { throw fail("getProperty: Cannot read properties of \(JS.toString(property)) (reading 'toString')") }
        let path = JS.toString(property)
        let segments = PathSegment.split(path)
        let v = segments.isEmpty || first.isUndefined ? Value.undefined : Access.resolve(first, segments[...])
        if v.isUndefined && ev.substitute { return ev.substitution(for: path) }
        return v
    }

    static let setPathToValue = lazy("setPathToValue", .object, Validate.binary) { ev, node throws(EvalError) in
        guard let segments = try memoryPath(of: node.children[0], &ev) else {
            throw fail("\(node.children[0]) is not a valid path to set value")
        }
        let value = try ev.eval(node.children[1])
        if let problem = ev.memory.set(segments, to: value) { throw fail(problem) }
        return value
    }

    /// The memory path an accessor chain names (nil when rooted in a computed value).
    static func memoryPath(of node: Node, _ ev: inout Evaluator) throws(EvalError) -> [PathSegment]? {
        var parts: [[PathSegment]] = []
        var current: Node? = node
        while let n = current {
            switch n.kind {
            case .memoryPath(let segments):
                parts.append(segments)
                current = nil
            case .accessor(let name):
                parts.append(PathSegment.split(name))
                current = n.children.count == 2 ? n.children[1] : nil
            case .element:
                let index = try ev.eval(n.children[1])
                switch index {
                case .number(let d) where JS.parseInt(JSNumber.format(d)) != nil: parts.append(PathSegment.split(JSNumber.format(d)))
                case .string(let s): parts.append(PathSegment.split(JS.parseInt(s) != nil ? s : "'" + s + "'"))
                default: throw fail("\(n.children[1]) doesn't return an int or string")
                }
                current = n.children[0]
            default:
                return nil
            }
        }
        let path = Array(parts.reversed().joined())
        return path.isEmpty ? nil : path
    }

    static let jPath = eager("jPath", .object, Validate.order([.object, .string])) { ev, args throws(EvalError) in
        var document: JSONValue
        switch args[0] {
        case .string(let s): document = try parseJSON(s).json
        case .object, .array: document = args[0].json
        default: throw fail("the first parameter should be either an object or a string")
        }
        let path = JS.toString(args[1])
        var budget = ev.limits.maxSteps - ev.steps
        let result: Value
        do throws(JSPath.PathError) {
            result = try JSPath.evaluate(path, on: document, budget: &budget)
        } catch {
            throw fail("\(path) is not a valid path + \(error.message)")
        }
        try ev.charge(Swift.max(0, ev.limits.maxSteps - ev.steps - budget))
        return result
    }

    static let xml = eager("xml", .string, Validate.unary) { _, args throws(EvalError) in
        var object: JSONValue
        switch args[0] {
        case .string(let s): object = try parseJSON(s).json
        case .object, .array: object = args[0].json
        default: throw fail("\(JS.toString(args[0])) is not a valid json")
        }
        return .string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + XMLText.build(object))
    }

    static let xPath = eager("xPath", .object, Validate.order([.object, .string])) { _, args throws(EvalError) in
        guard case .string(let xmlText) = args[0] else { throw fail("\(args[0].debugText) is not valid xml input") }
        let expression = JS.toString(args[1])
        do throws(XMLText.Problem) {
            let document = try XMLText.parse(xmlText)
            return try XPathLite.evaluate(expression, on: document)
        } catch {
            throw fail(error.message)
        }
    }
}
