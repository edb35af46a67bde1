import CatalogSupport
import Foundation

/// The rows of the operations index, A to Z, with what is the same in every language tree
/// worked out once per build: the order, the letter groups, each operation's method class
/// and its part of the search text. Each tree's page then adds only its links and the
/// package titles of its language (`SharedPages.operationsView`).
struct OperationIndex: Sendable {
    struct Row: Sendable {
        /// Where the operation is: `digests[package].operations[operation]`.
        var package: Int
        var operation: Int
        var methodClass: String
        /// The search text before the package title (title, operationId, method, path and
        /// summary, a space after each) and after it (a space, the function name), in lower
        /// case. Lower-casing maps each scalar on its own, so the text lower-cased in parts
        /// is the text lower-cased whole (`OperationIndexTests`).
        var searchHead: String
        var searchTail: String
    }

    /// Rows whose sort key starts with the same letter (`#` for anything but a letter).
    struct Group: Sendable {
        var letter: String
        var rows: Range<Int>
    }

    let rows: [Row]
    let groups: [Group]

    init(_ digests: [PackageDigest]) {
        let sorted = parallelMap(Array(digests.indices)) { p in Self.rows(digests[p], package: p) }.flatMap { $0 }.sorted { $0.key < $1.key }
        rows = sorted.map(\.row)
        var groups: [Group] = []
        for (i, (key, _)) in sorted.enumerated() {
            let letter = key.first.map { $0.isLetter ? String($0).uppercased() : "#" } ?? "#"
            if groups.last?.letter == letter {
                groups[groups.count - 1].rows = groups[groups.count - 1].rows.lowerBound..<(i + 1)
            } else {
                groups.append(Group(letter: letter, rows: i..<(i + 1)))
            }
        }
        self.groups = groups
    }

    /// One package's rows with their sort keys (title as sorted, title, package, slug).
    static func rows(_ d: PackageDigest, package: Int) -> [(key: String, row: Row)] {
        d.operations.enumerated().map { i, op in
            let methodClass = op.method.map { SharedPages.methods.contains($0) ? $0.lowercased() : "other" } ?? (op.kind == "bot-command" ? "bot" : "tool")
            let head = [op.title, op.operationId, op.method ?? "", op.path ?? "", op.summary].joined(separator: " ") + " "
            let row = Row(
                package: package, operation: i, methodClass: methodClass, searchHead: head.lowercased(),
                searchTail: " " + (op.functionName ?? "").lowercased())
            let lowercased = op.title.lowercased()
            return (sortTitle(op.title, lowercased: lowercased) + "\u{0}" + lowercased + "\u{0}" + d.id + "\u{0}" + op.slug, row)
        }
    }

    /// A title as the index sorts and groups it: lower case without accents, so that
    /// "Édition" is an E between "Delete" and "Fetch" rather than after "Zebra". Ties are
    /// broken by the title in lower case (accents after their letter), then by package and
    /// slug. The folding takes no locale, so the order is the same on every machine.
    static func sortTitle(_ title: String, lowercased: String) -> String {
        guard !lowercased.utf8.allSatisfy({ $0 < 0x80 }) else { return lowercased }
        return title.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
