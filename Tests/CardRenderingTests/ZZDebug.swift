import Foundation
import Testing
@testable import CardRendering

@Suite struct ZZDebug {
    @Test func dump() {
        guard ProcessInfo.processInfo.environment["AC_DEBUG"] != nil else { return }
        for (name, card) in Fixtures.corpusCards + Fixtures.samples + Fixtures.scenarios {
            let r = CardRenderer.render(card: card, hostConfig: Fixtures.teamsLight)
            for w in r.warnings where ["invalid-value", "invalid-version", "missing-property", "requirements-not-met", "unsafe-url", "forbidden-action", "too-many-actions", "version-too-new"].contains(w.kind.rawValue) {
                print("W", name.suffix(70), w)
            }
        }
    }
}
