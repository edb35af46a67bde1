import CatalogDiagnostics
import JSONTree
import PackageReader

/// `catalog.json`: the machine-readable summary every build writes at the site root.
/// Its shape is documented in the README; tooling and CI checks read it.
enum CatalogJSON {
    static let formatVersion = 1

    static func make(title: String, packages: [CatalogPackage], catalogDiagnostics: [Diagnostic], pagePath: (CatalogPackage, OperationEntry?) -> String) -> String {
        var root = JSONObject()
        root["format"] = .number(Double(formatVersion))
        root["generator"] = "plugin-catalog"
        root["title"] = .string(title)
        root["packages"] = .array(packages.map { package(for: $0, pagePath: pagePath) })
        root["diagnostics"] = .array(catalogDiagnostics.map(diagnostic))
        var summary = JSONObject()
        summary["packages"] = .number(Double(packages.count))
        summary["operations"] = .number(Double(packages.reduce(0) { $0 + $1.operations.count }))
        let all = catalogDiagnostics + packages.flatMap(\.diagnostics)
        summary["errors"] = .number(Double(all.errorCount))
        summary["warnings"] = .number(Double(all.warningCount))
        root["summary"] = .object(summary)
        return JSONWriter.serialize(.object(root), style: .pretty(indent: 2)) + "\n"
    }

    static func package(for p: CatalogPackage, pagePath: (CatalogPackage, OperationEntry?) -> String) -> JSONValue {
        var o = JSONObject()
        o["id"] = .string(p.id)
        o["title"] = .string(p.title().value)
        o["kind"] = .string(p.kind.rawValue)
        o["source"] = .string(p.source)
        o["page"] = .string(pagePath(p, nil))
        o["defaultLocale"] = .string(p.localization.defaultLocale)
        o["locales"] = .array(p.localization.locales.map { .string($0) })
        o["operations"] = .array(p.operations.map { operation($0, package: p, page: pagePath(p, $0)) })
        o["diagnostics"] = .array(p.diagnostics.map(diagnostic))
        return .object(o)
    }

    static func operation(_ e: OperationEntry, package p: CatalogPackage, page: String) -> JSONValue {
        var o = JSONObject()
        o["operationId"] = .string(e.operationId)
        o["kind"] = .string(e.kind.rawValue)
        o["method"] = e.api.map { .string($0.method) } ?? .null
        o["path"] = e.api.map { .string($0.path) } ?? .null
        o["page"] = .string(page)
        o["function"] = e.function.map { .string($0.name) } ?? .null
        o["command"] = e.command.map { .string($0.id) } ?? .null
        var c = JSONObject()
        c["value"] = .bool(e.consequential.effective)
        c["explicit"] = e.consequential.explicit.map { .bool($0) } ?? .null
        c["source"] = .string(e.consequential.source.rawValue)
        c["alwaysAllow"] = .bool(e.consequential.offersAlwaysAllow)
        o["consequential"] = .object(c)
        if e.function != nil {
            var conf = JSONObject()
            for tag in p.localization.locales {
                guard let k = p.confirmation(for: e, locale: tag) else { continue }
                var x = JSONObject()
                x["title"] = .string(k.title.value)
                x["titleSource"] = .string(k.titleSource.rawValue)
                x["body"] = k.body.map { .string($0.value) } ?? .null
                x["bodySource"] = .string(k.bodySource.rawValue)
                x["localized"] = .bool({ if case .localized = k.body?.source { return true } else { return false } }())
                conf[tag] = .object(x)
            }
            o["confirmation"] = .object(conf)
        } else {
            o["confirmation"] = .null
        }
        o["diagnostics"] = .array(p.diagnostics(for: e).map(diagnostic))
        return .object(o)
    }

    static func diagnostic(_ d: Diagnostic) -> JSONValue {
        var o = JSONObject()
        o["severity"] = .string(d.severity.rawValue)
        o["rule"] = .string(d.rule)
        o["message"] = .string(d.message)
        o["file"] = d.file.map { .string($0) } ?? .null
        o["line"] = d.location.map { .number(Double($0.line)) } ?? .null
        o["column"] = d.location.map { .number(Double($0.column)) } ?? .null
        if !d.notes.isEmpty { o["notes"] = .array(d.notes.map { .string($0) }) }
        return .object(o)
    }
}
