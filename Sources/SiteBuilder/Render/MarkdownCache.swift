import CatalogDiagnostics
import JSONTree
import MarkdownHTML
import Foundation
import PackageReader

/// Descriptions rendered once per process: a parameter or a field of a shared schema shows
/// the same text on every operation page that uses it, and catalogs repeat such text
/// across operations. Short texts only; the cache empties itself when full.
final class MarkdownCache: @unchecked Sendable {
    static let shared = MarkdownCache()
    static let capacity = 20_000
    static let longestText = 2_048

    private struct Key: Hashable {
        var text: String
        var inline: Bool
    }

    private var entries: [Key: String] = [:]
    /// Plain text of the descriptions parsed for `html` (a page's `<meta>` description
    /// reuses the parse of its description).
    private var plain: [String: String] = [:]
    private let lock = NSLock()

    func html(_ text: String, inline: Bool) -> String {
        var options = Markdown.Options.documentation
        options.inlineSingleParagraph = inline
        // Plain one-line text skips the parser anyway; long text is seldom repeated.
        if let direct = Markdown.plainParagraphHTML(text, options: options) { return direct }
        guard text.utf8.count <= Self.longestText else { return Markdown.html(Markdown.parse(text), options: options) }
        let key = Key(text: text, inline: inline)
        lock.lock()
        let known = entries[key]
        lock.unlock()
        if let known { return known }
        let document = Markdown.parse(text)
        let html = Markdown.html(document, options: options)
        let plainText = document.plainText
        lock.lock()
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        if plain.count >= Self.capacity { plain.removeAll(keepingCapacity: true) }
        entries[key] = html
        plain[text] = plainText
        lock.unlock()
        return html
    }

    /// `Markdown.plainText(text)`, without parsing again a description `html` has seen.
    func plainText(_ text: String) -> String {
        if Markdown.isPlainParagraph(text) { return text }
        lock.lock()
        let known = plain[text]
        lock.unlock()
        return known ?? Markdown.plainText(text)
    }
}
