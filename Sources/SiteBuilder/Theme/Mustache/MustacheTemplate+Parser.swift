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

    mutating func parse() throws(MustacheTemplate.ParseError) -> [MustacheTemplate.Node] {
        var frames = [Frame(name: "", inverted: false, start: 0)]
        var text = ""
        func flush() {
            if !text.isEmpty {
                frames[frames.count - 1].nodes.append(.text(text))
                text = ""
            }
        }
        while pos < chars.count {
            guard matches(open, at: pos) else {
                text.append(chars[pos])
                pos += 1
                continue
            }
            let tagStart = pos
            var i = pos + open.count
            // Triple mustache.
            var sigil: Character? = nil
            if i < chars.count, ["#", "^", "/", "!", ">", "&", "=", "{"].contains(chars[i]) {
                sigil = chars[i]
                i += 1
            }
            let closing: [Character] = sigil == "{" ? ["}"] + close : (sigil == "=" ? ["="] + close : close)
            var end = i
            while end < chars.count, !matches(closing, at: end) { end += 1 }
            guard end < chars.count else {
                throw .init(message: "unclosed tag", location: location(tagStart))
            }
            let content = String(chars[i..<end]).trimmingCharacters(in: .whitespaces)
            let tagEnd = end + closing.count

            // Standalone: only whitespace before the tag on its line and after it up to the line end.
            let standaloneKinds: Set<Character> = ["#", "^", "/", "!", ">", "="]
            var lineStart = tagStart
            while lineStart > 0, chars[lineStart - 1] == " " || chars[lineStart - 1] == "\t" { lineStart -= 1 }
            let startsLine = lineStart == 0 || chars[lineStart - 1] == "\n"
            var after = tagEnd
            while after < chars.count, chars[after] == " " || chars[after] == "\t" { after += 1 }
            let endsLine = after == chars.count || chars[after] == "\n" || (chars[after] == "\r" && after + 1 < chars.count && chars[after + 1] == "\n")
            let standalone = sigil.map { standaloneKinds.contains($0) } == true && startsLine && endsLine
            var indentation = ""
            if standalone {
                // Drop the whitespace before the tag (already collected as text).
                let leading = tagStart - lineStart
                if leading > 0 {
                    indentation = String(chars[lineStart..<tagStart])
                    text.removeLast(min(leading, text.count))
                }
                if after < chars.count { after += chars[after] == "\r" ? 2 : 1 }
                pos = after
            } else {
                pos = tagEnd
            }

            switch sigil {
            case "!":
                break
            case "=":
                let parts = content.split(separator: " ", omittingEmptySubsequences: true)
                guard parts.count == 2 else { throw .init(message: "invalid set-delimiter tag", location: location(tagStart)) }
                open = Array(parts[0])
                close = Array(parts[1])
            case "#", "^":
                flush()
                // Compiling and rendering recurse into sections: a bound keeps a hostile
                // theme from exhausting the stack.
                guard frames.count <= Self.maxNesting else {
                    throw .init(message: "sections nest more than \(Self.maxNesting) deep", location: location(tagStart))
                }
                frames.append(Frame(name: content, inverted: sigil == "^", start: tagStart))
            case "/":
                flush()
                guard frames.count > 1, let frame = frames.last, frame.name == content else {
                    let expected = frames.count > 1 ? "{{/\(frames[frames.count - 1].name)}}" : "no section to close"
                    throw .init(message: "{{/\(content)}} does not close a section (expected \(expected))", location: location(tagStart))
                }
                frames.removeLast()
                frames[frames.count - 1].nodes.append(.section(Self.path(content), frame.nodes, inverted: frame.inverted))
            case ">":
                flush()
                frames[frames.count - 1].nodes.append(.partial(content, indentation: standalone ? indentation : ""))
            case "&", "{":
                flush()
                frames[frames.count - 1].nodes.append(.variable(Self.path(content), escaped: false))
            default:
                flush()
                if content.isEmpty { throw .init(message: "empty tag", location: location(tagStart)) }
                frames[frames.count - 1].nodes.append(.variable(Self.path(content), escaped: true))
            }
        }
        flush()
        if frames.count > 1, let last = frames.last {
            throw .init(message: "the section {{#\(last.name)}} is never closed", location: location(last.start))
        }
        return frames[0].nodes
    }

    static func path(_ name: String) -> [String] {
        name == "." ? [] : name.split(separator: ".").map(String.init)
    }
}
