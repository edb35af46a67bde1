// The only file in the project that touches the cmark-gfm C API.
// It parses Markdown with the GFM extensions and copies the tree into Swift values;
// everything after that (HTML, plain text) is Swift.

import CCmarkGFM
import Foundation

enum CMark {
    /// cmark-gfm keeps the inline parser's table of special characters in a global: attaching
    /// an extension adds `~` and `|` to it, and finishing a parse removes them again. Two
    /// parses at once would change each other's table (a strikethrough or table lost now and
    /// then), so parses take turns.
    private static let parseLock = NSLock()

    /// Registers the GFM extensions once per process (thread-safe: a Swift global is
    /// initialised exactly once).
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// Parses `text` as GitHub Flavored Markdown.
    static func parse(_ text: String) -> MarkdownNode {
        _ = registered
        parseLock.lock()
        defer { parseLock.unlock() }
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
        guard let parser = cmark_parser_new(options) else { return MarkdownNode(.document) }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parser_feed(parser, $0, buffer.count)
                }
            }
        }
        guard let document = cmark_parser_finish(parser) else { return MarkdownNode(.document) }
        defer { cmark_node_free(document) }
        return convert(document, depth: 0)
    }

    private static func string(_ p: UnsafePointer<CChar>?) -> String {
        guard let p else { return "" }
        return String(cString: p)
    }

    /// Markdown nesting is bounded by cmark itself (block quotes and lists nest only as deep
    /// as the input lines allow), but a hostile input could still nest thousands of levels;
    /// below `maxDepth` the rest of a subtree is kept as plain text.
    private static let maxDepth = 64

    private static func convert(_ node: OpaquePointer, depth: Int) -> MarkdownNode {
        let type = cmark_node_get_type(node)
        var kind: MarkdownNode.Kind
        switch type {
        case CMARK_NODE_DOCUMENT: kind = .document
        case CMARK_NODE_BLOCK_QUOTE: kind = .blockQuote
        case CMARK_NODE_LIST:
            kind = .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM:
            let typeName = string(cmark_node_get_type_string(node))
            if typeName == "tasklist" {
                kind = .taskItem(checked: cmark_gfm_extensions_get_tasklist_item_checked(node))
            } else {
                kind = .item
            }
        case CMARK_NODE_CODE_BLOCK:
            kind = .codeBlock(info: string(cmark_node_get_fence_info(node)), code: string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK: kind = .htmlBlock(string(cmark_node_get_literal(node)))
        case CMARK_NODE_PARAGRAPH: kind = .paragraph
        case CMARK_NODE_HEADING: kind = .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: kind = .thematicBreak
        case CMARK_NODE_TEXT: kind = .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: kind = .softBreak
        case CMARK_NODE_LINEBREAK: kind = .lineBreak
        case CMARK_NODE_CODE: kind = .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: kind = .htmlInline(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: kind = .emphasis
        case CMARK_NODE_STRONG: kind = .strong
        case CMARK_NODE_LINK:
            kind = .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            kind = .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        default:
            // Extension nodes have types assigned at run time; name them by their type string.
            switch string(cmark_node_get_type_string(node)) {
            case "table":
                let columns = Int(cmark_gfm_extensions_get_table_columns(node))
                var alignments: [MarkdownNode.Alignment] = []
                if let raw = cmark_gfm_extensions_get_table_alignments(node) {
                    for i in 0..<columns {
                        switch raw[i] {
                        case UInt8(ascii: "l"): alignments.append(.left)
                        case UInt8(ascii: "c"): alignments.append(.center)
                        case UInt8(ascii: "r"): alignments.append(.right)
                        default: alignments.append(.none)
                        }
                    }
                }
                kind = .table(alignments: alignments)
            case "table_header":
                kind = .tableRow(header: true)
            case "table_row":
                kind = .tableRow(header: cmark_gfm_extensions_get_table_row_is_header(node) != 0)
            case "table_cell":
                kind = .tableCell
            case "strikethrough":
                kind = .strikethrough
            default:
                // Anything else (footnotes are off) is kept as its text.
                kind = .text(string(cmark_node_get_literal(node)))
            }
        }
        var result = MarkdownNode(kind)
        if depth >= maxDepth {
            var text = ""
            collectText(node, into: &text)
            if !text.isEmpty { result.children = [MarkdownNode(.text(text))] }
            return result
        }
        var child = cmark_node_first_child(node)
        while let c = child {
            result.children.append(convert(c, depth: depth + 1))
            child = cmark_node_next(c)
        }
        return result
    }

    /// The text of a subtree, without recursion (the subtree may be arbitrarily deep).
    private static func collectText(_ node: OpaquePointer, into out: inout String) {
        var stack: [OpaquePointer] = [node]
        while let n = stack.popLast() {
            if let literal = cmark_node_get_literal(n) { out += String(cString: literal) }
            var children: [OpaquePointer] = []
            var child = cmark_node_first_child(n)
            while let c = child {
                children.append(c)
                child = cmark_node_next(c)
            }
            stack.append(contentsOf: children.reversed())
        }
    }
}
