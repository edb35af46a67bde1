import CatalogSupport
import CatalogDiagnostics
import JSONTree
import PackageReader

/// `catalog.json`: the machine-readable summary every build writes at the site root.
/// Its shape is documented in the README; tooling and CI checks read it.
enum CatalogJSON {
    static let formatVersion = 1

    /// The whole file, from the packages' digests (so unchanged packages are not read again).
    static func make(title: String, digests: [PackageDigest], catalogDiagnostics: [Diagnostic]) -> String {
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
        var out = JSONWriter.serialize(.object(root), style: style)
        guard !digests.isEmpty, out.hasSuffix("\n}") else {
            root["packages"] = .array([])
            return JSONWriter.serialize(.object(root), style: style) + "\n"
        }
        out.removeLast(2)
        out += ",\n  \"packages\": [\n"
        let pieces = digests.map(\.catalogText)
        for (i, piece) in pieces.enumerated() {
            out += "    "
            out += piece
            out += i + 1 < pieces.count ? ",\n" : "\n"
        }
        out += "  ]\n}\n"
        return out
    }

    static let style = JSONWriter.Style.pretty(indent: 2)

    /// A package's object as `catalog.json` holds it (inside `packages`, two levels down).
    static func text(ofPackage entry: JSONValue) -> String {
        JSONWriter.serialize(entry, style: style, level: 2)
    }

    /// A package's object: every operation with its page, consequential flag, confirmation
    /// in every language and findings (card findings included).
    static func package(_ presentation: PackagePresentation) -> JSONValue {
        let p = presentation.package
        var o = JSONObject()
        o["id"] = .string(p.id)
        o["title"] = .string(p.title().value)
        o["kind"] = .string(p.kind.rawValue)
        o["source"] = .string(p.source)
        o["page"] = .string(SitePaths.packageIndex(p.id))
        o["defaultLocale"] = .string(p.localization.defaultLocale)
        o["locales"] = .array(p.localization.locales.map { .string($0) })
        o["operations"] = .array(presentation.operations.map { operation($0, package: p) })
        o["diagnostics"] = .array(presentation.diagnostics.map(diagnostic))
        return .object(o)
    }

    static func operation(_ page: OperationPresentation, package p: CatalogPackage) -> JSONValue {
        let e = page.entry
        let path = SitePaths.operation(p.id, e.slug)
        var o = JSONObject()
        o["operationId"] = .string(e.operationId)
        o["kind"] = .string(e.kind.rawValue)
        o["method"] = e.api.map { .string($0.method) } ?? .null
        o["path"] = e.api.map { .string($0.path) } ?? .null
        o["page"] = .string(path)
        o["function"] = e.function.map { .string($0.name) } ?? .null
        o["pluginReferenced"] = e.function.map { .bool(p.plugins[$0.pluginIndex].isReferenced) } ?? .null
        o["command"] = e.command.map { .string($0.id) } ?? .null
        var c = JSONObject()
        c["value"] = .bool(e.consequential.effective)
        c["explicit"] = e.consequential.explicit.map { .bool($0) } ?? .null
        c["source"] = .string(e.consequential.source.rawValue)
        c["alwaysAllow"] = .bool(e.consequential.offersAlwaysAllow)
        o["consequential"] = .object(c)
        o["confirmation"] = e.function == nil ? .null : .object(confirmations(page.confirmations))
        o["markdown"] = .string(String(path.dropLast(5)) + ".md")
        o["diagnostics"] = .array(page.diagnostics.map(diagnostic))
        return .object(o)
    }

    static func confirmations(_ list: [Confirmation]) -> JSONObject {
        var conf = JSONObject()
        for k in list {
            var x = JSONObject()
            x["title"] = .string(k.title.value)
            x["titleSource"] = .string(k.titleSource.rawValue)
            x["body"] = k.body.map { .string($0.value) } ?? .null
            x["bodySource"] = .string(k.bodySource.rawValue)
            x["localized"] = .bool({ if case .localized = k.body?.source { return true } else { return false } }())
            conf[k.locale] = .object(x)
        }
        return conf
    }

    static func diagnostic(_ d: Diagnostic) -> JSONValue {
        var o = JSONObject()
        o["severity"] = .string(d.severity.rawValue)
        o["rule"] = .string(d.rule.id)
        o["message"] = .string(d.message)
        o["file"] = d.file.map { .string($0) } ?? .null
        o["line"] = d.location.map { .number(Double($0.line)) } ?? .null
        o["column"] = d.location.map { .number(Double($0.column)) } ?? .null
        if !d.notes.isEmpty { o["notes"] = .array(d.notes.map { .string($0) }) }
        return .object(o)
    }
}
