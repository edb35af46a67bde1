import Dispatch

/// Maps `items` on all cores; the results keep the input order, so the output does not
/// depend on thread timing.
public func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    if items.count <= 1 { return items.map(transform) }
    let box = ResultSlots<R>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { i in
        box.set(i, transform(items[i]))
    }
    return box.values()
}

/// Runs two pieces of work at once and returns both results: `b` on another thread, `a` on
/// this one. Not `concurrentPerform`, so that a `parallelMap` inside either still gets every
/// core (a nested `concurrentPerform` shares its caller's, and on two cores runs serially).
public func concurrently<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @escaping @Sendable () -> B) -> (A, B) {
    let second = ResultSlots<B>(count: 1)
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { second.set(0, b()) }
    let x = a()
    group.wait()
    // The slot is filled once the group is done.
    guard let y = second.values().first else { return (x, b()) }
    return (x, y)
}

/// One slot per iteration; each is written by exactly one iteration, through a raw pointer
/// (no shared Swift property is mutated concurrently).
private final class ResultSlots<R>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<R?>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
        base.initialize(repeating: nil, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func set(_ i: Int, _ value: R) { (base + i).pointee = value }

    func values() -> [R] { (0..<count).compactMap { base[$0] } }
}
