import Foundation
import Testing

extension TestPaths {
    /// Whether `../shared` (the reference material, corpus and conformance vectors) is next to
    /// the repository. A plain `git clone` has no `../shared`; CI always has it.
    public static let sharedAvailable: Bool = {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: shared.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }()

    /// `CI=true`: suites that need `../shared` run (and fail) instead of skipping.
    public static let isCI: Bool = ProcessInfo.processInfo.environment["CI"]?.lowercased() == "true"

    /// Why a suite that needs `../shared` was skipped.
    public static let sharedSkipReason: Comment =
        "needs the reference material at ../shared (\(shared.path)), which is missing; skipped (CI=true makes it required)"
}

extension Trait where Self == ConditionTrait {
    /// For tests and suites that read `../shared`: skipped with a notice when it is missing,
    /// except under `CI=true`, where the test runs and fails on the first missing file.
    public static var needsShared: Self {
        .enabled(if: TestPaths.sharedAvailable || TestPaths.isCI, TestPaths.sharedSkipReason)
    }
}

/// Fails when a test that iterates over inputs found none: such a test would otherwise pass
/// having checked nothing.
public func requireInputs<C: Collection>(_ items: C, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> C {
    try #require(!items.isEmpty, "found no \(what) to check", sourceLocation: sourceLocation)
    return items
}
