@testable import CardRendering
import JSONTree
import Testing

@Suite struct StylesheetSubsetTests {
    @Test func keepsOnlyRulesTheCardCanUse() {
        let css = """
        /* comment */
        html,body{margin:0}
        .ac-a{color:red}
        .ac-b .ac-c, .ac-d{color:blue}
        .ac-x:has(.ac-y:checked) .ac-z{display:none}
        .ac-q::before{content:"{.ac-never}"}
        @media (prefers-color-scheme: dark){.ac-a{color:black}}
        """
        let subset = StylesheetSubset(css)
        let html = #"<div class="ac-a ac-d"><span class="ac-c">x</span></div>"#
        let out = subset.css(for: html)
        #expect(out.contains("html,body{margin:0}"))
        #expect(out.contains(".ac-a{color:red}"))
        #expect(out.contains(".ac-b .ac-c, .ac-d{color:blue}"))  // one selector is covered
        #expect(!out.contains(".ac-x:has"))
        #expect(!out.contains("::before"))
        #expect(out.contains("@media"))  // at-rules are kept whole
        #expect(!out.contains("comment"))
    }

    @Test func subsetDocumentsAreMuchSmallerAndKeepTheCard() throws {
        let card: JSONValue = ["type": "AdaptiveCard", "version": "1.5", "body": [["type": "TextBlock", "text": "Hello", "weight": "Bolder"]]]
        let host = HostConfig(json: [:])
        let rendered = CardRenderer.render(card: card, hostConfig: host)
        let sheets = [CardStylesheet.base, CardStylesheet.css(for: host, scope: ".ac-theme")]
        let full = StandaloneCard.Prepared(stylesheets: sheets).document(rendered: rendered, title: "T")
        let small = StandaloneCard.Prepared(stylesheets: sheets, subsetting: true).document(rendered: rendered, title: "T")
        #expect(small.utf8.count * 3 < full.utf8.count)
        #expect(small.contains(rendered.html))
        // Every class-free rule and the theme's custom properties survive.
        #expect(small.contains("--ac-"))
    }

    /// Class tokens are found from their bytes: every class of the renderer's stylesheet by
    /// its own number, any other token not at all.
    @Test func classTokensAreFoundByTheirBytes() {
        let subset = StylesheetSubset(CardStylesheet.base)
        #expect(subset.classIndex.count > 50)
        for (name, i) in subset.classIndex {
            let found = Array(name.utf8).withUnsafeBufferPointer { subset.index(of: $0[...]) }
            #expect(found == i, "\(name)")
        }
        for other in ["ac-nothing", "", "ac-textblock", "x"] {
            #expect(Array(other.utf8).withUnsafeBufferPointer { subset.index(of: $0[...]) } == nil)
        }
        var tokens: [String] = []
        StylesheetSubset.forEachClassToken(in: #"<p class="ac-a  ac-b">x</p><i class="">y</i><b class="c">"#) {
            tokens.append(String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self))
        }
        #expect(tokens == ["ac-a", "ac-b", "c"])
    }

    /// The byte-level reading of a rule's classes gives what reading it character by
    /// character gives, for every rule of the renderer's stylesheets.
    @Test func classesReadFromBytesMatchCharacters() {
        let sheets = [CardStylesheet.base, CardStylesheet.css(for: HostConfig(json: [:]), scope: ".ac-theme")]
        var compared = 0
        for rule in sheets.flatMap(StylesheetSubset.split) {
            guard let brace = rule.text.firstIndex(of: "{") else { continue }
            let prelude = String(rule.text[..<brace])
            guard !prelude.hasPrefix("@") else { continue }
            #expect(rule.needs == StylesheetSubset.needs(ofCharacters: prelude), "\(prelude)")
            compared += 1
        }
        #expect(compared > 100)
        #expect(StylesheetSubset.needs(of: ".a..b, .c-d_e:hover > .F9 ,, .x p{x}") == [["a", "b"], ["c-d_e", "F9"], ["x"]])
        #expect(StylesheetSubset.needs(of: ".a, p{x}") == [])
        #expect(StylesheetSubset.needs(of: ".é-x{}") == [["é-x"]])
    }
}
