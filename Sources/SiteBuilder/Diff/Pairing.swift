import Foundation
import PackageReader

/// Which package of BASE is which package of HEAD, and which operation is which.
enum Pairing {
    struct Result: Sendable {
        var pairs: [(base: Int, head: Int)] = []
        var removed: [Int] = []
        var added: [Int] = []
    }

    /// Packages by app id (a literal one, not a `${{VAR}}`), then by folder (relative to the
    /// side's input), then by package id; a lone package left on each side is the same package.
    static func packages(base: [DiffSnapshot.PackageRead], head: [DiffSnapshot.PackageRead]) -> Result {
        let keys: [(DiffSnapshot.PackageRead) -> String?] = [
            { p in p.package.app?.id.flatMap { $0.contains("{{") || $0.isEmpty ? nil : $0.lowercased() } },
            { p in p.folder },
            { p in p.package.id }
        ]
        var result = match(base.count, head.count, keys: keys.map { key in (base.map(key), head.map(key)) })
        if result.removed.count == 1, result.added.count == 1 {
            result.pairs.append((result.removed[0], result.added[0]))
            result.removed = []
            result.added = []
        }
        result.pairs.sort { $0.head < $1.head }
        return result
    }

    /// Operations by operationId, then by the plugin function or command bound to them, then
    /// by method and path: an operation that moved to another path or method is one operation.
    static func operations(base: [OperationEntry], head: [OperationEntry]) -> Result {
        let keys: [(OperationEntry) -> String?] = [
            { $0.operationId },
            { e in e.function.map { "fn:" + $0.name } ?? e.command.map { "cmd:" + $0.id } },
            { e in e.api.map { $0.method + " " + $0.path } }
        ]
        var result = match(base.count, head.count, keys: keys.map { key in (base.map(key), head.map(key)) })
        result.pairs.sort { $0.head < $1.head }
        return result
    }

    /// Pairs items key by key: each key pairs what the earlier ones left, when the key is
    /// unique on both sides.
    static func match(_ baseCount: Int, _ headCount: Int, keys: [(base: [String?], head: [String?])]) -> Result {
        var result = Result()
        var baseLeft = Set(0..<baseCount)
        var headLeft = Set(0..<headCount)
        for key in keys {
            var baseBy: [String: [Int]] = [:]
            for i in baseLeft.sorted() { if let k = key.base[i] { baseBy[k, default: []].append(i) } }
            var headBy: [String: [Int]] = [:]
            for i in headLeft.sorted() { if let k = key.head[i] { headBy[k, default: []].append(i) } }
            for (k, heads) in headBy.sorted(by: { $0.key < $1.key }) {
                guard let bases = baseBy[k], bases.count == 1, heads.count == 1 else { continue }
                result.pairs.append((bases[0], heads[0]))
                baseLeft.remove(bases[0])
                headLeft.remove(heads[0])
            }
        }
        result.removed = baseLeft.sorted()
        result.added = headLeft.sorted()
        return result
    }
}
