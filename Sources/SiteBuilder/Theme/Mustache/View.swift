import CatalogDiagnostics
import JSONTree
import MarkdownHTML
import Foundation
import PackageReader

/// A template's data: string keys to strings, numbers, booleans, nested views and lists.
/// Every key a template reads is set explicitly (Mustache looks missing keys up in the
/// enclosing sections, which would leak values between rows).
///
/// Keys keep the order they were set in. A view holds a few dozen short keys at most, and
/// finding one by comparing strings costs less than hashing it: building and reading
/// views this way made page rendering markedly cheaper than with a `Dictionary`.
struct View: Sendable, ExpressibleByDictionaryLiteral {
    /// Keys and values (unlabelled, so that a dictionary literal's elements are stored as
    /// they come, without copying them into a second array).
    private(set) var entries: [(String, TemplateValue)]

    init() { entries = [] }

    init(minimumCapacity: Int) {
        entries = []
        entries.reserveCapacity(minimumCapacity)
    }

    /// A later duplicate key replaces the earlier value (the entries are appended as they
    /// are, and keys are looked up from the last entry back).
    init(dictionaryLiteral elements: (String, TemplateValue)...) {
        entries = elements
    }

    /// Appends `other`'s entries (its keys win over earlier ones, as a later duplicate does).
    mutating func append(contentsOf other: View) {
        entries.append(contentsOf: other.entries)
    }

    /// The number of distinct keys (a key set twice has two entries).
    var count: Int { Set(entries.map(\.0)).count }
    var isEmpty: Bool { entries.isEmpty }

    /// Keys of different lengths are told apart without calling into string comparison.
    @inline(__always) private static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a == b
    }

    /// The last entry with this key. Reads keys in place: iterating `entries` would copy
    /// (and retain) every value passed.
    private func index(of key: String) -> Int? {
        entries.withUnsafeBufferPointer { buffer in
            var i = buffer.count
            while i > 0 {
                i -= 1
                if Self.same(buffer[i].0, key) { return i }
            }
            return nil
        }
    }

    /// Calls `body` with the value of `key`, read in place; false when there is none.
    @inline(__always)
    func withValue(_ key: String, _ body: (TemplateValue) -> Void) -> Bool {
        guard let i = index(of: key) else { return false }
        entries.withUnsafeBufferPointer { body($0[i].1) }
        return true
    }

    /// Setting a key appends it without looking for an earlier one: the later entry is the
    /// one read (views are built once and read many times; finding each key as it is set
    /// cost more than the few entries it saved).
    subscript(key: String) -> TemplateValue? {
        get { index(of: key).map { entries[$0].1 } }
        set {
            if let newValue {
                entries.append((key, newValue))
            } else {
                entries.removeAll { Self.same($0.0, key) }
            }
        }
    }
}

extension TemplateValue {
    static func text(_ s: String?) -> TemplateValue { s.map { .string($0) } ?? .null }
    static func views(_ list: [View]) -> TemplateValue { .list(list.map { .map($0) }) }
    static func strings(_ list: [String]) -> TemplateValue { .list(list.map { .string($0) }) }
    static func view(_ v: View?) -> TemplateValue { v.map { .map($0) } ?? .bool(false) }
}
