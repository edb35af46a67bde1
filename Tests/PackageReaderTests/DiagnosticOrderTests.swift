import CatalogDiagnostics
import JSONTree
import TestSupport
import Testing

@Suite struct DiagnosticOrderTests {
    /// `normalized` compares a finding only with its neighbours of the same sort key: it must
    /// give what sorting and dropping every exact repeat gives, including repeats that differ
    /// from their neighbours only in severity or notes.
    @Test func normalizedDropsExactRepeatsOnly() {
        var random = SeededRandom(seed: 2026)
        let files: [String?] = [nil, "a.json", "b.yaml"]
        let rules = [Rule.plg07, Rule.oas19, Rule.jsonSyntax]
        for round in 0..<300 {
            let list = (0..<Int.random(in: 0..<40, using: &random)).map { _ in
                Diagnostic(
                    Bool.random(using: &random) ? .error : .warning, rules[Int.random(in: 0..<3, using: &random)],
                    ["one", "two"][Int.random(in: 0..<2, using: &random)], file: files[Int.random(in: 0..<3, using: &random)],
                    at: Bool.random(using: &random) ? nil : SourceLocation(line: Int.random(in: 1...2, using: &random), column: 1),
                    notes: Bool.random(using: &random) ? [] : ["note"])
            }
            var seen = Set<Diagnostic>()
            let expected = list.sorted(by: Diagnostic.sortKey).filter { seen.insert($0).inserted }
            #expect(list.normalized == expected, "round \(round)")
        }
    }
}
