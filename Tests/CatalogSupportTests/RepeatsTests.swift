import CatalogSupport
import TestSupport
import Testing

@Suite struct RepeatsTests {
    /// The short (pairwise) and long (hashed) paths give what a set-filter gives: the first
    /// of each value, in order.
    @Test func keepsFirstOccurrencesInOrder() {
        var generator = SeededRandom(seed: 13)
        for length in [0, 1, 2, 3, 15, 16, 17, 40, 300] {
            for _ in 0..<20 {
                let list = (0..<length).map { _ in Int.random(in: 0..<max(1, length / 2), using: &generator) }
                var seen = Set<Int>()
                #expect(list.removingRepeats() == list.filter { seen.insert($0).inserted }, "length \(length)")
            }
        }
    }

    @Test func examples() {
        #expect(["b", "a", "b", "c", "a"].removingRepeats() == ["b", "a", "c"])
        #expect([Int]().removingRepeats().isEmpty)
        #expect(Array(repeating: 7, count: 40).removingRepeats() == [7])
    }
}
