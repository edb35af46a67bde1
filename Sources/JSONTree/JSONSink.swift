/// Something a JSON document is written into, piece by piece: a tree (`JSONTreeBuilder`)
/// or text (`JSONTextWriter`). A writer that takes any sink says once what a document
/// holds; the text sink then writes it without building the tree first, which is how the
/// per-package pieces of `catalog.json` and the build digests are made.
///
/// Pieces must nest as JSON does: in an object, every value follows its `key`.
public protocol JSONSink {
    mutating func beginObject()
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    mutating func key(_ name: String)
    mutating func string(_ s: String)
    mutating func number(_ d: Double)
    mutating func bool(_ b: Bool)
    mutating func null()
    /// A whole value at once.
    mutating func value(_ v: JSONValue)
}

extension JSONSink {
    @inlinable public mutating func object(_ body: (inout Self) -> Void) {
        beginObject()
        body(&self)
        endObject()
    }

    @inlinable public mutating func array(_ body: (inout Self) -> Void) {
        beginArray()
        body(&self)
        endArray()
    }

    @inlinable public mutating func array<S: Sequence>(_ elements: S, _ body: (inout Self, S.Element) -> Void) {
        beginArray()
        for e in elements { body(&self, e) }
        endArray()
    }

    @inlinable public mutating func member(_ name: String, _ s: String) {
        key(name)
        string(s)
    }

    /// `null` when there is no value.
    @inlinable public mutating func member(_ name: String, _ s: String?) {
        key(name)
        if let s { string(s) } else { null() }
    }

    @inlinable public mutating func member(_ name: String, _ b: Bool) {
        key(name)
        bool(b)
    }

    /// `null` when there is no value.
    @inlinable public mutating func member(_ name: String, _ b: Bool?) {
        key(name)
        if let b { bool(b) } else { null() }
    }

    @inlinable public mutating func member(_ name: String, _ n: Int) {
        key(name)
        number(Double(n))
    }

    /// `null` when there is no value.
    @inlinable public mutating func member(_ name: String, _ n: Int?) {
        key(name)
        if let n { number(Double(n)) } else { null() }
    }

    @inlinable public mutating func member(_ name: String, strings: [String]) {
        key(name)
        array(strings) { $0.string($1) }
    }
}

/// Builds the `JSONValue` a sink is given. A key given twice keeps its first place and its
/// last value, as assigning to a `JSONObject` does.
public struct JSONTreeBuilder: JSONSink {
    private enum Frame {
        case object(JSONObject, key: String?)
        case array([JSONValue])
    }

    private var frames: [Frame] = []
    /// The document, once its outermost value is complete.
    public private(set) var result: JSONValue = .null

    public init() {}

    public mutating func beginObject() { frames.append(.object(JSONObject(), key: nil)) }
    public mutating func beginArray() { frames.append(.array([])) }

    public mutating func endObject() {
        if case .object(let o, _)? = frames.popLast() { add(.object(o)) }
    }

    public mutating func endArray() {
        if case .array(let a)? = frames.popLast() { add(.array(a)) }
    }

    public mutating func key(_ name: String) {
        if case .object(let o, _)? = frames.popLast() { frames.append(.object(o, key: name)) }
    }

    public mutating func string(_ s: String) { add(.string(s)) }
    public mutating func number(_ d: Double) { add(.number(d)) }
    public mutating func bool(_ b: Bool) { add(.bool(b)) }
    public mutating func null() { add(.null) }
    public mutating func value(_ v: JSONValue) { add(v) }

    private mutating func add(_ v: JSONValue) {
        switch frames.popLast() {
        case nil:
            result = v
        case .object(var o, let key)?:
            if let key { o[key] = v }
            frames.append(.object(o, key: nil))
        case .array(var a)?:
            a.append(v)
            frames.append(.array(a))
        }
    }
}

/// Writes what a sink is given as JSON text: byte for byte what `JSONWriter.serialize`
/// gives for the same tree, in either style and at any level.
public struct JSONTextWriter: JSONSink {
    public private(set) var bytes: [UInt8] = []
    private let indent: Int?
    private let level: Int
    /// Per open container: how many members or elements it has so far.
    private var counts: [Int] = []
    /// A key was written, and its value comes next.
    private var afterKey = false

    /// `level` as for `JSONWriter.serialize`: how deeply the value is nested in the document
    /// it will be part of.
    public init(style: JSONWriter.Style = .compact, level: Int = 0, capacity: Int = 256) {
        if case .pretty(let n) = style { indent = n } else { indent = nil }
        self.level = level
        bytes.reserveCapacity(capacity)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() {
        startValue()
        bytes.append(UInt8(ascii: "{"))
        counts.append(0)
    }

    public mutating func beginArray() {
        startValue()
        bytes.append(UInt8(ascii: "["))
        counts.append(0)
    }

    public mutating func endObject() { end(UInt8(ascii: "}")) }
    public mutating func endArray() { end(UInt8(ascii: "]")) }

    public mutating func key(_ name: String) {
        startValue()
        JSONWriter.writeString(name, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        if indent != nil { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    public mutating func string(_ s: String) {
        startValue()
        JSONWriter.writeString(s, into: &bytes)
    }

    public mutating func number(_ d: Double) {
        startValue()
        bytes.append(contentsOf: (d.isFinite ? JSNumber.format(d) : "null").utf8)
    }

    public mutating func bool(_ b: Bool) {
        startValue()
        bytes.append(contentsOf: (b ? "true" : "false").utf8)
    }

    public mutating func null() {
        startValue()
        bytes.append(contentsOf: "null".utf8)
    }

    public mutating func value(_ v: JSONValue) {
        startValue()
        if let indent {
            JSONWriter.writePretty(v, indent: indent, level: level + counts.count, into: &bytes)
        } else {
            JSONWriter.writeCompact(v, into: &bytes)
        }
    }

    /// The separator and indentation before a value (none after a key).
    private mutating func startValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard let last = counts.indices.last else { return }
        if counts[last] > 0 { bytes.append(UInt8(ascii: ",")) }
        counts[last] += 1
        newline(depth: level + counts.count)
    }

    private mutating func end(_ bracket: UInt8) {
        guard let count = counts.popLast() else { return }
        if count > 0 { newline(depth: level + counts.count) }
        bytes.append(bracket)
    }

    private mutating func newline(depth: Int) {
        guard let indent else { return }
        JSONWriter.newline(depth * indent, into: &bytes)
    }
}
