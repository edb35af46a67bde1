import JSONTree

/// JSON equality as JSON Schema defines it (for `const`, `enum`, `uniqueItems`): numbers by
/// value, arrays item by item, objects member by member regardless of order, and strings by
/// code points. Swift's `==` on `String` also equates canonically equivalent strings ("ä" and
/// "a" + U+0308), which JSON Schema keeps apart.
enum JSONEquality {
    static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return sameScalars(x, y)
        case (.array(let x), .array(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            for (key, value) in x {
                guard let match = y.first(where: { sameScalars($0.key, key) }), equal(value, match.value) else { return false }
            }
            return true
        default:
            return a == b
        }
    }

    static func sameScalars(_ a: String, _ b: String) -> Bool {
        a.utf8.elementsEqual(b.utf8)
    }
}

/// A value as a dictionary key with `JSONEquality`: the hash is `JSONValue`'s (equal values
/// hash alike either way), equality is exact.
struct ExactJSON: Hashable {
    let value: JSONValue
    static func == (a: ExactJSON, b: ExactJSON) -> Bool { JSONEquality.equal(a.value, b.value) }
    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
