/// The backtracking matcher: continuation-passing over the pattern tree, with a step
/// budget and a bound on recursion. One matcher serves every start offset of a search.
struct Matcher {
    let regex: JSRegex
    let input: [UInt32]
    var budget: Int
    var exhausted = false
    var captures: [Int]
    var depth = 0

    init(regex: JSRegex, input: [UInt32], budget: Int) {
        self.regex = regex
        self.input = input
        self.budget = budget
        captures = Array(repeating: -1, count: 2 * (regex.groupCount + 1))
    }

    /// The end of a match starting at `start` and the captures, or nil.
    mutating func run(at start: Int) -> (Int, [Int])? {
        for k in captures.indices { captures[k] = -1 }
        var end = -1
        let ok = match(regex.root, start) { _, i in
            end = i
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
        case .char, .any, .set:
            guard i < input.count, matchesUnit(node, input[i]) else { return false }
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
            return matchCapture(inner, index, i, k)
        case .look(let inner, let ahead, let negate, let info):
            return matchLook(inner, ahead: ahead, negate: negate, info: info, i, k)
        case .backReference(let n):
            return matchBackReference(n, i, k)
        case .namedBackReference(let name):
            return matchBackReference(regex.groupNames[name] ?? 0, i, k)
        case .sequence(let items):
            return matchSequence(items[...], i, k)
        case .alternation(let options):
            for option in options {
                if match(option, i, k) { return true }
                if exhausted { return false }
            }
            return false
        case .repetition(let inner, let min, let max, let greedy):
            if isSingleUnit(inner) {
                return repeatSingle(inner, i, min, max, greedy, k)
            }
            if case .group(let unit, let index?) = inner, isSingleUnit(unit) {
                // `(.)*`: a loop, the group capturing the last character matched.
                return repeatSingle(unit, i, min, max, greedy) { m, j in
                    let s = m.captures[2 * index], e = m.captures[2 * index + 1]
                    if j > i {
                        m.captures[2 * index] = j - 1
                        m.captures[2 * index + 1] = j
                    }
                    if k(&m, j) { return true }
                    m.captures[2 * index] = s
                    m.captures[2 * index + 1] = e
                    return false
                }
            }
            return repeatGeneral(inner, i, 0, min, max, greedy, k)
        }
    }

    private mutating func matchCapture(_ inner: JSRegex.Node, _ index: Int, _ i: Int, _ k: (inout Matcher, Int) -> Bool) -> Bool {
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
    }

    private mutating func matchLook(_ inner: JSRegex.Node, ahead: Bool, negate: Bool, info: JSRegex.LookInfo, _ i: Int,
                                    _ k: (inout Matcher, Int) -> Bool) -> Bool {
        let saved = info.captures ? captures : []
        var matched: Bool
        if ahead {
            matched = match(inner, i) { _, _ in true }
        } else {
            // Only the starts from which the body can end at `i`.
            matched = false
            var s = i - info.minWidth
            let lowest = info.maxWidth.map { Swift.max(0, i - $0) } ?? 0
            while s >= lowest && !matched && !exhausted {
                matched = match(inner, s) { _, j in j == i }
                s -= 1
            }
        }
        if exhausted { return false }
        if negate {
            if info.captures { captures = saved }
            return matched ? false : k(&self, i)
        }
        guard matched else {
            if info.captures { captures = saved }
            return false
        }
        if k(&self, i) { return true }
        if info.captures { captures = saved }
        return false
    }

    private mutating func matchBackReference(_ n: Int, _ i: Int, _ k: (inout Matcher, Int) -> Bool) -> Bool {
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
    }

    private mutating func matchSequence(_ items: ArraySlice<JSRegex.Node>, _ i: Int, _ k: (inout Matcher, Int) -> Bool) -> Bool {
        guard let first = items.first else { return k(&self, i) }
        let rest = items.dropFirst()
        if rest.isEmpty { return match(first, i, k) }
        return match(first, i) { m, j in m.matchSequence(rest, j, k) }
    }

    private func isSingleUnit(_ node: JSRegex.Node) -> Bool {
        switch node {
        case .char, .any, .set: return true
        default: return false
        }
    }

    private func matchesUnit(_ node: JSRegex.Node, _ c: UInt32) -> Bool {
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

    private func isLineTerminator(_ c: UInt32) -> Bool {
        c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029
    }
}
