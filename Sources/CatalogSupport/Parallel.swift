import Dispatch
import Foundation

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

/// Maps `items` on all cores like `parallelMap`, from worker threads rather than
/// `concurrentPerform`, for a few large jobs of uneven size (a catalog's packages). A
/// `parallelMap` inside `transform` then spreads over every core that is idle: one inside
/// `concurrentPerform` gets only its caller's share of the cores (none to spare on two), so a
/// large package left at the end would be built by one core while the others wait.
public func parallelJobs<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    if items.count <= 1 { return items.map(transform) }
    let box = ResultSlots<R>(count: items.count)
    let next = NextIndex(below: items.count)
    let group = DispatchGroup()
    withoutActuallyEscaping(transform) { transform in
        // This thread works too, so the jobs go on even when no other thread is free.
        for _ in 1..<min(items.count, ProcessInfo.processInfo.activeProcessorCount) {
            DispatchQueue.global().async(group: group) {
                while let i = next.take() { box.set(i, transform(items[i])) }
            }
        }
        while let i = next.take() { box.set(i, transform(items[i])) }
        group.wait()
    }
    return box.values()
}

/// Hands out 0, 1, 2… below a bound, each once, to whichever thread asks.
private final class NextIndex: @unchecked Sendable {
    private var value = 0
    private let bound: Int
    private let lock = NSLock()

    init(below bound: Int) { self.bound = bound }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < bound else { return nil }
        value += 1
        return value - 1
    }
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

/// Work started on another thread now, whose result is waited for where it is first needed
/// (the last build's records are read while the changed packages are already being built).
///
/// The work runs on a thread of its own, not in Dispatch's pool: a pool thread that waits
/// (for this, or for a group) keeps its slot, and on two cores the jobs that would let it go
/// on could then wait for a thread.
public final class Pending<Value: Sendable>: @unchecked Sendable {
    private let done = NSCondition()
    private var result: Value?
    private var finished = false
    private let work: @Sendable () -> Value

    public init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        let thread = Thread { [self] in
            let value = work()
            done.lock()
            // Consumed: the thread keeps no reference once the result is set (`take`).
            result = consume value
            finished = true
            done.broadcast()
            done.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// A value that is already known.
    public init(ready value: Value) {
        work = { value }
        result = value
        finished = true
    }

    /// The result, handed over once the work is done: the `Pending` keeps no reference to
    /// it, so a large value is freed by its last user rather than with the `Pending`. nil
    /// when it was taken before.
    public func take() -> Value? {
        done.lock()
        while !finished { done.wait() }
        let value = result
        result = nil
        done.unlock()
        return value
    }

    /// The result, once the work is done (at once after that; worked out again if it was
    /// taken).
    public var value: Value {
        done.lock()
        while !finished { done.wait() }
        let value = result
        done.unlock()
        // The result is set before `finished`.
        return value ?? work()
    }
}
