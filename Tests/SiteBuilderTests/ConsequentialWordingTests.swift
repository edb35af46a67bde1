@testable import PackageReader
@testable import SiteBuilder
import Testing

/// The "Flag" row says what the package wrote. `readOnlyHint` and `isNonConsequential` are
/// written the other way round from "consequential": a read-only tool showed
/// "readOnlyHint: false" next to "marked read-only".
@Suite struct ConsequentialWordingTests {
    @Test func flagsAreShownAsWritten() {
        let cases: [(Consequential, String)] = [
            (Consequential(explicit: false, effective: false, source: .readOnlyHint), "readOnlyHint: true"),
            (Consequential(explicit: false, effective: false, source: .isNonConsequential), "isNonConsequential: true"),
            (Consequential(explicit: true, effective: true, source: .openAIExtension), "x-openai-isConsequential: true"),
            (Consequential(explicit: false, effective: false, source: .oaiExtension), "x-oai-isConsequential: false"),
            (Consequential(explicit: nil, effective: true, source: .methodDefault), "not set"),
            (Consequential(explicit: nil, effective: true, source: .toolDefault), "not set"),
        ]
        for (c, expected) in cases {
            #expect(ConsequentialWording(c).flag == expected)
        }
    }
}
