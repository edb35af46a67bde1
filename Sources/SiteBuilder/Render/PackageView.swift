import CatalogDiagnostics
import JSONTree
import MarkdownHTML
import PackageReader

/// The view of a package page.
struct PackageView {
    let presentation: PackagePresentation
    let locale: String

    var package: CatalogPackage { _read { yield presentation.package } }

    var l: Localization { _read { yield package.localization } }

    func resolve(_ t: LocalizableText?) -> TemplateValue {
        guard let t else { return false }
        return Format.value(l.resolve(t, locale: locale).value)
    }

    func build() -> View {
        var v: View = [:]
        let title = package.title(locale: locale).value
        v["title"] = .string(PlaceholderTokens.plain(title))
        v["titleHTML"] = .string(PlaceholderTokens.html(title))
        v["summary"] = Format.value(package.summary(locale: locale)?.value)
        v["kindLabel"] = .string(Labels.kind(package.kind))
        let opCount = package.operations.count
        v["operationCount"] = .int(opCount)
        v["operationNoun"] = .string(Labels.plural(opCount, "operation", "operations"))
        let consequential = package.operations.filter { $0.consequential.effective }.count
        v["consequentialCount"] = consequential == 0 ? false : .int(consequential)
        let locales = l.locales
        v["localeCount"] = .int(locales.count)
        v["localeNoun"] = .string(Labels.plural(locales.count, "language", "languages"))
        v["manifestVersion"] = Format.value(package.app?.manifestVersion)
        let diagnostics = presentation.diagnostics
        let errors = diagnostics.errorCount
        let warnings = diagnostics.warningCount
        v["errorCount"] = errors == 0 ? false : .int(errors)
        v["errorNoun"] = .string(Labels.plural(errors, "error", "errors"))
        v["warningCount"] = warnings == 0 ? false : .int(warnings)
        v["warningNoun"] = .string(Labels.plural(warnings, "warning", "warnings"))
        v["descriptionHTML"] = Format.markdown(
            package.app?.fullDescription.map { l.resolve($0, locale: locale).value }
                ?? package.specs.first?.description)
        let ops = presentation.operations.map(operationRow)
        v["operations"] = .views(ops)
        v["hasOperations"] = .bool(!ops.isEmpty)
        v["agent"] = .view(agentView)
        let plugins = package.plugins.map(pluginView)
        v["plugins"] = .views(plugins)
        v["hasPlugins"] = .bool(!plugins.isEmpty)
        let (columns, rows) = translations
        v["translationColumns"] = .strings(columns)
        v["translations"] = .views(rows)
        v["hasTranslations"] = .bool(locales.count > 1 && !columns.isEmpty)
        v["app"] = .view(appView)
        v["diagnostics"] = Format.diagnostics(diagnostics, package: package)
        v["hasDiagnostics"] = .bool(!diagnostics.isEmpty)
        v["galleryHref"] = presentation.hasGallery ? "cards.html" : false
        return v
    }

    func operationRow(_ page: OperationPresentation) -> View {
        let e = page.entry
        let c = page.consequential
        let functionName: TemplateValue = e.function.map { $0.name == e.operationId ? false : .string($0.name) } ?? false
        return [
            "href": .string(e.slug + ".html"), "method": Format.value(e.api?.method), "methodClass": .string(Labels.methodClass(e.api?.method)),
            "path": .string(e.api?.path ?? ""), "operationId": .string(e.operationId),
            "kindLabel": page.kindLabel.map { .string($0) } ?? false,
            "summary": .string(e.api?.summary ?? page.functionDescription(locale: locale) ?? ""),
            "functionName": functionName,
            "badge": .string(c.badge), "badgeClass": .string(c.badgeClass)
        ]
    }

    func starters(_ list: [CatalogPackage.ConversationStarter]) -> [View] {
        list.map { ["title": resolve($0.title), "text": .string(l.resolve($0.text, locale: locale).value)] }
    }

    var agentView: View? {
        guard let a = package.agent else { return nil }
        let s = starters(a.conversationStarters)
        return [
            "name": .string(l.resolve(a.name, locale: locale).value), "description": resolve(a.description),
            "version": Format.value(a.version), "capabilities": Format.value(a.capabilities.joined(separator: ", ")),
            "disclaimer": Format.value(a.disclaimer), "starters": .views(s), "hasStarters": .bool(!s.isEmpty),
            "instructionsHTML": Format.markdown(a.instructions),
            "instructionsFile": Format.value(a.instructionsFile.map { Format.shortPath($0, in: package) })
        ]
    }

    func link(_ label: String, _ url: String?) -> View? {
        guard let url, let safe = URLPolicy.documentationLinks.sanitize(url), URLPolicy.cardLinks.sanitize(safe) != nil else { return nil }
        return ["label": .string(label), "href": .string(safe)]
    }

    func pluginView(_ p: CatalogPackage.Plugin) -> View {
        let links = [
            link("Legal", p.legalInfoURL.map { l.resolve($0, locale: locale).value }),
            link("Privacy", p.privacyPolicyURL.map { l.resolve($0, locale: locale).value })
        ].compactMap { $0 }
        let s = starters(p.conversationStarters)
        return [
            "name": .string(l.resolve(p.nameForHuman, locale: locale).value),
            "description": resolve(p.descriptionForHuman), "descriptionForModel": resolve(p.descriptionForModel),
            "schemaVersion": .string(p.schemaVersion ?? "unversioned"), "namespace": Format.value(p.namespace),
            "runtimes": .views(
                p.runtimes.map { r -> View in
                    [
                        "kind": .string(r.kind == .remoteMCPServer ? "Remote MCP server" : r.kind.rawValue), "auth": .string(AuthWording.summary(r)),
                        "spec": Format.value(r.specReference)
                    ]
                }),
            "links": .views(links), "hasLinks": .bool(!links.isEmpty), "contactEmail": Format.value(p.contactEmail),
            "starters": .views(s), "hasStarters": .bool(!s.isEmpty)
        ]
    }

    var appView: View? {
        guard let a = package.app else { return nil }
        let links = [link("Website", a.websiteURL), link("Privacy", a.privacyURL), link("Terms of use", a.termsOfUseURL)].compactMap { $0 }
        return [
            // Shown as HTML: Teams Toolkit placeholders become tokens.
            "fullName": Format.value(a.fullName.map { PlaceholderTokens.html(l.resolve($0, locale: locale).value) }),
            "id": Format.value(a.id.map(PlaceholderTokens.html)), "version": Format.value(a.version.map(PlaceholderTokens.html)),
            "developer": Format.value(a.developerName), "links": .views(links), "hasLinks": .bool(!links.isEmpty),
            "linkedBy": Format.value(a.linkedBy.joined(separator: ", ")), "source": .string(package.source)
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
                "locale": .string(tag), "isDefault": .bool(tag == l.defaultLocale),
                "file": Format.value(file.map { Format.shortPath($0, in: package) }),
                "cells": .views(
                    fields.map { _, text -> View in
                        let r = l.resolve(text, locale: tag)
                        return ["value": .string(r.value), "note": Format.value(Labels.sourceNote(r.source)), "locale": .string(tag)]
                    })
            ]
        }
        return (fields.map(\.0), rows)
    }
}
