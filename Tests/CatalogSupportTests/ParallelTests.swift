import CatalogSupport
import Foundation
import Testing

/// The parallel helpers keep their inputs' order, whatever the threads do, and nest.
@Suite struct ParallelTests {
    @Test func resultsKeepTheOrderOfTheItems() {
        let items = Array(0..<500)
        // Uneven work, so that items finish out of order.
        let work: @Sendable (Int) -> Int = { n in (0..<((n * 7919) % 2_000)).reduce(n) { ($0 &* 31) &+ $1 } }
        let expected = items.map(work)
        #expect(parallelMap(items, work) == expected)
        #expect(parallelJobs(items, work) == expected)
        #expect(parallelJobs([7], work) == [work(7)])
        #expect(parallelJobs([Int](), work).isEmpty)
    }

    @Test func parallelMapsNestInsideJobsAndBesideOtherWork() {
        let outer = parallelJobs(Array(0..<8)) { i in parallelMap(Array(0..<100)) { $0 * i }.reduce(0, +) }
        #expect(outer == (0..<8).map { $0 * 4_950 })
        let (a, b) = concurrently({ parallelMap(Array(0..<1_000)) { $0 }.count }, { parallelJobs(Array(0..<10)) { $0 + 1 } })
        #expect(a == 1_000)
        #expect(b == Array(1...10))
    }

    @Test func pendingWorkIsDoneOnceAndWaitedFor() {
        let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let runs = Counter()
        let pending = Pending<[Int]> {
            runs.add()
            started.signal()
            release.wait()
            return Array(0..<3)
        }
        started.wait()
        // Readers on other threads wait until the work is done.
        let readers = DispatchGroup()
        let seen = Counter()
        for _ in 0..<4 {
            DispatchQueue.global().async(group: readers) {
                if pending.value == [0, 1, 2] { seen.add() }
            }
        }
        #expect(readers.wait(timeout: .now() + 0.05) == .timedOut)
        release.signal()
        readers.wait()
        #expect(seen.count == 4)
        #expect(pending.value == [0, 1, 2])
        #expect(runs.count == 1)
        #expect(Pending(ready: 7).value == 7)
    }

    /// `take` hands the result over and lets it go: the value is freed by its taker.
    @Test func takeHandsOverTheResult() {
        final class Payload: Sendable {}
        weak var freed: Payload?
        do {
            let pending = Pending { Payload() }
            var taken: Payload? = pending.take()
            freed = taken
            #expect(freed != nil)
            #expect(pending.take() == nil)
            taken = nil
            _ = taken
            #expect(freed == nil, "the Pending still held the value")
            withExtendedLifetime(pending) {}
        }
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func add() { lock.withLock { n += 1 } }
    var count: Int { lock.withLock { n } }
}
