/// The backtracking machine: runs a `Program` over the input with an explicit stack of
/// choice points and undo records, counting its steps against a budget. Only a lookaround
/// runs its body in a nested call (the depth is the pattern's lookaround nesting).
struct Matcher {
    let regex: JSRegex
    let input: [UInt32]
    var budget: Int
    var exhausted = false
    var captures: [Int]
    private var counters: [Int]
    private var loopStarts: [Int]

    /// What backtracking undoes or resumes.
    private enum Frame {
        case resume(pc: Int, pos: Int)
        /// A lazy loop's deferred iteration.
        case enterLoop(loop: Int, pc: Int, pos: Int)
        case capture(slot: Int, value: Int)
        case counter(loop: Int, value: Int)
        case loopStart(loop: Int, value: Int)
        /// The next count of a greedy (fewer) or lazy (more) single-unit repetition.
        case greedyUnits(pc: Int, start: Int, count: Int, min: Int)
        case lazyUnits(pc: Int, start: Int, count: Int, max: Int)
    }

    init(regex: JSRegex, input: [UInt32], budget: Int) {
        self.regex = regex
        self.input = input
        self.budget = budget
        captures = Array(repeating: -1, count: 2 * (regex.groupCount + 1))
        counters = Array(repeating: 0, count: regex.program.loopCount)
        loopStarts = Array(repeating: -1, count: regex.program.loopCount)
    }

    /// The end of a match starting at `start` and the captures, or nil.
    mutating func run(at start: Int) -> (Int, [Int])? {
        for k in captures.indices { captures[k] = -1 }
        guard let end = execute(0, at: start, requireEnd: nil) else { return nil }
        captures[0] = start
        captures[1] = end
        return (end, captures)
    }

    /// Runs program `p` from `start`; its end, or nil. `requireEnd` (look-behind) rejects a
    /// match that ends elsewhere.
    private mutating func execute(_ p: Int, at start: Int, requireEnd: Int?) -> Int? {
        let code = regex.program.programs[p]
        var frames: [Frame] = []
        var pc = 0
        var pos = start
        while true {
            budget -= 1
            if budget < 0 { exhausted = true; return nil }
            if case .match = code[pc] {
                if requireEnd == nil || requireEnd == pos { return pos }
            } else if step(code[pc], &pc, &pos, &frames) {
                continue
            }
            if exhausted { return nil }
            guard let (nextPC, nextPos) = backtrack(&frames) else { return nil }
            pc = nextPC
            pos = nextPos
        }
    }

    /// Executes one instruction; false when it fails.
    private mutating func step(
        _ instruction: Program.Instruction, _ pc: inout Int, _ pos: inout Int,
        _ frames: inout [Frame]
    ) -> Bool {
        switch instruction {
        case .unit(let u):
            guard pos < input.count, matches(u, input[pos]) else { return false }
            pos += 1
        case .units(let u, let min, let max, let greedy):
            return repeatUnits(u, min: min, max: max, greedy: greedy, &pc, &pos, &frames)
        case .lineStart:
            guard pos == 0 || (regex.multiline && isLineTerminator(input[pos - 1])) else { return false }
        case .lineEnd:
            guard pos == input.count || (regex.multiline && isLineTerminator(input[pos])) else { return false }
        case .wordBoundary(let want):
            let a = pos > 0 && JSRegex.isWordChar(input[pos - 1])
            let b = pos < input.count && JSRegex.isWordChar(input[pos])
            guard (a != b) == want else { return false }
        case .split(let first, let second):
            frames.append(.resume(pc: second, pos: pos))
            pc = first
            return true
        case .jump(let target):
            pc = target
            return true
        case .save(let slot):
            frames.append(.capture(slot: slot, value: captures[slot]))
            captures[slot] = pos
        case .backReference(let n):
            guard let length = backReference(n, at: pos) else { return false }
            pos += length
        case .look(let program, let ahead, let negate, let info):
            guard look(program, ahead: ahead, negate: negate, info: info, at: pos, &frames) else { return false }
        case .loopInit(let loop):
            frames.append(.counter(loop: loop, value: counters[loop]))
            counters[loop] = 0
        case .loop(let loop, let min, let max, let greedy, let exit):
            return enterLoop(loop, min: min, max: max, greedy: greedy, exit: exit, &pc, pos, &frames)
        case .loopEnd(let loop, let min, let top):
            // An iteration that matched nothing ends the loop (JavaScript's empty check).
            if pos == loopStarts[loop] && counters[loop] + 1 > min { return false }
            frames.append(.counter(loop: loop, value: counters[loop]))
            counters[loop] += 1
            pc = top
            return true
        case .match:
            return false
        }
        pc += 1
        return true
    }

    private mutating func enterLoop(
        _ loop: Int, min: Int, max: Int, greedy: Bool, exit: Int, _ pc: inout Int, _ pos: Int,
        _ frames: inout [Frame]
    ) -> Bool {
        let count = counters[loop]
        if count >= max {
            pc = exit
            return true
        }
        if count >= min {
            if !greedy {
                frames.append(.enterLoop(loop: loop, pc: pc + 1, pos: pos))
                pc = exit
                return true
            }
            frames.append(.resume(pc: exit, pos: pos))
        }
        frames.append(.loopStart(loop: loop, value: loopStarts[loop]))
        loopStarts[loop] = pos
        pc += 1
        return true
    }

    private mutating func repeatUnits(
        _ u: Program.Unit, min: Int, max: Int, greedy: Bool, _ pc: inout Int, _ pos: inout Int,
        _ frames: inout [Frame]
    ) -> Bool {
        var count = 0
        while count < max && pos + count < input.count && matches(u, input[pos + count]) {
            count += 1
            budget -= 1
        }
        if budget < 0 { exhausted = true }
        guard count >= min, !exhausted else { return false }
        if greedy {
            if count > min { frames.append(.greedyUnits(pc: pc + 1, start: pos, count: count - 1, min: min)) }
            pos += count
        } else {
            if count > min { frames.append(.lazyUnits(pc: pc + 1, start: pos, count: min + 1, max: count)) }
            pos += min
        }
        pc += 1
        return true
    }

    /// Undoes frames down to the latest choice point; its program counter and position.
    private mutating func backtrack(_ frames: inout [Frame]) -> (Int, Int)? {
        while let frame = frames.popLast() {
            switch frame {
            case .resume(let pc, let pos):
                return (pc, pos)
            case .enterLoop(let loop, let pc, let pos):
                frames.append(.loopStart(loop: loop, value: loopStarts[loop]))
                loopStarts[loop] = pos
                return (pc, pos)
            case .capture(let slot, let value): captures[slot] = value
            case .counter(let loop, let value): counters[loop] = value
            case .loopStart(let loop, let value): loopStarts[loop] = value
            case .greedyUnits(let pc, let start, let count, let min):
                if count > min { frames.append(.greedyUnits(pc: pc, start: start, count: count - 1, min: min)) }
                return (pc, start + count)
            case .lazyUnits(let pc, let start, let count, let max):
                if count < max { frames.append(.lazyUnits(pc: pc, start: start, count: count + 1, max: max)) }
                return (pc, start + count)
            }
        }
        return nil
    }

    /// A lookaround is atomic: its body's choice points are dropped once it matched, but the
    /// captures it set stay (undone on backtracking past it).
    private mutating func look(
        _ program: Int, ahead: Bool, negate: Bool, info: JSRegex.LookInfo, at pos: Int,
        _ frames: inout [Frame]
    ) -> Bool {
        let saved = info.captures ? captures : []
        var matched = false
        if ahead {
            matched = execute(program, at: pos, requireEnd: nil) != nil
        } else {
            // Only the starts from which the body can end here.
            var s = pos - info.minWidth
            let lowest = info.maxWidth.map { Swift.max(0, pos - $0) } ?? 0
            while s >= lowest && !matched && !exhausted {
                matched = execute(program, at: s, requireEnd: pos) != nil
                s -= 1
            }
        }
        if exhausted { return false }
        if negate || !matched {
            if info.captures { captures = saved }
            return negate != matched
        }
        if info.captures {
            for slot in saved.indices where saved[slot] != captures[slot] {
                frames.append(.capture(slot: slot, value: saved[slot]))
            }
        }
        return true
    }

    /// The length matched by back reference `n` at `pos` (0 for a group that captured
    /// nothing), or nil.
    private func backReference(_ n: Int, at pos: Int) -> Int? {
        guard n > 0, 2 * n + 1 < captures.count else { return 0 }
        let s = captures[2 * n], e = captures[2 * n + 1]
        guard s >= 0 && e >= s else { return 0 }
        let length = e - s
        guard pos + length <= input.count else { return nil }
        for t in 0..<length {
            let a = input[s + t], b = input[pos + t]
            guard a == b || (regex.ignoreCase && JSRegex.sameIgnoringCase(a, b)) else { return nil }
        }
        return length
    }

    private func matches(_ u: Program.Unit, _ c: UInt32) -> Bool {
        switch u {
        case .char(let x): return x == c || (regex.ignoreCase && JSRegex.sameIgnoringCase(x, c))
        case .any: return regex.dotAll || !isLineTerminator(c)
        case .set(let s): return s.contains(c, ignoreCase: regex.ignoreCase)
        }
    }

    private func isLineTerminator(_ c: UInt32) -> Bool {
        c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029
    }
}
