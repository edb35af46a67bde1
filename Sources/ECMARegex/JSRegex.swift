/// A JavaScript (ECMA-262) regular expression, matched by a backtracking matcher that counts
/// its steps, so a pathological pattern fails with a budget error instead of hanging.
///
/// Without the `unicode` flag the input is matched as UTF-16 code units (what JavaScript does
/// without `u`); with it, as code points, and `\u{…}` and `\p{…}` are understood. The grammar is
/// chosen separately (`Syntax`): JSON Schema patterns use the `unicode` flag with the lenient
/// web grammar, because published schemas contain a lone `]` that the strict grammar rejects.
public struct JSRegex: Sendable {
    public struct SyntaxError: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public struct Flags: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// `i`: simple case folding.
        public static let ignoreCase = Flags(rawValue: 1)
        /// `m`: `^` and `$` also match at line terminators.
        public static let multiline = Flags(rawValue: 2)
        /// `s`: `.` also matches line terminators.
        public static let dotAll = Flags(rawValue: 4)
        /// `u`: code points instead of UTF-16 code units; `\u{…}` and `\p{…}`.
        public static let unicode = Flags(rawValue: 8)
    }

    /// The grammar the pattern is read with.
    public enum Syntax: Sendable {
        /// Annex B of ECMA-262 (what browsers accept): a lone `]` or `{` is a literal, `\a` is `a`,
        /// `\1` without a group is an octal escape.
        case webCompatible
        /// The grammar of the `u` flag: every such leniency is a syntax error.
        case strict
    }

    indirect enum Node: Sendable {
        case empty
        case char(UInt32)
        case any
        case set(CharSet)
        case lineStart, lineEnd
        case wordBoundary(Bool)
        case group(Node, Int?)
        /// A lookaround; `info` says what the matcher may skip (see `LookInfo`).
        case look(Node, ahead: Bool, negate: Bool, info: LookInfo)
        case backReference(Int)
        case namedBackReference(String)
        case sequence([Node])
        case alternation([Node])
        case repetition(Node, min: Int, max: Int, greedy: Bool)
    }

    /// What a lookaround's body can match: how many units (a look-behind then only tries the
    /// starts that can end where it stands) and whether it captures (else nothing to restore).
    struct LookInfo: Sendable {
        var minWidth: Int
        var maxWidth: Int?
        var captures: Bool
    }

    struct CharSet: Sendable {
        var ranges: [(UInt32, UInt32)] = []
        /// Class escapes inside a class (`[\d\s-]`), each possibly negated.
        var nested: [CharSet] = []
        var property: UnicodeProperty? = nil
        var negated = false

        func contains(_ c: UInt32, ignoreCase: Bool) -> Bool {
            var hit = plainContains(c)
            if !hit && ignoreCase {
                hit = JSRegex.caseVariants(c).contains { plainContains($0) }
            }
            return hit != negated
        }

        private func plainContains(_ c: UInt32) -> Bool {
            for r in ranges where r.0 <= c && c <= r.1 { return true }
            if let property, property.contains(c) { return true }
            for n in nested where n.contains(c, ignoreCase: false) { return true }
            return false
        }
    }

    let program: Program
    let groupCount: Int
    let groupNames: [String: Int]
    public let flags: Flags
    /// The pattern starts with `^` outside any alternation (and `m` is off): only offset 0 can match.
    private let anchoredAtStart: Bool
    /// The characters an anchored pattern starts with (`^extensions\[` → `extensions[`): a text
    /// without them is rejected before matching. Empty when there are none, or with `i`.
    private let requiredPrefix: [UInt32]

    var ignoreCase: Bool { flags.contains(.ignoreCase) }
    var multiline: Bool { flags.contains(.multiline) }
    var dotAll: Bool { flags.contains(.dotAll) }
    var unicode: Bool { flags.contains(.unicode) }

    /// Compiles `pattern`.
    /// - Parameter inlineFlags: the Adaptive Expressions flavour: `(?i)`, `(?m)` and `(?s)`
    ///   anywhere in the pattern are removed and set the flag, as the official engine allows.
    public init(_ pattern: String, flags: Flags = [], syntax: Syntax = .webCompatible, inlineFlags: Bool = false) throws(SyntaxError) {
        var p = pattern
        var f = flags
        if inlineFlags {
            for (flag, value) in [("(?i)", Flags.ignoreCase), ("(?m)", .multiline), ("(?s)", .dotAll)] {
                if let stripped = JSRegex.removingFirst(flag, from: p) {
                    p = stripped
                    f.insert(value)
                }
            }
        }
        let unicode = f.contains(.unicode)
        let units = unicode ? p.unicodeScalars.map(\.value) : p.utf16.map(UInt32.init)
        var parser = RegexParser(units, unicode: unicode, strict: syntax == .strict, dotAll: f.contains(.dotAll))
        let root = try parser.parse()
        groupCount = parser.groupCount
        groupNames = parser.names
        program = Program(root, groupNames: parser.names)
        self.flags = f
        anchoredAtStart = !f.contains(.multiline) && JSRegex.startsWithLineStart(root)
        requiredPrefix = anchoredAtStart && !f.contains(.ignoreCase) ? JSRegex.literalPrefix(root) : []
    }

    /// The `.char`s right after a leading `^` of a top-level sequence.
    private static func literalPrefix(_ root: Node) -> [UInt32] {
        guard case .sequence(let items) = root, case .lineStart? = items.first else { return [] }
        var prefix: [UInt32] = []
        for item in items.dropFirst() {
            guard case .char(let c) = item else { break }
            prefix.append(c)
        }
        return prefix
    }

    private func hasRequiredPrefix(_ text: String) -> Bool {
        if unicode {
            return text.unicodeScalars.lazy.map(\.value).starts(with: requiredPrefix)
        }
        return text.utf16.lazy.map(UInt32.init).starts(with: requiredPrefix)
    }

    /// `text` without the first occurrence of `needle`; nil when there is none.
    private static func removingFirst(_ needle: String, from text: String) -> String? {
        let t = Array(text.utf8), n = Array(needle.utf8)
        guard t.count >= n.count else { return nil }
        for start in 0...(t.count - n.count) where t[start..<(start + n.count)].elementsEqual(n) {
            return String(decoding: t[..<start] + t[(start + n.count)...], as: UTF8.self)
        }
        return nil
    }

    private static func startsWithLineStart(_ node: Node) -> Bool {
        switch node {
        case .lineStart: return true
        case .sequence(let items): return items.first.map(startsWithLineStart) ?? false
        case .group(let inner, _): return startsWithLineStart(inner)
        default: return false
        }
    }

    /// The steps `test` may take by default: enough for any sane pattern on a long string.
    public static let defaultBudget = 1_000_000

    /// The units the matcher works on: code points with the `unicode` flag, else UTF-16.
    private func units(_ text: String) -> [UInt32] {
        unicode ? text.unicodeScalars.map(\.value) : text.utf16.map(UInt32.init)
    }

    private func string(_ units: some Sequence<UInt32>) -> String {
        if unicode {
            var s = String.UnicodeScalarView()
            for u in units { s.append(Unicode.Scalar(u) ?? "\u{FFFD}") }
            return String(s)
        }
        return String(decoding: units.map { UInt16(truncatingIfNeeded: $0) }, as: UTF16.self)
    }

    // MARK: - Matching

    /// Whether the pattern matches anywhere in `text` (an unanchored search, like
    /// `RegExp.prototype.test`); nil when the budget ran out.
    public func test(_ text: String, budget: inout Int) -> Bool? {
        if !requiredPrefix.isEmpty && !hasRequiredPrefix(text) { return false }
        let input = units(text)
        var m = Matcher(regex: self, input: input, budget: budget)
        defer { budget = m.budget }
        let last = anchoredAtStart ? 0 : input.count
        var start = 0
        while start <= last {
            let r = m.run(at: start)
            if m.exhausted { return nil }
            if r != nil { return true }
            start += 1
        }
        return false
    }

    /// `test` with the default budget; nil when the pattern needs more steps than that.
    public func test(_ text: String) -> Bool? {
        var budget = JSRegex.defaultBudget
        return test(text, budget: &budget)
    }

    /// `text.replace(/pattern/g, replacement)` with `$&`, `$1`, `` $` ``, `$'`, `$$`, `$<name>`.
    public func replaceAll(in text: String, with replacement: String, budget: inout Int) -> String? {
        let input = units(text)
        let rep = units(replacement)
        var m = Matcher(regex: self, input: input, budget: budget)
        defer { budget = m.budget }
        var out: [UInt32] = []
        var last = 0
        var start = 0
        while start <= input.count {
            let r = m.run(at: start)
            if m.exhausted { return nil }
            guard let (end, captures) = r else {
                start += 1
                continue
            }
            out += input[last..<start]
            expand(rep, match: (start, end), captures: captures, input: input, into: &out)
            last = end
            start = end == start ? end + 1 : end
            if end == input.count && end == last && start > input.count { break }
        }
        if last < input.count { out += input[last...] }
        return string(out)
    }

    private func expand(_ rep: [UInt32], match: (Int, Int), captures: [Int], input: [UInt32], into out: inout [UInt32]) {
        var i = 0
        func group(_ n: Int) -> ArraySlice<UInt32>? {
            let s = captures[2 * n], e = captures[2 * n + 1]
            return s >= 0 && e >= 0 ? input[s..<e] : []
        }
        while i < rep.count {
            let c = rep[i]
            guard c == 0x24, i + 1 < rep.count else { out.append(c); i += 1; continue }
            let n = rep[i + 1]
            switch n {
            case 0x24: out.append(0x24); i += 2
            case 0x26: out += input[match.0..<match.1]; i += 2
            case 0x60: out += input[0..<match.0]; i += 2
            case 0x27: out += input[match.1...]; i += 2
            case 0x30...0x39:
                var digits = Int(n - 0x30)
                var used = 2
                if i + 2 < rep.count, (0x30...0x39).contains(rep[i + 2]) {
                    let two = digits * 10 + Int(rep[i + 2] - 0x30)
                    if two >= 1 && two <= groupCount { digits = two; used = 3 }
                }
                if digits >= 1 && digits <= groupCount, let g = group(digits) {
                    out += g
                    i += used
                } else {
                    out.append(c)
                    i += 1
                }
            case 0x3C where !groupNames.isEmpty:
                if let close = rep[(i + 2)...].firstIndex(of: 0x3E) {
                    let name = string(rep[(i + 2)..<close])
                    if let n = groupNames[name], let g = group(n) { out += g }
                    i = close + 1
                } else {
                    out.append(c)
                    i += 1
                }
            default:
                out.append(c)
                i += 1
            }
        }
    }

    static func isWordChar(_ c: UInt32) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F
    }

    /// The other cases of a unit (simple case mapping).
    static func caseVariants(_ c: UInt32) -> [UInt32] {
        if c >= 0x41 && c <= 0x5A { return [c + 32] }
        if c >= 0x61 && c <= 0x7A { return [c - 32] }
        guard c >= 0x80, let scalar = Unicode.Scalar(c) else { return [] }
        var out: [UInt32] = []
        for v in [String(scalar).uppercased(), String(scalar).lowercased()] {
            let u = Array(v.unicodeScalars)
            if u.count == 1 && u[0].value != c { out.append(u[0].value) }
        }
        return out
    }

    static func sameIgnoringCase(_ a: UInt32, _ b: UInt32) -> Bool {
        a == b || caseVariants(a).contains(b)
    }
}
