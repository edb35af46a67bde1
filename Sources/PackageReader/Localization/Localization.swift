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
    public let defaultTag: String?
    /// The default language file first (when there is one), then the additional ones in
    /// manifest order.
    public let files: [LanguageFile]
    /// Every locale the package has pages for: the default first. A package without
    /// `localizationInfo` has one locale, its default (`defaultTag` or "en").
    public let locales: [String]
    /// `chainIndices(for:)` of each of `locales`, worked out once: every text of every page
    /// is resolved in one of them.
    private var chains: [(locale: String, chain: [(index: Int, exact: Bool)])] = []

    public init(defaultTag: String? = nil, files: [LanguageFile] = []) {
        self.defaultTag = defaultTag
        self.files = files
        var locales: [String] = [defaultTag ?? "en"]
        for f in files where !locales.contains(where: { Self.sameTag($0, f.tag) }) {
            locales.append(f.tag)
        }
        self.locales = locales
        chains = locales.map { ($0, makeChain(for: $0)) }
    }

    public var defaultLocale: String { locales[0] }

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
        fileIndex(for: tag).map { files[$0] }
    }

    /// Where the file of `tag` is in `files` (its tag compared in place).
    func fileIndex(for tag: String) -> Int? {
        for i in files.indices where Self.sameTag(files[i].tag, tag) { return i }
        return nil
    }

    var defaultFile: LanguageFile? {
        guard let defaultTag else { return nil }
        return file(for: defaultTag)
    }

    /// The files consulted for `locale`, most specific first, with how each counts.
    func chain(for locale: String) -> [(LanguageFile, exact: Bool)] {
        chainIndices(for: locale).map { (files[$0.index], $0.exact) }
    }

    /// `chain(for:)` as positions in `files`: every text of every page is resolved, and
    /// copying the files out cost more than looking their strings up.
    func chainIndices(for locale: String) -> [(index: Int, exact: Bool)] {
        for known in chains where known.locale == locale { return known.chain }
        return makeChain(for: locale)
    }

    private func makeChain(for locale: String) -> [(index: Int, exact: Bool)] {
        var chain: [(index: Int, exact: Bool)] = []
        if let exact = fileIndex(for: locale) { chain.append((exact, true)) }
        if let dash = locale.firstIndex(of: "-"), let f = fileIndex(for: String(locale[..<dash])), !chain.contains(where: { $0.index == f }) {
            chain.append((f, false))
        }
        if let defaultTag, let d = fileIndex(for: defaultTag), !chain.contains(where: { $0.index == d }) {
            chain.append((d, Self.sameTag(locale, files[d].tag)))
        }
        return chain
    }

    /// The text as a reader of `locale` sees it (nil locale = the default language).
    public func resolve(_ text: LocalizableText, locale: String? = nil) -> ResolvedText {
        // Most texts are written in place, with no key and no manifest path: no chain to walk.
        guard text.token != nil || text.manifestPath != nil else { return ResolvedText(text.raw, source: .literal) }
        let locale = locale ?? defaultLocale
        let chain = chainIndices(for: locale)
        if let key = text.token {
            for (i, exact) in chain {
                if let v = files[i].keys[key] {
                    return ResolvedText(v, source: exact ? .localized(tag: files[i].tag) : .fallback(tag: files[i].tag))
                }
            }
            return ResolvedText(text.raw, source: .missing(key: key))
        }
        if let path = text.manifestPath {
            for (i, exact) in chain {
                if let v = files[i].overrides[path] {
                    // The default file restating the manifest is not a "fallback" worth saying.
                    if !exact && v == text.raw { return ResolvedText(v, source: .literal) }
                    return ResolvedText(v, source: exact ? .localized(tag: files[i].tag) : .fallback(tag: files[i].tag))
                }
            }
        }
        return ResolvedText(text.raw, source: .literal)
    }

    /// Tokens among `texts` that `tag`'s own chain cannot resolve.
    public func unresolvedTokens(_ texts: [LocalizableText], locale: String) -> [String] {
        texts.compactMap(\.token).filter { key in
            !chainIndices(for: locale).contains { files[$0.index].keys[key] != nil }
        }
    }
}
