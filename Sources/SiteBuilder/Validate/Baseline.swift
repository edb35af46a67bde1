import CatalogDiagnostics
import Foundation
import JSONTree
import CatalogSupport
import PackageReader

/// Findings a team has accepted: the `diagnostics` of an earlier `validate --format json`.
/// A later run leaves out each finding the baseline holds (same rule, file and message; the
/// line may have moved), as many times as the baseline holds it, and reports the rest.
public struct Baseline: Sendable {
    struct Key: Hashable {
        var rule: String
        var file: String
        var message: String
    }

    private var counts: [Key: Int] = [:]

    public init(diagnostics: [Diagnostic]) {
        for d in diagnostics { counts[Self.key(d), default: 0] += 1 }
    }

    /// Reads a baseline file; nil (with the reason) when it is not a `validate --format json` report.
    public static func read(_ url: URL) -> Result<Baseline, Diagnostic> {
        var findings: [Diagnostic] = []
        guard let node = CardFiles.readJSON(url, display: DisplayPath.relative(url, to: nil), into: &findings) else {
            return .failure(findings.first ?? .error(.config, "cannot read the baseline", file: url.path))
        }
        let root = node.jsonValue
        guard root["format"]?.intValue == 1, let list = root["diagnostics"]?.arrayValue else {
            return .failure(.error(.config, "the baseline is not a `validate --format json` report (format 1 with diagnostics)", file: url.path))
        }
        return .success(Baseline(diagnostics: list.compactMap { PackageDigest.diagnostic($0) }))
    }

    static func key(_ d: Diagnostic) -> Key { Key(rule: d.rule.id, file: d.file ?? "", message: d.message) }

    /// Removes the accepted findings from the report; returns how many were removed.
    func subtract(_ report: inout ValidateAction.Report) -> Int {
        var left = counts
        var removed = 0
        func keep(_ d: Diagnostic) -> Bool {
            let k = Self.key(d)
            guard let n = left[k], n > 0 else { return true }
            left[k] = n - 1
            removed += 1
            return false
        }
        report.catalog = report.catalog.filter(keep)
        for i in report.packages.indices { report.packages[i].diagnostics = report.packages[i].diagnostics.filter(keep) }
        return removed
    }
}
