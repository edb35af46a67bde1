import Testing
import TestSupport

/// CI must run every suite: without `../shared` the suites that need it would skip, so the
/// run fails instead.
@Test(.enabled(if: TestPaths.isCI, "only under CI=true"))
func ciHasTheSharedReferenceMaterial() {
    #expect(TestPaths.sharedAvailable, "CI=true but \(TestPaths.shared.path) is missing: the conformance, corpus and reference suites cannot run")
}
