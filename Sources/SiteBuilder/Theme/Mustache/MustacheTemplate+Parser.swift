import CatalogDiagnostics
import JSONTree
import MarkdownHTML

/// Parses Mustache text into nodes, removing standalone tag lines as the spec says.
struct MustacheParser {
    static let maxNesting = 100
    let chars: [Character]
    var pos = 0
    var open: [Character] = ["{", "{"]
    var close: [Character] = ["}", "}"]

    init(_ text: String) {
        chars = Array(text)
    }

    func location(_ offset: Int) -> SourceLocation {
        var line = 1, col = 1
        for c in chars[0..<min(offset, chars.count)] {
            if c == "\n" { line += 1; col = 1 } else { col += 1 }
        }
        return SourceLocation(line: line, column: col)
    }

    func matches(_ seq: [Character], at i: Int) -> Bool {
        guard i + seq.count <= chars.count else { return false }
        for (k, c) in seq.enumerated() where chars[i + k] != c { return false }
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

    mutating func parse() throws(MustacheTemplate.ParseError) -> [MustacheTemplate.Node] {
        var frames = [Frame(name: "", inverted: false, start: 0)]
        var text = ""
        while pos < chars.count {
            guard matches(open, at: pos) else {
                text.append(chars[pos])
                pos += 1
                continue
            }
            let tag = try readTag()
            let indentation = standaloneIndentation(tag, text: &text)
            if tag.sigil != "!" && tag.sigil != "=", !text.isEmpty {
                frames[frames.count - 1].nodes.append(.text(text))
                text = ""
            }
            try apply(tag, indentation: indentation, to: &frames)
        }
        if !text.isEmpty { frames[frames.count - 1].nodes.append(.text(text)) }
        if frames.count > 1, let last = frames.last {
            throw .init(message: "the section {{#\(last.name)}} is never closed", location: location(last.start))
        }
        return frames[0].nodes
    }

    /// The tag at `pos` (which is at the open delimiter).
    func readTag() throws(MustacheTemplate.ParseError) -> Tag {
        let tagStart = pos
        var i = pos + open.count
        var sigil: Character? = nil
        if i < chars.count, ["#", "^", "/", "!", ">", "&", "=", "{"].contains(chars[i]) {
            sigil = chars[i]
            i += 1
        }
        // Triple mustache and set-delimiter tags close with one more character.
        let closing: [Character] = sigil == "{" ? ["}"] + close : (sigil == "=" ? ["="] + close : close)
        var end = i
        while end < chars.count, !matches(closing, at: end) { end += 1 }
        guard end < chars.count else {
            throw .init(message: "unclosed tag", location: location(tagStart))
        }
        return Tag(start: tagStart, end: end + closing.count, sigil: sigil, content: String(chars[i..<end]).trimmingCharacters(in: .whitespaces))
    }

    /// Moves past the tag. A standalone tag (only whitespace before it on its line and after
    /// it up to the line end) takes its whole line: the whitespace before it is dropped from
    /// `text` and returned (a partial indents its lines with it); nil when not standalone.
    mutating func standaloneIndentation(_ tag: Tag, text: inout String) -> String? {
        let standaloneKinds: Set<Character> = ["#", "^", "/", "!", ">", "="]
        var lineStart = tag.start
        while lineStart > 0, chars[lineStart - 1] == " " || chars[lineStart - 1] == "\t" { lineStart -= 1 }
        let startsLine = lineStart == 0 || chars[lineStart - 1] == "\n"
        var after = tag.end
        while after < chars.count, chars[after] == " " || chars[after] == "\t" { after += 1 }
        let endsLine = after == chars.count || chars[after] == "\n" || (chars[after] == "\r" && after + 1 < chars.count && chars[after + 1] == "\n")
        guard tag.sigil.map({ standaloneKinds.contains($0) }) == true && startsLine && endsLine else {
            pos = tag.end
            return nil
        }
        var indentation = ""
        let leading = tag.start - lineStart
        if leading > 0 {
            indentation = String(chars[lineStart..<tag.start])
            text.removeLast(min(leading, text.count))
        }
        if after < chars.count { after += chars[after] == "\r" ? 2 : 1 }
        pos = after
        return indentation
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
            open = Array(parts[0])
            close = Array(parts[1])
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
