import JSONTree
import MarkdownHTML

/// Markdown in `TextBlock`s: the Adaptive Cards subset, rendered by cmark-gfm through
/// `MarkdownHTML`, with a fast path for text that holds no Markdown at all (most card
/// text), which gives exactly what cmark would.
enum CardMarkdown {
    /// The HTML of `text` (paragraphs, lists, emphasis, links), links marked as card anchors.
    static func html(_ text: String) -> String {
        if let plain = plainParagraph(text) { return plain }
        var html = Markdown.html(text, options: .adaptiveCard)
        while html.utf8.last == UInt8(ascii: "\n") { html.removeLast() }
        if html.includes("<a href=\"") {
            html = html.replacingAll("<a href=\"", with: "<a class=\"ac-anchor\" target=\"_blank\" href=\"")
        }
        return html
    }

    /// `<p>escaped</p>` when `text` is a single paragraph with nothing cmark would
    /// interpret (no Markdown punctuation, entities, line breaks, autolink candidates or
    /// block-starting characters); nil otherwise.
    static func plainParagraph(_ text: String) -> String? {
        var copy = text
        return copy.withUTF8(isPlain) ? "<p>" + HTML.escape(text) + "</p>" : nil
    }

    /// Whether cmark would read these bytes as one paragraph of plain text. A `:` is plain
    /// unless `//` follows (GFM autolinks a scheme only with `://`; its e-mail links need an
    /// `@`, which is never plain here).
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        // Leading characters that may start a block (lists, headings, quotes, code, breaks).
        switch first {
        case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return false
        default: break
        }
        if last == UInt8(ascii: " ") { return false }
        var previousSpace = false
        var ws = 0
        for i in bytes.indices {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "`"),
                UInt8(ascii: "#"), UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "@"):
                return false
            case UInt8(ascii: ":"):
                if i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "/"), bytes[i + 2] == UInt8(ascii: "/") { return false }
            case UInt8(ascii: "w"), UInt8(ascii: "W"):
                // GFM autolinks `www.`: count the run of w's.
                ws += 1
                previousSpace = false
                continue
            case UInt8(ascii: "."):
                if ws >= 3 { return false }
            case UInt8(ascii: " "):
                // Two spaces before a line end are a hard break; keep it simple: no runs.
                if previousSpace { return false }
                previousSpace = true
                ws = 0
                continue
            default:
                if b < 0x20 || b == 0x7F { return false }
            }
            previousSpace = false
            ws = 0
        }
        return true
    }
}
