import Testing
@testable import MarkdownHTML

@Suite struct MarkdownTests {
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
}
