/// "Did you mean …?" for words the user mistyped.
enum Suggestions {
    /// The candidate closest to `word` (case-insensitive edit distance), when it is close
    /// enough to be a likely typo: at most a third of the word's letters differ.
    static func nearest(_ word: String, among candidates: [String]) -> String? {
        let w = Array(word.lowercased())
        let scored = candidates.map { (name: $0, distance: distance(w, Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= max(1, w.count / 3 + 1) else { return nil }
        return best.name
    }

    /// Levenshtein distance, with adjacent transpositions counting once (`bulid` → `build`).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous2 = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { current[j] = min(current[j], previous2[j - 2] + 1) }
            }
            previous2 = previous
            previous = current
        }
        return previous[b.count]
    }
}
