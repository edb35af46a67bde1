@testable import SiteBuilder
import Testing

/// The layout's per-page helpers: their fast paths agree with the plain readings.
@Suite struct LayoutHelperTests {
    /// The reading the fast path replaced: the first `-`-separated part, as characters.
    static func splitReading(_ tag: String) -> Bool {
        SiteContext.rightToLeftLanguages.contains(tag.split(separator: "-").first.map { $0.lowercased() } ?? "")
    }

    @Test func rightToLeftTagsAgreeWithSplittingThem() {
        let tags = [
            "ar", "AR", "ar-SA", "he-IL", "fa", "ur-PK", "ckb", "ckb-IQ", "CKB", "dv", "en", "en-US", "de", "arx", "a", "",
            "-", "--", "-ar", "--he-x", "ar-", "zh-Hant-TW", "yi", "ps-AF", "sd", "ug", "ckbx", "ar-\u{301}", "\u{301}ar",
            "ár", "he\u{301}", "fa-\u{0627}"
        ]
        var rightToLeft = 0
        for tag in tags {
            #expect(SiteContext.isRightToLeft(tag) == Self.splitReading(tag), "\(tag)")
            if SiteContext.isRightToLeft(tag) { rightToLeft += 1 }
        }
        #expect(rightToLeft == 18)
    }

    @Test func metaDescriptionKeepsTwoHundredCharacters() {
        let texts = [
            "", "short", String(repeating: "a", count: 200), String(repeating: "a", count: 201),
            String(repeating: "é", count: 150), String(repeating: "é", count: 250),
            String(repeating: "e\u{301}", count: 120), String(repeating: "👍🏽", count: 70), String(repeating: "x", count: 199) + "👍🏽"
        ]
        for text in texts {
            #expect(SiteContext.metaDescription(text) == String(text.prefix(200)), "\(text.utf8.count) bytes")
        }
        #expect(SiteContext.metaDescription(String(repeating: "é", count: 250)).count == 200)
    }
}
