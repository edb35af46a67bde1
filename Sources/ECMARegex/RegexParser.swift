/// Parses ECMAScript regular expression syntax into `JSRegex.Node`s.
///
/// Two grammars: `.webCompatible` (Annex B of ECMA-262, what browsers accept without the `u`
/// flag: a lone `]`, `{` or `}` is a literal, `\a` is `a`, `\1` without a group is an octal
/// escape, a lookahead may be quantified) and `.strict` (the grammar of the `u` flag). The
/// `unicode` flag is independent of the grammar: with it, the pattern is read as code points and
/// `\u{…}`, surrogate pairs and `\p{…}`/`\P{…}` are understood.
struct RegexParser {
    private let p: [UInt32]
    private var i = 0
    private let unicode: Bool
    private let strict: Bool
    private let dotAll: Bool
    private(set) var groupCount = 0
    private(set) var names: [String: Int] = [:]
    /// Capturing groups in the whole pattern (a back reference may precede its group).
    private let totalGroups: Int
    private let hasNamedGroups: Bool
    private var depth = 0
    private var nodes = 0

    init(_ pattern: [UInt32], unicode: Bool, strict: Bool, dotAll: Bool) {
        p = pattern
        self.unicode = unicode
        self.strict = strict
        self.dotAll = dotAll
        (totalGroups, hasNamedGroups) = RegexParser.countGroups(pattern)
    }

    mutating func parse() throws(JSRegex.SyntaxError) -> JSRegex.Node {
        let node = try alternation()
        if i < p.count {
            throw error(p[i] == 0x29 ? "Unmatched ')'" : "Unexpected character")
        }
        if strict, let missing = pendingNames.first(where: { names[$0] == nil }) {
            throw error("Invalid named capture referenced: \(missing)")
        }
        return node
    }

    private var pendingNames: [String] = []

    private func error(_ m: String) -> JSRegex.SyntaxError { JSRegex.SyntaxError(message: "Invalid regular expression: \(m)") }

    /// Counts capturing groups outside character classes, and whether any is named.
    private static func countGroups(_ p: [UInt32]) -> (Int, Bool) {
        var count = 0, named = false, inClass = false, k = 0
        while k < p.count {
            switch p[k] {
            case 0x5C: k += 1
            case 0x5B: inClass = true
            case 0x5D: inClass = false
            case 0x28 where !inClass:
                if k + 1 < p.count, p[k + 1] == 0x3F {
                    if k + 2 < p.count, p[k + 2] == 0x3C, k + 3 < p.count, p[k + 3] != 0x3D, p[k + 3] != 0x21 {
                        count += 1
                        named = true
                    }
                } else {
                    count += 1
                }
            default: break
            }
            k += 1
        }
        return (count, named)
    }

    private mutating func alternation() throws(JSRegex.SyntaxError) -> JSRegex.Node {
        depth += 1
        defer { depth -= 1 }
        if depth > 100 { throw error("nested too deeply") }
        var options: [JSRegex.Node] = [try sequence()]
        while i < p.count && p[i] == 0x7C {
            i += 1
            options.append(try sequence())
        }
        if options.count == 1 { return options[0] }
        return mergedUnits(options) ?? .alternation(options)
    }

    /// `(.|\n)`, `a|b|[cd]`: an alternation of single characters is one character set, which
    /// the matcher repeats in a loop instead of a recursion per character.
    private func mergedUnits(_ options: [JSRegex.Node]) -> JSRegex.Node? {
        var merged = JSRegex.CharSet()
        for option in options {
            switch option {
            case .char(let c): merged.ranges.append((c, c))
            case .set(let s): merged.nested.append(s)
            case .any:
                var notTerminator = JSRegex.CharSet(ranges: dotAll ? [] : [(0x0A, 0x0A), (0x0D, 0x0D), (0x2028, 0x2029)])
                notTerminator.negated = true
                merged.nested.append(notTerminator)
            default: return nil
            }
        }
        return .set(merged)
    }

    /// The fewest and most units `node` can match (nil: no bound).
    static func width(_ node: JSRegex.Node) -> (Int, Int?) {
        switch node {
        case .empty, .lineStart, .lineEnd, .wordBoundary, .look: return (0, 0)
        case .char, .any, .set: return (1, 1)
        case .group(let inner, _): return width(inner)
        case .backReference, .namedBackReference: return (0, nil)
        case .sequence(let items):
            var lo = 0, hi: Int? = 0
            for item in items {
                let (a, b) = width(item)
                lo = min(lo + a, 1 << 40)
                hi = hi.flatMap { h in b.map { min(h + $0, 1 << 40) } }
            }
            return (lo, hi)
        case .alternation(let options):
            let widths = options.map(width)
            let hi = widths.contains { $0.1 == nil } ? nil : widths.compactMap(\.1).max()
            return (widths.map(\.0).min() ?? 0, hi)
        case .repetition(let inner, let min, let max, _):
            let (a, b) = width(inner)
            let hi: Int? = max == .max ? (b == 0 ? 0 : nil) : b.map { Swift.min($0 * max, 1 << 40) }
            return (Swift.min(a * min, 1 << 40), hi)
        }
    }

    /// Whether `node` holds a capturing group.
    static func captures(_ node: JSRegex.Node) -> Bool {
        switch node {
        case .group(_, let index?): return index > 0
        case .group(let inner, nil), .look(let inner, _, _, _), .repetition(let inner, _, _, _): return captures(inner)
        case .sequence(let items), .alternation(let items): return items.contains(where: captures)
        default: return false
        }
    }

    private mutating func sequence() throws(JSRegex.SyntaxError) -> JSRegex.Node {
        var items: [JSRegex.Node] = []
        while i < p.count && p[i] != 0x7C && p[i] != 0x29 {
            nodes += 1
            if nodes > 20_000 { throw error("pattern too large") }
            let atomStart = i
            var atom = try self.atom()
            let quantifiable: Bool
            switch atom {
            case .lineStart, .lineEnd, .wordBoundary: quantifiable = false
            case .look(_, let ahead, _, _): quantifiable = ahead && !strict
            default: quantifiable = true
            }
            if let (min, max) = try quantifier() {
                guard quantifiable, i > atomStart else { throw error("Nothing to repeat") }
                var greedy = true
                if i < p.count && p[i] == 0x3F { greedy = false; i += 1 }
                atom = .repetition(atom, min: min, max: max, greedy: greedy)
            }
            items.append(atom)
        }
        if items.isEmpty { return .empty }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func quantifier() throws(JSRegex.SyntaxError) -> (Int, Int)? {
        guard i < p.count else { return nil }
        switch p[i] {
        case 0x2A: i += 1; return (0, .max)
        case 0x2B: i += 1; return (1, .max)
        case 0x3F: i += 1; return (0, 1)
        case 0x7B:
            let save = i
            i += 1
            guard let lo = number() else { i = save; return nil }
            var hi = lo
            if i < p.count && p[i] == 0x2C {
                i += 1
                hi = number() ?? .max
            }
            guard i < p.count && p[i] == 0x7D else { i = save; return nil }
            i += 1
            if hi < lo { throw error("numbers out of order in {} quantifier") }
            return (lo, hi)
        default:
            return nil
        }
    }

    private mutating func number() -> Int? {
        let start = i
        var n = 0
        while i < p.count && p[i] >= 0x30 && p[i] <= 0x39 {
            n = min(n * 10 + Int(p[i] - 0x30), 1_000_000)
            i += 1
        }
        return i > start ? n : nil
    }

    private mutating func atom() throws(JSRegex.SyntaxError) -> JSRegex.Node {
        let c = p[i]
        switch c {
        case 0x5E: i += 1; return .lineStart
        case 0x24: i += 1; return .lineEnd
        case 0x2E: i += 1; return .any
        case 0x28: return try group()
        case 0x5B: return try characterClass()
        case 0x5C: return try escape()
        case 0x2A, 0x2B, 0x3F: throw error("Nothing to repeat")
        case 0x7B:
            // A brace that does not start a quantifier is a literal (web compatibility).
            let save = i
            if (try? quantifier()) != nil, i > save { throw error("Nothing to repeat") }
            if strict { throw error("Lone quantifier brackets") }
            i = save + 1
            return .char(c)
        case 0x7D, 0x5D:
            if strict { throw error("Lone quantifier brackets") }
            i += 1
            return .char(c)
        default:
            i += 1
            return .char(c)
        }
    }

    private mutating func group() throws(JSRegex.SyntaxError) -> JSRegex.Node {
        i += 1
        var capture: Int? = nil
        var look: (ahead: Bool, negate: Bool)? = nil
        if i + 1 < p.count && p[i] == 0x3F {
            let k = p[i + 1]
            switch k {
            case 0x3A: i += 2
            case 0x3D: i += 2; look = (true, false)
            case 0x21: i += 2; look = (true, true)
            case 0x3C:
                if i + 2 < p.count && (p[i + 2] == 0x3D || p[i + 2] == 0x21) {
                    look = (false, p[i + 2] == 0x21)
                    i += 3
                } else {
                    i += 2
                    let name = try groupName()
                    if names[name] != nil { throw error("Duplicate capture group name") }
                    groupCount += 1
                    capture = groupCount
                    names[name] = groupCount
                }
            default:
                throw error("Invalid group")
            }
        } else {
            groupCount += 1
            capture = groupCount
        }
        let inner = try alternation()
        guard i < p.count && p[i] == 0x29 else { throw error("Unterminated group") }
        i += 1
        if let look {
            let (lo, hi) = RegexParser.width(inner)
            let info = JSRegex.LookInfo(minWidth: lo, maxWidth: hi, captures: RegexParser.captures(inner))
            return .look(inner, ahead: look.ahead, negate: look.negate, info: info)
        }
        return .group(inner, capture)
    }

    /// `name>` after `(?<` or `\k<`: an identifier.
    private mutating func groupName() throws(JSRegex.SyntaxError) -> String {
        let start = i
        while i < p.count && p[i] != 0x3E {
            let c = p[i]
            let ok =
                c == 0x24 || c == 0x5F || (c >= 0x30 && c <= 0x39 && i > start)
                || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c >= 0x80
            guard ok else { throw error("Invalid capture group name") }
            i += 1
        }
        guard i < p.count, i > start else { throw error("Invalid capture group name") }
        var scalars = String.UnicodeScalarView()
        for u in p[start..<i] { scalars.append(Unicode.Scalar(u) ?? "\u{FFFD}") }
        i += 1
        return String(scalars)
    }

    private static let digit = JSRegex.CharSet(ranges: [(0x30, 0x39)])
    private static let word = JSRegex.CharSet(ranges: [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)])
    private static let space = JSRegex.CharSet(ranges: [
        (0x09, 0x0D), (0x20, 0x20), (0xA0, 0xA0), (0x1680, 0x1680),
        (0x2000, 0x200A), (0x2028, 0x2029), (0x202F, 0x202F),
        (0x205F, 0x205F), (0x3000, 0x3000), (0xFEFF, 0xFEFF)
    ])

    private static func classEscape(_ c: UInt32) -> JSRegex.CharSet? {
        switch c {
        case 0x64: return digit
        case 0x44: var s = digit; s.negated = true; return s
        case 0x77: return word
        case 0x57: var s = word; s.negated = true; return s
        case 0x73: return space
        case 0x53: var s = space; s.negated = true; return s
        default: return nil
        }
    }

    /// `\d`, `\w`, `\s` (and negations), and with the `unicode` flag `\p{…}`/`\P{…}`; `i` is
    /// at the letter after the backslash.
    private mutating func setEscape() throws(JSRegex.SyntaxError) -> JSRegex.CharSet? {
        let c = p[i]
        if let set = RegexParser.classEscape(c) { i += 1; return set }
        guard unicode, c == 0x70 || c == 0x50 else { return nil }
        i += 1
        guard i < p.count, p[i] == 0x7B, let close = p[i...].firstIndex(of: 0x7D) else {
            throw error("Invalid property name")
        }
        let name = String(decoding: p[(i + 1)..<close].map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)
        guard let property = UnicodeProperty(name) else { throw error("Invalid property name \(name)") }
        i = close + 1
        var set = JSRegex.CharSet()
        set.property = property
        set.negated = c == 0x50
        return set
    }

    private mutating func escape() throws(JSRegex.SyntaxError) -> JSRegex.Node {
        i += 1
        guard i < p.count else { throw error("\\ at end of pattern") }
        let c = p[i]
        if let set = try setEscape() { return .set(set) }
        switch c {
        case 0x62: i += 1; return .wordBoundary(true)
        case 0x42: i += 1; return .wordBoundary(false)
        case 0x31...0x39:
            let save = i
            let n = number() ?? 0
            if n <= totalGroups { return .backReference(n) }
            if strict { throw error("Invalid escape") }
            i = save
            return .char(legacyEscape())
        case 0x6B where strict || hasNamedGroups:
            i += 1
            guard i < p.count, p[i] == 0x3C else { throw error("Invalid named reference") }
            i += 1
            let name = try groupName()
            pendingNames.append(name)
            return .namedBackReference(name)
        default:
            return .char(try characterEscape(inClass: false))
        }
    }

    /// `\1`…`\7` as octal escapes (up to three digits, at most 0o377), `\8` and `\9` as digits.
    private mutating func legacyEscape() -> UInt32 {
        let first = p[i]
        i += 1
        guard first <= 0x37 else { return first }
        var v = first - 0x30
        var digits = 1
        while digits < 3, i < p.count, p[i] >= 0x30, p[i] <= 0x37, v * 8 + (p[i] - 0x30) <= 0o377 {
            v = v * 8 + (p[i] - 0x30)
            i += 1
            digits += 1
        }
        return v
    }

    private static func isSyntaxCharacter(_ c: UInt32) -> Bool {
        switch c {
        case 0x5E, 0x24, 0x5C, 0x2E, 0x2A, 0x2B, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x7C, 0x2F: return true
        default: return false
        }
    }

    /// `\n`, `\xHH`, `\uHHHH`, `\u{H…}`, `\cX`, `\0`, identity escapes; `i` is at the character
    /// after the backslash.
    private mutating func characterEscape(inClass: Bool) throws(JSRegex.SyntaxError) -> UInt32 {
        let c = p[i]
        i += 1
        switch c {
        case 0x6E: return 0x0A
        case 0x72: return 0x0D
        case 0x74: return 0x09
        case 0x76: return 0x0B
        case 0x66: return 0x0C
        case 0x30:
            if i < p.count, p[i] >= 0x30, p[i] <= 0x39 {
                if strict { throw error("Invalid decimal escape") }
                i -= 1
                return legacyEscape()
            }
            return 0
        case 0x31...0x39 where !strict:
            i -= 1
            return legacyEscape()
        case 0x78:
            if let v = hex(2) { return v }
            if strict { throw error("Invalid escape") }
            return c
        case 0x75:
            return try unicodeEscape()
        case 0x63:
            if i < p.count, (p[i] >= 0x41 && p[i] <= 0x5A) || (p[i] >= 0x61 && p[i] <= 0x7A) {
                let v = p[i] % 32
                i += 1
                return v
            }
            if strict { throw error("Invalid unicode escape") }
            i -= 1
            return 0x5C
        default:
            if strict && !RegexParser.isSyntaxCharacter(c) && !(inClass && c == 0x2D) {
                throw error("Invalid escape")
            }
            return c
        }
    }

    /// After `\u`: four hex digits (a surrogate pair joined with the `unicode` flag) or `{…}`.
    private mutating func unicodeEscape() throws(JSRegex.SyntaxError) -> UInt32 {
        if unicode, i < p.count, p[i] == 0x7B {
            let save = i
            i += 1
            var v: UInt32 = 0
            var digits = 0
            while i < p.count, let d = RegexParser.hexValue(p[i]), v <= 0x10FFFF {
                v = v * 16 + d
                digits += 1
                i += 1
            }
            if digits > 0, v <= 0x10FFFF, i < p.count, p[i] == 0x7D {
                i += 1
                return v
            }
            if strict { throw error("Invalid Unicode escape") }
            i = save
            return 0x75
        }
        guard let v = hex(4) else {
            if strict { throw error("Invalid Unicode escape") }
            return 0x75
        }
        if unicode, v >= 0xD800, v < 0xDC00, i + 5 < p.count, p[i] == 0x5C, p[i + 1] == 0x75 {
            let save = i
            i += 2
            if let low = hex(4), low >= 0xDC00, low < 0xE000 {
                return 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
            }
            i = save
        }
        return v
    }

    private static func hexValue(_ d: UInt32) -> UInt32? {
        switch d {
        case 0x30...0x39: return d - 0x30
        case 0x41...0x46: return d - 0x41 + 10
        case 0x61...0x66: return d - 0x61 + 10
        default: return nil
        }
    }

    private mutating func hex(_ count: Int) -> UInt32? {
        guard i + count <= p.count else { return nil }
        var v: UInt32 = 0
        for j in 0..<count {
            guard let x = RegexParser.hexValue(p[i + j]) else { return nil }
            v = v * 16 + x
        }
        i += count
        return v
    }

    private mutating func characterClass() throws(JSRegex.SyntaxError) -> JSRegex.Node {
        i += 1
        var set = JSRegex.CharSet()
        if i < p.count && p[i] == 0x5E { set.negated = true; i += 1 }
        while true {
            guard i < p.count else { throw error("Unterminated character class") }
            if p[i] == 0x5D { i += 1; break }
            let lo = try classAtom()
            guard case .unit(let low) = lo else {
                if case .set(let s) = lo { set.nested.append(s) }
                // After a class escape, `-` is a literal (web compatibility); strict forbids the range.
                if strict, i + 1 < p.count, p[i] == 0x2D, p[i + 1] != 0x5D { throw error("Invalid character class") }
                continue
            }
            guard i + 1 < p.count && p[i] == 0x2D && p[i + 1] != 0x5D else {
                set.ranges.append((low, low))
                continue
            }
            i += 1
            guard case .unit(let high) = try classAtom() else {
                if strict { throw error("Invalid character class") }
                set.ranges.append((low, low))
                set.ranges.append((0x2D, 0x2D))
                continue
            }
            if high < low { throw error("Range out of order in character class") }
            set.ranges.append((low, high))
        }
        return .set(set)
    }

    private enum ClassAtom {
        case unit(UInt32)
        case set(JSRegex.CharSet)
    }

    /// One class member: a character, or a class escape such as `\d`.
    private mutating func classAtom() throws(JSRegex.SyntaxError) -> ClassAtom {
        let c = p[i]
        guard c == 0x5C else {
            i += 1
            return .unit(c)
        }
        i += 1
        guard i < p.count else { throw error("\\ at end of pattern") }
        if let s = try setEscape() { return .set(s) }
        if p[i] == 0x62 { i += 1; return .unit(0x08) }
        if p[i] == 0x2D { i += 1; return .unit(0x2D) }
        return .unit(try characterEscape(inClass: true))
    }
}
