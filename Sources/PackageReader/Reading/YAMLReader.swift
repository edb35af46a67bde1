// The only file in the project that touches libyaml. It reads libyaml's event stream
// (no intermediate node graph) straight into `SourceNode`s with positions.

import CYAML
import JSONTree

/// A YAML problem: a message and where it is.
struct YAMLIssue: Error, Sendable, Hashable {
    enum Kind: Sendable, Hashable { case syntax, tooDeep, tooLarge, unsupported, duplicateKey, extraDocuments }
    var kind: Kind
    var message: String
    var location: SourceLocation
}

/// Reads YAML 1.2 (core schema) into the same positioned tree as JSON.
///
/// Anchors and aliases are expanded (with a budget against "billion laughs"), merge keys
/// (`<<`) are applied, keys become strings as written (`200:` is the key "200"), scalars
/// resolve as YAML 1.2's core schema says (`yes` stays a string). A `${{VAR}}` placeholder,
/// quoted or not, is an ordinary string. Only the first document of a stream is read.
enum YAMLReader {
    struct Result: Sendable {
        var root: SourceNode
        var warnings: [YAMLIssue]
    }

    static let maxDepth = 512
    /// The most nodes the expanded tree may hold (aliases count once per use).
    static let maxNodes = 20_000_000
    /// The most nodes aliases may repeat in all: a 3.5 KB file repeating a 1.1M-value anchor
    /// 15 times was within `maxNodes` and made a 424 MB site in 1 GB of memory. A file
    /// written out in full still may hold `maxNodes`.
    static let maxAliasNodes = 1_000_000

    /// The subset most files are written in is read without libyaml (`YAMLSubsetReader`,
    /// which makes the same tree); libyaml reads the rest, and reports every problem.
    static func parse(_ bytes: [UInt8]) -> Swift.Result<Result, YAMLIssue> {
        if let root = YAMLSubsetReader.parse(bytes) { return .success(Result(root: root, warnings: [])) }
        return parseWithLibYAML(bytes)
    }

    static func parseWithLibYAML(_ bytes: [UInt8]) -> Swift.Result<Result, YAMLIssue> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(YAMLIssue(kind: .syntax, message: "the YAML reader could not start", location: .start))
        }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer -> Swift.Result<Result, YAMLIssue> in
            guard let base = buffer.baseAddress, buffer.count > 0 else {
                return .success(Result(root: SourceNode(.null, at: .start), warnings: []))
            }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            var builder = Builder()
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return .failure(parserError(&parser))
                }
                let outcome = builder.handle(&event)
                let type = event.type
                yaml_event_delete(&event)
                if case .failure(let issue) = outcome { return .failure(issue) }
                if type == YAML_STREAM_END_EVENT || builder.finished { break }
            }
            return .success(Result(root: builder.root ?? SourceNode(.null, at: .start), warnings: builder.warnings))
        }
    }

    private static func parserError(_ parser: inout yaml_parser_t) -> YAMLIssue {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        let context = parser.context.map { String(cString: $0) }
        let mark = parser.problem_mark
        var message = problem
        if let context { message = "\(problem) \(context)" }
        return YAMLIssue(
            kind: .syntax, message: message,
            location: SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1))
    }
}

private struct Builder {
    /// An open sequence or mapping. Frames live in `stack` and are mutated in place (never
    /// popped and pushed back), so adding the n-th entry does not copy the n−1 before it.
    struct Frame {
        var isMapping: Bool
        var items: [SourceNode] = []
        /// A mapping's members in order, handed to its object as they are (nearly always).
        var members: [SourceObject.Member] = []
        /// Its merge keys (`<<`), each with the number of members before it: merged keys
        /// take the position of the `<<` (as js-yaml does) and explicit keys still win.
        var merges: [(at: Int, source: SourceNode)] = []
        var location: SourceLocation
        var anchor: String?
        var pendingKey: (String, SourceLocation)? = nil
        var skipNext = false
        var size = 1
        /// Levels of nesting below and including this one (aliases count with the height
        /// of what they repeat).
        var height = 1
    }

    var stack: [Frame] = []
    var root: SourceNode?
    var finished = false
    var documents = 0
    var warnings: [YAMLIssue] = []
    var anchors: [String: (node: SourceNode, size: Int, height: Int)] = [:]
    var totalNodes = 0
    var aliasNodes = 0

    static func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    static func string(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let p else { return nil }
        return String(cString: p)
    }

    /// Starts a sequence or mapping (its own tag is the only one that is not ignored).
    mutating func open(mapping: Bool, tag: String?, anchor: String?, at loc: SourceLocation) -> Result<Void, YAMLIssue> {
        if stack.count >= YAMLReader.maxDepth {
            return .failure(YAMLIssue(kind: .tooDeep, message: "nesting deeper than \(YAMLReader.maxDepth) levels", location: loc))
        }
        if let tag, tag != (mapping ? "tag:yaml.org,2002:map" : "tag:yaml.org,2002:seq") {
            warnings.append(YAMLIssue(kind: .unsupported, message: "the tag \(tag) is ignored", location: loc))
        }
        stack.append(Frame(isMapping: mapping, location: loc, anchor: anchor))
        return .success(())
    }

    mutating func handle(_ event: inout yaml_event_t) -> Result<Void, YAMLIssue> {
        let loc = Self.location(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                warnings.append(YAMLIssue(kind: .extraDocuments, message: "the file holds more than one YAML document; only the first is read", location: loc))
                finished = true
            }
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: s.value, count: Int(s.length)), as: UTF8.self)
            let tag = Self.string(s.tag)
            let plain = s.style == YAML_PLAIN_SCALAR_STYLE
            let node: SourceNode
            switch resolve(text, plain: plain, tag: tag, at: loc) {
            case .success(let n): node = n
            case .failure(let e): return .failure(e)
            }
            return add(node, size: 1, anchor: Self.string(s.anchor), rawKey: text, at: loc)
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                return .failure(YAMLIssue(kind: .syntax, message: "unknown alias *\(name)", location: loc))
            }
            aliasNodes += target.size
            if aliasNodes > YAMLReader.maxAliasNodes {
                return .failure(YAMLIssue(kind: .tooLarge, message: "aliases repeat more than \(YAMLReader.maxAliasNodes) values in all (*\(name) repeats \(target.size))", location: loc))
            }
            // An alias nests what it repeats where it stands: the tree must stay within the
            // depth limit (chained aliases would otherwise nest without bound).
            if stack.count + target.height > YAMLReader.maxDepth {
                return .failure(YAMLIssue(kind: .tooDeep, message: "the alias *\(name) nests deeper than \(YAMLReader.maxDepth) levels", location: loc))
            }
            // The alias keeps the anchor's positions: diagnostics point at the definition.
            return add(target.node, size: target.size, height: target.height, anchor: nil, rawKey: nil, at: loc, isAlias: true)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            return open(mapping: false, tag: Self.string(start.tag), anchor: Self.string(start.anchor), at: loc)
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            return open(mapping: true, tag: Self.string(start.tag), anchor: Self.string(start.anchor), at: loc)
        case YAML_SEQUENCE_END_EVENT:
            guard let frame = stack.popLast(), !frame.isMapping else { break }
            return add(
                SourceNode(.array(frame.items), at: frame.location), size: frame.size, height: frame.height,
                anchor: frame.anchor, rawKey: nil, at: frame.location, isContainer: true)
        case YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast(), frame.isMapping else { break }
            return add(
                SourceNode(.object(object(of: frame)), at: frame.location), size: frame.size, height: frame.height,
                anchor: frame.anchor, rawKey: nil, at: frame.location, isContainer: true)
        case YAML_STREAM_END_EVENT:
            finished = true
        default:
            break
        }
        return .success(())
    }

    /// A finished mapping's object, with its merge keys (`<<`) applied.
    mutating func object(of frame: Frame) -> SourceObject {
        // Without merge keys, a key the object already has is a duplicate; with them, only a
        // key written twice is (a written key replaces a merged one).
        guard !frame.merges.isEmpty else {
            // The members as read, when their keys are unique (nearly always).
            return SourceObject.adopting(frame.members) { m in
                warnings.append(YAMLIssue(kind: .duplicateKey, message: "duplicate key \"\(m.key)\"; the last value is used", location: m.keyLocation))
            }
        }
        var object = SourceObject()
        var explicit = Set<String>()
        var nextMerge = 0
        for i in 0...frame.members.count {
            // The merges written before member i, in order.
            while nextMerge < frame.merges.count, frame.merges[nextMerge].at == i {
                merge(frame.merges[nextMerge].source, into: &object)
                nextMerge += 1
            }
            guard i < frame.members.count else { break }
            let m = frame.members[i]
            object.set(m)
            if !explicit.insert(m.key).inserted {
                warnings.append(YAMLIssue(kind: .duplicateKey, message: "duplicate key \"\(m.key)\"; the last value is used", location: m.keyLocation))
            }
        }
        return object
    }

    /// A merge key's mappings: their keys that `object` lacks (merged keys never replace
    /// explicit ones, nor keys merged earlier).
    mutating func merge(_ source: SourceNode, into object: inout SourceObject) {
        for s in source.array ?? [source] {
            guard let o = s.object else {
                warnings.append(YAMLIssue(kind: .unsupported, message: "a merge key (<<) must refer to a mapping", location: s.location))
                continue
            }
            for m in o.members where object.position(of: m.key) == nil { object.set(m) }
        }
    }

    /// Places a finished node into its parent (or makes it the root).
    mutating func add(
        _ node: SourceNode, size: Int, height: Int = 0, anchor: String?, rawKey: String?, at loc: SourceLocation,
        isAlias: Bool = false, isContainer: Bool = false
    ) -> Result<Void, YAMLIssue> {
        if !isContainer {
            totalNodes += size
            if totalNodes > YAMLReader.maxNodes {
                return .failure(YAMLIssue(kind: .tooLarge, message: "the document expands to more than \(YAMLReader.maxNodes) values (aliases multiply it)", location: loc))
            }
        }
        if let anchor { anchors[anchor] = (node, size, height) }
        let top = stack.count - 1
        guard top >= 0 else {
            if root == nil { root = node }
            return .success(())
        }
        stack[top].height = max(stack[top].height, height + 1)
        if !stack[top].isMapping {
            stack[top].items.append(node)
            stack[top].size += size
        } else if let (key, keyLoc) = stack[top].pendingKey {
            if stack[top].skipNext {
                // The value of a key we could not use.
            } else if key == "<<" {
                stack[top].merges.append((stack[top].members.count, node))
            } else {
                stack[top].members.append(SourceObject.Member(key: key, keyLocation: keyLoc, value: node))
            }
            stack[top].pendingKey = nil
            stack[top].skipNext = false
            stack[top].size += size
        } else {
            // This node is a key.
            if !isContainer, let text = rawKey ?? node.scalarText {
                stack[top].pendingKey = (text, loc)
                stack[top].skipNext = false
            } else {
                warnings.append(YAMLIssue(kind: .unsupported, message: "a mapping key must be a scalar; this entry is skipped", location: loc))
                stack[top].pendingKey = ("", loc)
                stack[top].skipNext = true
            }
        }
        return .success(())
    }

    /// Resolves a scalar by the YAML 1.2 core schema (plain scalars only; quoted ones are strings).
    mutating func resolve(_ text: String, plain: Bool, tag: String?, at loc: SourceLocation) -> Result<SourceNode, YAMLIssue> {
        if let tag {
            switch tag {
            case "tag:yaml.org,2002:str", "!": return .success(SourceNode(.string(text), at: loc))
            case "tag:yaml.org,2002:null": return .success(SourceNode(.null, at: loc))
            case "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float":
                return .success(YAMLCoreSchema.node(text, at: loc) ?? SourceNode(.string(text), at: loc))
            default:
                warnings.append(YAMLIssue(kind: .unsupported, message: "the tag \(tag) is ignored", location: loc))
            }
        }
        if !plain { return .success(SourceNode(.string(text), at: loc)) }
        return .success(YAMLCoreSchema.node(text, at: loc) ?? SourceNode(.string(text), at: loc))
    }
}

/// Plain scalars typed by the YAML 1.2 core schema (for both YAML readers).
enum YAMLCoreSchema {
    static func node(_ text: String, at loc: SourceLocation) -> SourceNode? {
        // Most plain scalars are words longer than any special value, or start with a
        // letter none of them starts with: no need to compare with each.
        let utf8 = text.utf8
        if let first = utf8.first {
            switch first {
            case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
                UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                break
            default:
                return nil
            }
        }
        if utf8.count <= 6 { return special(text, at: loc) ?? number(text, at: loc) }
        return number(text, at: loc)
    }

    /// The core schema's special values. Keys such as `name`, `type` and `title` come this
    /// way: the first byte and the length pick the few spellings to compare with.
    private static func special(_ text: String, at loc: SourceLocation) -> SourceNode? {
        let utf8 = text.utf8
        guard let first = utf8.first else { return SourceNode(.null, at: loc) }
        switch (first, utf8.count) {
        case (UInt8(ascii: "~"), 1):
            return SourceNode(.null, at: loc)
        case (UInt8(ascii: "n"), 4), (UInt8(ascii: "N"), 4):
            return text == "null" || text == "Null" || text == "NULL" ? SourceNode(.null, at: loc) : nil
        case (UInt8(ascii: "t"), 4), (UInt8(ascii: "T"), 4):
            return text == "true" || text == "True" || text == "TRUE" ? SourceNode(.bool(true), at: loc) : nil
        case (UInt8(ascii: "f"), 5), (UInt8(ascii: "F"), 5):
            return text == "false" || text == "False" || text == "FALSE" ? SourceNode(.bool(false), at: loc) : nil
        case (UInt8(ascii: "."), 4):
            if text == ".inf" || text == ".Inf" || text == ".INF" { return SourceNode(.number(.infinity, literal: text), at: loc) }
            return text == ".nan" || text == ".NaN" || text == ".NAN" ? SourceNode(.number(.nan, literal: text), at: loc) : nil
        case (UInt8(ascii: "+"), 5):
            return text == "+.inf" || text == "+.Inf" || text == "+.INF" ? SourceNode(.number(.infinity, literal: text), at: loc) : nil
        case (UInt8(ascii: "-"), 5):
            return text == "-.inf" || text == "-.Inf" || text == "-.INF" ? SourceNode(.number(-.infinity, literal: text), at: loc) : nil
        default:
            return nil
        }
    }

    private static func number(_ text: String, at loc: SourceLocation) -> SourceNode? {
        guard let first = text.utf8.first,
            first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
                || (first >= 0x30 && first <= 0x39)
        else { return nil }
        if text.hasPrefix("0o"), let v = Int64(text.dropFirst(2), radix: 8) {
            return SourceNode(.number(Double(v), literal: text), at: loc)
        }
        if text.hasPrefix("0x"), let v = Int64(text.dropFirst(2), radix: 16) {
            return SourceNode(.number(Double(v), literal: text), at: loc)
        }
        guard isCoreNumber(text), let d = Double(text) else { return nil }
        return SourceNode(.number(d, literal: text), at: loc)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    static func isCoreNumber(_ text: String) -> Bool {
        let b = Array(text.utf8)
        var i = 0
        func digits() -> Int {
            let start = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            return i - start
        }
        if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            if digits() == 0 { return false }
        } else {
            if digits() == 0 { return false }
            if i < b.count, b[i] == UInt8(ascii: ".") {
                i += 1
                _ = digits()
            }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
            if digits() == 0 { return false }
        }
        return i == b.count
    }
}
