import PackageReader

/// Where every page lives. Each package's default language is at the root
/// (`packages/<id>/…`); its other languages mirror the tree under the language tag
/// (`fr/packages/<id>/…`), and so do the shared pages (`fr/index.html`).
enum SitePaths {
    /// `""` for the root tree, `"fr/"` for a language tree.
    static func prefix(_ locale: String?) -> String {
        guard let locale else { return "" }
        return folder(locale) + "/"
    }

    /// A language tag as a folder name (tags are letters, digits and `-`; anything else is
    /// replaced so the folder name is always safe).
    static func folder(_ locale: String) -> String {
        // A tag of ASCII letters, digits and `-` (every real one) is its own folder name.
        let plain = locale.utf8.allSatisfy { b in
            (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b == UInt8(ascii: "-")
        }
        let cleaned = plain ? locale : String(locale.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "-" })
        return cleaned.isEmpty || cleaned.hasPrefix("-") ? "lang" + cleaned : cleaned
    }

    static func packageIndex(_ id: String, locale: String? = nil) -> String { prefix(locale) + "packages/\(id)/index.html" }
    static func operation(_ id: String, _ slug: String, locale: String? = nil) -> String { prefix(locale) + "packages/\(id)/\(slug).html" }
    static func operationMarkdown(_ id: String, _ slug: String, locale: String? = nil) -> String { prefix(locale) + "packages/\(id)/\(slug).md" }
    static func gallery(_ id: String, locale: String? = nil) -> String { prefix(locale) + "packages/\(id)/cards.html" }
    static func standaloneCard(_ id: String, _ name: String) -> String { "packages/\(id)/cards/\(name).html" }
    static func home(locale: String? = nil) -> String { prefix(locale) + "index.html" }
    static func operationsIndex(locale: String? = nil) -> String { prefix(locale) + "operations.html" }
    static func galleryIndex(locale: String? = nil) -> String { prefix(locale) + "cards.html" }

    /// Links from one page to a package's index and operation pages, for pages that list
    /// many operations: the package folder's link is worked out once, and an operation's
    /// page sits next to the index (a slug is one segment).
    struct OperationLinks {
        let from: String, package: String, locale: String?
        let packageIndex: String
        private let folder: String?

        init(from: String, package: String, locale: String?) {
            self.from = from
            self.package = package
            self.locale = locale
            packageIndex = SitePaths.link(from: from, to: SitePaths.packageIndex(package, locale: locale))
            folder = packageIndex.hasSuffix("/index.html") ? String(packageIndex.dropLast("index.html".count)) : nil
        }

        func operation(_ slug: String) -> String {
            guard let folder, !slug.isEmpty, !slug.utf8.contains(UInt8(ascii: "/")) else {
                return SitePaths.link(from: from, to: SitePaths.operation(package, slug, locale: locale))
            }
            return folder + slug + ".html"
        }
    }

    /// How many folders down a page is (for its `../` prefix back to the root).
    static func depth(_ path: String) -> Int { path.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) } }

    static func root(for path: String) -> String { String(repeating: "../", count: depth(path)) }

    /// No leading, trailing or doubled `/`.
    static func hasNoEmptySegment(_ path: String) -> Bool {
        var path = path
        return path.withUTF8(hasNoEmptySegment)
    }

    static func hasNoEmptySegment(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let slash = UInt8(ascii: "/")
        var previous = slash
        for i in 0..<bytes.count {
            let c = bytes[i]
            if c == slash && previous == slash { return false }
            previous = c
        }
        return previous != slash
    }

    /// A link from the page at `from` to the page at `to` (both site-relative). Works on
    /// UTF-8 bytes: paths are split at `/` and nothing else.
    static func link(from: String, to: String) -> String {
        plainLink(from: from, to: to) ?? anyLink(from: from, to: to)
    }

    /// `anyLink` for two paths without empty segments (the shared pages' thousands of links,
    /// every page's breadcrumbs and language links), on their bytes without splitting them
    /// into arrays.
    static func plainLink(from: String, to: String) -> String? {
        var from = from, to = to
        return from.withUTF8 { f in
            to.withUTF8 { t in plainLink(from: f, to: t) }
        }
    }

    private static func plainLink(from f: UnsafeBufferPointer<UInt8>, to t: UnsafeBufferPointer<UInt8>) -> String? {
        guard hasNoEmptySegment(f), hasNoEmptySegment(t) else { return nil }
        let slash = UInt8(ascii: "/")
        // `from`'s folders, and how many lead `to` too (never `to`'s last segment).
        var folders = 0
        for i in 0..<f.count where f[i] == slash { folders += 1 }
        // From a page at the root, the path itself.
        guard folders > 0 else { return String(decoding: t, as: UTF8.self) }
        var common = 0, i = 0, rest = 0
        while common < folders {
            // The next segment of each: the same bytes, each ending in `/`.
            var j = 0
            while i + j < f.count, rest + j < t.count, f[i + j] == t[rest + j], f[i + j] != slash { j += 1 }
            guard i + j < f.count, rest + j < t.count, f[i + j] == slash, t[rest + j] == slash else { break }
            common += 1
            i += j + 1
            rest += j + 1
        }
        // Written straight into the string's storage: `t`'s bytes are valid UTF-8 already.
        let ups = folders - common
        return String(unsafeUninitializedCapacity: 3 * ups + t.count - rest) { buffer in
            var n = 0
            for _ in 0..<ups {
                buffer[n] = UInt8(ascii: ".")
                buffer[n + 1] = UInt8(ascii: ".")
                buffer[n + 2] = slash
                n += 3
            }
            for k in rest..<t.count {
                buffer[n] = t[k]
                n += 1
            }
            return n
        }
    }

    /// `link` for any two paths: split into segments, the common folders dropped.
    static func anyLink(from: String, to: String) -> String {
        let slash = UInt8(ascii: "/")
        let a = from.utf8.split(separator: slash).dropLast()
        let b = to.utf8.split(separator: slash)
        var common = 0
        while common < a.count, common < b.count - 1, a[a.startIndex + common].elementsEqual(b[b.startIndex + common]) { common += 1 }
        var out = String(repeating: "../", count: a.count - common)
        for (i, segment) in b.dropFirst(common).enumerated() {
            if i > 0 { out += "/" }
            out += Substring(segment)
        }
        return out
    }
}
