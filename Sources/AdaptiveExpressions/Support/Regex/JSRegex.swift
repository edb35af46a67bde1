/// A JavaScript regular expression (the syntax `isMatch` and `replaceIgnoreCase` accept),
/// matched by a backtracking matcher over UTF-16 code units that counts its steps, so a
/// pathological pattern fails with a budget error instead of hanging.
struct JSRegex: Sendable {
    struct SyntaxError: Error, Sendable { var message: String }

    indirect enum Node: Sendable {
        case empty
        case char(UInt16)
        case any
        case set(CharSet)
        case lineStart, lineEnd
        case wordBoundary(Bool)
        case group(Node, Int?)
        case look(Node, ahead: Bool, negate: Bool)
        case backReference(Int)
        case sequence([Node])
        case alternation([Node])
        case repetition(Node, min: Int, max: Int, greedy: Bool)
    }

    struct CharSet: Sendable {
        var ranges: [(UInt16, UInt16)] = []
        var negated = false
        func contains(_ c: UInt16, ignoreCase: Bool) -> Bool {
            var hit = ranges.contains { $0.0 <= c && c <= $0.1 }
            if !hit && ignoreCase {
                let alternatives = JSRegex.caseVariants(c)
                hit = alternatives.contains { a in ranges.contains { $0.0 <= a && a <= $0.1 } }
            }
            return hit != negated
        }
    }

    let root: Node
    let groupCount: Int
    let groupNames: [String: Int]
    let ignoreCase: Bool
    let multiline: Bool
    let dotAll: Bool

    /// - Parameters: the pattern, and the flags given outside it. `(?i)`, `(?m)` and `(?s)`
    ///   anywhere in the pattern set flags too, as the official engine allows.
    init(_ pattern: String, ignoreCase: Bool = false, multiline: Bool = false, dotAll: Bool = false) throws(SyntaxError) {
        var p = pattern
        var i = ignoreCase, m = multiline, s = dotAll
        for (flag, apply) in [("(?i)", 0), ("(?m)", 1), ("(?s)", 2)] {
            if let r = p.range(of: flag) {
                p.replaceSubrange(r, with: "")
                switch apply {
                case 0: i = true
                case 1: m = true
                default: s = true
                }
            }
        }
        var parser = RegexParser(Array(p.utf16))
        root = try parser.parse()
        groupCount = parser.groupCount
        groupNames = parser.names
        self.ignoreCase = i
        self.multiline = m
        self.dotAll = s
    }

    // MARK: - Matching

    /// Whether the pattern matches anywhere in `text`; nil when the budget ran out.
    func test(_ text: String, budget: inout Int) -> Bool? {
        let units = Array(text.utf16)
        var start = 0
        while start <= units.count {
            var m = Matcher(regex: self, input: units, budget: budget)
            let r = m.run(at: start)
            budget = m.budget
            if m.exhausted { return nil }
            if r != nil { return true }
            start += 1
        }
        return false
    }

    /// `text.replace(/pattern/g, replacement)` with `$&`, `$1`, `` $` ``, `$'`, `$$`, `$<name>`.
    func replaceAll(in text: String, with replacement: String, budget: inout Int) -> String? {
        let units = Array(text.utf16)
        let rep = Array(replacement.utf16)
        var out: [UInt16] = []
        var last = 0
        var start = 0
        while start <= units.count {
            var m = Matcher(regex: self, input: units, budget: budget)
            let r = m.run(at: start)
            budget = m.budget
            if m.exhausted { return nil }
            guard let (end, captures) = r else {
                start += 1
                continue
            }
            out += units[last..<start]
            expand(rep, match: (start, end), captures: captures, input: units, into: &out)
            last = end
            start = end == start ? end + 1 : end
            if end == units.count && end == last && start > units.count { break }
        }
        if last < units.count { out += units[last...] }
        return String(decoding: out, as: UTF16.self)
    }

    private func expand(_ rep: [UInt16], match: (Int, Int), captures: [Int], input: [UInt16], into out: inout [UInt16]) {
        var i = 0
        func group(_ n: Int) -> ArraySlice<UInt16>? {
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
                    let name = String(decoding: rep[(i + 2)..<close], as: UTF16.self)
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

    static func isWordChar(_ c: UInt16) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F
    }

    /// The other cases of a code unit (simple case mapping).
    static func caseVariants(_ c: UInt16) -> [UInt16] {
        if c >= 0x41 && c <= 0x5A { return [c + 32] }
        if c >= 0x61 && c <= 0x7A { return [c - 32] }
        guard c >= 0x80, let scalar = Unicode.Scalar(UInt32(c)) else { return [] }
        var out: [UInt16] = []
        for v in [String(scalar).uppercased(), String(scalar).lowercased()] {
            let u = Array(v.utf16)
            if u.count == 1 && u[0] != c { out.append(u[0]) }
        }
        return out
    }

    static func sameIgnoringCase(_ a: UInt16, _ b: UInt16) -> Bool {
        a == b || caseVariants(a).contains(b)
    }
}

/// The backtracking matcher: continuation-passing over the pattern tree, with a step
/// budget and a bound on recursion.
private struct Matcher {
    let regex: JSRegex
    let input: [UInt16]
    var budget: Int
    var exhausted = false
    var captures: [Int]
    var depth = 0

    init(regex: JSRegex, input: [UInt16], budget: Int) {
        self.regex = regex
        self.input = input
        self.budget = budget
        captures = Array(repeating: -1, count: 2 * (regex.groupCount + 1))
    }

    mutating func run(at start: Int) -> (Int, [Int])? {
        var end = -1
        let ok = match(regex.root, start) { m, i in
            end = i
            _ = m
            return true
        }
        guard ok, end >= 0 else { return nil }
        captures[0] = start
        captures[1] = end
        return (end, captures)
    }

    private mutating func step() -> Bool {
        budget -= 1
        if budget < 0 || depth > 4_000 { exhausted = true }
        return !exhausted
    }

    /// Matches `node` at `i`, then the continuation `k`.
    mutating func match(_ node: JSRegex.Node, _ i: Int, _ k: (inout Matcher, Int) -> Bool) -> Bool {
        guard step() else { return false }
        depth += 1
        defer { depth -= 1 }
        switch node {
        case .empty:
            return k(&self, i)
        case .char(let c):
            guard i < input.count else { return false }
            let x = input[i]
            guard x == c || (regex.ignoreCase && JSRegex.sameIgnoringCase(x, c)) else { return false }
            return k(&self, i + 1)
        case .any:
            guard i < input.count, regex.dotAll || !isLineTerminator(input[i]) else { return false }
            return k(&self, i + 1)
        case .set(let set):
            guard i < input.count, set.contains(input[i], ignoreCase: regex.ignoreCase) else { return false }
            return k(&self, i + 1)
        case .lineStart:
            guard i == 0 || (regex.multiline && isLineTerminator(input[i - 1])) else { return false }
            return k(&self, i)
        case .lineEnd:
            guard i == input.count || (regex.multiline && isLineTerminator(input[i])) else { return false }
            return k(&self, i)
        case .wordBoundary(let want):
            let a = i > 0 && JSRegex.isWordChar(input[i - 1])
            let b = i < input.count && JSRegex.isWordChar(input[i])
            guard (a != b) == want else { return false }
            return k(&self, i)
        case .group(let inner, let index):
            guard let index else { return match(inner, i, k) }
            let savedStart = captures[2 * index], savedEnd = captures[2 * index + 1]
            let ok = match(inner, i) { m, j in
                let s = m.captures[2 * index], e = m.captures[2 * index + 1]
                m.captures[2 * index] = i
                m.captures[2 * index + 1] = j
                if k(&m, j) { return true }
                m.captures[2 * index] = s
                m.captures[2 * index + 1] = e
                return false
            }
            if !ok {
                captures[2 * index] = savedStart
                captures[2 * index + 1] = savedEnd
            }
            return ok
        case .look(let inner, let ahead, let negate):
            let saved = captures
            var matched: Bool
            if ahead {
                matched = match(inner, i) { _, _ in true }
            } else {
                matched = false
                var s = i
                while s >= 0 && !matched && !exhausted {
                    matched = match(inner, s) { _, j in j == i }
                    s -= 1
                }
            }
            if exhausted { return false }
            if negate {
                captures = saved
                return matched ? false : k(&self, i)
            }
            guard matched else { captures = saved; return false }
            if k(&self, i) { return true }
            captures = saved
            return false
        case .backReference(let n):
            guard n > 0, 2 * n + 1 < captures.count else { return k(&self, i) }
            let s = captures[2 * n], e = captures[2 * n + 1]
            guard s >= 0 && e >= 0 else { return k(&self, i) }
            let length = e - s
            guard i + length <= input.count else { return false }
            for t in 0..<length {
                let a = input[s + t], b = input[i + t]
                guard a == b || (regex.ignoreCase && JSRegex.sameIgnoringCase(a, b)) else { return false }
            }
            return k(&self, i + length)
        case .sequence(let items):
            return matchSequence(items[...], i, k)
        case .alternation(let options):
            for option in options {
                if match(option, i, k) { return true }
                if exhausted { return false }
            }
            return false
        case .repetition(let inner, let min, let max, let greedy):
            if let single = singleUnit(inner) {
                return repeatSingle(single, i, min, max, greedy, k)
            }
            return repeatGeneral(inner, i, 0, min, max, greedy, k)
        }
    }

    private mutating func matchSequence(_ items: ArraySlice<JSRegex.Node>, _ i: Int, _ k: (inout Matcher, Int) -> Bool) -> Bool {
        guard let first = items.first else { return k(&self, i) }
        let rest = items.dropFirst()
        if rest.isEmpty { return match(first, i, k) }
        return match(first, i) { m, j in m.matchSequence(rest, j, k) }
    }

    private func singleUnit(_ node: JSRegex.Node) -> JSRegex.Node? {
        switch node {
        case .char, .any, .set: return node
        default: return nil
        }
    }

    private func matchesUnit(_ node: JSRegex.Node, _ c: UInt16) -> Bool {
        switch node {
        case .char(let x): return x == c || (regex.ignoreCase && JSRegex.sameIgnoringCase(x, c))
        case .any: return regex.dotAll || !isLineTerminator(c)
        case .set(let s): return s.contains(c, ignoreCase: regex.ignoreCase)
        default: return false
        }
    }

    private mutating func repeatSingle(_ unit: JSRegex.Node, _ i: Int, _ min: Int, _ max: Int, _ greedy: Bool,
                                       _ k: (inout Matcher, Int) -> Bool) -> Bool
    {
        var count = 0
        while count < max && i + count < input.count && matchesUnit(unit, input[i + count]) {
            count += 1
            guard step() else { return false }
        }
        guard count >= min else { return false }
        if greedy {
            var c = count
            while c >= min {
                if k(&self, i + c) { return true }
                if exhausted { return false }
                c -= 1
            }
        } else {
            var c = min
            while c <= count {
                if k(&self, i + c) { return true }
                if exhausted { return false }
                c += 1
            }
        }
        return false
    }

    private mutating func repeatGeneral(_ inner: JSRegex.Node, _ i: Int, _ count: Int, _ min: Int, _ max: Int, _ greedy: Bool,
                                        _ k: (inout Matcher, Int) -> Bool) -> Bool
    {
        guard step() else { return false }
        func again(_ m: inout Matcher) -> Bool {
            guard count < max else { return false }
            return m.match(inner, i) { m2, j in
                // An iteration that matched nothing ends the loop (JavaScript's empty check).
                if j == i && count + 1 > min { return false }
                return m2.repeatGeneral(inner, j, count + 1, min, max, greedy, k)
            }
        }
        if greedy {
            if again(&self) { return true }
            if exhausted { return false }
            return count >= min ? k(&self, i) : false
        }
        if count >= min && k(&self, i) { return true }
        if exhausted { return false }
        return again(&self)
    }

    private func isLineTerminator(_ c: UInt16) -> Bool {
        c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029
    }
}
