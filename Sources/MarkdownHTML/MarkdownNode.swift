/// A parsed Markdown document (GitHub Flavored Markdown), as Swift values.
public struct MarkdownNode: Sendable, Hashable {
    public enum Alignment: Sendable, Hashable { case none, left, center, right }

    public enum Kind: Sendable, Hashable {
        case document
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        case item
        case taskItem(checked: Bool)
        case codeBlock(info: String, code: String)
        case htmlBlock(String)
        case paragraph
        case heading(level: Int)
        case thematicBreak
        case table(alignments: [Alignment])
        case tableRow(header: Bool)
        case tableCell
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case strikethrough
        case link(destination: String, title: String)
        case image(source: String, title: String)
    }

    public var kind: Kind
    public var children: [MarkdownNode]

    public init(_ kind: Kind, children: [MarkdownNode] = []) {
        self.kind = kind
        self.children = children
    }

    /// The text a reader sees, without markup (code and raw HTML kept as written).
    public var plainText: String {
        var out = ""
        appendPlainText(into: &out)
        return out
    }

    func appendPlainText(into out: inout String) {
        switch kind {
        case .text(let s), .code(let s), .htmlInline(let s): out += s
        case .codeBlock(_, let code): out += code
        case .htmlBlock(let s): out += s
        case .softBreak, .lineBreak: out += " "
        default: break
        }
        for (i, c) in children.enumerated() {
            c.appendPlainText(into: &out)
            if isBlock(c.kind), i + 1 < children.count, !out.hasSuffix(" ") { out += " " }
        }
    }

    private func isBlock(_ k: Kind) -> Bool {
        switch k {
        case .paragraph, .heading, .item, .taskItem, .list, .blockQuote, .codeBlock, .htmlBlock, .tableRow, .tableCell, .table:
            return true
        default:
            return false
        }
    }
}
