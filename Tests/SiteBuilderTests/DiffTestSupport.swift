import Foundation
import PackageReader
@testable import SiteBuilder
import TestSupport

/// Version pairs made by hand from the clean package of the rule tests: `base/` and `head/`
/// in a fresh folder, each with its own text edits.
enum DiffFixture {
    static let clean = TestPaths.repositoryRoot.appendingPathComponent("Tests/RuleTests/Fixtures/clean")

    typealias Edit = (file: String, old: String, new: String)

    /// A folder holding `base/` and `head/`, copies of the clean package with the edits made.
    static func pair(base baseEdits: [Edit] = [], head headEdits: [Edit]) -> URL {
        let parent = TestPaths.temporaryDirectory("pair")
        for (name, edits) in [("base", baseEdits), ("head", headEdits)] {
            let folder = parent.appendingPathComponent(name)
            try? FileManager.default.copyItem(at: clean, to: folder)
            apply(edits, in: folder)
        }
        return parent
    }

    static func apply(_ edits: [Edit], in folder: URL) {
        for (file, old, new) in edits {
            let url = folder.appendingPathComponent(file)
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            precondition(old.isEmpty || text.contains(old), "no \(old) in \(file)")
            let changed = old.isEmpty ? new : text.replacingOccurrences(of: old, with: new)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? changed.write(to: url, atomically: false, encoding: .utf8)
        }
    }

    /// `diff base head` run from the pair's folder.
    static func diff(_ parent: URL, base: String = "base", head: String = "head", previews: Bool = false) -> DiffReport {
        var action = DiffAction(base: side(base, parent), head: side(head, parent))
        action.keepsPreviews = previews
        return action.run()
    }

    static func side(_ name: String, _ parent: URL) -> DiffSide {
        DiffSide(label: name, urls: [parent.appendingPathComponent(name)], displayBase: parent)
    }

    static func changes(base: [Edit] = [], head: [Edit]) -> [Change] {
        diff(pair(base: base, head: head)).changes
    }

    /// Line and column of the first occurrence of `needle` in a file of the pair (1-based,
    /// columns in characters), for checking positions without counting by hand.
    static func position(of needle: String, in file: String, _ parent: URL, occurrence: Int = 1) -> (line: Int, column: Int)? {
        guard let text = try? String(contentsOf: parent.appendingPathComponent(file), encoding: .utf8) else { return nil }
        var seen = 0
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            var offset = 0
            while let r = rest.range(of: needle) {
                seen += 1
                let column = offset + rest.distance(from: rest.startIndex, to: r.lowerBound) + 1
                if seen == occurrence { return (i + 1, column) }
                offset = column
                rest = rest[r.upperBound...]
            }
        }
        return nil
    }

    /// A spec edit: a new DELETE operation on `/budgets/{name}`.
    static let deleteOperation: Edit = ("openapi.yaml", "  /budgets/charge:\n", """
          /budgets/{name}:
            delete:
              operationId: deleteBudget
              summary: Delete a budget
              parameters:
                - name: name
                  in: path
                  required: true
                  schema:
                    type: string
              responses:
                '204':
                  description: Deleted.
          /budgets/charge:

        """)
}
