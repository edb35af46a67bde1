import CatalogDiagnostics
import Foundation
import JSONTree
import MarkdownHTML
import PackageReader

/// The view of one operation page (everything the `operation` template reads), from the
/// operation's presentation.
struct OperationView {
    let page: OperationPresentation
    let locale: String
    /// The package's field tables (shared by the operations that show the same schema).
    let fields: FieldTables
    var package: CatalogPackage { _read { yield page.model.package } }

    // Read in place (`_read`): a copy of the entry or of its OpenAPI description retained
    // every field of it, on each use.
    var entry: OperationEntry { _read { yield page.entry } }
    var index: Int { page.index }

    /// The OpenAPI operation, read in place (as `spec` and `table` are).
    var op: APIOperation? { _read { yield entry.api } }

    var spec: OpenAPISpec? {
        _read {
            if let i = entry.specIndex, package.specs.indices.contains(i) { yield package.specs[i] } else { yield nil }
        }
    }
    var table: SchemaTable {
        guard let i = entry.specIndex, package.specs.indices.contains(i) else { return .empty }
        return package.specs[i].schemas
    }

    /// What the page shows alike in every language (the OpenAPI description, the
    /// confirmations of every locale, the findings): made once per operation and shared by
    /// its language trees.
    /// A class: each language's page holds it, and a copy of a struct retained every part.
    final class Shared {
        let consequential: View
        let confirmations: [View]
        let servers: [View]
        let security: [View]
        let parameters: [View]
        let requestBody: View?
        let responses: [View]
        let diagnostics: TemplateValue

        init(_ v: OperationView) {
            consequential = Format.consequential(v.page.consequential)
            (confirmations, servers, security) = (v.confirmations, v.serverViews, v.securityViews)
            (parameters, requestBody, responses) = ((v.op?.parameters ?? []).map(v.parameterView), v.requestBodyView, v.responseViews)
            diagnostics = Format.diagnostics(v.page.diagnostics, source: v.package.source)
        }
    }

    func shared() -> Shared { Shared(self) }

    /// `cards`: the card preview blocks, as views for this page's language tree; `shared`:
    /// the language-independent parts, when another tree made them already.
    func build(cards: [View], shared: Shared? = nil) -> View {
        let s = shared ?? self.shared()
        let curl = page.curl
        let plugin = entry.function.map { package.plugins[$0.pluginIndex] }
        var v = View(minimumCapacity: 48)
        let packageTitle = page.model.title(locale: locale)
        v["package"] = ["title": .string(PlaceholderTokens.plain(packageTitle)), "titleHTML": .string(PlaceholderTokens.html(packageTitle))]
        v["pluginName"] = Format.value(plugin.map { package.localization.resolve($0.nameForHuman, locale: locale).value })
        v["unreferenced"] = Format.value(plugin.flatMap(Labels.unreferenced))
        v["title"] = .string(title)
        v["operationId"] = .string(entry.operationId)
        v["method"] = Format.value(op?.method)
        v["methodClass"] = .string(Labels.methodClass(op?.method))
        v["path"] = .string(op?.path ?? "")
        v["kindLabel"] = Format.value(Labels.operationKind(entry, long: true))
        v["deprecated"] = .bool(op?.deprecated ?? false)
        v["authBadge"] = authBadge
        v["consequential"] = .map(s.consequential)
        v["isBotCommand"] = .bool(entry.kind == .botCommand)
        v["descriptionHTML"] = Format.markdown(op?.description ?? functionDescription)
        v["confirmations"] = .views(s.confirmations)
        v["hasConfirmations"] = .bool(!s.confirmations.isEmpty)
        v["noConfirmation"] = Format.value(Labels.noConfirmation(entry))
        v["confirmationType"] = Format.value(entry.function?.confirmationType)
        v["function"] = .view(functionView(plugin: plugin))
        v["command"] = .view(commandView)
        v["servers"] = .views(s.servers)
        v["hasServers"] = .bool(!s.servers.isEmpty)
        v["security"] = .views(s.security)
        v["hasSecurity"] = .bool(!s.security.isEmpty)
        v["parameters"] = .views(s.parameters)
        v["hasParameters"] = .bool(!s.parameters.isEmpty)
        v["requestBody"] = .view(s.requestBody)
        v["responses"] = .views(s.responses)
        v["hasResponses"] = .bool(!s.responses.isEmpty)
        v["curl"] = curl.map { .string($0) } ?? false
        v["cards"] = .views(cards)
        v["hasCards"] = .bool(!cards.isEmpty)
        v["cardSwitcher"] = cards.isEmpty ? false : .string(SiteStylesheets.themeSwitcher)
        v["markdownHref"] = .string(entry.slug + ".md")
        v["diagnostics"] = s.diagnostics
        v["hasDiagnostics"] = .bool(!page.diagnostics.isEmpty)
        v["previous"] = index > 0 ? .map(neighbour(package.operations[index - 1])) : false
        v["next"] = index + 1 < package.operations.count ? .map(neighbour(package.operations[index + 1])) : false
        v["toc"] = .views(toc(s, cards: cards))
        return v
    }

    /// The page's sections, as the table of contents lists them.
    func toc(_ s: Shared, cards: [View]) -> [View] {
        var toc: [View] = [["id": "confirmation", "label": "Confirmation"]]
        if entry.function != nil { toc.append(["id": "function", "label": .string(entry.kind == .mcpTool ? "Tool" : "Function")]) }
        if entry.command != nil { toc.append(["id": "command", "label": "Command"]) }
        if !s.parameters.isEmpty { toc.append(["id": "parameters", "label": "Parameters"]) }
        if op?.requestBody != nil { toc.append(["id": "request-body", "label": "Request body"]) }
        if !s.responses.isEmpty { toc.append(["id": "responses", "label": "Responses"]) }
        if page.curl != nil { toc.append(["id": "example", "label": "Example"]) }
        if !cards.isEmpty { toc.append(["id": "cards", "label": "Cards"]) }
        if !page.diagnostics.isEmpty { toc.append(["id": "diagnostics", "label": "Findings"]) }
        return toc
    }

    var title: String { page.title(locale: locale) }

    var functionDescription: String? { page.functionDescription(locale: locale) }

    /// The previous or next operation, named as its own page names it in a list.
    func neighbour(_ e: OperationEntry) -> View {
        var label = e.displayName
        if let s = e.api?.summary, !s.isEmpty {
            label = s
        } else if let c = e.command {
            label = package.localization.resolve(c.title, locale: locale).value
        } else if let t = e.toolTitle {
            label = t
        }
        return ["href": .string(e.slug + ".html"), "label": .string(label)]
    }

    var authBadge: TemplateValue {
        if let r = entry.runtime { return .string(r.authType == "None" ? "No auth" : AuthWording.summary(r)) }
        if let t = package.messageExtension?.authType, entry.command != nil, entry.kind == .apiOperation { return .string("Auth: \(t)") }
        return false
    }

    var confirmations: [View] {
        page.confirmations.map { c -> View in
            let tag = c.locale
            let bodyHTML = c.body.map { Self.confirmationBodyHTML($0.value) } ?? ""
            let titleNote: TemplateValue
            switch c.titleSource {
            case .confirmationTitle: titleNote = Format.value(Labels.sourceNote(c.title.source))
            case .operationSummary: titleNote = "operation summary"
            case .toolTitle: titleNote = "tool title"
            case .functionName: titleNote = "function name"
            }
            return [
                "locale": .string(tag), "isDefault": .bool(tag == package.localization.defaultLocale),
                "title": .string(c.title.value), "titleNote": titleNote,
                "bodyHTML": Format.value(bodyHTML),
                "bodySource": .string(c.bodySource == .none ? "none" : c.bodySource.rawValue),
                "bodyNote": c.body.map { Format.value(Labels.sourceNote($0.source)) } ?? false
            ]
        }
    }

    /// The body as the dialog shows it: the Adaptive Card Markdown subset, with each
    /// `{{function.parameters.x}}` as a chip naming the argument Copilot fills in.
    static func confirmationBodyHTML(_ text: String) -> String {
        let open = "\u{E000}", close = "\u{E001}"
        var marked = ""
        for segment in Confirmation.segments(text) {
            switch segment {
            case .text(let t): marked += t.replacingAll(open, with: "").replacingAll(close, with: "")
            case .parameter(let p): marked += open + p + close
            }
        }
        var options = Markdown.Options.adaptiveCard
        options.inlineSingleParagraph = true
        var html = Markdown.html(marked, options: options)
        while html.includes(open), let a = html.range(of: open), let b = html.range(of: close, range: a.upperBound..<html.endIndex) {
            let name = String(html[a.upperBound..<b.lowerBound])
            html.replaceSubrange(
                a.lowerBound..<b.upperBound,
                with: "<code class=\"param-chip\" title=\"Filled with the call's \(name) argument\">\(name)</code>")
        }
        return html
    }

    func functionView(plugin: CatalogPackage.Plugin?) -> View? {
        guard let fn = entry.function else { return nil }
        var v = View(minimumCapacity: 24)
        v["heading"] = .string(entry.kind == .mcpTool ? "MCP tool" : "Plugin function")
        v["name"] = .string(fn.name)
        v["descriptionHTML"] = Format.markdown(functionDescription)
        v["plugin"] = Format.value(plugin.map { package.localization.resolve($0.nameForHuman, locale: locale).value })
        v["namespace"] = Format.value(plugin?.namespace)
        v["descriptionForModelHTML"] = Format.markdown(plugin?.descriptionForModel.map { package.localization.resolve($0, locale: locale).value })
        if let r = entry.runtime {
            v["runtime"] = .string(r.kind == .remoteMCPServer ? "Remote MCP server" + (r.specReference.map { " · \($0)" } ?? "") : r.kind.rawValue)
            v["runtimeAuth"] = .string(AuthWording.summary(r))
            v["authReference"] = Format.value(r.authReferenceID)
        } else {
            v["runtime"] = false
            v["runtimeAuth"] = false
            v["authReference"] = false
        }
        v["reasoning"] = .strings(fn.reasoningInstructions)
        v["hasReasoning"] = .bool(!fn.reasoningInstructions.isEmpty)
        v["responding"] = .strings(fn.respondingInstructions)
        v["hasResponding"] = .bool(!fn.respondingInstructions.isEmpty)
        v["dataHandling"] = Format.value(fn.dataHandling.joined(separator: ", "))
        // MCP tools and functions that restate their parameters: the inline JSON Schema.
        if entry.api == nil, let params = fn.parameters, case let rows = ToolParameters.fields(params), !rows.isEmpty {
            include(fields.table(toolParameters: rows), into: &v)
            v["hasToolParameters"] = true
        } else {
            v["hasToolParameters"] = false
        }
        return v
    }

    var commandView: View? {
        guard let c = entry.command else { return nil }
        let l = package.localization
        let params: [View] = c.parameters.map { p in
            [
                "name": .string(p.name), "title": .string(p.title.map { l.resolve($0, locale: locale).value } ?? ""),
                "description": .string(p.description.map { l.resolve($0, locale: locale).value } ?? ""),
                "semanticDescription": Format.value(p.semanticDescription),
                "inputType": .string(p.inputType ?? "text"), "required": .bool(p.isRequired)
            ]
        }
        let prompts = c.samplePrompts.map { l.resolve($0, locale: locale).value }
        let extensionAuth = package.messageExtensions.first { $0.botID == c.botID && ($0.kind == .botBased) == (c.botID != nil) }?.authType
        return [
            "heading": .string(c.botID == nil ? "Message extension command" : "Bot command"),
            "id": .string(c.id), "type": Format.value(c.type), "title": .string(l.resolve(c.title, locale: locale).value),
            "description": Format.value(c.description.map { l.resolve($0, locale: locale).value }),
            "semanticDescription": Format.value(c.semanticDescription),
            "context": Format.value(c.context.joined(separator: ", ")),
            "initialRun": Format.value(c.initialRun.map { $0 ? "yes: it runs as soon as the extension opens" : "no" }),
            "fetchTask": Format.value(c.fetchTask.map { $0 ? "yes: the bot sends a dialog for the parameters" : "no: the parameters below" }),
            "auth": Format.value(extensionAuth),
            "bot": c.botID.map { ["id": .string($0), "search": .bool(c.isSearch)] } ?? false,
            "parameters": .views(params), "hasParameters": .bool(!params.isEmpty), "prompts": .strings(prompts), "hasPrompts": .bool(!prompts.isEmpty)
        ]
    }

    var serverViews: [View] {
        (entry.api?.servers ?? []).map { s in
            ["url": .string(s.resolvedURL), "hasPlaceholder": .bool(s.url.includes("${{")), "description": Format.value(s.description)]
        }
    }

    var securityViews: [View] {
        var out: [View] = []
        guard spec != nil else { return out }
        for alternative in op?.security ?? [] {
            for (name, scopes) in alternative.schemes {
                let scheme = spec?.securitySchemes.first { $0.name == name }
                out.append([
                    "name": .string(name), "summary": .string(scheme?.summary ?? "undeclared scheme"),
                    "scopes": Format.value(scopes.joined(separator: ", ")),
                    "descriptionHTML": Format.markdown(scheme?.description)
                ])
            }
        }
        return out
    }

    func parameterView(_ p: Parameter) -> View {
        // The schema is read in place (`table[id]`), not bound: a copy retained its fields.
        let table = self.table
        let id = p.schema ?? .none
        var v: View = [
            "name": .string(p.name), "location": .string(p.location.rawValue), "required": .bool(p.required), "deprecated": .bool(p.deprecated),
            "type": .string(p.schema == nil ? "any" : table[id].typeSummary(in: table)),
            "descriptionHTML": Format.inlineMarkdown(p.shownDescription(in: table))
        ]
        Format.facts(ValueFacts(p, in: table), into: &v)
        return v
    }

    /// The field table of `schema` (`fields[]`, `hasFields`, `truncated`, `scalarType`), and the
    /// `fields` partial rendered with it as `fieldsHTML`.
    func fieldTable(_ schema: SchemaID?, into v: inout View) {
        include(fields.table(spec: entry.specIndex, schema: schema), into: &v)
    }

    func include(_ table: FieldTables.Table, into v: inout View) {
        v.append(contentsOf: table.view)
        v["fieldsHTML"] = .rendered(table.html)
    }

    var requestBodyView: View? {
        guard let body = entry.api?.requestBody else { return nil }
        let media = body.primary
        var v: View = [
            "contentType": .string(media?.contentType ?? "—"), "required": .bool(body.required),
            "schemaName": Format.value(media?.schema.flatMap { table[$0].name }),
            "descriptionHTML": Format.markdown(body.description)
        ]
        fieldTable(media?.schema, into: &v)
        return v
    }

    var responseViews: [View] {
        let responses = entry.api?.responses ?? []
        let firstSuccess = responses.firstIndex { $0.isSuccess }
        return responses.enumerated().map { i, r in
            let media = r.primary
            var v: View = [
                "status": .string(r.status), "statusClass": .string(String(r.status.prefix(1))), "description": .string(r.description ?? ""),
                "contentType": Format.value(media?.contentType), "open": .bool(i == firstSuccess),
                "schemaName": Format.value(media?.schema.flatMap { table[$0].name }),
                "schemaType": Format.value(media?.schema.map { table[$0].typeSummary(in: table) })
            ]
            fieldTable(media?.schema, into: &v)
            v["headers"] = .views(r.headers.map { ["name": .string($0.name), "description": .string($0.description ?? "")] })
            v["hasHeaders"] = .bool(!r.headers.isEmpty)
            var examples: [View] = []
            if let e = media?.example { examples.append(["label": "Example", "json": .string(JSONWriter.serialize(e, style: .pretty(indent: 2)))]) }
            for e in media?.examples ?? [] {
                examples.append(["label": .string("Example “\(e.name)”" + (e.summary.map { ": \($0)" } ?? "")), "json": .string(JSONWriter.serialize(e.value, style: .pretty(indent: 2)))])
            }
            v["examples"] = .views(examples)
            return v
        }
    }
}

/// Fields of a function's inline JSON Schema `parameters` (MCP tools).
enum ToolParameters {
    static func fields(_ schema: JSONValue) -> [View] {
        let required = Set(schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        guard let props = schema["properties"]?.objectValue else { return [] }
        return props.map { name, p in
            var v: View = [
                "path": .string(name), "depth": 0, "required": .bool(required.contains(name)), "type": .string(type(of: p)),
                "descriptionHTML": Format.inlineMarkdown(p["description"]?.stringValue),
                "deprecated": false, "readOnly": false, "writeOnly": false, "recursive": false
            ]
            Format.facts(ValueFacts(property: p), into: &v)
            return v
        }
    }

    /// A property's type as pages show it: `array of string` for an array whose items say.
    static func type(of p: JSONValue) -> String {
        let type = p["type"]?.stringValue ?? "any"
        guard type == "array", let items = p["items"]?["type"]?.stringValue else { return type }
        return "array of \(items)"
    }
}
