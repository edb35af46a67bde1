/// Phrases as lists of words, in a tree of words: the phrases that start at a word of a
/// text are found by following its next words, however many phrases share that first
/// word (a catalog's app names often do: "Contoso Expenses", "Contoso Travel"…, and with a
/// list per first word, each text naming one was compared with all of them).
struct PhraseIndex: Sendable {
    /// A word: the phrase that ends there (its words, and its place in the list the index
    /// was made from) and the words that may follow, by their node.
    struct Node: Sendable {
        var next: [String: Int] = [:]
        var phrase: (words: [String], order: Int)?
    }

    /// `nodes[0]` is the root: its next words are the phrases' first words.
    private let nodes: [Node]
    /// Every phrase, words joined by one space, and as it was written.
    let written: [String: String]
    var joined: Dictionary<String, String>.Keys { written.keys }
    /// A bit per (length, first byte, last byte) bucket of the first words: most words of a
    /// text start no phrase, and are told so without hashing them.
    private let firstWordBuckets: (UInt64, UInt64)

    init(_ phrases: [String]) {
        var nodes = [Node()]
        var all: [String: String] = [:]
        all.reserveCapacity(phrases.count)
        var buckets: (UInt64, UInt64) = (0, 0)
        for (order, p) in phrases.enumerated() {
            let words = TextMatcher(p).tokens.map(\.word)
            guard let first = words.first else { continue }
            var at = 0
            for word in words {
                if let n = nodes[at].next[word] {
                    at = n
                } else {
                    nodes.append(Node())
                    nodes[at].next[word] = nodes.count - 1
                    at = nodes.count - 1
                }
            }
            // A phrase listed twice is found once, as first listed.
            if nodes[at].phrase == nil { nodes[at].phrase = (words, order) }
            let joined = words.joined(separator: " ")
            if all[joined] == nil { all[joined] = p }
            let b = Self.bucket(first)
            if b < 64 { buckets.0 |= 1 << UInt64(b) } else { buckets.1 |= 1 << UInt64(b - 64) }
        }
        self.nodes = nodes
        written = all
        firstWordBuckets = buckets
    }

    var isEmpty: Bool { nodes[0].next.isEmpty }

    /// The phrases' first words.
    var firstWords: Dictionary<String, Int>.Keys { nodes[0].next.keys }

    static func bucket(_ word: String) -> Int {
        let u = word.utf8
        guard let first = u.first, let last = u.last else { return 0 }
        return (u.count &* 31 &+ Int(first) &* 7 &+ Int(last)) & 127
    }

    /// Calls `body` with each phrase found at `start` of `words` (whose first word's
    /// `bucket` is known), in the order they were listed in, until it returns false; false
    /// then. Most words start no phrase, and most that do start one.
    func forEachPhrase(
        at start: Int, of words: [(word: String, offset: Int)], bucket b: Int, _ body: (Range<Int>, [String]) -> Bool
    ) -> Bool {
        let bit = b < 64 ? firstWordBuckets.0 & (1 << UInt64(b)) : firstWordBuckets.1 & (1 << UInt64(b - 64))
        guard bit != 0, var at = nodes[0].next[words[start].word] else { return true }
        var first: (end: Int, words: [String], order: Int)?
        var more: [(end: Int, words: [String], order: Int)] = []
        var end = start + 1
        while true {
            if let p = nodes[at].phrase {
                if first == nil { first = (end, p.words, p.order) } else { more.append((end, p.words, p.order)) }
            }
            guard end < words.count, let n = nodes[at].next[words[end].word] else { break }
            at = n
            end += 1
        }
        guard let first else { return true }
        if more.isEmpty { return body(start..<first.end, first.words) }
        more.append(first)
        for m in more.sorted(by: { $0.order < $1.order }) where !body(start..<m.end, m.words) { return false }
        return true
    }
}

/// Finds phrases as whole words, and the characters TXT-02 refuses, in a text.
struct TextMatcher {
    /// The words of the text, lower-cased: runs of letters, digits, `'` and `#` (a
    /// typographic apostrophe counts as `'`), each with the offset (in Unicode scalars) where
    /// it starts.
    let tokens: [(word: String, offset: Int)]
    /// Each token's `PhraseIndex.bucket`, worked out once for all the phrase lists looked for.
    let buckets: [Int]
    /// The text the words were read from.
    let text: String

    /// The same words as written (letter case kept). Read again from the text: only a
    /// match of another app's name needs them.
    var written: [String] {
        (Self.asciiWords(text, lowercased: false) ?? Self.scalarWords(text, lowercased: false)).map(\.word)
    }

    init(_ text: String) {
        self.text = text
        tokens = Self.asciiWords(text, lowercased: true) ?? Self.scalarWords(text, lowercased: true)
        buckets = tokens.map { PhraseIndex.bucket($0.word) }
    }

    /// The words of any text, read scalar by scalar.
    static func scalarWords(_ text: String, lowercased: Bool) -> [(word: String, offset: Int)] {
        var out: [(String, Int)] = []
        // The word's UTF-8, made into a string when the word ends: appending its scalars to
        // a string one at a time cost several hundred instructions each.
        var word: [UInt8] = []
        var start = 0
        for (i, c) in text.unicodeScalars.enumerated() {
            if isWordScalar(c) {
                if word.isEmpty { start = i }
                if c == "\u{2019}" {
                    word.append(UInt8(ascii: "'"))
                } else if c.isASCII {
                    word.append(UInt8(truncatingIfNeeded: (lowercased ? asciiLowercased(c) : c).value))
                } else if !lowercased {
                    UTF8.encode(c) { word.append($0) }
                } else {
                    word.append(contentsOf: c.properties.lowercaseMapping.utf8)
                }
            } else if !word.isEmpty {
                out.append((String(decoding: word, as: UTF8.self), start))
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { out.append((String(decoding: word, as: UTF8.self), start)) }
        return out
    }

    /// The words of an ASCII text, read as bytes (most texts are ASCII, and every text of a
    /// package is tokenized); nil for any other text.
    static func asciiWords(_ text: String, lowercased: Bool) -> [(word: String, offset: Int)]? {
        var text = text
        return text.withUTF8 { bytes -> [(word: String, offset: Int)]? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var tokens: [(word: String, offset: Int)] = []
            // Room for words of five bytes and a space (grown as needed).
            tokens.reserveCapacity(bytes.count / 6 + 1)
            // Lower-cased into one buffer: decoding a lazily mapped collection looks its
            // type up at run time for every word.
            var lower: [UInt8] = lowercased ? Array(bytes) : []
            if lowercased {
                for k in lower.indices where (0x41...0x5A).contains(lower[k]) { lower[k] |= 0x20 }
            }
            var i = 0
            while i < bytes.count {
                guard isWordByte(bytes[i]) else {
                    i += 1
                    continue
                }
                let start = i
                while i < bytes.count, isWordByte(bytes[i]) { i += 1 }
                let text =
                    lowercased
                    ? lower.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<i]), as: UTF8.self) }
                    : String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                tokens.append((text, start))
            }
            return tokens
        }
    }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (0x61...0x7A).contains(b) || (0x41...0x5A).contains(b) || (0x30...0x39).contains(b) || b == 0x27 || b == 0x23
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            return ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "'" || c == "#"
        }
        return c == "\u{2019}" || c.properties.isAlphabetic || c.properties.numericType != nil
    }

    /// Splits an identifier (`ignorePreviousInstructions`, `/ignore-previous/{id}`) into words.
    static func identifierWords(_ s: String) -> String {
        // Gathered as UTF-8 and made into a string once; ASCII letters' case is read from
        // their bytes (the Unicode properties agree with it).
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 8)
        var previousIsLowercase = false
        for c in s.unicodeScalars {
            let isUppercase = c.isASCII ? (0x41...0x5A).contains(c.value) : c.properties.isUppercase
            if isUppercase && previousIsLowercase { out.append(UInt8(ascii: " ")) }
            UTF8.encode(c) { out.append($0) }
            previousIsLowercase = c.isASCII ? (0x61...0x7A).contains(c.value) : c.properties.isLowercase
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first phrase found (in text order) and the offset where it starts, leaving out
    /// the words an exception covers.
    func first(of phrases: PhraseIndex, except exceptions: PhraseIndex? = nil) -> (phrase: String, offset: Int)? {
        let skipped = exceptions.map { Set(matches(of: $0).flatMap { Array($0.range) }) } ?? []
        var found: (phrase: String, offset: Int)? = nil
        forEachMatch(of: phrases) { range, words in
            guard !range.contains(where: skipped.contains) else { return true }
            let joined = words.joined(separator: " ")
            found = (phrases.written[joined] ?? joined, tokens[range.lowerBound].offset)
            return false
        }
        return found
    }

    /// Every occurrence of the phrases: the token range and the phrase.
    func matches(of phrases: PhraseIndex) -> [(range: Range<Int>, phrase: String)] {
        var out: [(Range<Int>, String)] = []
        forEachMatch(of: phrases) { range, words in
            out.append((range, words.joined(separator: " ")))
            return true
        }
        return out
    }

    /// Calls `body` with each occurrence, in text order, until it returns false.
    private func forEachMatch(of phrases: PhraseIndex, _ body: (Range<Int>, [String]) -> Bool) {
        for i in tokens.indices where !phrases.forEachPhrase(at: i, of: tokens, bucket: buckets[i], body) { return }
    }

    /// Whether the whole text is one of the phrases.
    func isExactly(one phrases: PhraseIndex) -> Bool {
        phrases.joined.contains(tokens.map(\.word).joined(separator: " "))
    }

    // MARK: TXT-02 characters

    /// What TXT-02 finds in a text: a URL, an emoji or symbol, a hidden character, or
    /// encoded data, and where (offset in Unicode scalars).
    static func unusualContent(_ text: String) -> (what: String, offset: Int)? {
        var copy = text
        return copy.withUTF8(isPlainASCII) ? nil : scanForUnusualContent(text)
    }

    /// `unusualContent` scalar by scalar.
    static func scanForUnusualContent(_ text: String) -> (what: String, offset: Int)? {
        let scalars = Array(text.unicodeScalars)
        if let url = urlOffset(scalars) { return ("a URL", url) }
        for (i, c) in scalars.enumerated() {
            if let what = unusual(c, next: i + 1 < scalars.count ? scalars[i + 1] : nil, first: i == 0) { return (what, i) }
        }
        if let encoded = encodedOffset(scalars) { return ("encoded data (hexadecimal or binary)", encoded) }
        return nil
    }

    /// Whether an ASCII text is free of everything TXT-02 looks for, told from its bytes
    /// (most texts are): no `://`, `mailto:` or `www.` (every URL start has one), no control
    /// character, no backslash, and no word of eight or more hexadecimal digits or `x`
    /// (encoded data needs one). False sends the text through the full scan. Other colons
    /// (`Note: …`, JSON in a code sample) are plain.
    static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0, hexRun = true
        for (i, b) in bytes.enumerated() {
            if b == UInt8(ascii: ":") && mayStartURL(bytes, colon: i) { return false }
            if b >= 0x80 || b == 0x7F || b == UInt8(ascii: "\\") { return false }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { return false }
            if b == UInt8(ascii: "."), i >= 3, bytes[(i - 3)..<i].allSatisfy({ $0 | 0x20 == UInt8(ascii: "w") }) { return false }
            if isWordByte(b) {
                let hex = (0x30...0x39).contains(b) || (0x61...0x66).contains(b | 0x20) || b | 0x20 == UInt8(ascii: "x")
                hexRun = run == 0 ? hex : hexRun && hex
                run += 1
                if run >= 8 && hexRun { return false }
            } else {
                run = 0
            }
        }
        return true
    }

    /// Whether the colon at `colon` may belong to a URL start: `://` (`http://`, `https://`,
    /// `ftp://`) or `mailto:`, letter case aside.
    static func mayStartURL(_ bytes: UnsafeBufferPointer<UInt8>, colon: Int) -> Bool {
        if colon + 2 < bytes.count && bytes[colon + 1] == UInt8(ascii: "/") && bytes[colon + 2] == UInt8(ascii: "/") { return true }
        guard colon >= 6 else { return false }
        return zip(bytes[(colon - 6)..<colon], "mailto".utf8).allSatisfy { $0 | 0x20 == $1 }
    }

    /// An ASCII letter lower-cased by one bit (Unicode's mapping is the slow path).
    static func asciiLowercased(_ c: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(c) ? Unicode.Scalar(UInt8(c.value) | 0x20) : c
    }

    static let urlStarts = ["http://", "https://", "ftp://", "www.", "mailto:"]

    static func urlOffset(_ s: [Unicode.Scalar]) -> Int? {
        let lower = s.map { c in c.isASCII ? asciiLowercased(c) : (c.properties.lowercaseMapping.unicodeScalars.first ?? c) }
        for start in urlStarts {
            let needle = Array(start.unicodeScalars)
            var i = 0
            while i + needle.count <= lower.count {
                let boundary = i == 0 || !isWordScalar(lower[i - 1])
                if boundary, lower[i] == needle[0], Array(lower[i..<(i + needle.count)]) == needle, i + needle.count < lower.count,
                    isWordScalar(lower[i + needle.count])
                {
                    return i
                }
                i += 1
            }
        }
        return nil
    }

    /// An emoji, a pictographic symbol, or a character a reader cannot see.
    static func unusual(_ c: Unicode.Scalar, next: Unicode.Scalar?, first: Bool) -> String? {
        // Printable ASCII is never unusual (and most text is printable ASCII).
        if c.value >= 0x20 && c.value < 0x7F && next != "\u{FE0F}" { return nil }
        let p = c.properties
        if p.isEmojiPresentation || (p.isEmoji && next == "\u{FE0F}") { return "an emoji (\(codePoint(c)))" }
        switch c.value {
        case 0x2600...0x27BF, 0x2B00...0x2BFF, 0x1F000...0x1FAFF: return "a pictographic symbol (\(codePoint(c)))"
        default: break
        }
        if c == "\t" || c == "\n" || c == "\r" { return nil }
        if c == "\u{FEFF}" && first { return nil }
        switch p.generalCategory {
        case .format, .control, .privateUse, .unassigned, .surrogate, .lineSeparator, .paragraphSeparator:
            return "a hidden character (\(codePoint(c)))"
        default:
            return nil
        }
    }

    static func codePoint(_ c: Unicode.Scalar) -> String {
        let hex = String(c.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Escapes (`\x41`, `\u0041`), `0x` numbers of 8 digits or more, whole words of 32
    /// hexadecimal digits or more (letters and digits mixed), 16 binary digits or more, and
    /// three bytes or more written in binary (`01001000 01101001 00100001`).
    static func encodedOffset(_ s: [Unicode.Scalar]) -> Int? {
        func isHex(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) || ("a"..."f").contains(c) || ("A"..."F").contains(c) }
        func isBit(_ c: Unicode.Scalar) -> Bool { c == "0" || c == "1" }
        /// The end of the run of `test` scalars from `i`.
        func run(from i: Int, _ test: (Unicode.Scalar) -> Bool) -> Int {
            var j = i
            while j < s.count, test(s[j]) { j += 1 }
            return j
        }
        var i = 0
        while i < s.count {
            if s[i] == "\\", i + 3 < s.count, s[i + 1] == "x" || s[i + 1] == "u", isHex(s[i + 2]), isHex(s[i + 3]) { return i }
            guard i == 0 || !isWordScalar(s[i - 1]), isWordScalar(s[i]) else {
                i += 1
                continue
            }
            let word = run(from: i, isWordScalar)
            let text = s[i..<word]
            if text.count >= 10, text.first == "0", text.dropFirst().first == "x" || text.dropFirst().first == "X", text.dropFirst(2).allSatisfy(isHex) {
                return i
            }
            if text.count >= 32, text.allSatisfy(isHex), text.contains(where: { ("0"..."9").contains($0) }), text.contains(where: { !("0"..."9").contains($0) }) {
                return i
            }
            if text.count >= 16, text.allSatisfy(isBit) { return i }
            var bytes = 0, j = i
            while j + 8 <= s.count, s[j..<(j + 8)].allSatisfy(isBit), j + 8 == s.count || !isWordScalar(s[j + 8]) {
                bytes += 1
                j += 8
                guard j < s.count, s[j] == " " else { break }
                j += 1
            }
            if bytes >= 3 { return i }
            i = word
        }
        return nil
    }
}
