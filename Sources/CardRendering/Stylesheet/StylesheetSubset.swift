import CatalogSupport
import Foundation

/// Keeps only the rules of a stylesheet that can apply to a given card, so a standalone
/// card file carries a few kilobytes of CSS instead of the whole renderer's.
///
/// A rule is kept when one of its selectors needs only classes the card's HTML uses
/// (`.ac-x` anywhere in the selector, `:has(…)` and `:not(…)` included, count as needed).
/// Rules without a class (`html`, `:root`), at-rules and custom-property blocks are kept.
/// The stylesheet is split once; subsetting is a scan of the card's `class` attributes.
public struct StylesheetSubset: Sendable {
    struct Rule: Sendable {
        var text: String
        /// One set per selector; the rule applies when any set is covered. Empty = always.
        var needs: [Set<String>]
    }

    /// The rules' text, in stylesheet order.
    let texts: [String]
    /// Every class the rules name, numbered.
    let classIndex: [String: Int]
    /// Per rule, per selector, the numbers of the classes it needs (no selectors: always kept).
    let ruleNeeds: [[[Int]]]

    /// The classes by the FNV-1a hash of their name, for finding a class token of the HTML
    /// without making a string of it (`nil` entries: names that share a hash, looked up by
    /// name).
    let classByHash: [UInt64: Int?]
    let classNames: [[UInt8]]

    /// Subsets already made, by the classes they were made for: cards built from the same
    /// elements (most cards of a package) share one.
    private let made = SubsetCache()

    public init(_ css: String) {
        let rules = Self.split(css)
        var index: [String: Int] = [:]
        var names: [[UInt8]] = []
        for r in rules {
            for set in r.needs {
                for c in set.sorted() where index[c] == nil {
                    index[c] = index.count
                    names.append(Array(c.utf8))
                }
            }
        }
        classIndex = index
        classNames = names
        var byHash: [UInt64: Int?] = [:]
        for (i, name) in names.enumerated() {
            let h = Hashing.fnv(name)
            byHash[h] = byHash[h] == nil ? i : .some(nil)
        }
        classByHash = byHash
        texts = rules.map(\.text)
        ruleNeeds = rules.map { r in r.needs.map { $0.compactMap { index[$0] }.sorted() } }
    }

    /// The CSS that can apply to `html` (with the `alwaysUsed` classes of the page around it).
    public func css(for html: String, alwaysUsed: Set<String> = []) -> String {
        var used = UsedClasses(count: classIndex.count)
        for c in alwaysUsed { if let i = classIndex[c] { used.insert(i) } }
        Self.forEachClassToken(in: html) { token in if let i = index(of: token) { used.insert(i) } }
        if let known = made[used.words] { return known }
        var out = ""
        for (text, needs) in zip(texts, ruleNeeds) where needs.isEmpty || needs.contains(where: { $0.allSatisfy { used.contains($0) } }) {
            out += text
        }
        made[used.words] = out
        return out
    }

    /// The number of the class a token of the HTML names, if the rules name it.
    func index(of token: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        switch classByHash[Hashing.fnv(UnsafeBufferPointer(rebasing: token))] {
        case nil: return nil
        case .some(.some(let i)): return classNames[i].elementsEqual(token) ? i : nil
        case .some(nil): return classIndex[String(decoding: UnsafeBufferPointer(rebasing: token), as: UTF8.self)]
        }
    }

    /// A set of class numbers as bits: also the key of the subsets made.
    struct UsedClasses {
        var words: [UInt64]
        init(count: Int) { words = [UInt64](repeating: 0, count: (count + 63) / 64) }
        mutating func insert(_ i: Int) { words[i >> 6] |= 1 << UInt64(i & 63) }
        func contains(_ i: Int) -> Bool { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }
    }

    /// Calls `body` with each class token of the `class="…"` attributes, in order, as the
    /// bytes of the HTML.
    static func forEachClassToken(in html: String, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
        var html = html
        html.withUTF8 { bytes in
            let n = bytes.count
            // `class="` as bytes.
            let c0 = UInt8(ascii: "c"), quote = UInt8(ascii: "\""), space = UInt8(ascii: " ")
            var i = 0
            while i + 7 <= n {
                guard bytes[i] == c0, bytes[i + 1] == UInt8(ascii: "l"), bytes[i + 2] == UInt8(ascii: "a"),
                    bytes[i + 3] == UInt8(ascii: "s"), bytes[i + 4] == UInt8(ascii: "s"),
                    bytes[i + 5] == UInt8(ascii: "="), bytes[i + 6] == quote
                else { i += 1; continue }
                var j = i + 7
                var start = j
                while j < n, bytes[j] != quote {
                    if bytes[j] == space {
                        if j > start { body(bytes[start..<j]) }
                        start = j + 1
                    }
                    j += 1
                }
                if j > start { body(bytes[start..<j]) }
                i = j + 1
            }
        }
    }

    /// Top-level rules (a selector list and its block, or an at-rule with its block), with
    /// comments dropped. Quotes are respected.
    static func split(_ css: String) -> [Rule] {
        // On the UTF-8 bytes: every character that matters here is ASCII, and a build
        // splits the renderer's whole stylesheet before its first page.
        let bytes = Array(css.utf8)
        var rules: [Rule] = []
        var i = 0
        var depth = 0
        var quote: UInt8? = nil
        var text: [UInt8] = []
        func flush(_ text: [UInt8]) -> String { String(decoding: text, as: UTF8.self).trimmingLeadingSpace() }
        while i < bytes.count {
            let c = bytes[i]
            if let q = quote {
                text.append(c)
                if c == UInt8(ascii: "\\"), i + 1 < bytes.count { text.append(bytes[i + 1]); i += 2; continue }
                if c == q { quote = nil }
                i += 1
                continue
            }
            if c == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "*") {
                // Skip the comment.
                var j = i + 2
                while j + 1 < bytes.count, !(bytes[j] == UInt8(ascii: "*") && bytes[j + 1] == UInt8(ascii: "/")) { j += 1 }
                i = j + 2
                continue
            }
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { quote = c }
            text.append(c)
            if c == UInt8(ascii: "{") { depth += 1 }
            if c == UInt8(ascii: "}") {
                depth -= 1
                if depth <= 0 {
                    depth = 0
                    let rule = flush(text)
                    if !rule.isEmpty { rules.append(Rule(text: rule + "\n", needs: needs(of: rule))) }
                    text.removeAll(keepingCapacity: true)
                }
            }
            i += 1
        }
        let tail = flush(text)
        if !tail.isEmpty { rules.append(Rule(text: tail, needs: [])) }
        return rules
    }

    static func needs(of rule: String) -> [Set<String>] {
        let bytes = Array(rule.utf8)
        guard let brace = bytes.firstIndex(of: UInt8(ascii: "{")) else { return [] }
        let prelude = bytes[..<brace]
        if prelude.first == UInt8(ascii: "@") { return [] }
        // Class names are ASCII here; any other prelude is read character by character.
        guard prelude.allSatisfy({ $0 < 0x80 }) else { return needs(ofCharacters: String(decoding: prelude, as: UTF8.self)) }
        var sets: [Set<String>] = []
        for selector in prelude.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) where !selector.isEmpty {
            var classes = Set<String>()
            var start: Int? = nil
            for k in selector.indices {
                let c = selector[k]
                if let s = start {
                    if isNameByte(c) { continue }
                    if k > s { classes.insert(String(decoding: selector[s..<k], as: UTF8.self)) }
                    start = nil
                }
                if c == UInt8(ascii: ".") { start = k + 1 }
            }
            if let s = start, selector.endIndex > s { classes.insert(String(decoding: selector[s...], as: UTF8.self)) }
            if classes.isEmpty { return [] }  // a selector without classes may always apply
            sets.append(classes)
        }
        return sets
    }

    /// An ASCII letter, digit, `-` or `_`.
    static func isNameByte(_ c: UInt8) -> Bool {
        (0x61...0x7A).contains(c | 0x20) || (0x30...0x39).contains(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_")
    }

    /// `needs(of:)` for a prelude with other than ASCII characters.
    static func needs(ofCharacters prelude: String) -> [Set<String>] {
        var sets: [Set<String>] = []
        for selector in prelude.split(separator: ",") {
            var classes = Set<String>()
            var name = ""
            var inClass = false
            for c in selector {
                if inClass {
                    if c.isLetter || c.isNumber || c == "-" || c == "_" {
                        name.append(c)
                        continue
                    }
                    if !name.isEmpty { classes.insert(name) }
                    name = ""
                    inClass = false
                }
                if c == "." { inClass = true }
            }
            if inClass, !name.isEmpty { classes.insert(name) }
            if classes.isEmpty { return [] }  // a selector without classes may always apply
            sets.append(classes)
        }
        return sets
    }
}

extension String {
    func trimmingLeadingSpace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\n" || f == "\t" || f == "\r" { s = s.dropFirst() }
        return String(s)
    }
}

/// The subsets a `StylesheetSubset` has made, keyed by the classes used; bounded.
private final class SubsetCache: @unchecked Sendable {
    private var entries: [[UInt64]: String] = [:]
    private let lock = NSLock()

    subscript(used: [UInt64]) -> String? {
        get {
            lock.lock()
            defer { lock.unlock() }
            return entries[used]
        }
        set {
            lock.lock()
            if entries.count >= 256 { entries.removeAll() }
            entries[used] = newValue
            lock.unlock()
        }
    }
}
