/// A path inside a package: normalised components, never absolute, never above the root.
public struct PackagePath: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let components: [String]

    public init(components: [String]) {
        self.components = components
    }

    public static let root = PackagePath(components: [])

    /// `a/b/c.json`.
    public var description: String { components.joined(separator: "/") }

    public var name: String { components.last ?? "" }

    public var parent: PackagePath { PackagePath(components: Array(components.dropLast())) }

    public func appending(_ name: String) -> PackagePath { PackagePath(components: components + [name]) }

    /// The extension in lower case, without the dot (`yaml`); `tpl` files report the
    /// extension under the template suffix (`repair.yml.tpl` → `yml`).
    public var fileExtension: String {
        var n = name.lowercased()
        if n.hasSuffix(".tpl") { n = String(n.dropLast(4)) }
        guard let dot = n.lastIndex(of: ".") else { return "" }
        return String(n[n.index(after: dot)...])
    }

    public static func < (a: PackagePath, b: PackagePath) -> Bool { a.description < b.description }

    /// Why a reference could not become a package path.
    public enum ReferenceProblem: Error, Sendable, Hashable {
        case empty
        case url(String)
        case absolute(String)
        case escapesPackage(String)
        case invalidCharacters(String)

        public var message: String {
            switch self {
            case .empty: return "the reference is empty"
            case .url(let s): return "\"\(s)\" is a URL; package files must be referenced by relative paths (and are never fetched)"
            case .absolute(let s): return "\"\(s)\" is an absolute path; package files must be referenced by relative paths"
            case .escapesPackage(let s): return "\"\(s)\" leads outside the package"
            case .invalidCharacters(let s): return "\"\(s)\" contains characters not allowed in a package path"
            }
        }
    }

    /// Resolves `reference` (as written in a file at `referrer`) to a package path.
    ///
    /// Relative to the referencing file's folder, as the Teams client resolves it;
    /// `./` and backslashes are accepted; `..` may move up inside the package but not out
    /// (`usedParent` reports it, since the store rules ask for no `..` at all). URLs,
    /// absolute paths, drive letters, NUL bytes and percent-encoded separators or dots are refused.
    public static func resolve(_ reference: String, from referrer: PackagePath?) -> Result<(path: PackagePath, usedParent: Bool), ReferenceProblem> {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return .failure(.empty) }
        if trimmed.contains("\0") { return .failure(.invalidCharacters(reference)) }
        let lower = trimmed.lowercased()
        if lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") {
            return .failure(.invalidCharacters(reference))
        }
        if let colon = trimmed.firstIndex(of: ":") {
            let scheme = trimmed[..<colon]
            if scheme.count == 1, scheme.first?.isLetter == true { return .failure(.absolute(reference)) }
            if !scheme.isEmpty, scheme.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }) {
                return .failure(.url(reference))
            }
        }
        let normalised = trimmed.replacingOccurrences(of: "\\", with: "/")
        if normalised.hasPrefix("/") { return .failure(.absolute(reference)) }
        var parts = referrer?.parent.components ?? []
        var usedParent = false
        for part in normalised.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                usedParent = true
                if parts.isEmpty { return .failure(.escapesPackage(reference)) }
                parts.removeLast()
            default:
                parts.append(String(part))
            }
        }
        if parts.isEmpty { return .failure(.empty) }
        return .success((PackagePath(components: parts), usedParent))
    }
}

import Foundation
