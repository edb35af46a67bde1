import AdaptiveExpressions
import JSONTree

/// One expansion: walks the compiled template with the current `$data` and `$index`.
struct TemplateExpander {
    /// A JavaScript value: `undefined` members are left out of objects.
    enum Output {
        case undefined
        case value(JSONValue)

        var json: JSONValue {
            if case .value(let v) = self { return v }
            return .null
        }
    }

    /// What `$_acTemplateVersion` reports (the reference engine's version).
    static let version: JSONValue = ["major": 2, "minor": 3, "patch": 1, "suffix": ""]

    let rootData: JSONValue?
    let host: JSONValue?
    let context: EvaluationContext
    let options: TemplateOptions
    let limits: ExpressionLimits
    var data: JSONValue?
    var index: Int?
    var warnings: [TemplateWarning] = []
    private var produced = 0
    private var overflowed = false
    /// Evaluation steps spent by all expressions so far (`TemplateOptions.maxEvaluationSteps`).
    private var steps = 0
    private var spent = false

    init(root: JSONValue?, host: JSONValue?, context: EvaluationContext, options: TemplateOptions, limits: ExpressionLimits) {
        rootData = root
        self.host = host
        self.context = context
        self.options = options
        self.limits = limits
    }

    private var bindings: TemplateBindings {
        TemplateBindings(root: rootData, data: data, index: index, host: host, version: TemplateExpander.version)
    }

    mutating func expand(_ node: TemplateNode) -> Output {
        produced += 1
        if spent { return .value(.null) }
        if produced > options.maxOutputNodes {
            if !overflowed {
                overflowed = true
                warnings.append(TemplateWarning(.limit, path: "", "the expansion exceeded \(options.maxOutputNodes) values; the rest was left out"))
            }
            return .value(.null)
        }
        switch node {
        case .literal(let v):
            return .value(v)
        case .string(let s):
            return evaluate(s)
        case .array(let items, let path):
            var out: [JSONValue] = []
            out.reserveCapacity(items.count)
            for (i, item) in items.enumerated() {
                switch expand(item) {
                case .undefined: out.append(.null)
                case .value(.null): break
                case .value(.array(let inner)): out += inner
                case .value(let v): out.append(marked(v, TemplateCompiler.pointer(path, String(i))))
                }
            }
            return .value(.array(out))
        case .object(let o):
            return expandObject(o)
        }
    }

    private mutating func expandObject(_ o: TemplateObject) -> Output {
        let savedData = data, savedIndex = index
        defer { data = savedData; index = savedIndex }
        var contexts: [JSONValue?] = [nil]
        var repeats = false
        if let spec = o.data {
            let value: Output
            switch spec {
            case .literal(let v): value = .value(v)
            case .expression(let s): value = evaluate(s)
            }
            switch value {
            case .value(.array(let items)):
                contexts = items.map { Optional($0) }
                repeats = true
            case .value(let v):
                contexts = [v]
            case .undefined:
                contexts = [nil]
            }
        }
        var results: [JSONValue] = []
        for (i, item) in contexts.enumerated() {
            if spent { break }
            if repeats { index = i }
            if let item { data = item }
            if drops(o) { continue }
            // The members' keys are unique (they are a JSON object's): the object is made
            // without looking each one up again.
            var keys: [String] = [], values: [JSONValue] = []
            keys.reserveCapacity(o.members.count)
            values.reserveCapacity(o.members.count)
            for (key, member) in o.members {
                if case .value(let v) = expand(member) {
                    keys.append(key)
                    values.append(v)
                }
            }
            var object = JSONObject(uncheckedUniqueKeys: keys, values: values)
            if options.recordsProvenance { object[CardTemplate.provenanceKey] = .string(o.path) }
            results.append(.object(object))
        }
        switch results.count {
        case 0: return .value(.null)
        case 1: return .value(results[0])
        default: return .value(.array(results))
        }
    }

    /// An object copied from the template (an array item with nothing to expand) carries the
    /// pointer it came from, when provenance is recorded: splicing a repeated sibling moves it.
    private func marked(_ value: JSONValue, _ path: String) -> JSONValue {
        guard options.recordsProvenance, case .object(var o) = value, o[CardTemplate.provenanceKey] == nil else { return value }
        o[CardTemplate.provenanceKey] = .string(path)
        return .object(o)
    }

    /// Whether `$when` removes the object in the current data context.
    private mutating func drops(_ o: TemplateObject) -> Bool {
        guard let when = o.when else { return false }
        let path = TemplateCompiler.pointer(o.path, "$when")
        switch when {
        case .expression(let e, let text):
            var missing: [String] = []
            let result = run(e, substitute: false, missing: &missing)
            switch result {
            case .value(.bool(let b)):
                return !b
            case .value:
                return true
            case .undefined:
                warnings.append(TemplateWarning(.invalidWhen, path: path, "\(text) has no value; the $when condition is false"))
                return true
            case .failure(let message):
                warnings.append(TemplateWarning(kind(of: message), path: path, "\(text) failed: \(message); the $when condition is false"))
                return true
            }
        case .notExpression(let v):
            if isTruthy(v) {
                warnings.append(TemplateWarning(.invalidWhen, path: path, "\(JSONWriter.serialize(v)) is not an Adaptive Expression; the $when condition is false"))
                return true
            }
            return false
        case .invalid:
            return true
        }
    }

    private func isTruthy(_ v: JSONValue) -> Bool {
        switch v {
        case .null: return false
        case .bool(let b): return b
        case .number(let d): return d != 0 && !d.isNaN
        case .string(let s): return !s.isEmpty
        default: return true
        }
    }

    private func kind(of message: String) -> TemplateWarning.Kind {
        message.contains("Unknown function") ? .unknownFunction : .failedExpression
    }

    private mutating func noteMissing(_ paths: [String], in s: TemplateString) {
        for p in paths {
            warnings.append(TemplateWarning(.missingPath, path: s.path, "no value at \(p); left as ${\(p)}", offset: s.offset(mentioning: p)))
        }
    }

    /// Evaluates `e` within what is left of the expansion's budget; once it is spent, the
    /// rest of the expansion is left out (one warning says so).
    private mutating func run(_ e: Expression, substitute: Bool, missing: inout [String]) -> TemplateValue {
        var l = limits
        l.maxSteps = min(limits.maxSteps, max(0, options.maxEvaluationSteps - steps))
        let result = e.evaluate(
            template: bindings, substitute: substitute, substitutionText: substitute ? options.missingValueText : nil,
            context: context, limits: l, missing: &missing, steps: &steps)
        if steps >= options.maxEvaluationSteps && !spent {
            spent = true
            warnings.append(TemplateWarning(.limit, path: "", "the expansion's expressions took more than \(options.maxEvaluationSteps) evaluation steps together; the rest was left out"))
        }
        return result
    }

    /// A string value with `${…}`.
    mutating func evaluate(_ s: TemplateString) -> Output {
        switch s.form {
        case .invalid:
            return .value(.string(s.text))
        case .whole(let e):
            var missing: [String] = []
            let result = run(e, substitute: true, missing: &missing)
            noteMissing(missing, in: s)
            switch result {
            case .value(let v): return .value(v)
            case .undefined: return .undefined
            case .failure(let message):
                warnings.append(TemplateWarning(kind(of: message), path: s.path, "\(s.text): \(message); kept as written", offset: s.offset(mentioning: nil)))
                return .value(.string(s.text))
            }
        case .parts(let parts):
            var text = ""
            var expressionIndex = -1
            for part in parts {
                if case .expression = part { expressionIndex += 1 }
                switch part {
                case .text(let t):
                    text += t
                case .expression(let e):
                    var missing: [String] = []
                    let result = run(e, substitute: true, missing: &missing)
                    noteMissing(missing, in: s)
                    switch result {
                    case .value(.null) where e.isPath:
                        // A null in the data reads as missing (the .NET engine's behaviour).
                        noteMissing([e.description], in: s)
                        text += options.missingValueText ?? "${\(e.description)}"
                    case .value(.null), .undefined:
                        // JavaScript would fail on `null.toString()`; nothing is written.
                        break
                    case .value(let v):
                        text += Expression.jsText(v)
                        break
                    case .failure(let message):
                        warnings.append(
                            TemplateWarning(
                                kind(of: message), path: s.path, "${\(e.description)}: \(message); kept as written",
                                offset: s.offset(mentioning: e.description, index: expressionIndex)))
                        text += "${\(e.description)}"
                    }
                }
            }
            return .value(.string(text))
        }
    }
}
