/// The catalog's package names for TXT-04, indexed once for the whole catalog. Each
/// package leaves out its own names where one is found (`OtherNames`), rather than
/// filtering and indexing every other name again: that was packages × packages (101
/// packages: 40,000 substring searches and 101 indexes of 100 names).
struct CatalogNames: Sendable, Hashable {
    /// The names, as given.
    let names: [String]
    /// The names of 4 letters or more.
    let index: PhraseIndex
    /// Those names by their words (lower case, joined by one space), as written, in the
    /// catalog's order: names that differ only in case or punctuation share an entry.
    let written: [String: [String]]

    init(_ names: [String]) {
        self.names = names
        let kept = names.filter { $0.lowercased().count >= 4 }
        index = PhraseIndex(kept)
        var written: [String: [String]] = [:]
        for name in kept {
            let words = TextMatcher(name).tokens.map(\.word)
            if !words.isEmpty { written[words.joined(separator: " "), default: []].append(name) }
        }
        self.written = written
    }

    /// Made from the same names, the same (the rest follows from them).
    static func == (a: CatalogNames, b: CatalogNames) -> Bool { a.names == b.names }
    func hash(into hasher: inout Hasher) { hasher.combine(names) }
}

/// The catalog's names as one package sees them: those it goes by (its app's, agent's
/// and plugins' names, in every language) are not another app's.
struct OtherNames {
    let catalog: CatalogNames
    /// The package's own names in lower case, of 3 letters or more.
    let own: [String]

    /// The first name of the catalog with these words that is not one of the package's
    /// own (equal to one, or one within the other), as written.
    func name(_ words: String) -> String? {
        catalog.written[words]?.first { name in
            let n = name.lowercased()
            return !own.contains { $0 == n || $0.contains(n) || n.contains($0) }
        }
    }
}
