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

    /// Subsets already made, by the classes they were made for: cards built from the same
    /// elements (most cards of a package) share one.
    private let made = SubsetCache()

    public init(_ css: String) {
        let rules = Self.split(css)
        var index: [String: Int] = [:]
        for r in rules { for set in r.needs { for c in set where index[c] == nil { index[c] = index.count } } }
        classIndex = index
        texts = rules.map(\.text)
        ruleNeeds = rules.map { r in r.needs.map { $0.compactMap { index[$0] }.sorted() } }
    }

    /// The CSS that can apply to `html` (with the `alwaysUsed` classes of the page around it).
    public func css(for html: String, alwaysUsed: Set<String> = []) -> String {
        var used = [Bool](repeating: false, count: classIndex.count)
        for c in alwaysUsed { if let i = classIndex[c] { used[i] = true } }
        Self.forEachClass(in: html) { if let i = classIndex[$0] { used[i] = true } }
        if let known = made[used] { return known }
        var out = ""
        for (text, needs) in zip(texts, ruleNeeds) where needs.isEmpty || needs.contains(where: { $0.allSatisfy { used[$0] } }) {
            out += text
        }
        made[used] = out
        return out
    }

    /// Calls `body` with each class token of the `class="…"` attributes, in order.
    static func forEachClass(in html: String, _ body: (String) -> Void) {
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
                        if j > start { body(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<j]), as: UTF8.self)) }
                        start = j + 1
                    }
                    j += 1
                }
                if j > start { body(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<j]), as: UTF8.self)) }
                i = j + 1
            }
        }
    }

    /// Top-level rules (a selector list and its block, or an at-rule with its block), with
    /// comments dropped. Quotes are respected.
    static func split(_ css: String) -> [Rule] {
        var rules: [Rule] = []
        let chars = Array(css.unicodeScalars)
        var i = 0
        var depth = 0
        var quote: Unicode.Scalar? = nil
        var text = String.UnicodeScalarView()
        while i < chars.count {
            let c = chars[i]
            if let q = quote {
                text.append(c)
                if c == "\\", i + 1 < chars.count { text.append(chars[i + 1]); i += 2; continue }
                if c == q { quote = nil }
                i += 1
                continue
            }
            if c == "/", i + 1 < chars.count, chars[i + 1] == "*" {
                // Skip the comment.
                var j = i + 2
                while j + 1 < chars.count, !(chars[j] == "*" && chars[j + 1] == "/") { j += 1 }
                i = j + 2
                continue
            }
            if c == "\"" || c == "'" { quote = c }
            text.append(c)
            if c == "{" { depth += 1 }
            if c == "}" {
                depth -= 1
                if depth <= 0 {
                    depth = 0
                    let rule = String(text).trimmingLeadingSpace()
                    if !rule.isEmpty { rules.append(Rule(text: rule + "\n", needs: needs(of: rule))) }
                    text = String.UnicodeScalarView()
                }
            }
            i += 1
        }
        let tail = String(text).trimmingLeadingSpace()
        if !tail.isEmpty { rules.append(Rule(text: tail, needs: [])) }
        return rules
    }

    static func needs(of rule: String) -> [Set<String>] {
        guard let brace = rule.firstIndex(of: "{") else { return [] }
        let prelude = rule[..<brace]
        if prelude.hasPrefix("@") { return [] }
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
    private var entries: [[Bool]: String] = [:]
    private let lock = NSLock()

    subscript(used: [Bool]) -> String? {
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
