import CatalogSupport
import Foundation
import JSONTree

/// Values for Teams Toolkit `${{NAME}}` placeholders, from an env file
/// (`env/.env.dev`, `--env-file`).
public struct PlaceholderEnvironment: Sendable, Hashable {
    public var values: [String: String]
    /// Where the values came from, for the page and diagnostics.
    public var sources: [String]
    /// Names whose values are secrets: every name from a `.user` file, and `SECRET_*`.
    public var secretNames: Set<String>

    /// `secretFile`: the values come from a `.user` file (every one of them is a secret).
    public init(values: [String: String] = [:], sources: [String] = [], secretFile: Bool = false) {
        self.values = values
        self.sources = sources
        secretNames = Set(values.keys.filter { secretFile || $0.hasPrefix("SECRET_") })
    }

    public func isSecret(_ name: String) -> Bool { secretNames.contains(name) || name.hasPrefix("SECRET_") }

    /// What a placeholder becomes in the read package: its value, or `‹NAME›` for a secret
    /// (nil when no file defines it). A secret's value never enters the model, so no page,
    /// Markdown twin, `catalog.json`, search index, curl example or finding can show it.
    public func shownValue(of name: String) -> String? {
        guard let value = values[name] else { return nil }
        return isSecret(name) ? Self.secretToken(name) : value
    }

    public static func secretToken(_ name: String) -> String { "\u{2039}\(name)\u{203A}" }

    /// A hash of what the package can show: the values, with each secret as its token (a
    /// secret changing changes nothing in the site, and the site's build state must not
    /// hold anything computed from it).
    public var fingerprint: UInt64 {
        Hashing.fnv(values.keys.sorted().map { $0 + "=" + (shownValue(of: $0) ?? "") }.joined(separator: "\n"))
    }

    /// Reads `KEY=VALUE` lines (`export`, comments, single or double quotes as in dotenv).
    public static func parse(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("export ") { line = String(line.dropFirst(7)).trimmingCharacters(in: .whitespaces) }
            guard let eq = line.firstIndex(of: "=") else { continue }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f {
                value = String(value.dropFirst().dropLast())
                if f == "\"" { value = value.replacingOccurrences(of: "\\n", with: "\n") }
            } else if let hash = value.range(of: " #") {
                value = value[..<hash.lowerBound].trimmingCharacters(in: .whitespaces)
            }
            guard !key.isEmpty else { continue }
            out[key] = value
        }
        return out
    }

    /// Merges `other` over this environment.
    public func merging(_ other: PlaceholderEnvironment) -> PlaceholderEnvironment {
        var merged = PlaceholderEnvironment(values: values.merging(other.values) { _, new in new }, sources: sources + other.sources)
        merged.secretNames = secretNames.union(other.secretNames)
        return merged
    }
}

/// `${{NAME}}` placeholders.
public enum Placeholders {
    /// The names of the placeholders in `s`, in order of appearance.
    public static func names(in s: String) -> [String] {
        var out: [String] = []
        var rest = Substring(s)
        while let open = rest.range(of: "${{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { out.append(name) }
            rest = rest[close.upperBound...]
        }
        return out
    }

    /// Replaces the placeholders `env` defines; returns the names it does not define.
    public static func substitute(_ s: String, _ env: PlaceholderEnvironment) -> (String, unresolved: [String]) {
        let (text, unresolved, _) = substituteNoting(s, env)
        return (text, unresolved)
    }

    /// `substitute`, also returning the secrets withheld.
    static func substituteNoting(_ s: String, _ env: PlaceholderEnvironment) -> (String, unresolved: [String], secrets: [String]) {
        guard s.contains("${{") else { return (s, [], []) }
        var out = ""
        var unresolved: [String] = []
        var secrets: [String] = []
        var rest = Substring(s)
        while let open = rest.range(of: "${{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            out += rest[..<open.lowerBound]
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if let v = env.shownValue(of: name) {
                out += v
                if env.isSecret(name) { secrets.append(name) }
            } else {
                unresolved.append(name)
                out += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        out += rest
        return (out, unresolved, secrets)
    }

    /// Substitutes in every string of a tree; notes each unresolved placeholder and each
    /// secret withheld with its position.
    static func substitute(
        _ node: SourceNode, _ env: PlaceholderEnvironment, unresolved: inout [(String, SourceLocation)],
        secrets: inout [(String, SourceLocation)]
    ) -> SourceNode {
        switch node.value {
        case .string(let s):
            guard s.contains("${{") else { return node }
            let (v, missing, withheld) = substituteNoting(s, env)
            for m in missing { unresolved.append((m, node.location)) }
            for name in withheld { secrets.append((name, node.location)) }
            return SourceNode(.string(v), at: node.location)
        case .array(let a):
            return SourceNode(.array(a.map { substitute($0, env, unresolved: &unresolved, secrets: &secrets) }), at: node.location)
        case .object(let o):
            var out = SourceObject()
            for m in o.members {
                out.set(
                    SourceObject.Member(
                        key: m.key, keyLocation: m.keyLocation,
                        value: substitute(m.value, env, unresolved: &unresolved, secrets: &secrets)))
            }
            return SourceNode(.object(out), at: node.location)
        default:
            return node
        }
    }
}
