import Foundation

/// Golden-file comparison. Goldens live in `Tests/<target>/Goldens/` and are committed;
/// a difference fails the test and writes `<name>.actual.<ext>` beside the golden for
/// review. Re-record deliberately with `RECORD_GOLDENS=1 swift test --filter …` and
/// review the diff before committing.
public enum Golden {
    public struct Mismatch: Error, CustomStringConvertible {
        public let description: String
    }

    public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" }

    /// Returns nil when `actual` equals the golden `name` of test target `target`, else a
    /// message with the first differing line.
    public static func check(_ actual: String, target: String, name: String) -> String? {
        let dir = TestPaths.repositoryRoot.appendingPathComponent("Tests/\(target)/Goldens")
        let url = dir.appendingPathComponent(name)
        let actualURL = dir.appendingPathComponent(Self.actualName(name))
        if recording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: false, encoding: .utf8)
            try? FileManager.default.removeItem(at: actualURL)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: actualURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: actualURL, atomically: false, encoding: .utf8)
            return "no golden file \(url.path); the output was written to \(actualURL.lastPathComponent) (record with RECORD_GOLDENS=1)"
        }
        if expected == actual {
            try? FileManager.default.removeItem(at: actualURL)
            return nil
        }
        try? actual.write(to: actualURL, atomically: false, encoding: .utf8)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var line = 0
        while line < min(e.count, a.count), e[line] == a[line] { line += 1 }
        let exp = line < e.count ? String(e[line]) : "<end of file>"
        let act = line < a.count ? String(a[line]) : "<end of file>"
        return "\(name) differs from its golden at line \(line + 1):\n  expected: \(exp.prefix(300))\n  actual:   \(act.prefix(300))\n(full output in \(actualURL.path))"
    }

    /// `cards/x.html` → `cards/x.actual.html`.
    static func actualName(_ name: String) -> String {
        let slash = name.lastIndex(of: "/").map { name.index(after: $0) } ?? name.startIndex
        guard let dot = name[slash...].lastIndex(of: "."), dot > slash else { return name + ".actual" }
        return String(name[..<dot]) + ".actual" + String(name[dot...])
    }
}
