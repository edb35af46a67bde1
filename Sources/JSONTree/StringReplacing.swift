extension String {
    /// Every occurrence of `target` replaced by `replacement`, comparing UTF-8 bytes (no
    /// Unicode normalisation or locale rules: what markup and path building need, and much
    /// faster than Foundation's `replacingOccurrences`).
    public func replacingAll(_ target: String, with replacement: String) -> String {
        let t = Array(target.utf8)
        guard let first = t.first else { return self }
        var out: [UInt8] = []
        var changed = false
        var utf8 = Array(self.utf8)
        let n = utf8.count, m = t.count
        var i = 0
        var run = 0
        out.reserveCapacity(n)
        while i <= n - m {
            if utf8[i] == first {
                var j = 1
                while j < m && utf8[i + j] == t[j] { j += 1 }
                if j == m {
                    out.append(contentsOf: utf8[run..<i])
                    out.append(contentsOf: replacement.utf8)
                    i += m
                    run = i
                    changed = true
                    continue
                }
            }
            i += 1
        }
        guard changed else { return self }
        out.append(contentsOf: utf8[run..<n])
        utf8 = []
        return String(decoding: out, as: UTF8.self)
    }
}
