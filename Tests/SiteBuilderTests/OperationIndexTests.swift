@testable import SiteBuilder
import Testing
import TestSupport

/// The operations index: rows A to Z across packages, grouped by letter, with each
/// language tree's links and package titles, and a search text that is the row's words in
/// lower case even though it is lower-cased in parts (once per build, not per tree).
@Suite struct OperationIndexTests {
    static func operation(_ slug: String, title: String, method: String? = "GET", summary: String = "", function: String? = nil) -> PackageDigest.Operation {
        PackageDigest.Operation(
            slug: slug, kind: method == nil ? "mcp-tool" : "api-operation", operationId: slug.uppercased(), method: method, path: method.map { _ in "/\(slug)" },
            title: title, summary: summary, consequential: false, badge: "", badgeClass: "", kindLabel: nil, functionName: function, cards: 0)
    }

    static func digest(_ id: String, titles: [String: String], locales: [String], _ operations: [PackageDigest.Operation]) -> PackageDigest {
        PackageDigest(
            id: id, kind: "api-plugin", kindLabel: "API plugin", source: id, defaultLocale: locales[0], locales: locales, titles: titles, summaries: [:],
            diagnostics: [], operations: operations, cards: 0, catalogText: [])
    }

    static let digests = [
        digest(
            "roads", titles: ["en": "ROADS", "el": "ΟΔΟΣ"], locales: ["en", "el"],
            [
                operation("b", title: "İstanbul STRASSE", summary: "Straße ẞ", function: "getΣΑΣ"),
                operation("a", title: "édition", method: "TRACE"),
                operation("z", title: "42 Things", method: nil),
            ]),
        digest(
            "atlas", titles: ["en": "Atlas"], locales: ["en"],
            [operation("x", title: "Édition", summary: "ΟΔΟΣ"), operation("y", title: "Zebra"), operation("w", title: "Ｄａｔａ")]),
    ]

    static func rows(_ view: View) -> [View] {
        guard case .list(let groups)? = view["groups"] else { return [] }
        return groups.flatMap { g -> [View] in
            guard case .map(let group) = g, case .list(let rows)? = group["rows"] else { return [] }
            return rows.compactMap { if case .map(let v) = $0 { v } else { nil } }
        }
    }

    /// Titles sort and group without case or accents, full-width letters as their ASCII
    /// selves: "Édition" and "édition" are E's, "İstanbul" an I, "Ｄａｔａ" a D. Equal titles
    /// but for case and accents are told apart by the title, then the package.
    @Test func rowsAreSortedAndGroupedByTheirFirstLetter() {
        let index = OperationIndex(Self.digests)
        let order = index.rows.map { Self.digests[$0.package].operations[$0.operation].slug }
        #expect(order == ["z", "w", "x", "a", "b", "y"])
        #expect(index.groups.map(\.letter) == ["#", "D", "E", "I", "Z"])
        #expect(index.groups.map(\.rows) == [0..<1, 1..<2, 2..<4, 4..<5, 5..<6])
        #expect(index.rows.map(\.methodClass) == ["tool", "get", "get", "other", "get", "get"])
    }

    /// ASCII titles keep the order they had before accents were folded: lower case, then
    /// package, then slug.
    @Test func asciiTitlesSortInLowerCase() {
        #expect(OperationIndex.sortTitle("Get Items", lowercased: "get items") == "get items")
        #expect(OperationIndex.sortTitle("Ｄａｔａ", lowercased: "Ｄａｔａ".lowercased()) == "data")
        #expect(OperationIndex.sortTitle("Ça va", lowercased: "ça va") == "ca va")
    }

    /// The search text, made from parts lower-cased apart, is the whole lower-cased, for
    /// every tree (the Greek title of the `el` tree included).
    @Test func searchTextIsTheWholeRowLowerCased() {
        let index = OperationIndex(Self.digests)
        for locale in ["en", "el"] {
            let from = locale == "en" ? "operations.html" : "el/operations.html"
            let view = SharedPages.operationsView(index, digests: Self.digests, locale: locale, from: from)
            let rows = Self.rows(view)
            #expect(rows.count == 6)
            for (row, r) in zip(rows, index.rows) {
                let d = Self.digests[r.package], op = d.operations[r.operation]
                let whole = [op.title, op.operationId, op.method ?? "", op.path ?? "", op.summary, d.title(locale), op.functionName ?? ""].joined(separator: " ")
                #expect(row["search"]?.text == whole.lowercased(), "\(op.slug) in \(locale)")
                #expect(row["packageTitle"]?.text == d.title(locale))
            }
            #expect(view["count"]?.text == "6")
        }
    }

    /// Each tree links to its own pages of a package that ships its language, and to the
    /// root tree's pages of one that does not.
    @Test func linksFollowTheTree() {
        let index = OperationIndex(Self.digests)
        let rows = Self.rows(SharedPages.operationsView(index, digests: Self.digests, locale: "el", from: "el/operations.html"))
        let links = Dictionary(uniqueKeysWithValues: zip(index.rows, rows).map { r, row in (Self.digests[r.package].operations[r.operation].slug, row["href"]?.text ?? "") })
        #expect(links["b"] == "packages/roads/b.html")
        #expect(links["x"] == "../packages/atlas/x.html")
    }
}
