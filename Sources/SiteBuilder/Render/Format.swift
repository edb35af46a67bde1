import CatalogSupport
import CatalogDiagnostics
import JSONTree
import MarkdownHTML
import Foundation
import PackageReader

/// Turning values into what views hold: Markdown to HTML, empty text to `false`,
/// findings and the consequential wording to rows.
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

    /// A package file as pages show it: relative to the package (pages never publish the
    /// builder's own folders). `source` is the package's own path (`CatalogPackage.source`),
    /// passed rather than the package: wrapping a package in an optional copies it.
    static func shortPath(_ file: String, source: String?) -> String {
        guard let source else { return file }
        if let rest = asciiBoundedRest(of: file, after: source) { return rest }
        for prefix in [source + "/", source + "!/"] where file.hasPrefix(prefix) {
            return String(file.dropFirst(prefix.count))
        }
        if file == source { return (file as NSString).lastPathComponent }
        return file
    }

    /// What follows `source` and `/` (or `!/`) in `file`, found on bytes when ASCII bytes
    /// on both sides of that separator make it a character boundary too (the finding of
    /// nearly every path); nil otherwise.
    static func asciiBoundedRest(of file: String, after source: String) -> String? {
        ByteScan.withUTF8(file) { f in
            ByteScan.withUTF8(source) { s -> String? in
                guard let last = s.last, last < 0x80, f.count > s.count, f.prefix(s.count).elementsEqual(s) else { return nil }
                var i = s.count
                if f[i] == UInt8(ascii: "!") { i += 1 }
                guard i < f.count, f[i] == UInt8(ascii: "/") else { return nil }
                i += 1
                guard i == f.count || f[i] < 0x80 else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: f[i...]), as: UTF8.self)
            }
        }
    }

    static func shortPath(_ file: String, in package: CatalogPackage) -> String {
        shortPath(file, source: package.source)
    }

    static func diagnostics(_ list: [Diagnostic], package: CatalogPackage) -> TemplateValue {
        diagnostics(list, source: package.source)
    }

    static func diagnostics(_ list: [Diagnostic], source: String? = nil) -> TemplateValue {
        .views(
            list.map { d in
                var where_: TemplateValue = false
                if let file = d.file {
                    let f = shortPath(file, source: source)
                    where_ = .string(d.location.map { "\(f):\($0.line):\($0.column)" } ?? f)
                }
                return [
                    "severity": .string(d.severity.rawValue), "rule": .string(d.rule.id), "message": .string(PlaceholderTokens.plain(d.message)),
                    "where": where_, "notes": .strings(d.notes)
                ]
            })
    }

    static func consequential(_ w: ConsequentialWording) -> View {
        [
            "headline": .string(w.headline), "calloutClass": .string(w.calloutClass), "badge": .string(w.badge), "badgeClass": .string(w.badgeClass),
            "explanation": .string(w.explanation), "flag": .string(w.flag), "source": .string(w.source), "alwaysAllow": .string(w.alwaysAllow)
        ]
    }

    /// What a parameter or field row says besides its type: allowed values, default, example
    /// and constraints.
    static func facts(_ f: ValueFacts, into v: inout View) {
        v["enumValues"] = f.enumValues.isEmpty ? false : ["values": .strings(f.enumValues)]
        v["defaultValue"] = Format.value(f.defaultValue)
        v["example"] = Format.value(f.example)
        v["constraints"] = Format.value(f.constraints.joined(separator: ", "))
        v["hasFacts"] = .bool(!f.isEmpty)
    }
}
