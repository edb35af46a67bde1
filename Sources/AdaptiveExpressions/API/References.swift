/// The memory an expression reads: the paths of its accessors, for tools that want to know
/// which data fields a template binds (to fill them in sample data, or report the missing).
extension Expression {
    /// Every memory path the expression reads, in order of appearance, without repeats:
    /// `user.name` → `["user", "name"]`, `items[0].title` → `["items", "0", "title"]`.
    /// Paths rooted in a lambda's iterator (`foreach(items, x, x.name)`) read
    /// `["items", "[]", "name"]`: `[]` stands for each item of a list. A path that goes
    /// through a computed index (`items[i]`) stops before it.
    package var memoryPaths: [[String]] {
        var out: [[String]] = []
        root.collectPaths(into: &out, locals: [:])
        var seen = Set<[String]>()
        return out.filter { seen.insert($0).inserted }
    }
}

extension Node {
    /// The lambda functions: `(collection, iterator, body)`.
    static let lambdaNames: Set<String> = ["foreach", "select", "where", "any", "all"]

    /// `locals`: lambda iterators in scope, mapped to the path of the items they stand for.
    func collectPaths(into out: inout [[String]], locals: [String: [String]]) {
        if let path = memoryPath(locals: locals) {
            if !path.isEmpty { out.append(path) }
            return
        }
        if case .call = kind, Self.lambdaNames.contains(typeName), children.count == 3, let name = children[1].simpleAccessorName {
            children[0].collectPaths(into: &out, locals: locals)
            var inner = locals
            inner[name] = (children[0].memoryPath(locals: locals) ?? []) + ["[]"]
            children[2].collectPaths(into: &out, locals: inner)
            return
        }
        for child in children { child.collectPaths(into: &out, locals: locals) }
    }

    /// The path this node reads, when it is a plain chain of names and constant indexes;
    /// nil when it is not a memory read at all. An empty path is a read whose root is
    /// unknown (a computed index).
    func memoryPath(locals: [String: [String]]) -> [String]? {
        switch kind {
        case .memoryPath(let segments):
            return Self.rooted(segments.map(\.name), locals: locals)
        case .accessor(let name):
            if children.count <= 1 { return Self.rooted([name], locals: locals) }
            guard let base = children[1].memoryPath(locals: locals) else { return nil }
            return base.isEmpty ? [] : base + [name]
        case .element:
            guard children.count == 2, let base = children[0].memoryPath(locals: locals) else { return nil }
            guard !base.isEmpty, let index = children[1].constantValue?.json else { return [] }
            switch index {
            case .number(let d): return base + [String(Int(d))]
            case .string(let s): return base + [s]
            default: return []
            }
        default:
            return nil
        }
    }

    static func rooted(_ path: [String], locals: [String: [String]]) -> [String] {
        guard let first = path.first, let prefix = locals[first] else { return path }
        return prefix + path.dropFirst()
    }
}
