import AdaptiveExpressions
import JSONTree

/// A compiled template value.
indirect enum TemplateNode: Sendable {
    /// A subtree with nothing to expand (no `${`, no `$data`/`$when`, no null or nested
    /// list in a list): copied as is.
    case literal(JSONValue)
    /// A string with `${…}`.
    case string(TemplateString)
    /// The items, and the pointer of the array in the template.
    case array([TemplateNode], path: String)
    case object(TemplateObject)
}

struct TemplateString: Sendable {
    enum Form: Sendable {
        case whole(Expression)
        case parts([InterpolatedPart])
        /// Could not be parsed: kept as written.
        case invalid
    }

    let form: Form
    let text: String
    let path: String

    /// The scalar offsets of the `${` of every expression in the text, in order (braces
    /// inside quotes do not count).
    var expressionStarts: [Int] {
        var starts: [Int] = []
        var depth = 0, quote: Unicode.Scalar? = nil, previous: Unicode.Scalar = " "
        for (i, c) in text.unicodeScalars.enumerated() {
            defer { previous = c }
            if depth == 0 {
                if c == "{" && previous == "$" { starts.append(i - 1); depth = 1 }
                continue
            }
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" || c == "`" {
                quote = c
            } else if c == "{" {
                depth += 1
            } else if c == "}" {
                depth -= 1
            }
        }
        return starts
    }

    /// The offset of the `${` whose expression mentions `needle`, else of the `index`th one,
    /// else of the first.
    func offset(mentioning needle: String?, index: Int? = nil) -> Int? {
        let starts = expressionStarts
        guard let first = starts.first else { return nil }
        if let needle, !needle.isEmpty {
            let ascii = text.utf8.allSatisfy { $0 < 0x80 } && needle.utf8.allSatisfy { $0 < 0x80 }
            if let found = ascii ? Self.asciiMention(of: needle, in: text, starts: starts) : mention(of: needle, starts: starts) {
                return found
            }
        }
        if let index, index >= 0, index < starts.count { return starts[index] }
        return first
    }

    /// The start of the first expression whose text, white space removed, contains the
    /// needle's.
    func mention(of needle: String, starts: [Int]) -> Int? {
        let scalars = Array(text.unicodeScalars)
        let compact = { (s: String) in String(s.unicodeScalars.filter { !$0.properties.isWhitespace }) }
        let wanted = compact(needle)
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : scalars.count
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[start..<end])
            if compact(String(piece)).contains(wanted) { return start }
        }
        return nil
    }

    /// `mention` for ASCII text and needle (scalar offsets are byte offsets), on bytes: a
    /// card's missing fields are looked up this way for every card of a build.
    static func asciiMention(of needle: String, in text: String, starts: [Int]) -> Int? {
        // ASCII white space, as `Unicode.Scalar.Properties.isWhitespace` has it.
        let space: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
        let bytes = Array(text.utf8), wanted = needle.utf8.filter { !space($0) }
        guard !wanted.isEmpty else { return nil }
        var piece: [UInt8] = []
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : bytes.count
            piece.removeAll(keepingCapacity: true)
            for b in bytes[start..<end] where !space(b) { piece.append(b) }
            guard piece.count >= wanted.count else { continue }
            for i in 0...(piece.count - wanted.count) where piece[i] == wanted[0] && piece[i..<i + wanted.count].elementsEqual(wanted) {
                return start
            }
        }
        return nil
    }
}

struct TemplateObject: Sendable {
    enum DataSpec: Sendable {
        case literal(JSONValue)
        case expression(TemplateString)
    }

    enum WhenSpec: Sendable {
        case expression(Expression, text: String)
        /// A `$when` that is not an expression: the object is dropped when it is truthy.
        case notExpression(JSONValue)
        /// A `$when` expression that does not parse: always false.
        case invalid(String)
    }

    let members: [(key: String, value: TemplateNode)]
    let data: DataSpec?
    let when: WhenSpec?
    let path: String
}

/// The official engine's reserved members, never copied to the output.
let reservedKeys: Set<String> = ["$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion"]

/// Compiles template JSON into `TemplateNode`s.
struct TemplateCompiler {
    let functions: FunctionTable
    let limits: ExpressionLimits
    var warnings: [TemplateWarning] = []
    static let maxDepth = 400

    init(functions: FunctionTable, limits: ExpressionLimits) {
        self.functions = functions
        self.limits = limits
    }

    static func pointer(_ base: String, _ key: String) -> String {
        // Most keys hold neither `~` nor `/`: they are appended as they are.
        let plain = !key.utf8.contains { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }
        return base + "/" + (plain ? key : key.replacingAll("~", with: "~0").replacingAll("/", with: "~1"))
    }

    /// Whether compiling `value` can keep or report its path: a literal number, boolean,
    /// null or plain string never does, and most members are those (the path, built for
    /// every member, cost more than the rest of compiling them).
    static func needsPath(_ value: JSONValue, depth: Int) -> Bool {
        if depth > maxDepth { return true }
        switch value {
        case .string(let s): return s.includes("${")
        case .array, .object: return true
        case .null, .bool, .number: return false
        }
    }

    /// `path` may be empty when `needsPath(value, depth:)` is false.
    mutating func compile(_ value: JSONValue, path: String, depth: Int) -> TemplateNode {
        if depth > TemplateCompiler.maxDepth {
            warnings.append(TemplateWarning(.limit, path: path, "the template nests deeper than \(TemplateCompiler.maxDepth) levels; kept as is"))
            return .literal(value)
        }
        switch value {
        case .string(let s):
            guard s.includes("${") else { return .literal(value) }
            return .string(compileString(s, path: path))
        case .array(let items):
            var nodes: [TemplateNode] = []
            var allLiteral = true
            for (i, item) in items.enumerated() {
                let n = compile(item, path: Self.needsPath(item, depth: depth + 1) ? TemplateCompiler.pointer(path, String(i)) : "", depth: depth + 1)
                if case .literal(let v) = n {
                    // null items are dropped and nested lists spliced: not literal any more.
                    if case .null = v { allLiteral = false }
                    if case .array = v { allLiteral = false }
                } else {
                    allLiteral = false
                }
                nodes.append(n)
            }
            return allLiteral ? .literal(value) : .array(nodes, path: path)
        case .object(let o):
            return compileObject(o, value: value, path: path, depth: depth)
        default:
            return .literal(value)
        }
    }

    /// An object: `$data` and `$when` are read here; reserved members are dropped.
    mutating func compileObject(_ o: JSONObject, value: JSONValue, path: String, depth: Int) -> TemplateNode {
        var members: [(key: String, value: TemplateNode)] = []
        var allLiteral = true
        var data: TemplateObject.DataSpec? = nil
        var when: TemplateObject.WhenSpec? = nil
        for (k, v) in o {
            let memberPath = Self.needsPath(v, depth: depth + 1) ? TemplateCompiler.pointer(path, k) : ""
            if k == "$data" {
                allLiteral = false
                if case .string(let s) = v, s.includes("${") {
                    data = .expression(compileString(s, path: memberPath))
                } else {
                    data = .literal(v)
                }
            } else if k == "$when" {
                allLiteral = false
                when = compileWhen(v, path: memberPath)
            } else if k.utf8.first == UInt8(ascii: "$"), reservedKeys.contains(k) {
                allLiteral = false
            } else {
                let n = compile(v, path: memberPath, depth: depth + 1)
                if case .literal = n {} else { allLiteral = false }
                members.append((k, n))
            }
        }
        if allLiteral { return .literal(value) }
        return .object(TemplateObject(members: members, data: data, when: when, path: path))
    }

    mutating func compileWhen(_ v: JSONValue, path: String) -> TemplateObject.WhenSpec {
        guard case .string(let s) = v, s.includes("${") else { return .notExpression(v) }
        switch compileString(s, path: path).form {
        case .whole(let e): return .expression(e, text: s)
        // Text around the expression: a string, never `true`.
        case .parts, .invalid: return .invalid(s)
        }
    }

    mutating func compileString(_ s: String, path: String) -> TemplateString {
        let (parsed, errors) = Expression.parseTemplateString(s, functions: functions, limits: limits)
        let located = TemplateString(form: .invalid, text: s, path: path)
        for error in errors {
            let kind: TemplateWarning.Kind = error.code == .tooDeep ? .limit : .syntax
            let failing = error.message.range(of: " in ${").map { String(error.message[error.message.index($0.lowerBound, offsetBy: 4)...]) }
            warnings.append(TemplateWarning(kind, path: path, "\(error.message); kept as written", offset: located.offset(mentioning: failing)))
        }
        switch parsed {
        case .literal(let text):
            return TemplateString(form: errors.isEmpty ? .parts([.text(text)]) : .invalid, text: s, path: path)
        case .whole(let e):
            return TemplateString(form: .whole(e), text: s, path: path)
        case .parts(let parts):
            return TemplateString(form: .parts(parts), text: s, path: path)
        }
    }
}
