/// Parses JavaScript regular expression syntax (without the `u` flag) into `JSRegex.Node`s.
struct RegexParser {
    private let p: [UInt16]
    private var i = 0
    private(set) var groupCount = 0
    private(set) var names: [String: Int] = [:]
    private var depth = 0
    private var nodes = 0

    init(_ pattern: [UInt16]) { p = pattern }

    mutating func parse() throws(JSRegex.SyntaxError) -> JSRegex.Node {
        let node = try alternation()
        if i < p.count {
            throw JSRegex.SyntaxError(message: p[i] == 0x29 ? "Unmatched ')'" : "Unexpected character")
        }
        return node
    }

    private func error(_ m: String) -> JSRegex.SyntaxError { JSRegex.SyntaxError(message: "Invalid regular expression: \(m)") }

    private mutating func alternation() throws(JSRegex.SyntaxError) -> JSRegex.Node {
        depth += 1
        defer { depth -= 1 }
        if depth > 100 { throw error("nested too deeply") }
        var options: [JSRegex.Node] = [try sequence()]
        while i < p.count && p[i] == 0x7C {
            i += 1
            options.append(try sequence())
        }
        return options.count == 1 ? options[0] : .alternation(options)
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
            case .look(_, let ahead, _): quantifiable = ahead
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
            i = save + 1
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
                    let start = i
                    while i < p.count && p[i] != 0x3E { i += 1 }
                    guard i < p.count, i > start else { throw error("Invalid capture group name") }
                    let name = String(decoding: p[start..<i], as: UTF16.self)
                    i += 1
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
        if let look { return .look(inner, ahead: look.ahead, negate: look.negate) }
        return .group(inner, capture)
    }

    private static let digit = JSRegex.CharSet(ranges: [(0x30, 0x39)])
    private static let word = JSRegex.CharSet(ranges: [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)])
    private static let space = JSRegex.CharSet(ranges: [(0x09, 0x0D), (0x20, 0x20), (0xA0, 0xA0), (0x1680, 0x1680),
                                                        (0x2000, 0x200A), (0x2028, 0x2029), (0x202F, 0x202F),
                                                        (0x205F, 0x205F), (0x3000, 0x3000), (0xFEFF, 0xFEFF)])

    private static func classEscape(_ c: UInt16) -> JSRegex.CharSet? {
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

    private mutating func escape() throws(JSRegex.SyntaxError) -> JSRegex.Node {
        i += 1
        guard i < p.count else { throw error("\\ at end of pattern") }
        let c = p[i]
        if let set = RegexParser.classEscape(c) { i += 1; return .set(set) }
        switch c {
        case 0x62: i += 1; return .wordBoundary(true)
        case 0x42: i += 1; return .wordBoundary(false)
        case 0x31...0x39:
            let save = i
            let n = number() ?? 0
            if n <= 99 { return .backReference(n) }
            i = save + 1
            return .char(c)
        default:
            return .char(try characterEscape())
        }
    }

    /// `\n`, `\xHH`, `\uHHHH`, `\cX`, `\0`, identity escapes.
    private mutating func characterEscape() throws(JSRegex.SyntaxError) -> UInt16 {
        let c = p[i]
        i += 1
        switch c {
        case 0x6E: return 0x0A
        case 0x72: return 0x0D
        case 0x74: return 0x09
        case 0x76: return 0x0B
        case 0x66: return 0x0C
        case 0x30: return 0
        case 0x78:
            if let v = hex(2) { return v }
            return c
        case 0x75:
            if let v = hex(4) { return v }
            return c
        case 0x63:
            if i < p.count, (p[i] >= 0x41 && p[i] <= 0x5A) || (p[i] >= 0x61 && p[i] <= 0x7A) {
                let v = p[i] % 32
                i += 1
                return v
            }
            i -= 1
            return 0x5C
        default:
            return c
        }
    }

    private mutating func hex(_ count: Int) -> UInt16? {
        guard i + count <= p.count else { return nil }
        var v: UInt16 = 0
        for j in 0..<count {
            let d = p[i + j]
            let x: UInt16
            switch d {
            case 0x30...0x39: x = d - 0x30
            case 0x41...0x46: x = d - 0x41 + 10
            case 0x61...0x66: x = d - 0x61 + 10
            default: return nil
            }
            v = v * 16 + x
        }
        i += count
        return v
    }

    private mutating func characterClass() throws(JSRegex.SyntaxError) -> JSRegex.Node {
        i += 1
        var set = JSRegex.CharSet()
        var nested: [JSRegex.CharSet] = []
        if i < p.count && p[i] == 0x5E { set.negated = true; i += 1 }
        while true {
            guard i < p.count else { throw error("Unterminated character class") }
            if p[i] == 0x5D { i += 1; break }
            guard let lo = try classAtom(&nested) else { continue }
            if i + 1 < p.count && p[i] == 0x2D && p[i + 1] != 0x5D {
                i += 1
                guard let hi = try classAtom(&nested) else {
                    set.ranges.append((lo, lo))
                    set.ranges.append((0x2D, 0x2D))
                    continue
                }
                if hi < lo { throw error("Range out of order in character class") }
                set.ranges.append((lo, hi))
            } else {
                set.ranges.append((lo, lo))
            }
        }
        // Fold class escapes (\d, \W…) inside the class into plain ranges.
        for n in nested {
            if !n.negated {
                set.ranges += n.ranges
            } else {
                var start: UInt32 = 0
                for r in n.ranges.sorted(by: { $0.0 < $1.0 }) {
                    if UInt32(r.0) > start { set.ranges.append((UInt16(start), r.0 - 1)) }
                    start = max(start, UInt32(r.1) + 1)
                }
                if start <= 0xFFFF { set.ranges.append((UInt16(start), 0xFFFF)) }
            }
        }
        return .set(set)
    }

    /// One class member; nil when it was a class escape (added to `nested`).
    private mutating func classAtom(_ nested: inout [JSRegex.CharSet]) throws(JSRegex.SyntaxError) -> UInt16? {
        let c = p[i]
        if c == 0x5C {
            i += 1
            guard i < p.count else { throw error("\\ at end of pattern") }
            if let s = RegexParser.classEscape(p[i]) {
                i += 1
                nested.append(s)
                return nil
            }
            if p[i] == 0x62 { i += 1; return 0x08 }
            if p[i] == 0x2D { i += 1; return 0x2D }
            return try characterEscape()
        }
        i += 1
        return c
    }
}
