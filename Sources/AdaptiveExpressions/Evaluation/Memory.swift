import JSONTree

/// The variables an evaluation reads: the scope (a plain JSON value, or the template
/// engine's `$data`/`$root`/`$host`/`$index` bindings) under a stack of lambda iterators.
///
/// Lookups follow the official memory: names match case-insensitively, an iterator layer
/// that does not produce a value falls through to the layers below.
struct Memory: Sendable {
    enum Root: Sendable {
        case plain(Value)
        case template(TemplateBindings)
    }

    var root: Root
    /// Lambda iterators, innermost last.
    var locals: [(name: String, value: Value)] = []

    init(root: Root) { self.root = root }

    /// Resolves a whole path (already split into segments).
    func value(at path: ArraySlice<PathSegment>) -> Value {
        guard let first = path.first else { return .undefined }
        var i = locals.count - 1
        while i >= 0 {
            let local = locals[i]
            if Access.keyMatches(local.name, first.name) {
                let v = Access.resolve(local.value, path.dropFirst())
                if !v.isUndefined { return v }
            }
            i -= 1
        }
        switch root {
        case .plain(let scope):
            return Access.resolve(scope, path)
        case .template(let t):
            if first.name.utf8.first == 0x24 /* $ */ {
                guard let bound = t.binding(named: first.name) else { return .undefined }
                return Access.resolve(bound, path.dropFirst())
            }
            return Access.resolve(t.data, path)
        }
    }

    /// `setPathToValue`: writes into a plain scope (templates and lambdas are read-only).
    mutating func set(_ path: [PathSegment], to value: Value) -> String? {
        guard locals.isEmpty else { return "Can't set value to a path inside a lambda function; the memory is read-only" }
        guard case .plain(let scope) = root else { return "Can't set value to a path in a template's data" }
        guard !path.isEmpty else { return "empty path" }
        var json = scope.json
        if scope.isUndefined { return nil }
        Access.set(&json, path[...], value.json)
        root = .plain(Value(json))
        return nil
    }
}

/// The bindings the template engine evaluates against (`$data`, `$root`, `$host`, `$index`,
/// `$_acTemplateVersion`); names without a `$` are looked up in `$data`.
package struct TemplateBindings: Sendable {
    var root: Value
    var data: Value
    var index: Value
    var host: Value
    var version: Value

    /// - Parameters: `nil` stands for JavaScript's `undefined` (not provided).
    package init(root: JSONValue?, data: JSONValue?, index: Int?, host: JSONValue?, version: JSONValue) {
        self.root = root.map(Value.init) ?? .undefined
        self.data = data.map(Value.init) ?? self.root
        self.index = index.map { .number(Double($0)) } ?? .undefined
        self.host = host.map(Value.init) ?? .undefined
        self.version = Value(version)
    }

    /// The template memory's own members, matched as the official engine does
    /// (case-insensitively, in declaration order).
    func binding(named name: String) -> Value? {
        for (key, value) in [
            ("$root", root), ("$data", data), ("$index", index), ("$host", host),
            ("$_acTemplateVersion", version)
        ] where Access.keyMatches(key, name) {
            return value
        }
        return nil
    }
}

/// Member and element access with the official engine's rules.
enum Access {
    /// Whether an object key answers to `name` (JavaScript: `k.toLowerCase() === name.toLowerCase()`).
    @inline(__always)
    static func keyMatches(_ key: String, _ name: String) -> Bool {
        if JS.sameText(key, name) { return true }
        var ka = key.utf8.makeIterator(), na = name.utf8.makeIterator()
        var ascii = true
        while true {
            let a = ka.next(), b = na.next()
            if a == nil && b == nil { return ascii }
            guard let x = a, let y = b else { return !ascii && slowMatch(key, name) }
            if x >= 0x80 || y >= 0x80 { ascii = false; break }
            if x == y { continue }
            let lx = (x >= 0x41 && x <= 0x5A) ? x + 32 : x
            let ly = (y >= 0x41 && y <= 0x5A) ? y + 32 : y
            if lx != ly { return false }
        }
        return slowMatch(key, name)
    }

    private static func slowMatch(_ a: String, _ b: String) -> Bool {
        JS.sameText(a.lowercased(), b.lowercased())
    }

    /// `accessProperty`: the first member whose name matches, case-insensitively.
    static func property(_ instance: Value, _ name: String) -> Value {
        switch instance {
        case .object(let o):
            if let i = o.index(forKey: name) {
                // An earlier key that differs only in case wins, as in JavaScript.
                if i > 0 {
                    let keys = o.keys
                    for j in 0..<i where keyMatches(keys[j], name) { return Value(o.values[j]) }
                }
                return Value(o.values[i])
            }
            for (k, v) in o where keyMatches(k, name) { return Value(v) }
            return .undefined
        case .array(let a):
            // Object.keys of a list are its indices.
            if let i = canonicalIndex(name), i < a.count { return Value(a[i]) }
            return .undefined
        case .string(let s):
            if !s.isEmpty, let i = canonicalIndex(name), i < JS.length(s) { return .string(JS.codeUnit(s, at: i)) }
            return .undefined
        case .bytes(let b):
            if let i = canonicalIndex(name), i < b.count { return .number(Double(b[i])) }
            return .undefined
        default:
            return .undefined
        }
    }

    /// "0", "12" (not "01", "+1", " 1").
    private static func canonicalIndex(_ name: String) -> Int? {
        guard let i = Int(name), i >= 0, String(i) == name else { return nil }
        return i
    }

    /// `accessIndex` as the memory uses it: nil when out of range or not a list.
    static func index(_ instance: Value, _ i: Int) -> Value? {
        switch instance {
        case .array(let a):
            return i >= 0 && i < a.count ? Value(a[i]) : nil
        case .undefined, .null:
            return .undefined
        default:
            return nil
        }
    }

    /// Walks a path from `start` as `SimpleObjectMemory.getValue` does.
    static func resolve(_ start: Value, _ path: ArraySlice<PathSegment>) -> Value {
        var current = start
        for segment in path {
            if let i = segment.asIndex, case .array(let a) = current {
                guard i >= 0 && i < a.count else { return .undefined }
                current = Value(a[i])
            } else {
                if !current.isJSTruthy { return .undefined }
                current = property(current, segment.name)
            }
        }
        return current
    }

    /// `setValue`: creates nothing on the way; sets the last member or index.
    static func set(_ json: inout JSONValue, _ path: ArraySlice<PathSegment>, _ value: JSONValue) {
        guard let segment = path.first else { return }
        let rest = path.dropFirst()
        switch json {
        case .array(var a):
            guard let i = segment.asIndex else { return }
            if rest.isEmpty {
                if i == a.count { a.append(value) } else if i >= 0 && i < a.count { a[i] = value } else { return }
            } else {
                guard i >= 0 && i < a.count else { return }
                set(&a[i], rest, value)
            }
            json = .array(a)
        case .object(var o):
            let key = o.keys.first(where: { keyMatches($0, segment.name) })
            if rest.isEmpty {
                o[key ?? segment.name] = value
            } else {
                guard let key, let idx = o.index(forKey: key) else { return }
                set(&o.values[idx], rest, value)
            }
            json = .object(o)
        default:
            return
        }
    }
}
