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

/// Runs two pieces of work at once and returns both results.
public func concurrently<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
    let first = ResultSlots<A>(count: 1)
    let second = ResultSlots<B>(count: 1)
    DispatchQueue.concurrentPerform(iterations: 2) { i in
        if i == 0 { first.set(0, a()) } else { second.set(0, b()) }
    }
    // Both slots are filled by the time concurrentPerform returns.
    guard let x = first.values().first, let y = second.values().first else { return (a(), b()) }
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
