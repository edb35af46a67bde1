import CatalogDiagnostics
import Testing

/// The clean package every rule case starts from breaks no rule: each case's finding comes
/// from the one thing the case changes.
@Suite struct CleanPackageTests {
    @Test(arguments: ["clean", "me"])
    func theCleanPackageHasNoFindings(_ base: String) {
        let found = RuleHarness.findings(RuleCase(rule: .pkg01, name: "clean", file: "", line: 0, column: 0, base: base))
        #expect(found.filter { $0.severity != .note }.isEmpty, "\(found.map(\.formatted).joined(separator: "\n"))")
    }
}
