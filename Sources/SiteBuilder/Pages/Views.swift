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
    private(set) var entries: [(key: String, value: TemplateValue)]

    init() { entries = [] }

    init(minimumCapacity: Int) {
        entries = []
        entries.reserveCapacity(minimumCapacity)
    }

    /// A later duplicate key replaces the earlier value.
    init(dictionaryLiteral elements: (String, TemplateValue)...) {
        entries = []
        entries.reserveCapacity(elements.count)
        for (key, value) in elements { self[key] = value }
    }

    var count: Int { entries.count }
    var isEmpty: Bool { entries.isEmpty }

    /// Keys of different lengths are told apart without calling into string comparison.
    @inline(__always) private static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a == b
    }

    private func index(of key: String) -> Int? {
        entries.firstIndex { Self.same($0.key, key) }
    }

    subscript(key: String) -> TemplateValue? {
        get {
            for e in entries where Self.same(e.key, key) { return e.value }
            return nil
        }
        set {
            if let i = index(of: key) {
                if let newValue { entries[i].value = newValue } else { entries.remove(at: i) }
            } else if let newValue {
                entries.append((key, newValue))
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

/// Shared formatting for page views.
enum Format {
    static func markdown(_ text: String?) -> TemplateValue {
        guard let text, !text.isBlank else { return false }
        return .string(MarkdownCache.shared.html(text, inline: false))
    }

    /// Markdown for table cells: a single paragraph is unwrapped.
    static func inlineMarkdown(_ text: String?) -> TemplateValue {
        guard let text, !text.isBlank else { return false }
        return .string(MarkdownCache.shared.html(text, inline: true))
    }

    static func value(_ s: String?) -> TemplateValue {
        guard let s, !s.isEmpty else { return false }
        return .string(s)
    }

    static func plural(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? one : many }

    static func methodClass(_ method: String?) -> String {
        switch method?.uppercased() {
        case "GET": return "get"
        case "POST": return "post"
        case "PUT": return "put"
        case "PATCH": return "patch"
        case "DELETE": return "delete"
        default: return "other"
        }
    }

    static func kindLabel(_ kind: CatalogPackage.Kind) -> String {
        switch kind {
        case .declarativeAgent: return "Declarative agent"
        case .apiPlugin: return "API plugin"
        case .messageExtension: return "API-based message extension"
        case .pluginManifest: return "Plugin manifest"
        case .openAPI: return "OpenAPI description"
        case .teamsApp: return "Teams app"
        }
    }

    static func sourceNote(_ source: TextSource) -> TemplateValue {
        switch source {
        case .literal: return false
        case .localized: return false
        case .fallback(let tag): return .string("from the \(tag) file")
        case .missing(let key): return .string("[[\(key)]] is not defined")
        }
    }

    /// A package file as pages show it: relative to the package (pages never publish the
    /// builder's own folders).
    static func shortPath(_ file: String, in package: CatalogPackage?) -> String {
        guard let package else { return file }
        for prefix in [package.source + "/", package.source + "!/"] where file.hasPrefix(prefix) {
            return String(file.dropFirst(prefix.count))
        }
        if file == package.source { return (file as NSString).lastPathComponent }
        return file
    }

    static func diagnostics(_ list: [Diagnostic], package: CatalogPackage? = nil) -> TemplateValue {
        .views(list.map { d in
            var where_: TemplateValue = false
            if let file = d.file {
                let f = shortPath(file, in: package)
                where_ = .string(d.location.map { "\(f):\($0.line):\($0.column)" } ?? f)
            }
            return ["severity": .string(d.severity.rawValue), "rule": .string(d.rule.id), "message": .string(d.message),
                    "where": where_, "notes": .strings(d.notes)]
        })
    }

    static func consequential(_ w: ConsequentialWording) -> View {
        [
            "headline": .string(w.headline), "calloutClass": .string(w.calloutClass), "badge": .string(w.badge), "badgeClass": .string(w.badgeClass),
            "explanation": .string(w.explanation), "flag": .string(w.flag), "source": .string(w.source), "alwaysAllow": .string(w.alwaysAllow),
        ]
    }
}

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
