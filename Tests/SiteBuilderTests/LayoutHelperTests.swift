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

/// Paths in findings, shown relative to their package: the byte reading agrees with the
/// character one.
@Suite struct ShortPathTests {
    static func characterReading(_ file: String, source: String) -> String {
        for prefix in [source + "/", source + "!/"] where file.hasPrefix(prefix) { return String(file.dropFirst(prefix.count)) }
        return file == source ? String(file.split(separator: "/").last ?? "") : file
    }

    @Test func byteReadingAgreesWithCharacters() {
        let sources = ["pkg", "a/b", "pkg.zip", "é", "pkg!", "x\u{0600}", ""]
        let tails = ["", "/", "!/", "/a.json", "!/m/manifest.json", "/\u{301}x", "!/\u{301}", "x/a", "!x/a", "/é/ü.json", "//a", "!"]
        var shortened = 0
        for source in sources {
            for tail in tails {
                let file = source + tail
                let expected = Self.characterReading(file, source: source)
                if let fast = Format.asciiBoundedRest(of: file, after: source) {
                    #expect(fast == expected, "\(file) in \(source)")
                    shortened += 1
                }
                if file != source { #expect(Format.shortPath(file, source: source) == expected, "\(file) in \(source)") }
            }
        }
        #expect(shortened >= 20)
        #expect(Format.shortPath("pkg/a.json", source: nil) == "pkg/a.json")
    }
}

/// Trailing whitespace of the Markdown twins' lines: the byte shortcut agrees with
/// characters.
@Suite struct TrailingWhitespaceTests {
    @Test func shortcutAgreesWithCharacters() {
        let texts = [
            "", "a", "a ", "a\t\n", "a\r\n", "x.", "x \u{00A0}", "x\u{2003}", "é", "e\u{301}", "\u{0600}a", "a\u{0B}", "a\u{0C}",
            "  ", "end!", "q?\u{85}", "👍🏽", "x~"
        ]
        for text in texts {
            var s = Substring(text)
            while let l = s.last, l.isWhitespace { s = s.dropLast() }
            #expect(text.trimmingTrailingWhitespace() == String(s), "\(text.unicodeScalars.map(\.value))")
        }
    }
}

/// A language tag's folder: a plain tag is its own name; anything else is cleaned as
/// characters.
@Suite struct LocaleFolderTests {
    @Test func plainTagsAreTheirOwnFolder() {
        func cleaned(_ locale: String) -> String {
            let c = String(locale.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "-" })
            return c.isEmpty || c.hasPrefix("-") ? "lang" + c : c
        }
        for tag in ["de", "fr-CA", "zh-Hant-TW", "-x", "", "de_DE", "fr\r\nx", "ü", "a/b", "..", "es-419", "x-\u{301}"] {
            #expect(SitePaths.folder(tag) == cleaned(tag), "\(tag)")
        }
        #expect(SitePaths.folder("de") == "de" && SitePaths.folder("-x") == "lang-x" && SitePaths.folder("a/b") == "a-b")
    }
}
