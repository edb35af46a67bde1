import CatalogSupport
import JSONTree

/// A string from a manifest that may be localized: either literal text, a whole-value
/// `[[key]]` token (declarative agent and plugin manifests), or an app-manifest field that
/// localization files override by its JSONPath-style key (`name.short`,
/// `composeExtensions[0].commands[0].title`).
public struct LocalizableText: Sendable, Hashable {
    /// The value as written in the manifest.
    public var raw: String
    /// The key when `raw` is exactly `[[key]]`.
    public var token: String?
    /// The app-manifest path that language files may override.
    public var manifestPath: String?
    /// Where the value is written (the file as diagnostics name it, and the position).
    public var file: String?
    public var location: SourceLocation?

    public init(raw: String, manifestPath: String? = nil, file: String? = nil, location: SourceLocation? = nil) {
        self.raw = raw
        self.manifestPath = manifestPath
        self.file = file
        self.location = location
        self.token = LocalizableText.token(in: raw)
    }

    public static func literal(_ s: String) -> LocalizableText { LocalizableText(raw: s) }

    /// `key` for a value that is exactly `[[key]]` (surrounding spaces allowed), else nil.
    public static func token(in raw: String) -> String? {
        guard raw.utf8.contains(UInt8(ascii: "[")) else { return nil }
        // Most texts with a bracket are prose: refused from the first byte that is not a
        // space or a tab (other whitespace is not ASCII, and goes the long way).
        if let first = raw.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }), first < 0x80, first != UInt8(ascii: "[") { return nil }
        if let ascii = ByteScan.withUTF8(raw, asciiToken) { return ascii }
        return trimmedToken(in: raw)
    }

    /// `token(in:)` of any text: trimmed of Unicode white space, then read as characters.
    static func trimmedToken(in raw: String) -> String? {
        let t = raw.trimmingCharacters(in: .whitespaces)
        guard t.hasPrefix("[["), t.hasSuffix("]]"), t.count > 4 else { return nil }
        let inner = t.dropFirst(2).dropLast(2)
        guard !inner.contains("[") && !inner.contains("]") else { return nil }
        return String(inner)
    }

    /// `token(in:)` of an ASCII text, on its bytes (spaces and tabs are then the only
    /// white space to trim, and every byte is a character); nil for any other text.
    static func asciiToken(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        var start = 0, end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        let open = UInt8(ascii: "["), close = UInt8(ascii: "]")
        guard end - start > 4, bytes[start] == open, bytes[start + 1] == open, bytes[end - 2] == close, bytes[end - 1] == close else { return .some(nil) }
        let inner = UnsafeBufferPointer(rebasing: bytes[(start + 2)..<(end - 2)])
        guard !inner.contains(open) && !inner.contains(close) else { return .some(nil) }
        return String(decoding: inner, as: UTF8.self)
    }

    /// Whether `key` is a valid localization key (`^[a-zA-Z_][a-zA-Z0-9_]*$`).
    public static func isValidKey(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first else { return false }
        func letter(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" }
        guard letter(first) else { return false }
        return key.unicodeScalars.allSatisfy { letter($0) || ($0 >= "0" && $0 <= "9") }
    }
}

/// Where a displayed string came from, for the page to say so.
public enum TextSource: Sendable, Hashable {
    /// Written in the manifest itself.
    case literal
    /// From the language file of the requested locale.
    case localized(tag: String)
    /// From a less specific language file (the language without region, or the default language).
    case fallback(tag: String)
    /// A `[[key]]` no language file defines; shown as written.
    case missing(key: String)
}

public struct ResolvedText: Sendable, Hashable {
    public var value: String
    public var source: TextSource

    public init(_ value: String, source: TextSource) {
        self.value = value
        self.source = source
    }
}

import Foundation
