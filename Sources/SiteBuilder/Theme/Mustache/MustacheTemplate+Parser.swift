import CatalogDiagnostics
import Foundation
import JSONTree
import MarkdownHTML

/// Parses Mustache text into nodes, removing standalone tag lines as the spec says.
///
/// The parser reads UTF-8 bytes: delimiters, sigils and line breaks are ASCII (a set
/// delimiter of other characters is matched on its bytes), and text between tags is
/// copied a run at a time. Positions in errors count characters, as an editor does.
struct MustacheParser {
    static let maxNesting = 100
    let bytes: [UInt8]
    var pos = 0
    var open: [UInt8] = [0x7B, 0x7B]
    var close: [UInt8] = [0x7D, 0x7D]

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    func location(_ offset: Int) -> SourceLocation {
        let end = min(offset, bytes.count)
        var line = 1, lineStart = 0
        for i in 0..<end where bytes[i] == Byte.newline {
            line += 1
            lineStart = i + 1
        }
        return SourceLocation(line: line, column: String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1)
    }

    func matches(_ seq: [UInt8], at i: Int) -> Bool {
        guard i + seq.count <= bytes.count else { return false }
        for k in seq.indices where bytes[i + k] != seq[k] { return false }
        return true
    }

    struct Frame {
        var name: String
        var inverted: Bool
        var nodes: [MustacheTemplate.Node] = []
        var start: Int
    }

    /// A tag as written: where it starts and ends, its sigil (`#`, `^`, `/`, `!`, `>`, `&`,
    /// `=`, `{` or none) and what it names.
    struct Tag {
        var start: Int
        var end: Int
        var sigil: Character?
        var content: String
    }

    enum Byte {
        static let newline: UInt8 = 0x0A
        static let carriageReturn: UInt8 = 0x0D
        static let space: UInt8 = 0x20
        static let tab: UInt8 = 0x09
        static let sigils: [UInt8] = Array("#^/!>&={".utf8)
        /// The tags that take their whole line when alone on it.
        static let standalone: Set<Character> = ["#", "^", "/", "!", ">", "="]
    }

    mutating func parse() throws(MustacheTemplate.ParseError) -> [MustacheTemplate.Node] {
        var frames = [Frame(name: "", inverted: false, start: 0)]
        var text: [UInt8] = []
        while pos < bytes.count {
            let run = textRun()
            text.append(contentsOf: bytes[pos..<run])
            pos = run
            guard pos < bytes.count else { break }
            let tag = try readTag()
            let indentation = standaloneIndentation(tag, text: &text)
            if tag.sigil != "!" && tag.sigil != "=", !text.isEmpty {
                frames[frames.count - 1].nodes.append(.text(String(decoding: text, as: UTF8.self)))
                text.removeAll(keepingCapacity: true)
            }
            try apply(tag, indentation: indentation, to: &frames)
        }
        if !text.isEmpty { frames[frames.count - 1].nodes.append(.text(String(decoding: text, as: UTF8.self))) }
        if frames.count > 1, let last = frames.last {
            throw .init(message: "the section {{#\(last.name)}} is never closed", location: location(last.start))
        }
        return frames[0].nodes
    }

    /// Where the text from `pos` ends: at the next open delimiter, or at the end.
    func textRun() -> Int {
        var i = pos
        let first = open[0]
        while i < bytes.count {
            if bytes[i] == first, matches(open, at: i) { return i }
            i += 1
        }
        return i
    }

    /// The tag at `pos` (which is at the open delimiter).
    func readTag() throws(MustacheTemplate.ParseError) -> Tag {
        let tagStart = pos
        var i = pos + open.count
        var sigil: Character? = nil
        if i < bytes.count, Byte.sigils.contains(bytes[i]) {
            sigil = Character(Unicode.Scalar(bytes[i]))
            i += 1
        }
        // Triple mustache and set-delimiter tags close with one more character.
        let closing: [UInt8] = sigil == "{" ? [UInt8(ascii: "}")] + close : (sigil == "=" ? [UInt8(ascii: "=")] + close : close)
        var end = i
        while end < bytes.count, !matches(closing, at: end) { end += 1 }
        guard end < bytes.count else {
            throw .init(message: "unclosed tag", location: location(tagStart))
        }
        return Tag(start: tagStart, end: end + closing.count, sigil: sigil, content: Self.trimmed(bytes[i..<end]))
    }

    /// A tag's content without the spaces around it: on bytes when it is ASCII, else with
    /// Foundation's Unicode whitespace.
    static func trimmed(_ content: ArraySlice<UInt8>) -> String {
        guard content.allSatisfy({ $0 < 0x80 }) else {
            return String(decoding: content, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        }
        var s = content.startIndex, e = content.endIndex
        while s < e, content[s] == Byte.space || content[s] == Byte.tab { s += 1 }
        while e > s, content[e - 1] == Byte.space || content[e - 1] == Byte.tab { e -= 1 }
        return String(decoding: content[s..<e], as: UTF8.self)
    }

    func isBlank(_ i: Int) -> Bool { bytes[i] == Byte.space || bytes[i] == Byte.tab }

    /// Moves past the tag. A standalone tag (only whitespace before it on its line and after
    /// it up to the line end) takes its whole line: the whitespace before it is dropped from
    /// `text` and returned (a partial indents its lines with it); nil when not standalone.
    mutating func standaloneIndentation(_ tag: Tag, text: inout [UInt8]) -> String? {
        var lineStart = tag.start
        while lineStart > 0, isBlank(lineStart - 1) { lineStart -= 1 }
        let startsLine = lineStart == 0 || bytes[lineStart - 1] == Byte.newline
        var after = tag.end
        while after < bytes.count, isBlank(after) { after += 1 }
        let endsLine =
            after == bytes.count || bytes[after] == Byte.newline
            || (bytes[after] == Byte.carriageReturn && after + 1 < bytes.count && bytes[after + 1] == Byte.newline)
        guard let sigil = tag.sigil, Byte.standalone.contains(sigil), startsLine, endsLine else {
            pos = tag.end
            return nil
        }
        let leading = tag.start - lineStart
        text.removeLast(min(leading, text.count))
        if after < bytes.count { after += bytes[after] == Byte.carriageReturn ? 2 : 1 }
        pos = after
        return String(decoding: bytes[lineStart..<tag.start], as: UTF8.self)
    }

    /// What a tag does to the tree being built.
    mutating func apply(_ tag: Tag, indentation: String?, to frames: inout [Frame]) throws(MustacheTemplate.ParseError) {
        let content = tag.content
        switch tag.sigil {
        case "!":
            break
        case "=":
            let parts = content.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count == 2 else { throw .init(message: "invalid set-delimiter tag", location: location(tag.start)) }
            open = Array(parts[0].utf8)
            close = Array(parts[1].utf8)
        case "#", "^":
            // Compiling and rendering recurse into sections: a bound keeps a hostile
            // theme from exhausting the stack.
            guard frames.count <= Self.maxNesting else {
                throw .init(message: "sections nest more than \(Self.maxNesting) deep", location: location(tag.start))
            }
            frames.append(Frame(name: content, inverted: tag.sigil == "^", start: tag.start))
        case "/":
            guard frames.count > 1, let frame = frames.last, frame.name == content else {
                let expected = frames.count > 1 ? "{{/\(frames[frames.count - 1].name)}}" : "no section to close"
                throw .init(message: "{{/\(content)}} does not close a section (expected \(expected))", location: location(tag.start))
            }
            frames.removeLast()
            frames[frames.count - 1].nodes.append(.section(Self.path(content), frame.nodes, inverted: frame.inverted))
        case ">":
            frames[frames.count - 1].nodes.append(.partial(content, indentation: indentation ?? ""))
        case "&", "{":
            frames[frames.count - 1].nodes.append(.variable(Self.path(content), escaped: false))
        default:
            if content.isEmpty { throw .init(message: "empty tag", location: location(tag.start)) }
            frames[frames.count - 1].nodes.append(.variable(Self.path(content), escaped: true))
        }
    }

    static func path(_ name: String) -> [String] {
        name == "." ? [] : name.split(separator: ".").map(String.init)
    }
}
