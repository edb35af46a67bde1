import Testing
@testable import MarkdownHTML

@Suite struct MarkdownTests {
    /// cmark-gfm's special-character table is global; parses on many threads at once must
    /// still each see their extensions (once seen as a lost strikethrough in a full test run).
    @Test func parsesOnManyThreadsAtOnceAgree() async {
        let md = "| a | b |\n|---|---|\n| ~~x~~ | y |\n\n~~gone~~ and www.example.com\n"
        let expected = Markdown.html(md)
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<300).map { _ in Markdown.html(md) } }
            }
            var all: [String] = []
            for await batch in group { all += batch }
            return all
        }
        #expect(results.count == 2_400)
        #expect(results.allSatisfy { $0 == expected })
        #expect(expected.contains("<del>x</del>") && expected.contains("<del>gone</del>"))
    }

    @Test func gfmExtensions() {
        let md = """
        # Title

        | a | b |
        |:--|--:|
        | ~~x~~ | www.example.com |

        - [x] done
        - [ ] todo
        """
        let html = Markdown.html(md)
        #expect(html == """
        <h3>Title</h3>
        <div class="table-scroll"><table>
        <thead>
        <tr>
        <th scope="col" class="align-left">a</th>
        <th scope="col" class="align-right">b</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td class="align-left"><del>x</del></td>
        <td class="align-right"><a href="http://www.example.com" rel="noopener noreferrer">www.example.com</a></td>
        </tr>
        </tbody>
        </table></div>
        <ul>
        <li class="task"><input type="checkbox" disabled checked aria-label="done"> done</li>
        <li class="task"><input type="checkbox" disabled aria-label="not done"> todo</li>
        </ul>

        """)
    }

    @Test func rawHTMLIsShownAsTextNeverPassedThrough() {
        let html = Markdown.html("Hi <script>alert(1)</script> <b onclick=\"x()\">b</b>\n\n<div>block</div>\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b "))
        #expect(!html.contains("<div>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("<p class=\"raw-html\">&lt;div&gt;block&lt;/div&gt;</p>"))
    }

    @Test func dangerousURLsAreDropped() {
        for url in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", " \u{1}javascript:x", "vbscript:x", "data:text/html,<script>"] {
            let html = Markdown.html("[click](\(url))")
            #expect(!html.contains("href"), "\(url) → \(html)")
            #expect(html.contains("click"))
        }
        #expect(Markdown.html("![alt](javascript:x)") == "<p>alt</p>\n")
        #expect(Markdown.html("[a](https://x.test/?q=\"<>\")").contains("href=\"https://x.test/?q=&quot;&lt;&gt;&quot;\""))
        #expect(Markdown.html("[a](#frag)").contains("href=\"#frag\""))
    }

    /// Found by FuzzMarkdown: control characters inside a link kept as they were, so that
    /// anything dropping them (a filter, a lax reader) would read `javascript:`. They are
    /// percent-encoded, as browsers would when parsing the URL.
    @Test func controlCharactersInsideAURLArePercentEncoded() {
        let fuzzed = "[**Bmn**Bmng](javas\u{10}\u{10}\u{10}\u{10}\u{10}\u{10}cript:equp[s://www.m/)\n  g](equp[s://up[s://www.ld~~~"
        for options in [Markdown.Options.documentation, .adaptiveCard] {
            let html = Markdown.html(fuzzed, options: options)
            #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(html)")
            #expect(!html.contains("javascript"), "\(html)")
        }
        #expect(Markdown.html(fuzzed).contains("href=\"javas%10%10%10%10%10%10cript:equp[s://www.m/\""))
        #expect(URLPolicy.documentationLinks.sanitize("a\u{7F}b\u{1}c") == "a%7Fb%01c")
        #expect(URLPolicy.documentationLinks.sanitize("https://x.test/\u{1B}[0m") == "https://x.test/%1B[0m")
    }

    @Test func adaptiveCardSubset() {
        let options = Markdown.Options.adaptiveCard
        #expect(Markdown.html("**b** _i_ [l](https://a.test)\nnext", options: options)
            == "<p><strong>b</strong> <em>i</em> <a href=\"https://a.test\" rel=\"noopener noreferrer\">l</a><br>\nnext</p>\n")
        #expect(Markdown.html("# Heading", options: options) == "<p>Heading</p>\n")
        #expect(Markdown.html("[rel](/x)", options: options) == "<p>rel</p>\n")
        #expect(Markdown.html("- a\n- b", options: options) == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
    }

    @Test func plainText() {
        #expect(Markdown.plainText("# T\n\nSome **bold** `code` [link](https://x).") == "T Some bold code link.")
    }

    @Test func hostileNestingDoesNotCrash() {
        let deep = String(repeating: ">", count: 5000) + " x"
        let html = Markdown.html(deep)
        #expect(html.contains("x"))
        let list = (0..<2000).map { String(repeating: "  ", count: $0) + "- i" }.joined(separator: "\n")
        #expect(Markdown.html(list).contains("i"))
    }

    @Test func escapeIsComplete() {
        #expect(HTML.escape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&#39;f")
        #expect(HTML.escape("plain") == "plain")
        // The byte writer escapes exactly as the string one does.
        for s in ["a&b<c>d\"e'f", "plain", "", "&&", "ünï<cödé>'", "<"] {
            var bytes: [UInt8] = Array("x".utf8)
            HTML.escape(s, into: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "x" + HTML.escape(s), "\(s)")
        }
    }

    /// Plain one-line prose skips the parser; the result must be what the parser gives.
    @Test func plainParagraphsRenderAsTheParserWould() {
        var samples = [
            "The item's id.", "How many results (at most 50).", "Name: \"quoted\" = value + 1 - 2?", "Straße über Köln",
            "See www.example.com now", "Go to https://example.com", "ftp://host/file", "a:/b", "Visit WWW.EXAMPLE.COM",
            "Wow. Now.", "Trailing space ", "1. not plain", "- not plain", "ends with two  spaces", "Uses *stars*",
            "a_b_c", "x < y", "x & y", "mail me@example.com", "tab\there", "line\nbreak", "Café", "Über", "A", "",
        ]
        // Random strings over an alphabet with every character the fast path accepts and
        // some it must refuse.
        let accepted = Array("aAwW. :/-+=%?'\"(),;0123456789éü\u{A0}")
        let everything = accepted + Array("*_[]<>&#|~`\\!@\n\t")
        var seed: UInt64 = 42
        for n in 0..<3000 {
            let alphabet = n % 3 == 0 ? everything : accepted
            var s = n % 2 == 0 ? "w" : ""
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(seed >> 59) + 1
            for _ in 0..<length {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                s.append(alphabet[Int(seed >> 33) % alphabet.count])
            }
            samples.append(s)
        }
        var fast = 0
        for s in samples {
            for inline in [false, true] {
                var options = Markdown.Options.documentation
                options.inlineSingleParagraph = inline
                #expect(Markdown.html(s, options: options) == Markdown.html(Markdown.parse(s), options: options), "\(s.debugDescription)")
            }
            #expect(Markdown.plainText(s) == Markdown.parse(s).plainText, "\(s.debugDescription)")
            if Markdown.isPlainParagraph(s) { fast += 1 }
        }
        // The fast path is taken, and refused where it must be.
        #expect(fast > 100)
        #expect(!Markdown.isPlainParagraph("See www.example.com now"))
        #expect(!Markdown.isPlainParagraph("Go to https://example.com"))
    }
}
