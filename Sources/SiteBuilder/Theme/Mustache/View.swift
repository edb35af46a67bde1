import CatalogSupport
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
    /// A key with a fingerprint of its bytes: entries whose fingerprints differ are passed
    /// over without comparing strings. Templates make theirs once, when they are compiled.
    struct Name: Sendable {
        let name: String
        let print: UInt64

        init(_ name: String) {
            self.name = name
            print = Self.fingerprint(name)
        }

        /// The length and up to sixteen bytes (the first eight and the last eight) mixed.
        static func fingerprint(_ s: String) -> UInt64 {
            ByteScan.withUTF8(s) { b in
                let k: UInt64 = 0x9E37_79B9_7F4A_7C15
                var h = UInt64(b.count) &* k
                if b.count >= 8 {
                    let raw = UnsafeRawBufferPointer(b)
                    h ^= raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
                    h = (h ^ (h >> 29)) &* k
                    h ^= raw.loadUnaligned(fromByteOffset: b.count - 8, as: UInt64.self)
                } else {
                    for byte in b { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
                }
                return h ^ (h >> 32)
            }
        }
    }

    struct Entry: Sendable {
        let key: String
        let print: UInt64
        let value: TemplateValue
    }

    /// Keys, their fingerprints and values, as they were set.
    private(set) var entries: [Entry]

    init() { entries = [] }

    init(minimumCapacity: Int) {
        entries = []
        entries.reserveCapacity(minimumCapacity)
    }

    /// A later duplicate key replaces the earlier value (the entries are appended as they
    /// are, and keys are looked up from the last entry back).
    init(dictionaryLiteral elements: (String, TemplateValue)...) {
        entries = elements.map { Entry(key: $0.0, print: Name.fingerprint($0.0), value: $0.1) }
    }

    /// Appends `other`'s entries (its keys win over earlier ones, as a later duplicate does).
    mutating func append(contentsOf other: View) {
        entries.append(contentsOf: other.entries)
    }

    /// The number of distinct keys (a key set twice has two entries).
    var count: Int { Set(entries.map(\.key)).count }
    var isEmpty: Bool { entries.isEmpty }

    /// The last entry with this key. Reads entries in place (iterating `entries` would copy,
    /// and retain, every value passed), and compares strings only where fingerprints match.
    private func index(of key: Name) -> Int? {
        entries.withUnsafeBufferPointer { buffer in
            var i = buffer.count
            while i > 0 {
                i -= 1
                if buffer[i].print == key.print && buffer[i].key == key.name { return i }
            }
            return nil
        }
    }

    /// Calls `body` with the value of `key`, read in place; false when there is none.
    @inline(__always)
    func withValue(_ key: Name, _ body: (TemplateValue) -> Void) -> Bool {
        guard let i = index(of: key) else { return false }
        entries.withUnsafeBufferPointer { body($0[i].value) }
        return true
    }

    /// The value of `key`, if the view has it.
    func value(_ key: Name) -> TemplateValue? {
        index(of: key).map { entries[$0].value }
    }

    /// Setting a key appends it without looking for an earlier one: the later entry is the
    /// one read (views are built once and read many times; finding each key as it is set
    /// cost more than the few entries it saved).
    subscript(key: String) -> TemplateValue? {
        get { value(Name(key)) }
        set {
            if let newValue {
                entries.append(Entry(key: key, print: Name.fingerprint(key), value: newValue))
            } else {
                entries.removeAll { $0.key == key }
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
