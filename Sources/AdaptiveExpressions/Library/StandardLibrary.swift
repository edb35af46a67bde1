import JSONTree

/// The official function library (everything but the date and time group), assembled
/// from the groups in this folder.
enum StandardLibrary {
    static func definitions() -> [String: FunctionDefinition] {
        var table: [String: FunctionDefinition] = [:]
        let groups: [[FunctionDefinition]] = [
            MathFunctions.all, LogicFunctions.all, StringFunctions.all, ConversionFunctions.all,
            CollectionFunctions.all, ObjectFunctions.all, URIFunctions.all, TypeFunctions.all
        ]
        for group in groups {
            for f in group { table[f.name] = f }
        }
        // Aliases: calls through them print as the operator, as in the official engine.
        let aliases: [(String, String)] = [
            ("add", "+"), ("mul", "*"), ("div", "/"), ("sub", "-"), ("exp", "^"), ("mod", "%"),
            ("and", "&&"), ("equals", "=="), ("greater", ">"), ("greaterOrEquals", ">="), ("less", "<"),
            ("lessOrEquals", "<="), ("not", "!"), ("or", "||"), ("&", "concat"), ("??", "coalesce")
        ]
        for (alias, target) in aliases {
            if let f = table[target] { table[alias] = f }
        }
        return table
    }
}

// MARK: - Helpers for writing built-ins

@inline(__always)
func fail(_ message: String) -> EvalError { EvalError(message) }

func eager(
    _ name: String, _ returns: ReturnType, _ validate: @escaping @Sendable ([Node]) -> String?,
    _ body: @escaping FunctionDefinition.Eager
) -> FunctionDefinition {
    FunctionDefinition(name, returns: returns, validate: validate, .eager(body))
}

func lazy(
    _ name: String, _ returns: ReturnType, _ validate: @escaping @Sendable ([Node]) -> String?,
    _ body: @escaping FunctionDefinition.Lazy
) -> FunctionDefinition {
    FunctionDefinition(name, returns: returns, validate: validate, .lazy(body))
}

func sequence(
    _ name: String, _ returns: ReturnType, _ validate: @escaping @Sendable ([Node]) -> String?,
    _ body: @escaping FunctionDefinition.Binary
) -> FunctionDefinition {
    FunctionDefinition(name, returns: returns, validate: validate, .sequence(body))
}

extension Value {
    /// What `parseStringOrUndefined` gives: the string, or "" for anything else.
    var stringOrEmpty: String {
        if case .string(let s) = self { return s }
        return ""
    }

    /// `verifyStringOrNull` (despite its name: a string or `undefined`).
    var isStringOrUndefined: Bool {
        switch self {
        case .string, .undefined: return true
        default: return false
        }
    }

    /// A short description for messages.
    var debugText: String {
        switch self {
        case .string(let s): return "'\(s)'"
        default: return JS.stringify(self) ?? "undefined"
        }
    }
}

/// Requires every argument to be a string or `undefined`.
func requireStringsOrUndefined(_ args: [Value], _ function: String) throws(EvalError) {
    for a in args where !a.isStringOrUndefined {
        throw fail("\(function): \(a.debugText) is neither a string nor a null object.")
    }
}

/// A stable merge sort (the comparator need not be consistent; it never traps).
func stableSorted<T>(_ items: [T], by less: (T, T) -> Bool) -> [T] {
    if items.count < 2 { return items }
    var a = items
    var buffer = items
    var width = 1
    let n = a.count
    while width < n {
        var i = 0
        while i < n {
            let mid = min(i + width, n), hi = min(i + 2 * width, n)
            var l = i, r = mid, k = i
            while l < mid && r < hi {
                if less(a[r], a[l]) { buffer[k] = a[r]; r += 1 } else { buffer[k] = a[l]; l += 1 }
                k += 1
            }
            while l < mid { buffer[k] = a[l]; l += 1; k += 1 }
            while r < hi { buffer[k] = a[r]; r += 1; k += 1 }
            i += 2 * width
        }
        swap(&a, &buffer)
        width *= 2
    }
    return a
}
