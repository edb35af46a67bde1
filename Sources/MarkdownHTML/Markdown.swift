/// Markdown to safe HTML, with cmark-gfm as the parser.
///
/// Raw HTML in the input is never passed through: it is shown as text. Link and image
/// URLs go through a `URLPolicy`; a refused link keeps its text, a refused image its
/// alt text. The output is deterministic and contains no script, style or event handler.
public enum Markdown {
    public struct Options: Sendable, Hashable {
        public enum Dialect: Sendable, Hashable {
            /// All of GitHub Flavored Markdown: tables, strikethrough, autolinks, task lists.
            case gfm
            /// What Adaptive Card `TextBlock`s render: bold, italic, bulleted and numbered
            /// lists, links. Everything else shows as its text.
            case adaptiveCard
        }

        public var dialect: Dialect = .gfm
        /// Added to heading levels (`#` becomes `<h3>` with 2), capped at 6, so that
        /// descriptions fit under the page's own headings.
        public var headingOffset = 0
        public var linkPolicy: URLPolicy = .documentationLinks
        public var imagePolicy: URLPolicy = .documentationImages
        /// Emit single line breaks as `<br>` (what card hosts do) instead of a space.
        public var softBreaksAsLineBreaks = false
        /// Unwrap a document that is a single paragraph (for inline use, e.g. a table cell).
        public var inlineSingleParagraph = false

        public init() {}

        /// Descriptions on documentation pages.
        public static let documentation: Options = {
            var o = Options()
            o.headingOffset = 2
            return o
        }()

        /// Text inside an Adaptive Card.
        public static let adaptiveCard: Options = {
            var o = Options()
            o.dialect = .adaptiveCard
            o.linkPolicy = .cardLinks
            o.imagePolicy = .cardImages
            o.softBreaksAsLineBreaks = true
            return o
        }()
    }

    public static func parse(_ text: String) -> MarkdownNode {
        CMark.parse(text)
    }

    public static func html(_ text: String, options: Options = .documentation) -> String {
        plainParagraphHTML(text, options: options) ?? html(parse(text), options: options)
    }

    /// The HTML of `text` when it is a plain paragraph (`isPlainParagraph`), made without
    /// the parser: what the parser would make of it, one paragraph holding one text node.
    public static func plainParagraphHTML(_ text: String, options: Options = .documentation) -> String? {
        guard isPlainParagraph(text) else { return nil }
        let escaped = HTML.escape(text)
        return options.inlineSingleParagraph ? escaped : "<p>" + escaped + "</p>\n"
    }

    /// Whether `text` is one line of plain prose that Markdown reads as a single paragraph
    /// of exactly that text: it starts with a letter, has no character any Markdown or GFM
    /// construct starts with, no control characters, no trailing space and nothing the
    /// autolink extension would pick up. Most parameter and field descriptions are; they
    /// skip the parser.
    public static func isPlainParagraph(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last, last != UInt8(ascii: " ") else { return false }
        switch first {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): break
        default: return false
        }
        // The last three bytes, lowercased, to spot `www.` and `://`.
        var recent: UInt32 = 0
        for b in utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "'"), UInt8(ascii: "\""),
                UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "?"), UInt8(ascii: "%"), UInt8(ascii: "="), UInt8(ascii: "+"),
                UInt8(ascii: "-"), UInt8(ascii: ":"), 0x80...0xFF:
                break
            case UInt8(ascii: "."):
                if recent & 0xFFFFFF == 0x777777 { return false }  // www.
            case UInt8(ascii: "/"):
                if recent & 0xFF == UInt32(UInt8(ascii: ":")) { return false }  // :/
            default:
                return false
            }
            let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b) ? b | 0x20 : b
            recent = (recent << 8) | UInt32(lower)
        }
        return true
    }

    public static func html(_ document: MarkdownNode, options: Options = .documentation) -> String {
        var renderer = HTMLRenderer(options: options)
        if options.inlineSingleParagraph, document.children.count == 1,
            case .paragraph = document.children[0].kind
        {
            renderer.children(document.children[0])
        } else {
            renderer.render(document)
        }
        return renderer.out
    }

    /// The text without markup (for search indexes, summaries and `<meta>` descriptions).
    public static func plainText(_ text: String) -> String {
        isPlainParagraph(text) ? text : parse(text).plainText
    }
}

struct HTMLRenderer {
    let options: Options
    var out = ""
    /// Inside a tight list, paragraphs are not wrapped in `<p>`.
    var tight = false
    var inHeaderRow = false
    var tableAlignments: [MarkdownNode.Alignment] = []
    var cellIndex = 0

    typealias Options = Markdown.Options

    init(options: Options) {
        self.options = options
        out.reserveCapacity(256)
    }

    var subset: Bool { options.dialect == .adaptiveCard }

    mutating func children(_ node: MarkdownNode) {
        for c in node.children { render(c) }
    }

    /// One node: blocks, then inlines (one case per node kind).
    mutating func render(_ node: MarkdownNode) {
        if !renderBlock(node) { renderInline(node) }
    }

    /// Renders `node` when it is a block; false when it is an inline.
    mutating func renderBlock(_ node: MarkdownNode) -> Bool {
        switch node.kind {
        case .document: children(node)
        case .paragraph: wrap(node, tight ? nil : "p", newline: true)
        case .heading(let level):
            wrap(node, subset ? "p" : "h\(min(6, max(1, level + options.headingOffset)))", newline: true)
        case .blockQuote:
            if subset { children(node) } else { out += "<blockquote>\n"; children(node); out += "</blockquote>\n" }
        case .list(let ordered, let start, let isTight): list(node, ordered: ordered, start: start, tight: isTight)
        case .item: wrap(node, "li", newline: true)
        case .taskItem(let checked): taskItem(node, checked: checked)
        case .codeBlock(let info, let code): codeBlock(info: info, code: code)
        case .htmlBlock(let raw):
            // Raw HTML is shown as text, never interpreted.
            out += subset ? "<p>" : "<p class=\"raw-html\">"
            out += HTML.escape(raw.trimmingTrailingNewlines())
            out += "</p>\n"
        case .thematicBreak: if !subset { out += "<hr>\n" }
        case .table(let alignments): if subset { tableAsParagraphs(node) } else { table(node, alignments: alignments) }
        case .tableRow(let header): tableRow(node, header: header)
        case .tableCell: tableCell(node)
        default: return false
        }
        return true
    }

    mutating func renderInline(_ node: MarkdownNode) {
        switch node.kind {
        case .text(let s), .htmlInline(let s): out += HTML.escape(s)
        case .softBreak: out += options.softBreaksAsLineBreaks ? "<br>\n" : "\n"
        case .lineBreak: out += "<br>\n"
        case .code(let s): out += subset ? HTML.escape(s) : "<code>" + HTML.escape(s) + "</code>"
        case .emphasis: wrap(node, "em", newline: false)
        case .strong: wrap(node, "strong", newline: false)
        case .strikethrough: wrap(node, subset ? nil : "del", newline: false)
        case .link(let destination, let title): link(node, destination: destination, title: title)
        case .image(let source, let title): image(node, source: source, title: title)
        default: children(node)
        }
    }

    /// `<tag>children</tag>` (just the children without a tag).
    mutating func wrap(_ node: MarkdownNode, _ tag: String?, newline: Bool) {
        guard let tag else { return children(node) }
        out += "<" + tag + ">"
        children(node)
        out += "</" + tag + ">" + (newline ? "\n" : "")
    }

    mutating func list(_ node: MarkdownNode, ordered: Bool, start: Int, tight isTight: Bool) {
        let saved = tight
        tight = isTight
        if ordered {
            out += start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
        } else {
            out += "<ul>\n"
        }
        children(node)
        out += ordered ? "</ol>\n" : "</ul>\n"
        tight = saved
    }

    mutating func taskItem(_ node: MarkdownNode, checked: Bool) {
        if subset {
            out += "<li>"
            out += checked ? "[x] " : "[ ] "
        } else {
            out += "<li class=\"task\"><input type=\"checkbox\" disabled"
            out += checked ? " checked" : ""
            out += " aria-label=\"" + (checked ? "done" : "not done") + "\"> "
        }
        children(node)
        out += "</li>\n"
    }

    mutating func codeBlock(info: String, code: String) {
        if subset {
            out += "<p>"
            out += HTML.escape(code).replacingNewlines(with: options.softBreaksAsLineBreaks ? "<br>" : " ")
            out += "</p>\n"
            return
        }
        let lang = info.split(separator: " ").first.map(String.init) ?? ""
        out += lang.isEmpty ? "<pre><code>" : "<pre><code class=\"language-" + HTML.escape(lang) + "\">"
        out += HTML.escape(code)
        out += "</code></pre>\n"
    }

    /// The Adaptive Card subset has no tables: each row is a paragraph of `|`-separated cells.
    mutating func tableAsParagraphs(_ node: MarkdownNode) {
        for row in node.children {
            out += "<p>"
            for (i, cell) in row.children.enumerated() {
                if i > 0 { out += " | " }
                children(cell)
            }
            out += "</p>\n"
        }
    }

    mutating func table(_ node: MarkdownNode, alignments: [MarkdownNode.Alignment]) {
        let saved = tableAlignments
        tableAlignments = alignments
        out += "<div class=\"table-scroll\"><table>\n"
        var inBody = false
        for row in node.children {
            if case .tableRow(let header) = row.kind, header {
                out += "<thead>\n"
                render(row)
                out += "</thead>\n"
            } else {
                if !inBody { out += "<tbody>\n"; inBody = true }
                render(row)
            }
        }
        if inBody { out += "</tbody>\n" }
        out += "</table></div>\n"
        tableAlignments = saved
    }

    mutating func tableRow(_ node: MarkdownNode, header: Bool) {
        inHeaderRow = header
        cellIndex = 0
        out += "<tr>\n"
        children(node)
        out += "</tr>\n"
        inHeaderRow = false
    }

    mutating func tableCell(_ node: MarkdownNode) {
        let tag = inHeaderRow ? "th" : "td"
        let align = cellIndex < tableAlignments.count ? tableAlignments[cellIndex] : .none
        out += "<" + tag
        if inHeaderRow { out += " scope=\"col\"" }
        switch align {
        case .left: out += " class=\"align-left\""
        case .center: out += " class=\"align-center\""
        case .right: out += " class=\"align-right\""
        case .none: break
        }
        out += ">"
        children(node)
        out += "</" + tag + ">\n"
        cellIndex += 1
    }

    mutating func link(_ node: MarkdownNode, destination: String, title: String) {
        guard let href = options.linkPolicy.sanitize(destination) else { return children(node) }
        out += "<a href=\"" + HTML.escape(href) + "\""
        if !title.isEmpty { out += " title=\"" + HTML.escape(title) + "\"" }
        if isExternal(href) { out += " rel=\"noopener noreferrer\"" }
        out += ">"
        children(node)
        out += "</a>"
    }

    mutating func image(_ node: MarkdownNode, source: String, title: String) {
        let alt = node.plainText
        guard !subset, let src = options.imagePolicy.sanitize(source) else { return out += HTML.escape(alt) }
        out += "<img src=\"" + HTML.escape(src) + "\" alt=\"" + HTML.escape(alt) + "\""
        if !title.isEmpty { out += " title=\"" + HTML.escape(title) + "\"" }
        out += " loading=\"lazy\" referrerpolicy=\"no-referrer\">"
    }

    func isExternal(_ href: String) -> Bool {
        URLPolicy.scheme(of: href) != nil || href.hasPrefix("//")
    }
}

extension String {
    func replacingNewlines(with replacement: String) -> String {
        var out = ""
        var first = true
        for line in self.trimmingTrailingNewlines().split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { out += replacement }
            first = false
            out += line
        }
        return out
    }

    func trimmingTrailingNewlines() -> String {
        var s = Substring(self)
        while s.last == "\n" || s.last == "\r" { s = s.dropLast() }
        return String(s)
    }
}
