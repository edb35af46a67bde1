import CatalogSupport
import CatalogDiagnostics
import JSONTree
import PackageReader

/// `catalog.json`: the machine-readable summary every build writes at the site root.
/// Its shape is documented in the README; tooling and CI checks read it.
enum CatalogJSON {
    static let formatVersion = 1

    /// The whole file, from the packages' digests (so unchanged packages are not read again).
    static func make(title: String, digests: [PackageDigest], catalogDiagnostics: [Diagnostic]) -> [UInt8] {
        var root = JSONObject()
        root["format"] = .number(Double(formatVersion))
        root["generator"] = "plugin-catalog"
        root["title"] = .string(title)
        var summary = JSONObject()
        summary["packages"] = .number(Double(digests.count))
        summary["operations"] = .number(Double(digests.reduce(0) { $0 + $1.operations.count }))
        let all = catalogDiagnostics + digests.flatMap(\.diagnostics)
        summary["errors"] = .number(Double(all.errorCount))
        summary["warnings"] = .number(Double(all.warningCount))
        root["summary"] = .object(summary)
        root["diagnostics"] = .array(catalogDiagnostics.map(diagnostic))
        // The packages' objects were serialized when their pages were built; the file is
        // what serializing the whole tree at once gives (a test holds it to that).
        var out = Array(JSONWriter.serialize(.object(root), style: style).utf8)
        guard !digests.isEmpty, out.suffix(2).elementsEqual("\n}".utf8) else {
            root["packages"] = .array([])
            return Array((JSONWriter.serialize(.object(root), style: style) + "\n").utf8)
        }
        out.removeLast(2)
        out.reserveCapacity(out.count + digests.reduce(64) { $0 + $1.catalogText.count + 6 })
        out += ",\n  \"packages\": [\n".utf8
        for (i, digest) in digests.enumerated() {
            out += "    ".utf8
            out += digest.catalogText
            out += (i + 1 < digests.count ? ",\n" : "\n").utf8
        }
        out += "  ]\n}\n".utf8
        return out
    }

    static let style = JSONWriter.Style.pretty(indent: 2)

    /// A package's object as `catalog.json` holds it (inside `packages`, two levels down),
    /// written without building its tree; `review` adds each change of a review site.
    static func bytes(ofPackage presentation: PackagePresentation, review: ReviewIndex? = nil) -> [UInt8] {
        var writer = JSONTextWriter(style: style, level: 2, capacity: 4096)
        write(presentation, review: review, into: &writer)
        return writer.bytes
    }

    /// A package's object: every operation with its page, consequential flag, confirmation
    /// in every language and findings (card findings included).
    static func write<S: JSONSink>(_ presentation: PackagePresentation, review: ReviewIndex?, into s: inout S) {
        let p = presentation.package
        s.object { o in
            o.member("id", p.id)
            o.member("title", p.title().value)
            o.member("kind", p.kind.rawValue)
            o.member("source", p.source)
            o.member("page", SitePaths.packageIndex(p.id))
            o.member("defaultLocale", p.localization.defaultLocale)
            o.member("locales", strings: p.localization.locales)
            o.key("operations")
            o.array(presentation.operations) { a, page in operation(page, package: p, review: review, into: &a) }
            o.key("diagnostics")
            o.array(presentation.diagnostics) { a, d in diagnostic(d, into: &a) }
            if let review { changes(review.of(p.id, nil), into: &o) }
        }
    }

    static func operation<S: JSONSink>(_ page: OperationPresentation, package p: CatalogPackage, review: ReviewIndex?, into s: inout S) {
        let e = page.entry
        let path = SitePaths.operation(p.id, e.slug)
        s.object { o in
            o.member("operationId", e.operationId)
            o.member("kind", e.kind.rawValue)
            o.member("method", e.api?.method)
            o.member("path", e.api?.path)
            o.member("page", path)
            o.member("function", e.function?.name)
            o.member("pluginReferenced", e.function.map { p.plugins[$0.pluginIndex].isReferenced })
            o.member("command", e.command?.id)
            o.key("consequential")
            o.object { c in
                c.member("value", e.consequential.effective)
                c.member("explicit", e.consequential.explicit)
                c.member("source", e.consequential.source.rawValue)
                c.member("alwaysAllow", e.consequential.offersAlwaysAllow)
            }
            o.key("confirmation")
            if e.function == nil { o.null() } else { confirmations(page.confirmations, into: &o) }
            o.member("markdown", String(path.dropLast(5)) + ".md")
            o.key("diagnostics")
            o.array(page.diagnostics) { a, d in diagnostic(d, into: &a) }
            if let review { changes(review.of(p.id, e.operationId), into: &o) }
        }
    }

    /// A review site's changes of a package or an operation.
    static func changes<S: JSONSink>(_ list: [Change], into o: inout S) {
        o.key("changes")
        o.array(list) { a, c in a.value(ReviewIndex.json(c)) }
    }

    static func confirmations<S: JSONSink>(_ list: [Confirmation], into s: inout S) {
        s.object { conf in
            for k in list {
                conf.key(k.locale)
                conf.object { x in
                    x.member("title", k.title.value)
                    x.member("titleSource", k.titleSource.rawValue)
                    x.member("body", k.body?.value)
                    x.member("bodySource", k.bodySource.rawValue)
                    let localized: Bool = if case .localized = k.body?.source { true } else { false }
                    x.member("localized", localized)
                }
            }
        }
    }

    static func diagnostic(_ d: Diagnostic) -> JSONValue {
        var builder = JSONTreeBuilder()
        diagnostic(d, into: &builder)
        return builder.result
    }

    static func diagnostic<S: JSONSink>(_ d: Diagnostic, into s: inout S) {
        s.object { o in
            o.member("severity", d.severity.rawValue)
            o.member("rule", d.rule.id)
            o.member("message", d.message)
            o.member("file", d.file)
            o.member("line", d.location?.line)
            o.member("column", d.location?.column)
            if !d.notes.isEmpty { o.member("notes", strings: d.notes) }
        }
    }
}
