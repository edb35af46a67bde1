import AdaptiveExpressions
import JSONTree

extension CardTemplate {
    /// A data field the template reads.
    public struct Binding: Sendable, Hashable {
        /// How the card uses the field, so sample data can fit it.
        public enum Usage: Sendable, Hashable {
            case text
            /// An image's URL (`Image.url`, `backgroundImage`, `iconUrl`…).
            case image
            /// A link's URL (`Action.OpenUrl.url`).
            case link
        }

        /// The field's path from the data root; `[]` stands for each item of a list the
        /// template repeats over (`$data`) or iterates (`foreach`).
        public var path: [String]
        public var usage: Usage
        /// The template value that reads it, and where its `${` starts in that string.
        public var pointer: String
        public var offset: Int?
    }

    /// The data fields the template reads (in template order, each path once): what a
    /// preview's sample data has to provide. `$root.x` reads from the root; inside an
    /// element whose `$data` is a path, names read from that path's items.
    public var bindings: [Binding] {
        var walker = BindingWalker()
        walker.walk(root, scope: [], key: nil, type: nil)
        var seen = Set<[String]>()
        return walker.found.filter { seen.insert($0.path).inserted }
    }
}

/// Walks a compiled template, keeping the data scope that `$data` paths open.
struct BindingWalker {
    var found: [CardTemplate.Binding] = []

    mutating func walk(_ node: TemplateNode, scope: [String], key: String?, type: String?) {
        switch node {
        case .literal:
            break
        case .string(let s):
            add(s, scope: scope, usage: Self.usage(key: key, type: type))
        case .array(let items, _):
            for item in items { walk(item, scope: scope, key: key, type: type) }
        case .object(let o):
            var inner = scope
            if case .expression(let s)? = o.data {
                add(s, scope: scope, usage: .text)
                inner = Self.dataPath(s).map { Self.absolute($0, scope: scope) + ["[]"] } ?? scope
            }
            let type = o.members.first { $0.key == "type" }.flatMap { member -> String? in
                if case .literal(.string(let t)) = member.value { return t }
                return nil
            }
            for (k, v) in o.members { walk(v, scope: inner, key: k, type: type) }
        }
    }

    mutating func add(_ s: TemplateString, scope: [String], usage: CardTemplate.Binding.Usage) {
        var expressions: [Expression] = []
        switch s.form {
        case .whole(let e): expressions = [e]
        case .parts(let parts): for case .expression(let e) in parts { expressions.append(e) }
        case .invalid: return
        }
        for e in expressions {
            for path in e.memoryPaths {
                guard let first = path.first, first != "$index", first != "$host", first != "$_acTemplateVersion" else { continue }
                let absolute = Self.absolute(path, scope: scope)
                guard !absolute.isEmpty else { continue }
                found.append(.init(path: absolute, usage: usage, pointer: s.path, offset: s.offset(mentioning: path.last)))
            }
        }
    }

    /// `$root.a` from the root; `$data.a` and `a` from the scope.
    static func absolute(_ path: [String], scope: [String]) -> [String] {
        switch path.first?.lowercased() {
        case "$root": return Array(path.dropFirst())
        case "$data": return scope + path.dropFirst()
        default: return scope + path
        }
    }

    /// The path a `$data` expression reads, when it is nothing but a path.
    static func dataPath(_ s: TemplateString) -> [String]? {
        guard case .whole(let e) = s.form, e.isPath else { return nil }
        return e.memoryPaths.first
    }

    static func usage(key: String?, type: String?) -> CardTemplate.Binding.Usage {
        switch key {
        case "backgroundImage", "iconUrl", "thumbnailUrl", "poster", "imageUrl": return .image
        case "url" where type == "Image" || type == "ImageSet" || type == "BackgroundImage": return .image
        case "url" where (type ?? "").hasPrefix("Action."): return .link
        default: return .text
        }
    }
}
