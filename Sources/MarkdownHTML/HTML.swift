import CatalogSupport

/// HTML escaping and the URL policy. Every writer of HTML in the project goes through these.
public enum HTML {
    /// Escapes `& < > " '` so the result is safe both as element text and inside a quoted
    /// attribute value.
    public static func escape(_ s: String) -> String {
        guard needsEscaping(s) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        escape(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `s` escaped.
    public static func escape(_ s: String, into out: inout String) {
        out += escape(s)
    }
}

/// Which URLs may become `href` or `src` values.
///
/// The scheme is read the way browsers read it (leading control characters and spaces
/// dropped, tabs and line breaks inside ignored), so `java\tscript:` is recognised as
/// `javascript:` and refused.
public struct URLPolicy: Sendable, Hashable {
    public var schemes: Set<String>
    /// Allows `data:` URLs whose media type is one of these (for images).
    public var dataMediaTypes: Set<String>
    /// Allows URLs without a scheme (relative paths, `#fragment`, `//host/path`).
    public var allowRelative: Bool

    public init(schemes: Set<String>, dataMediaTypes: Set<String> = [], allowRelative: Bool) {
        self.schemes = schemes
        self.dataMediaTypes = dataMediaTypes
        self.allowRelative = allowRelative
    }

    static let imageTypes: Set<String> = ["image/png", "image/jpeg", "image/jpg", "image/gif", "image/webp", "image/bmp", "image/svg+xml"]

    /// Links in documentation: web, mail, phone and relative links.
    public static let documentationLinks = URLPolicy(schemes: ["http", "https", "mailto", "tel"], allowRelative: true)
    /// Images in documentation.
    public static let documentationImages = URLPolicy(schemes: ["http", "https"], dataMediaTypes: imageTypes, allowRelative: true)
    /// Links in cards: what the Adaptive Cards hosts open.
    public static let cardLinks = URLPolicy(schemes: ["http", "https", "mailto", "tel"], allowRelative: false)
    /// Images in cards.
    public static let cardImages = URLPolicy(schemes: ["http", "https"], dataMediaTypes: imageTypes, allowRelative: false)

    /// The URL as it may be written into an attribute (unescaped; escape it with `HTML.escape`),
    /// or nil when the policy refuses it.
    public func sanitize(_ url: String) -> String? {
        // Browsers strip leading/trailing C0 controls and spaces, and remove tab/CR/LF anywhere.
        var scalars = String.UnicodeScalarView()
        for s in url.unicodeScalars where s != "\t" && s != "\n" && s != "\r" { scalars.append(s) }
        var cleaned = String(scalars)
        while let f = cleaned.unicodeScalars.first, f.value <= 0x20 { cleaned.unicodeScalars.removeFirst() }
        while let l = cleaned.unicodeScalars.last, l.value <= 0x20 { cleaned.unicodeScalars.removeLast() }
        if cleaned.isEmpty { return nil }
        cleaned = Self.encodingControls(cleaned)
        guard let scheme = Self.scheme(of: cleaned) else {
            return allowRelative ? cleaned : nil
        }
        if scheme == "data" {
            let rest = cleaned.dropFirst(5)
            let mediaEnd = rest.firstIndex(where: { $0 == ";" || $0 == "," }) ?? rest.endIndex
            let media = rest[..<mediaEnd].lowercased()
            return dataMediaTypes.contains(media) ? cleaned : nil
        }
        return schemes.contains(scheme) ? cleaned : nil
    }

    /// Control characters left inside (browsers keep them, then percent-encode them when they
    /// parse the URL) written percent-encoded: a reader or filter that drops them would take
    /// `javas\u{10}cript:` for a `javascript:` URL. FuzzMarkdown found such a link.
    static func encodingControls(_ url: String) -> String {
        guard url.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return url }
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        var out = String.UnicodeScalarView()
        for s in url.unicodeScalars {
            if s.value < 0x20 || s.value == 0x7F {
                out.append("%")
                out.append(hex[Int(s.value >> 4)])
                out.append(hex[Int(s.value & 0xF)])
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// The lower-cased scheme, or nil for a relative reference.
    static func scheme(of url: String) -> String? {
        var scheme = ""
        for (i, c) in url.unicodeScalars.enumerated() {
            if c == ":" { return i == 0 ? nil : scheme.lowercased() }
            let isAlpha = (c >= "a" && c <= "z") || (c >= "A" && c <= "Z")
            let isOther = (c >= "0" && c <= "9") || c == "+" || c == "-" || c == "."
            if isAlpha || (i > 0 && isOther) {
                scheme.unicodeScalars.append(c)
            } else {
                return nil
            }
        }
        return nil
    }
}

extension HTML {
    /// Appends the UTF-8 of `s`, escaped, to a byte buffer (for writers that build pages
    /// as bytes).
    public static func escape(_ s: String, into out: inout [UInt8]) {
        ByteScan.withUTF8(s) { bytes in
            ByteScan.copy(
                bytes, into: &out, isClear: { !mayNeedEscaping($0) },
                needsEscape: isEscaped, escape: writeEscape)
        }
    }

    /// Writes the escape of `&`, `<`, `>`, `"` or (any other byte `needsEscape` picks) `'`.
    @inline(__always)
    private static func writeEscape(_ b: UInt8, into out: inout [UInt8]) {
        let replacement: StaticString
        switch b {
        case 0x26: replacement = "&amp;"
        case 0x3C: replacement = "&lt;"
        case 0x3E: replacement = "&gt;"
        case 0x22: replacement = "&quot;"
        default: replacement = "&#39;"
        }
        out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
    }

    /// Whether `s` holds a byte `escape` rewrites, read eight bytes at a time.
    static func needsEscaping(_ s: String) -> Bool {
        ByteScan.withUTF8(s) { bytes in
            let i = ByteScan.skipClearWords(in: bytes, from: 0) { !mayNeedEscaping($0) }
            return UnsafeBufferPointer(rebasing: bytes[i...]).contains(where: isEscaped)
        }
    }

    /// `& < > " '`: the bytes `escape` rewrites.
    @inline(__always)
    static func isEscaped(_ b: UInt8) -> Bool { b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 }

    /// Whether any of eight bytes may be `& < > " '` (exact: false means none is).
    @inline(__always)
    static func mayNeedEscaping(_ w: UInt64) -> Bool {
        ByteScan.mask(w, equalTo: 0x26) | ByteScan.mask(w, equalTo: 0x3C) | ByteScan.mask(w, equalTo: 0x3E) | ByteScan.mask(w, equalTo: 0x22)
            | ByteScan.mask(w, equalTo: 0x27) != 0
    }
}
