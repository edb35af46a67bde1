import CatalogSupport
import JSONTree

/// Reads the YAML that OpenAPI descriptions are nearly always written in straight from its
/// bytes, into the tree `YAMLReader` makes from libyaml's events, positions included; for
/// anything else it returns nil and libyaml reads the file.
///
/// The subset: block mappings and sequences (indentless ones too), one-line flow
/// collections, one-line plain, single- and double-quoted scalars, literal and folded block
/// scalars without an indentation indicator, and comments. Outside it: anchors, aliases,
/// tags, merge keys, explicit keys, multi-line plain or quoted scalars and flow
/// collections, empty values, document markers and directives, duplicate keys, tabs, CR
/// line ends, byte order marks, control characters, and every error. Where it reads, it
/// follows libyaml's scanner step by step (columns count characters, block scalars fold
/// and chomp as libyaml does); `YAMLSubsetReaderTests` holds it to libyaml's tree on every
/// YAML file of the corpus and on thousands of mutations of them.
///
/// Why our own: libyaml's scanner and the handling of its events were about 5 % of a full
/// build's time (README, "Performance"); this reader does the same work in well under half.
struct YAMLSubsetReader {
    /// Whatever the reader leaves to libyaml.
    struct Outside: Error {}

    private let b: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    private var nodes = 0
    private var scratch: [UInt8] = []
    /// The last position whose column was counted, and that column (`here`).
    private var mark = (at: 0, column: 1)

    private init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

    static func parse(_ bytes: [UInt8]) -> SourceNode? {
        bytes.withUnsafeBufferPointer { buffer -> SourceNode? in
            guard YAMLCharacters.allowed(buffer) else { return nil }
            var reader = YAMLSubsetReader(buffer)
            return try? reader.document()
        }
    }

    private mutating func document() throws(Outside) -> SourceNode {
        try skipToContent()
        guard i < b.count, i == lineStart else { throw Outside() }
        let root = try blockNode(parent: -1, column: 0, midLine: false)
        guard i == b.count else { throw Outside() }
        return root
    }

    // MARK: Block collections

    /// The node at `i`, the first character of a line (`midLine` false) or the first after
    /// `- `, in a block collection indented by `parent` (-1 at the root). At a line's start
    /// it must be a collection: a scalar there is left to libyaml.
    private mutating func blockNode(parent: Int, column: Int, midLine: Bool) throws(Outside) -> SourceNode {
        if b[i] == UInt8(ascii: "-"), isBlank(at: i + 1) { return try blockSequence(column: column) }
        switch try inline(parent: parent) {
        case .key(let key, let location): return try blockMapping(column: column, firstKey: key, at: location)
        case .value(let node):
            guard midLine else { throw Outside() }
            return node
        }
    }

    private mutating func blockMapping(column: Int, firstKey: String, at location: SourceLocation) throws(Outside) -> SourceNode {
        try enter()
        var members: [SourceObject.Member] = []
        var (key, keyLocation) = (firstKey, location)
        while true {
            guard key != "<<" else { throw Outside() }
            let value = try mappingValue(column: column)
            members.append(SourceObject.Member(key: key, keyLocation: keyLocation, value: value))
            guard i < b.count, i - lineStart >= column else { break }
            guard i - lineStart == column, case .key(let next, let at) = try inline(parent: column) else { throw Outside() }
            (key, keyLocation) = (next, at)
        }
        depth -= 1
        var repeated = false
        let object = SourceObject.adopting(members) { _ in repeated = true }
        guard !repeated else { throw Outside() }
        return try counted(SourceNode(.object(object), at: location))
    }

    /// A mapping's value, from just past its key's `:`.
    private mutating func mappingValue(column: Int) throws(Outside) -> SourceNode {
        skipSpaces()
        if atLineEnd {
            try skipToContent()
            guard i < b.count else { throw Outside() }
            let indentation = i - lineStart
            if indentation > column { return try blockNode(parent: column, column: indentation, midLine: false) }
            guard indentation == column, b[i] == UInt8(ascii: "-"), isBlank(at: i + 1) else { throw Outside() }
            return try blockSequence(column: column)
        }
        guard case .value(let node) = try inline(parent: column) else { throw Outside() }
        return node
    }

    /// What a line holds from `i` on: a key, past its `:`, or a whole value.
    private enum Inline {
        case key(String, SourceLocation)
        case value(SourceNode)
    }

    /// A block scalar, a flow collection or a scalar at `i`, in a block collection indented
    /// by `parent`; a one-line scalar followed by `: ` is a key. `i` is left past the key's
    /// `:`, or at the next content line after a value.
    private mutating func inline(parent: Int) throws(Outside) -> Inline {
        let start = i
        let location = here()
        switch b[i] {
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            return .value(try counted(blockScalar(parent: parent, at: location)))
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            let node = try flowCollection()
            try endOfLine(plainParent: nil)
            return .value(node)
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            let text = try quoted()
            if let after = colonAfterKey(from: start) {
                i = after
                return .key(text, location)
            }
            try endOfLine(plainParent: nil)
            return .value(try counted(SourceNode(.string(text), at: location)))
        default:
            guard isPlainStart(flow: false) else { throw Outside() }
            let (text, stop) = try plain(flow: false)
            if stop == .colon {
                guard i - start <= Self.maxKeyBytes else { throw Outside() }
                i += 1
                return .key(text, location)
            }
            try endOfLine(plainParent: stop == .lineEnd ? parent : nil)
            return .value(try counted(Self.plainNode(text, at: location)))
        }
    }

    /// A block sequence whose `-` is at `i` (indentless when `column` is its mapping's).
    private mutating func blockSequence(column: Int) throws(Outside) -> SourceNode {
        try enter()
        let location = here()
        var items: [SourceNode] = []
        while true {
            i += 1
            skipSpaces()
            if atLineEnd {
                try skipToContent()
                guard i < b.count, i - lineStart > column else { throw Outside() }
                items.append(try blockNode(parent: column, column: i - lineStart, midLine: false))
            } else {
                // Only spaces and `-` come before `i` on this line: its byte offset is its column.
                items.append(try blockNode(parent: column, column: i - lineStart, midLine: true))
            }
            guard i < b.count, i - lineStart >= column else { break }
            guard i - lineStart == column else { throw Outside() }
            guard b[i] == UInt8(ascii: "-"), isBlank(at: i + 1) else { break }
        }
        depth -= 1
        return try counted(SourceNode(.array(items), at: location))
    }

    // MARK: Scalars

    enum PlainStop { case colon, lineEnd, comment, flowIndicator }

    /// A one-line plain scalar from `i`, scanned as libyaml scans one: it stops at `: `, at
    /// ` #`, at the line's end and (in flow collections) at `,[]{}`; `i` is left there.
    private mutating func plain(flow: Bool) throws(Outside) -> (String, PlainStop) {
        let start = i
        var end = i
        var stop = PlainStop.lineEnd
        scan: while true {
            while i < b.count {
                let c = b[i]
                if c == 0x20 || c == 0x0A { break }
                if c == UInt8(ascii: ":") {
                    if isBlank(at: i + 1) {
                        stop = .colon
                        break scan
                    }
                    if flow, Self.isFlowIndicator(b[i + 1]) || b[i + 1] == UInt8(ascii: "?") { throw Outside() }
                }
                if flow, Self.isFlowIndicator(c) {
                    stop = .flowIndicator
                    break scan
                }
                i += 1
            }
            end = i
            var j = i
            while j < b.count, b[j] == 0x20 { j += 1 }
            if j == b.count || b[j] == 0x0A {
                i = j
                break
            }
            if b[j] == UInt8(ascii: "#") {
                i = j
                stop = .comment
                break
            }
            i = j
        }
        if stop == .colon || stop == .flowIndicator { end = Self.trimmedSpaces(b, start, i) }
        return (String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self), stop)
    }

    /// A one-line quoted scalar from its opening quote at `i` to past its closing one.
    private mutating func quoted() throws(Outside) -> String {
        let single = b[i] == UInt8(ascii: "'")
        let quote = b[i]
        i += 1
        let start = i
        while i < b.count, b[i] != quote, b[i] != UInt8(ascii: "\\"), b[i] != 0x0A { i += 1 }
        guard i < b.count, b[i] != 0x0A else { throw Outside() }
        if b[i] == quote, !(single && i + 1 < b.count && b[i + 1] == quote) {
            i += 1
            return String(decoding: UnsafeBufferPointer(rebasing: b[start..<(i - 1)]), as: UTF8.self)
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<i]))
        while true {
            guard i < b.count, b[i] != 0x0A else { throw Outside() }
            let c = b[i]
            if c == quote {
                if single, i + 1 < b.count, b[i + 1] == quote {
                    scratch.append(quote)
                    i += 2
                    continue
                }
                i += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if !single, c == UInt8(ascii: "\\") {
                try escape()
            } else {
                scratch.append(c)
                i += 1
            }
        }
    }

    /// A double-quoted scalar's escape at `i`, as libyaml reads it: each stands for one
    /// character, written as UTF-8.
    private mutating func escape() throws(Outside) {
        guard i + 1 < b.count else { throw Outside() }
        let letter = b[i + 1]
        i += 2
        let value: UInt32
        switch letter {
        case UInt8(ascii: "0"): value = 0
        case UInt8(ascii: "a"): value = 7
        case UInt8(ascii: "b"): value = 8
        case UInt8(ascii: "t"): value = 9
        case UInt8(ascii: "n"): value = 10
        case UInt8(ascii: "v"): value = 11
        case UInt8(ascii: "f"): value = 12
        case UInt8(ascii: "r"): value = 13
        case UInt8(ascii: "e"): value = 0x1B
        case UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "/"), UInt8(ascii: "\\"): value = UInt32(letter)
        case UInt8(ascii: "N"): value = 0x85
        case UInt8(ascii: "_"): value = 0xA0
        case UInt8(ascii: "L"): value = 0x2028
        case UInt8(ascii: "P"): value = 0x2029
        case UInt8(ascii: "x"): value = try hexDigits(2)
        case UInt8(ascii: "u"): value = try hexDigits(4)
        case UInt8(ascii: "U"): value = try hexDigits(8)
        default: throw Outside()
        }
        guard let scalar = Unicode.Scalar(value) else { throw Outside() }
        UTF8.encode(scalar) { scratch.append($0) }
    }

    /// `count` hexadecimal digits from `i` (which moves past them).
    private mutating func hexDigits(_ count: Int) throws(Outside) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<count {
            guard i < b.count, let d = ByteScan.hexDigit(b[i]) else { throw Outside() }
            value = value << 4 + d
            i += 1
        }
        return value
    }

    /// A literal (`|`) or folded (`>`) block scalar from its indicator at `i`, in a block
    /// collection indented by `parent`: libyaml's `yaml_parser_scan_block_scalar`, with
    /// line breaks only ever `\n`. `i` is left at the next content line.
    private mutating func blockScalar(parent: Int, at location: SourceLocation) throws(Outside) -> SourceNode {
        let literal = b[i] == UInt8(ascii: "|")
        i += 1
        var chomping = 0
        if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
            chomping = b[i] == UInt8(ascii: "+") ? 1 : -1
            i += 1
        }
        guard i == b.count || !(b[i] >= 0x30 && b[i] <= 0x39) else { throw Outside() }
        skipSpaces()
        if i < b.count, b[i] == UInt8(ascii: "#") { skipComment() }
        guard i == b.count || b[i] == 0x0A else { throw Outside() }
        if i < b.count { newLine() }
        scratch.removeAll(keepingCapacity: true)
        var trailingBreaks = 0
        let indent = max(leadingBreaks(&trailingBreaks), parent + 1, 1)
        var leadingBreak = false, leadingBlank = false
        while i - lineStart == indent, i < b.count {
            let trailingBlank = b[i] == 0x20
            if !literal, leadingBreak, !leadingBlank, !trailingBlank {
                if trailingBreaks == 0 { scratch.append(0x20) }
            } else if leadingBreak {
                scratch.append(0x0A)
            }
            scratch.append(contentsOf: repeatElement(0x0A, count: trailingBreaks))
            trailingBreaks = 0
            leadingBlank = trailingBlank
            let start = i
            while i < b.count, b[i] != 0x0A { i += 1 }
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<i]))
            leadingBreak = i < b.count
            if leadingBreak { newLine() }
            while true {
                while i - lineStart < indent, i < b.count, b[i] == 0x20 { i += 1 }
                guard i < b.count, b[i] == 0x0A else { break }
                trailingBreaks += 1
                newLine()
            }
        }
        if chomping != -1, leadingBreak { scratch.append(0x0A) }
        if chomping == 1 { scratch.append(contentsOf: repeatElement(0x0A, count: trailingBreaks)) }
        let node = SourceNode(.string(String(decoding: scratch, as: UTF8.self)), at: location)
        try skipToContent()
        return node
    }

    /// The empty lines before a block scalar's first line (counted into `breaks`), and the
    /// indentation libyaml takes from them and that line.
    private mutating func leadingBreaks(_ breaks: inout Int) -> Int {
        var most = 0
        while true {
            while i < b.count, b[i] == 0x20 { i += 1 }
            most = max(most, i - lineStart)
            guard i < b.count, b[i] == 0x0A else { return most }
            breaks += 1
            newLine()
        }
    }

    // MARK: Flow collections

    /// A flow sequence or mapping that opens at `i` and closes on the same line.
    private mutating func flowCollection() throws(Outside) -> SourceNode {
        try enter()
        let location = here()
        let mapping = b[i] == UInt8(ascii: "{")
        let close = mapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        i += 1
        skipSpaces()
        var items: [SourceNode] = []
        var members: [SourceObject.Member] = []
        if i < b.count, b[i] == close {
            i += 1
        } else {
            while true {
                if mapping { members.append(try flowMember()) } else { items.append(try flowNode()) }
                skipSpaces()
                guard i < b.count else { throw Outside() }
                if b[i] == close {
                    i += 1
                    break
                }
                guard b[i] == UInt8(ascii: ",") else { throw Outside() }
                i += 1
                skipSpaces()
                guard i < b.count, b[i] != close else { throw Outside() }
            }
        }
        depth -= 1
        guard mapping else { return try counted(SourceNode(.array(items), at: location)) }
        var repeated = false
        let object = SourceObject.adopting(members) { _ in repeated = true }
        guard !repeated, !members.contains(where: { $0.key == "<<" }) else { throw Outside() }
        return try counted(SourceNode(.object(object), at: location))
    }

    private mutating func flowMember() throws(Outside) -> SourceObject.Member {
        guard i < b.count else { throw Outside() }
        let location = here()
        let key: String
        if b[i] == UInt8(ascii: "'") || b[i] == UInt8(ascii: "\"") {
            key = try quoted()
            skipSpaces()
        } else {
            guard isPlainStart(flow: true) else { throw Outside() }
            let (text, stop) = try plain(flow: true)
            guard stop == .colon else { throw Outside() }
            key = text
        }
        guard i < b.count, b[i] == UInt8(ascii: ":") else { throw Outside() }
        i += 1
        skipSpaces()
        guard i < b.count, b[i] != UInt8(ascii: ","), b[i] != UInt8(ascii: "}") else { throw Outside() }
        return SourceObject.Member(key: key, keyLocation: location, value: try flowNode())
    }

    private mutating func flowNode() throws(Outside) -> SourceNode {
        guard i < b.count else { throw Outside() }
        let c = b[i]
        if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") { return try flowCollection() }
        let location = here()
        if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") { return try counted(SourceNode(.string(quoted()), at: location)) }
        guard isPlainStart(flow: true) else { throw Outside() }
        let (text, stop) = try plain(flow: true)
        guard stop == .flowIndicator else { throw Outside() }
        return try counted(Self.plainNode(text, at: location))
    }

    // MARK: Lines and positions

    /// Past the rest of a line that held a scalar or a flow collection (spaces, a comment)
    /// and on to the next content line. After a plain scalar that ran to the line's end,
    /// a more indented line would continue it (`plainParent` is its collection's
    /// indentation): such scalars are left to libyaml.
    private mutating func endOfLine(plainParent: Int?) throws(Outside) {
        skipSpaces()
        if i < b.count, b[i] == UInt8(ascii: "#") { skipComment() }
        guard i == b.count || b[i] == 0x0A else { throw Outside() }
        if let parent = plainParent, continuesPlainScalar(parent: parent) { throw Outside() }
        try skipToContent()
    }

    /// Whether the next line that is not blank is indented deeper than `parent` and is not
    /// a comment: libyaml would fold it into the plain scalar that ended this line.
    private func continuesPlainScalar(parent: Int) -> Bool {
        var j = i
        while j < b.count {
            j += 1
            let start = j
            while j < b.count, b[j] == 0x20 { j += 1 }
            if j < b.count, b[j] == 0x0A { continue }
            return j < b.count && j - start > parent && b[j] != UInt8(ascii: "#")
        }
        return false
    }

    /// On from `i` (where only spaces and a comment are left on its line) to the first
    /// character of the next line holding more than spaces and a comment, or to the end. A
    /// document marker or a directive there is left to libyaml.
    private mutating func skipToContent() throws(Outside) {
        skipSpaces()
        while i < b.count {
            if b[i] == UInt8(ascii: "#") {
                skipComment()
            } else if b[i] != 0x0A {
                break
            }
            guard i < b.count else { break }
            newLine()
            skipSpaces()
        }
        guard i < b.count, i == lineStart else { return }
        let c = b[i]
        if c == UInt8(ascii: "%") { throw Outside() }
        if c == UInt8(ascii: "-") || c == UInt8(ascii: "."), i + 2 < b.count, b[i + 1] == c, b[i + 2] == c, isBlank(at: i + 3) {
            throw Outside()
        }
    }

    private mutating func newLine() {
        i += 1
        line += 1
        lineStart = i
    }

    private mutating func skipSpaces() { while i < b.count, b[i] == 0x20 { i += 1 } }
    private mutating func skipComment() { while i < b.count, b[i] != 0x0A { i += 1 } }
    private var atLineEnd: Bool { i == b.count || b[i] == 0x0A || b[i] == UInt8(ascii: "#") }

    /// Whether the byte at `j` is a space, a line break or past the end.
    private func isBlank(at j: Int) -> Bool { j >= b.count || b[j] == 0x20 || b[j] == 0x0A }

    /// libyaml's mark of `i`: columns count characters, not bytes. Counted on from the
    /// last mark of the same line, so that a line of many values is read once, not once
    /// per value.
    private mutating func here() -> SourceLocation {
        if mark.at < lineStart || mark.at > i { mark = (lineStart, 1) }
        var column = mark.column
        for j in mark.at..<i where b[j] & 0xC0 != 0x80 { column += 1 }
        mark = (i, column)
        return SourceLocation(line: line, column: column)
    }

    /// The position past `key: ` when a `:` and a blank follow the key that ended at `i`.
    private func colonAfterKey(from start: Int) -> Int? {
        var j = i
        while j < b.count, b[j] == 0x20 { j += 1 }
        guard j < b.count, b[j] == UInt8(ascii: ":"), isBlank(at: j + 1), j - start <= Self.maxKeyBytes else { return nil }
        return j + 1
    }

    /// Whether a plain scalar may start at `i` (libyaml's test, less `?` and `:`).
    private func isPlainStart(flow: Bool) -> Bool {
        guard i < b.count else { return false }
        switch b[i] {
        case UInt8(ascii: "-"): return i + 1 < b.count && b[i + 1] != 0x20 && b[i + 1] != 0x0A
        case 0x20, 0x0A, UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
            UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
            UInt8(ascii: "`"):
            return false
        default:
            return true
        }
    }

    /// Counts a node against the limits libyaml's reader enforces (the tree's size; depth
    /// is counted by `enter`); past them, libyaml reads the file and reports it.
    private mutating func counted(_ node: SourceNode) throws(Outside) -> SourceNode {
        nodes += 1
        guard nodes <= YAMLReader.maxNodes else { throw Outside() }
        return node
    }

    /// Collections nest at most `maxDepth` deep here (the reader recurses; libyaml's path
    /// keeps its own stack and reads deeper files, up to `YAMLReader.maxDepth`).
    private mutating func enter() throws(Outside) {
        depth += 1
        guard depth <= Self.maxDepth else { throw Outside() }
    }

    /// Far deeper than descriptions nest, and a few kilobytes of stack per level at most.
    static let maxDepth = 64

    /// libyaml keeps a simple key possible for 1,024 characters.
    private static let maxKeyBytes = 1000

    private static func plainNode(_ text: String, at location: SourceLocation) -> SourceNode {
        YAMLCoreSchema.node(text, at: location) ?? SourceNode(.string(text), at: location)
    }

    private static func isFlowIndicator(_ c: UInt8) -> Bool {
        c == UInt8(ascii: ",") || c == UInt8(ascii: "[") || c == UInt8(ascii: "]") || c == UInt8(ascii: "{")
            || c == UInt8(ascii: "}")
    }

    private static func trimmedSpaces(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start, b[e - 1] == 0x20 { e -= 1 }
        return e
    }
}

/// The characters the subset reader takes: printable ASCII and line feeds, and valid UTF-8
/// beyond ASCII except what libyaml treats specially or refuses (C1 controls and NEL, the
/// line and paragraph separators, byte order marks, U+FFFE and U+FFFF).
enum YAMLCharacters {
    static func allowed(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        guard let base = b.baseAddress else { return true }
        while i < n {
            // Eight bytes at a time while they are all printable ASCII (no byte below 0x20,
            // none at or above 0x7F); a word holding a line feed or anything else is read
            // byte by byte.
            while i + 8 <= n, isPrintableASCII(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { i += 8 }
            let end = min(i + 8, n)
            while i < end {
                let c = b[i]
                if c < 0x80 {
                    guard c >= 0x20 && c != 0x7F || c == 0x0A else { return false }
                    i += 1
                } else {
                    guard let width = sequence(b, at: i) else { return false }
                    i += width
                }
            }
        }
        return true
    }

    /// Whether every byte of `w` is in 0x20…0x7E.
    @inline(__always)
    private static func isPrintableASCII(_ w: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let belowSpace = (w &- 0x2020_2020_2020_2020) & ~w & high
        let delete = (w &+ 0x0101_0101_0101_0101) & high
        return (belowSpace | delete | (w & high)) == 0
    }

    /// The length of the valid, allowed UTF-8 sequence at `i`, or nil.
    private static func sequence(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let c = b[i]
        let n = b.count
        func continuation(_ j: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            j < n && b[j] >= low && b[j] <= high
        }
        switch c {
        case 0xC2:
            return continuation(i + 1, 0xA0) ? 2 : nil
        case 0xC3...0xDF:
            return continuation(i + 1) ? 2 : nil
        case 0xE0...0xEF:
            let low: UInt8 = c == 0xE0 ? 0xA0 : 0x80
            let high: UInt8 = c == 0xED ? 0x9F : 0xBF
            guard continuation(i + 1, low, high), continuation(i + 2) else { return nil }
            if c == 0xE2, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 { return nil }
            if c == 0xEF, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return nil }
            if c == 0xEF, b[i + 1] == 0xBF, b[i + 2] >= 0xBE { return nil }
            return 3
        case 0xF0...0xF4:
            let low: UInt8 = c == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = c == 0xF4 ? 0x8F : 0xBF
            return continuation(i + 1, low, high) && continuation(i + 2) && continuation(i + 3) ? 4 : nil
        default:
            return nil
        }
    }
}
