import Foundation
@testable import PackageReader
import Testing
import TestSupport

/// Package ids come from the package, not from where the catalog sits on disk.
@Suite struct PackageIdentityTests {
    static func manifest(id: String, name: String) -> String {
        #"{"manifestVersion": "1.19", "id": "\#(id)", "name": {"short": "\#(name)"}}"#
    }

    @Test func theSamePackageFromTwoCheckoutsGetsTheSameIds() {
        var idsSeen: [[String]] = []
        for checkout in ["checkout-a/x", "elsewhere/deeper/checkout-b"] {
            let root = TestPaths.temporaryDirectory("ids").appendingPathComponent(checkout)
            TestPackage.write(["one/appPackage/manifest.json": Self.manifest(id: "${{TEAMS_APP_ID}}", name: "Budgets${{APP_NAME_SUFFIX}}"),
                               "two/appPackage/manifest.json": Self.manifest(id: "8E0F6C4A-2B1D-4C3E-9F5A-6B7C8D9E0F1A", name: "Tasks"),
                               "three/appPackage/manifest.json": Self.manifest(id: "${{TEAMS_APP_ID}}", name: "Repairs"),
                               "four/appPackage/manifest.json": Self.manifest(id: "${{TEAMS_APP_ID}}", name: "Repairs")], in: root)
            let (inputs, _) = InputDiscovery.discover([root], displayBase: root)
            idsSeen.append(inputs.map(\.id))
        }
        #expect(idsSeen[0] == idsSeen[1])
        // A literal GUID wins; else the short name without placeholders; packages that share
        // one take their folder's name.
        #expect(idsSeen[0] == ["four", "budgets", "three", "8e0f6c4a-2b1d-4c3e-9f5a-6b7c8d9e0f1a"])
    }
}
