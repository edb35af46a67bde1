import CatalogDiagnostics
import JSONTree

/// Which findings are about which operation: those inside its operation object or its
/// plugin function object. An object runs from where it starts to the next place where an
/// operation, a function or a top-level member starts in the same file.
///
/// Worked out once per package, in O((findings + operations) · log operations): each
/// finding is looked up among the sorted object ranges of its file.
enum DiagnosticAttribution {
    struct Range {
        var start: SourceLocation
        var end: SourceLocation
        var entry: Int
    }

    /// `starts`: every place an object starts, per file (as diagnostics name files).
    static func attribute(_ diagnostics: [Diagnostic], to entries: inout [OperationEntry], starts: [String: [SourceLocation]]) {
        let ranges = self.ranges(of: entries, starts: starts)
        var found = Array(repeating: [Diagnostic](), count: entries.count)
        for d in diagnostics {
            guard let file = d.file, let at = d.location, let list = ranges[file] else { continue }
            // The last range starting at or before the finding, and those that start with it.
            var low = 0, high = list.count
            while low < high {
                let mid = (low + high) / 2
                if list[mid].start <= at { low = mid + 1 } else { high = mid }
            }
            var i = low - 1
            while i >= 0, list[i].start == list[low - 1].start {
                if at < list[i].end { found[list[i].entry].append(d) }
                i -= 1
            }
        }
        for i in entries.indices { entries[i].diagnostics = found[i] }
    }

    static func ranges(of entries: [OperationEntry], starts: [String: [SourceLocation]]) -> [String: [Range]] {
        let sortedStarts = starts.mapValues { Array(Set($0)).sorted() }
        func end(after start: SourceLocation, in file: String) -> SourceLocation {
            let list = sortedStarts[file] ?? []
            var low = 0, high = list.count
            while low < high {
                let mid = (low + high) / 2
                if list[mid] <= start { low = mid + 1 } else { high = mid }
            }
            return low < list.count ? list[low] : SourceLocation(line: Int.max, column: 0)
        }
        var out: [String: [Range]] = [:]
        for (i, e) in entries.enumerated() {
            if let op = e.api { out[op.file, default: []].append(Range(start: op.location, end: end(after: op.location, in: op.file), entry: i)) }
            if let fn = e.function, let l = fn.location {
                out[fn.file, default: []].append(Range(start: l, end: end(after: l, in: fn.file), entry: i))
            }
        }
        return out.mapValues { $0.sorted { $0.start < $1.start } }
    }
}
