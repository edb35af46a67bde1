extension Array where Element: Hashable {
    /// The elements without repeats, each first occurrence kept where it was. Most lists
    /// this is asked of are empty or hold a few findings or warnings: up to 16 elements are
    /// compared pairwise, with no hashing; longer ones go through a set sized once.
    public func removingRepeats() -> [Element] {
        if count < 2 { return self }
        if count <= 16 {
            var out: [Element] = []
            out.reserveCapacity(count)
            for e in self where !out.contains(e) { out.append(e) }
            return out
        }
        var seen = Set<Element>(minimumCapacity: count)
        return filter { seen.insert($0).inserted }
    }
}
