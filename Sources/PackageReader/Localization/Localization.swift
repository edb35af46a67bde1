import JSONTree

/// The languages a package ships and how each string resolves in each of them.
///
/// Resolution follows the Teams client: for locale `fr-CA` it applies the default
/// language's strings, then the language-only file (`fr`), then the exact file (`fr-CA`);
/// per key, the most specific file that has it wins. A `[[key]]` no file defines is shown as
/// written. App-manifest fields are overridden by their JSONPath-style keys (`name.short`).
public struct Localization: Sendable {
    public struct LanguageFile: Sendable {
        public var tag: String
        /// The file as the user would find it (for diagnostics and the page).
        public var file: String
        /// `localizationKeys`, with bracketed keys (`[[k]]`) stored bare.
        public var keys: [String: String]
        /// App-manifest overrides (`name.short`, `description.full`, `composeExtensions[0]…`).
        public var overrides: [String: String]
        /// Where things are written in the file: its root object (or its `localizationKeys`,
        /// where missing keys belong), and each key and override.
        public var location: SourceLocation?
        public var keyLocations: [String: SourceLocation] = [:]
        public var valueLocations: [String: SourceLocation] = [:]
        /// The file's `$schema`, and where `languageTag` named it in the manifest.
        public var schema: String?
        public var tagLocation: SourceLocation?

        public init(tag: String, file: String, keys: [String: String], overrides: [String: String]) {
            self.tag = tag
            self.file = file
            self.keys = keys
            self.overrides = overrides
        }
    }

    /// The default language's tag (`localizationInfo.defaultLanguageTag`), nil when the
    /// package declares none.
    public var defaultTag: String?
    /// The default language file first (when there is one), then the additional ones in
    /// manifest order.
    public var files: [LanguageFile]

    public init(defaultTag: String? = nil, files: [LanguageFile] = []) {
        self.defaultTag = defaultTag
        self.files = files
    }

    /// Every locale the package has pages for: the default first. A package without
    /// `localizationInfo` has one locale, its default (`defaultTag` or "en").
    public var locales: [String] {
        var out: [String] = [defaultLocale]
        for f in files where !out.contains(where: { Self.sameTag($0, f.tag) }) {
            out.append(f.tag)
        }
        return out
    }

    public var defaultLocale: String { defaultTag ?? "en" }

    /// Whether two language tags are the same tag (tags ignore case). Tags are ASCII, and
    /// comparing their bytes is many times faster than Foundation's comparison, which runs
    /// for every text of every page; anything else is compared as Foundation does.
    public static func sameTag(_ a: String, _ b: String) -> Bool {
        var x = a
        var y = b
        let ascii: Bool? = x.withUTF8 { p in
            y.withUTF8 { q in
                guard p.allSatisfy({ $0 < 0x80 }), q.allSatisfy({ $0 < 0x80 }) else { return nil }
                return p.count == q.count && zip(p, q).allSatisfy { asciiLower($0) == asciiLower($1) }
            }
        }
        return ascii ?? (a.caseInsensitiveCompare(b) == .orderedSame)
    }

    private static func asciiLower(_ c: UInt8) -> UInt8 { (0x41...0x5A).contains(c) ? c | 0x20 : c }

    public var isMultilingual: Bool { locales.count > 1 }

    func file(for tag: String) -> LanguageFile? {
        files.first { Self.sameTag($0.tag, tag) }
    }

    var defaultFile: LanguageFile? {
        guard let defaultTag else { return nil }
        return file(for: defaultTag)
    }

    /// The files consulted for `locale`, most specific first, with how each counts.
    func chain(for locale: String) -> [(LanguageFile, exact: Bool)] {
        var chain: [(LanguageFile, Bool)] = []
        if let exact = file(for: locale) { chain.append((exact, true)) }
        if let dash = locale.firstIndex(of: "-") {
            let language = String(locale[..<dash])
            if let f = file(for: language), !chain.contains(where: { $0.0.tag == f.tag }) {
                chain.append((f, false))
            }
        }
        if let d = defaultFile, !chain.contains(where: { $0.0.tag == d.tag }) {
            chain.append((d, Self.sameTag(locale, d.tag)))
        }
        return chain
    }

    /// The text as a reader of `locale` sees it (nil locale = the default language).
    public func resolve(_ text: LocalizableText, locale: String? = nil) -> ResolvedText {
        // Most texts are written in place, with no key and no manifest path: no chain to walk.
        guard text.token != nil || text.manifestPath != nil else { return ResolvedText(text.raw, source: .literal) }
        let locale = locale ?? defaultLocale
        let chain = chain(for: locale)
        if let key = text.token {
            for (file, exact) in chain {
                if let v = file.keys[key] {
                    return ResolvedText(v, source: exact ? .localized(tag: file.tag) : .fallback(tag: file.tag))
                }
            }
            return ResolvedText(text.raw, source: .missing(key: key))
        }
        if let path = text.manifestPath {
            for (file, exact) in chain {
                if let v = file.overrides[path] {
                    // The default file restating the manifest is not a "fallback" worth saying.
                    if !exact && v == text.raw { return ResolvedText(v, source: .literal) }
                    return ResolvedText(v, source: exact ? .localized(tag: file.tag) : .fallback(tag: file.tag))
                }
            }
        }
        return ResolvedText(text.raw, source: .literal)
    }

    /// Tokens among `texts` that `tag`'s own chain cannot resolve.
    public func unresolvedTokens(_ texts: [LocalizableText], locale: String) -> [String] {
        texts.compactMap(\.token).filter { key in
            !chain(for: locale).contains { $0.0.keys[key] != nil }
        }
    }
}
