import CatalogDiagnostics
import JSONTree

// Where the values the rules look at are written: manifest nodes found again from the
// positions the model keeps, and localizable texts in every locale of the package.

extension CheckContext {
    /// The app-manifest object of a message extension command.
    func node(of command: CatalogPackage.MessageExtension.Command, in me: CatalogPackage.MessageExtension) -> SourceNode? {
        manifest?.root["composeExtensions"]?[me.index]?["commands"]?.array?.first { $0.location == command.location }
    }

    /// The plugin-manifest object of a function (nil for functions inferred from a description).
    func node(of fn: CatalogPackage.Plugin.Function) -> SourceNode? {
        guard let at = fn.location, fn.pluginIndex >= 0, fn.pluginIndex < functionNodes.count else { return nil }
        // A function's location is its name's (or its object's, when it has no name).
        return functionNodes[fn.pluginIndex][at]
    }

    /// The root of an OpenAPI description read from its own file (nil for an inline
    /// `spec.api_description`, whose positions are not those of any file).
    func root(of spec: OpenAPISpec) -> SourceNode? {
        guard let doc = store.document(spec.path), doc.display == spec.file else { return nil }
        return doc.root
    }
}

/// A text as the readers of one locale see it, and where that value is written.
struct PlacedText {
    var value: String
    var file: String?
    var location: SourceLocation?
    /// The value is a whole plain-text file (instructions): findings point at the match itself.
    var isTextFile = false
    /// The language of the value (`fr` for `fr-CA`), when the package says.
    var language: String? = nil

    /// Whether the value may be English (English-only phrase lists apply).
    var mayBeEnglish: Bool { language.map { $0 == "en" } ?? true }

    /// Where the character at `offset` (in Unicode scalars) of the value is.
    func location(at offset: Int) -> SourceLocation? {
        guard isTextFile else { return location }
        var line = 1, column = 1
        for (i, c) in value.unicodeScalars.enumerated() {
            if i == offset { break }
            if c == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(line: line, column: column)
    }
}

/// Resolves localizable texts in every locale of a package and finds each value's place:
/// the manifest for literal text, the language file that supplies a translation.
struct LocalizedTexts {
    let localization: Localization
    /// Language files by their display name.
    let documents: [String: PackageDocument]
    /// The default language (`language(_:)` of the default tag): made once, asked for
    /// every text.
    let defaultLanguage: String?

    init(_ c: CheckContext) {
        localization = c.localization
        defaultLanguage = c.localization.defaultTag.map(Self.language)
        var docs: [String: PackageDocument] = [:]
        for d in c.documents(.localization) { docs[d.display] = d }
        documents = docs
    }

    /// The text in every locale, each distinct place once (a locale that falls back to the
    /// default language reads the same value as the default).
    func places(_ text: LocalizableText) -> [PlacedText] {
        var out: [PlacedText] = []
        // A package ships a few languages: the places found are compared, not hashed.
        var seen: [PlaceKey] = []
        for locale in localization.locales {
            let resolved = localization.resolve(text, locale: locale)
            var place = PlacedText(value: resolved.value, file: text.file, location: text.location, language: defaultLanguage)
            switch resolved.source {
            case .localized(let tag), .fallback(let tag):
                if let lf = localization.file(for: tag) {
                    place.file = lf.file
                    place.location = location(of: text, in: lf.file)
                    place.language = Self.language(tag)
                }
            case .literal, .missing:
                break
            }
            let key = PlaceKey(file: place.file ?? "", location: place.location, value: place.value)
            if !seen.contains(key) {
                seen.append(key)
                out.append(place)
            }
        }
        return out
    }

    /// What makes two places of a text the same place.
    private struct PlaceKey: Hashable {
        var file: String
        var location: SourceLocation?
        var value: String
    }

    /// `fr` for `fr-CA`, lower-cased.
    static func language(_ tag: String) -> String {
        String(tag.lowercased().prefix { $0 != "-" && $0 != "_" })
    }

    /// Where a language file writes the value that replaces `text`.
    func location(of text: LocalizableText, in file: String) -> SourceLocation? {
        guard let root = documents[file]?.root else { return nil }
        if let key = text.token {
            let keys = root["localizationKeys"]?.object
            return (keys?.member(key) ?? keys?.member("[[\(key)]]"))?.value.location
        }
        if let path = text.manifestPath { return root.object?.member(path)?.value.location }
        return nil
    }

    /// A literal text (not localizable) at its place.
    func literal(_ value: String, file: String?, at location: SourceLocation?) -> [PlacedText] {
        [PlacedText(value: value, file: file, location: location, language: localization.defaultTag.map(Self.language))]
    }
}
