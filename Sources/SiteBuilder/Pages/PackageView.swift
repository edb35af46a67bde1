import CatalogDiagnostics
import JSONTree
import MarkdownHTML
import PackageReader

/// The view of a package page.
struct PackageView {
    let package: CatalogPackage
    let locale: String

    var l: Localization { package.localization }

    func resolve(_ t: LocalizableText?) -> Any {
        guard let t else { return false }
        return Format.value(l.resolve(t, locale: locale).value)
    }

    func build() -> View {
        var v: View = [:]
        v["title"] = package.title(locale: locale).value
        v["summary"] = Format.value(package.summary(locale: locale)?.value)
        v["kindLabel"] = Format.kindLabel(package.kind)
        let opCount = package.operations.count
        v["operationCount"] = opCount
        v["operationNoun"] = Format.plural(opCount, "operation", "operations")
        let consequential = package.operations.filter { $0.consequential.effective }.count
        v["consequentialCount"] = consequential == 0 ? false : consequential
        let locales = l.locales
        v["localeCount"] = locales.count
        v["localeNoun"] = Format.plural(locales.count, "language", "languages")
        v["manifestVersion"] = Format.value(package.app?.manifestVersion)
        let errors = package.diagnostics.errorCount
        let warnings = package.diagnostics.warningCount
        v["errorCount"] = errors == 0 ? false : errors
        v["warningCount"] = warnings == 0 ? false : warnings
        v["descriptionHTML"] = Format.markdown(package.app?.fullDescription.map { l.resolve($0, locale: locale).value }
            ?? package.specs.first?.description)
        let ops = package.operations.map(operationRow)
        v["operations"] = ops
        v["hasOperations"] = !ops.isEmpty
        v["agent"] = agentView ?? false
        let plugins = package.plugins.map(pluginView)
        v["plugins"] = plugins
        v["hasPlugins"] = !plugins.isEmpty
        let (columns, rows) = translations
        v["translationColumns"] = columns
        v["translations"] = rows
        v["hasTranslations"] = locales.count > 1 && !columns.isEmpty
        v["app"] = appView ?? false
        v["diagnostics"] = Format.diagnostics(package.diagnostics, package: package)
        v["hasDiagnostics"] = !package.diagnostics.isEmpty
        return v
    }

    func operationRow(_ e: OperationEntry) -> View {
        let c = Format.consequential(e.consequential)
        return [
            "href": e.slug + ".html", "method": Format.value(e.api?.method), "methodClass": Format.methodClass(e.api?.method),
            "path": e.api?.path ?? "", "operationId": e.operationId,
            "kindLabel": e.kind == .mcpTool ? "MCP tool" : (e.command != nil ? "command" : false),
            "summary": e.api?.summary ?? e.function?.description.map { l.resolve($0, locale: locale).value } ?? "",
            "functionName": e.function.map { $0.name == e.operationId ? false : $0.name as Any } ?? false,
            "badge": c["badge"] ?? "", "badgeClass": c["badgeClass"] ?? "",
        ]
    }

    func starters(_ list: [ConversationStarter]) -> [View] {
        list.map { ["title": resolve($0.title), "text": l.resolve($0.text, locale: locale).value] }
    }

    var agentView: View? {
        guard let a = package.agent else { return nil }
        let s = starters(a.conversationStarters)
        return [
            "name": l.resolve(a.name, locale: locale).value, "description": resolve(a.description),
            "version": Format.value(a.version), "capabilities": Format.value(a.capabilities.joined(separator: ", ")),
            "disclaimer": Format.value(a.disclaimer), "starters": s, "hasStarters": !s.isEmpty,
            "instructionsHTML": Format.markdown(a.instructions), "instructionsFile": Format.value(a.instructionsFile.map { Format.shortPath($0, in: package) }),
        ]
    }

    func link(_ label: String, _ url: String?) -> View? {
        guard let url, let safe = URLPolicy.documentationLinks.sanitize(url), URLPolicy.cardLinks.sanitize(safe) != nil else { return nil }
        return ["label": label, "href": safe]
    }

    func pluginView(_ p: PluginInfo) -> View {
        let links = [
            link("Legal", p.legalInfoURL.map { l.resolve($0, locale: locale).value }),
            link("Privacy", p.privacyPolicyURL.map { l.resolve($0, locale: locale).value }),
        ].compactMap { $0 }
        let s = starters(p.conversationStarters)
        return [
            "name": l.resolve(p.nameForHuman, locale: locale).value,
            "description": resolve(p.descriptionForHuman), "descriptionForModel": resolve(p.descriptionForModel),
            "schemaVersion": p.schemaVersion ?? "unversioned", "namespace": Format.value(p.namespace),
            "runtimes": p.runtimes.map { r -> View in
                ["kind": r.kind == .remoteMCPServer ? "Remote MCP server" : r.kind.rawValue, "auth": r.authSummary, "spec": Format.value(r.specReference)]
            },
            "links": links, "hasLinks": !links.isEmpty, "contactEmail": Format.value(p.contactEmail),
            "starters": s, "hasStarters": !s.isEmpty,
        ]
    }

    var appView: View? {
        guard let a = package.app else { return nil }
        let links = [link("Website", a.websiteURL), link("Privacy", a.privacyURL), link("Terms of use", a.termsOfUseURL)].compactMap { $0 }
        return [
            "fullName": resolve(a.fullName), "id": Format.value(a.id), "version": Format.value(a.version),
            "developer": Format.value(a.developerName), "links": links, "hasLinks": !links.isEmpty,
            "linkedBy": Format.value(a.linkedBy.joined(separator: ", ")), "source": package.source,
        ]
    }

    /// One row per language: the app, agent and plugin names and descriptions as that
    /// language shows them, and where each came from.
    var translations: ([String], [View]) {
        var fields: [(String, LocalizableText)] = []
        if let a = package.app {
            if let n = a.shortName { fields.append(("App name", n)) }
            if let d = a.shortDescription { fields.append(("App description", d)) }
        }
        if let a = package.agent {
            fields.append(("Agent name", a.name))
            if let d = a.description { fields.append(("Agent description", d)) }
        }
        for p in package.plugins {
            fields.append(("Plugin name", p.nameForHuman))
            if let d = p.descriptionForHuman { fields.append(("Plugin description", d)) }
        }
        let rows: [View] = l.locales.map { tag in
            let file = l.files.first { $0.tag == tag }?.file
            return [
                "locale": tag, "isDefault": tag == l.defaultLocale, "file": Format.value(file.map { Format.shortPath($0, in: package) }),
                "cells": fields.map { _, text -> View in
                    let r = l.resolve(text, locale: tag)
                    return ["value": r.value, "note": Format.sourceNote(r.source), "locale": tag]
                },
            ]
        }
        return (fields.map(\.0), rows)
    }
}

/// The view of the catalog's home page.
struct IndexView {
    let packages: [CatalogPackage]
    let diagnostics: [Diagnostic]

    func build(href: (CatalogPackage) -> String) -> View {
        var v: View = [:]
        let ops = packages.reduce(0) { $0 + $1.operations.count }
        let consequential = packages.reduce(0) { $0 + $1.operations.filter { $0.consequential.effective }.count }
        v["packageCount"] = packages.count
        v["packageNoun"] = Format.plural(packages.count, "package", "packages")
        v["operationCount"] = ops
        v["consequentialCount"] = consequential == 0 ? false : consequential
        v["packages"] = packages.map { p -> View in
            let locale = p.localization.defaultLocale
            let cons = p.operations.filter { $0.consequential.effective }
            let errors = p.diagnostics.errorCount
            return [
                "href": href(p), "title": p.title(locale: locale).value, "kindLabel": Format.kindLabel(p.kind),
                "summary": Format.value(p.summary(locale: locale)?.value),
                "operationCount": p.operations.count, "operationNoun": Format.plural(p.operations.count, "operation", "operations"),
                "consequentialCount": cons.isEmpty ? false : cons.count,
                "localeCount": p.localization.locales.count, "localeNoun": Format.plural(p.localization.locales.count, "language", "languages"),
                "localeList": p.localization.locales.joined(separator: ", "),
                "errorCount": errors == 0 ? false : errors,
                "consequentialOperations": cons.map { ["href": href(p).replacingOccurrences(of: "index.html", with: $0.slug + ".html"), "label": $0.displayName] as View },
                "hasConsequentialOperations": !cons.isEmpty,
            ]
        }
        v["diagnostics"] = Format.diagnostics(diagnostics)
        v["hasDiagnostics"] = !diagnostics.isEmpty
        return v
    }
}
