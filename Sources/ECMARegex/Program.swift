/// A pattern compiled for the backtracking machine (`Matcher`): flat instruction lists, the
/// first for the pattern, one more per lookaround body. Loops keep their counters in
/// registers, so matching needs neither closures nor recursion (but for lookarounds).
struct Program: Sendable {
    enum Unit: Sendable {
        case char(UInt32)
        case any
        case set(JSRegex.CharSet)
    }

    enum Instruction: Sendable {
        /// Consume one unit.
        case unit(Unit)
        /// `X{min,max}` of one unit: as many as possible (greedy) or as few, backtracking one at a time.
        case units(Unit, min: Int, max: Int, greedy: Bool)
        case lineStart, lineEnd
        case wordBoundary(Bool)
        /// Continue at the first target; on failure, at the second.
        case split(Int, Int)
        case jump(Int)
        /// Capture slot `n` (2 × group, + 1 for its end) takes the position.
        case save(Int)
        case backReference(Int)
        case look(program: Int, ahead: Bool, negate: Bool, info: JSRegex.LookInfo)
        /// Loop `n` starts: its counter is 0.
        case loopInit(Int)
        /// The top of each iteration of loop `n`: iterate, or leave for `exit`.
        case loop(Int, min: Int, max: Int, greedy: Bool, exit: Int)
        /// The end of an iteration: an empty one past `min` fails; else count it and go to `top`.
        case loopEnd(Int, min: Int, top: Int)
        case match
    }

    var programs: [[Instruction]]
    var loopCount: Int

    init(_ root: JSRegex.Node, groupNames: [String: Int]) {
        var builder = Builder(groupNames: groupNames)
        builder.emit(root, into: 0)
        builder.programs[0].append(.match)
        programs = builder.programs
        loopCount = builder.loops
    }

    private struct Builder {
        let groupNames: [String: Int]
        var programs: [[Instruction]] = [[]]
        var loops = 0

        mutating func emit(_ node: JSRegex.Node, into p: Int) {
            switch node {
            case .empty: break
            case .char(let c): programs[p].append(.unit(.char(c)))
            case .any: programs[p].append(.unit(.any))
            case .set(let s): programs[p].append(.unit(.set(s)))
            case .lineStart: programs[p].append(.lineStart)
            case .lineEnd: programs[p].append(.lineEnd)
            case .wordBoundary(let b): programs[p].append(.wordBoundary(b))
            case .group(let inner, let index):
                guard let index else { emit(inner, into: p); return }
                programs[p].append(.save(2 * index))
                emit(inner, into: p)
                programs[p].append(.save(2 * index + 1))
            case .look(let inner, let ahead, let negate, let info):
                let body = programs.count
                programs.append([])
                emit(inner, into: body)
                programs[body].append(.match)
                programs[p].append(.look(program: body, ahead: ahead, negate: negate, info: info))
            case .backReference(let n): programs[p].append(.backReference(n))
            case .namedBackReference(let name): programs[p].append(.backReference(groupNames[name] ?? 0))
            case .sequence(let items):
                for item in items { emit(item, into: p) }
            case .alternation(let options):
                emitAlternation(options, into: p)
            case .repetition(let inner, let min, let max, let greedy):
                emitRepetition(inner, min: min, max: max, greedy: greedy, into: p)
            }
        }

        private mutating func emitAlternation(_ options: [JSRegex.Node], into p: Int) {
            var jumpsToEnd: [Int] = []
            for (n, option) in options.enumerated() {
                if n == options.count - 1 {
                    emit(option, into: p)
                    break
                }
                let split = programs[p].count
                programs[p].append(.split(split + 1, -1))
                emit(option, into: p)
                jumpsToEnd.append(programs[p].count)
                programs[p].append(.jump(-1))
                programs[p][split] = .split(split + 1, programs[p].count)
            }
            let end = programs[p].count
            for j in jumpsToEnd { programs[p][j] = .jump(end) }
        }

        private mutating func emitRepetition(_ inner: JSRegex.Node, min: Int, max: Int, greedy: Bool, into p: Int) {
            switch inner {
            case .char(let c): programs[p].append(.units(.char(c), min: min, max: max, greedy: greedy)); return
            case .any: programs[p].append(.units(.any, min: min, max: max, greedy: greedy)); return
            case .set(let s): programs[p].append(.units(.set(s), min: min, max: max, greedy: greedy)); return
            default: break
            }
            let loop = loops
            loops += 1
            programs[p].append(.loopInit(loop))
            let top = programs[p].count
            programs[p].append(.loop(loop, min: min, max: max, greedy: greedy, exit: -1))
            emit(inner, into: p)
            programs[p].append(.loopEnd(loop, min: min, top: top))
            programs[p][top] = .loop(loop, min: min, max: max, greedy: greedy, exit: programs[p].count)
        }
    }
}
