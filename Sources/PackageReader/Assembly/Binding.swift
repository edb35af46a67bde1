import CatalogSupport
import CatalogDiagnostics
import JSONTree

/// Binding plugin functions and message-extension commands to operations, and working out
/// what each operation page shows.
extension Loader {
    /// Kiota and the Teams Toolkit replace every character outside `[A-Za-z0-9]` with `_`.
    static func normalizedId(_ s: String) -> String {
        String(s.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ($0 >= "0" && $0 <= "9")) ? Character($0) : "_" })
    }

    mutating func assemble(kind: CatalogPackage.Kind) -> CatalogPackage {
        // Entries for every operation of every spec, in reading order; functions and commands bind to them.
        var entries: [OperationEntry] = []
        var entryIndex: [String: Int] = [:]  // "spec#operationId"
        var pendingMCP: [(CatalogPackage.Plugin.Function, CatalogPackage.Plugin.Runtime, SourceNode)] = []

        func key(_ spec: Int, _ id: String) -> String { "\(spec)#\(id)" }

        func ensureEntries(_ specIndex: Int) {
            guard !entries.contains(where: { $0.specIndex == specIndex }) else { return }
            for op in specs[specIndex].operations {
                let id = op.operationId ?? Self.normalizedId("\(op.method.lowercased())\(op.path)")
                let e = OperationEntry(slug: "", kind: .apiOperation, operationId: id, api: op, specIndex: specIndex,
                                       function: nil, runtime: nil, command: nil,
                                       consequential: Consequential(explicit: nil, effective: op.method != "GET", source: .methodDefault),
                                       cards: [], responseExamples: [])
                if entryIndex[key(specIndex, id)] == nil { entryIndex[key(specIndex, id)] = entries.count }
                entries.append(e)
            }
        }

        /// The entry for `name` in a spec: exact operationId, else the normalised form.
        func find(_ name: String, in specIndex: Int, file: String, at location: SourceLocation?) -> Int? {
            if let i = entryIndex[key(specIndex, name)] { return i }
            let n = Self.normalizedId(name)
            for op in specs[specIndex].operations {
                guard let id = op.operationId, Self.normalizedId(id) == n else { continue }
                store.report(.warning(.oas10, "\"\(name)\" matches operationId \"\(id)\" only after replacing special characters with '_'", file: file, at: location))
                return entryIndex[key(specIndex, id)]
            }
            return nil
        }

        // Plugins.
        for plugin in plugins {
            var claimed = Set<String>()
            for rt in plugin.runtimes where rt.info.runForFunctions != nil {
                claimed.formUnion(rt.info.runForFunctions ?? [])
            }
            for rt in plugin.runtimes {
                let explicit = rt.info.runForFunctions
                switch rt.info.kind {
                case .openAPI:
                    var specIndex: Int? = nil
                    if let ref = rt.info.specReference {
                        if let p = store.reference(ref, from: plugin.path, at: rt.node["spec"]?["url"]?.location, what: "OpenAPI description") {
                            specIndex = spec(p)
                        }
                    } else if let text = rt.node["spec"]?["api_description"]?.string {
                        specIndex = inlineSpec(text, plugin: plugin, at: rt.node["spec"]?["api_description"]?.location ?? rt.node.location)
                    }
                    guard let specIndex else { continue }
                    ensureEntries(specIndex)
                    var functions = plugin.functions
                    if functions.isEmpty {
                        // No functions declared: every operation is one (as the client infers them).
                        functions = specs[specIndex].operations.compactMap { op in
                            op.operationId.map {
                                CatalogPackage.Plugin.Function(name: $0, description: nil, reasoningInstructions: [], respondingInstructions: [], parameters: nil,
                                             confirmationType: nil, confirmationTitle: nil, confirmationBody: nil, isNonConsequential: nil,
                                             dataHandling: [], pluginIndex: plugins.firstIndex { $0.path == plugin.path } ?? 0,
                                             location: nil, file: plugin.display)
                            }
                        }
                    }
                    let served: [CatalogPackage.Plugin.Function]
                    if let explicit, explicit != ["*"] {
                        served = functions.filter { explicit.contains($0.name) }
                    } else if explicit == ["*"] {
                        served = functions
                    } else {
                        // Without run_for_functions a runtime serves the functions its description has
                        // (and that no other runtime claims).
                        served = functions.filter { !claimed.contains($0.name) }
                    }
                    for fn in served {
                        guard let i = find(fn.name, in: specIndex, file: plugin.display, at: fn.location) else {
                            if explicit != nil || plugin.runtimes.filter({ $0.info.kind == .openAPI }).count == 1 {
                                store.report(.error(.plg08, "function \"\(fn.name)\" has no operation with that operationId in \(specs[specIndex].file)",
                                                    file: plugin.display, at: fn.location))
                            }
                            continue
                        }
                        if let existing = entries[i].function, existing.name != fn.name || existing.pluginIndex != fn.pluginIndex {
                            store.report(.warning(.plg09, "operation \(entries[i].operationId) is bound to more than one function; the first is shown",
                                                  file: plugin.display, at: fn.location))
                            continue
                        }
                        entries[i].function = fn
                        entries[i].runtime = rt.info
                        entries[i].cards += cards(for: fn, plugin: plugin)
                    }
                case .remoteMCPServer:
                    let served = plugin.functions.filter { fn in
                        if let explicit { return explicit.contains(fn.name) || explicit == ["*"] }
                        return !claimed.contains(fn.name)
                    }
                    for fn in served { pendingMCP.append((fn, rt.info, rt.node)) }
                case .localPlugin, .other:
                    if !plugin.functions.isEmpty {
                        store.report(.note(.plg01, "\(rt.info.kind == .localPlugin ? "LocalPlugin" : "this") runtime's functions are not documented as operations (they have no API description)",
                                           file: plugin.display, at: rt.node.location))
                    }
                }
            }
        }

        // Message extension commands.
        if let me = messageExtension, let specPath = meSpecPath, let specIndex = spec(specPath) {
            ensureEntries(specIndex)
            for command in me.commands {
                guard let i = find(command.id, in: specIndex, file: app?.file ?? input.display, at: nil) else {
                    store.report(.error(.tm06, "command \"\(command.id)\" matches no operationId in \(specs[specIndex].file)", file: app?.file))
                    continue
                }
                entries[i].command = command
                checkCommandParameters(command, entries[i])
                if let t = meTemplates[command.id], let card = responseTemplateCard(t) {
                    entries[i].cards.append(card)
                }
            }
        }
        // Stand-alone OpenAPI descriptions.
        for s in specs.indices { ensureEntries(s) }

        // MCP tools.
        for (fn, runtime, node) in pendingMCP {
            entries.append(mcpEntry(fn, runtime: runtime, node: node))
        }

        // What each page needs.
        var taken = Set<String>()
        for i in entries.indices {
            entries[i].consequential = consequential(entries[i])
            entries[i].responseExamples = responseExamples(entries[i])
            entries[i].cards += openAPICards(entries[i])
            entries[i].slug = Slug.unique(Slug.make(entries[i].operationId, fallback: "operation"), in: &taken)
        }
        checkLocalization()

        var diagnostics = extraDiagnostics + store.diagnostics
        diagnostics = diagnostics.normalized
        var inputs: [String: UInt64] = [:]
        for (p, h) in store.filesRead { inputs[p.description] = h }
        let missing = store.missingProbes.map(\.description).filter { inputs[$0] == nil }.sorted()
        var boundaries = store.boundaries
        for e in entries {
            if let op = e.api { boundaries[op.file, default: []].append(op.location) }
            if let fn = e.function, let l = fn.location { boundaries[fn.file, default: []].append(l) }
        }
        for p in plugins {
            for f in p.functions { if let l = f.location { boundaries[p.display, default: []].append(l) } }
        }
        for s in specs {
            for op in s.operations { boundaries[op.file, default: []].append(op.location) }
        }
        var package = CatalogPackage(
            id: input.id, kind: kind, source: input.display, app: app, agent: agent,
            plugins: plugins.map(\.info), messageExtension: messageExtension, specs: specs,
            localization: localization, operations: entries, diagnostics: diagnostics, inputs: inputs)
        package.boundaries = boundaries.mapValues { Array(Set($0)).sorted() }
        package.missingInputs = missing
        package.environmentFingerprint = store.environment.map { env in
            Hashing.fnv(env.values.sorted { $0.key < $1.key }.map { $0.key + "=" + $0.value }.joined(separator: "\n"))
        } ?? 0
        return package
    }

    // MARK: Consequential

    func consequential(_ e: OperationEntry) -> Consequential {
        if e.kind == .mcpTool {
            if e.function?.isNonConsequential == true { return Consequential(explicit: false, effective: false, source: .isNonConsequential) }
            return e.consequential
        }
        guard let op = e.api else { return e.consequential }
        let isGet = op.method == "GET"
        for (name, source) in [("x-openai-isConsequential", Consequential.Source.openAIExtension), ("x-oai-isConsequential", .oaiExtension)] {
            guard let node = op.extensions[name] else { continue }
            guard let flag = node.bool ?? (node.string == "true" ? true : node.string == "false" ? false : nil) else {
                store.report(.warning(.cnf04, "\(name) must be a boolean; it is ignored", file: op.file, at: node.location))
                continue
            }
            if node.bool == nil {
                store.report(.warning(.cnf04, "\(name) is the string \"\(node.string ?? "")\"; write the boolean \(flag)", file: op.file, at: node.location))
            }
            if source == .oaiExtension {
                store.report(.warning(.cnf04, "the extension is spelled x-oai-isConsequential here; the documented spelling is x-openai-isConsequential (both are read)",
                                      file: op.file, at: node.location))
            }
            if !flag && !isGet {
                store.report(.warning(.cnf01, "\(op.method) \(op.path) changes data but is marked not consequential; store validation requires consequential create/update/delete operations",
                                      file: op.file, at: node.location))
            }
            return Consequential(explicit: flag, effective: flag, source: source)
        }
        if let fn = e.function, fn.isNonConsequential == true {
            if isGet { return Consequential(explicit: false, effective: false, source: .isNonConsequential) }
            store.report(.warning(.plg18, "isNonConsequential on \(fn.name) has no effect: it only applies to GET operations", file: fn.file, at: fn.location))
        }
        if e.function == nil && e.command != nil {
            return Consequential(explicit: nil, effective: false, source: .notApplicable)
        }
        return Consequential(explicit: nil, effective: !isGet, source: .methodDefault)
    }

    // MARK: Examples

    func responseExamples(_ e: OperationEntry) -> [(label: String, value: JSONValue)] {
        guard let op = e.api, let specIndex = e.specIndex, let response = op.successResponse, let media = response.primary else { return [] }
        var out: [(String, JSONValue)] = []
        if let ex = media.example { out.append(("\(response.status) example", ex)) }
        for ex in media.examples { out.append(("\(response.status) example \"\(ex.name)\"", ex.value)) }
        if out.isEmpty, let schema = media.schema, let ex = specs[specIndex].schemas[schema].example {
            out.append(("\(response.status) schema example", ex))
        }
        return out
    }

    // MARK: Cards

    /// `response_semantics.static_template` of a plugin function (inline or `{"file": …}`).
    func cards(for fn: CatalogPackage.Plugin.Function, plugin: PluginManifest) -> [CardSpec] {
        guard let rs = plugin.responseSemantics[fn.name] else { return [] }
        var citation: [String: String] = [:]
        for m in rs["properties"]?.object?.members ?? [] where m.key != "template_selector" {
            if let s = m.value.string { citation[m.key] = s }
        }
        let selector = rs["properties"]?["template_selector"]?.string
        let dataPath = rs["data_path"]?.string
        guard let st = rs["static_template"] else {
            if selector == nil { return [] }
            return []
        }
        var card = CardSpec(role: .staticTemplate, template: .null, file: plugin.display, location: st.location,
                            dataPath: dataPath, dataPathIsJSONPath: true, citation: citation, templateSelector: selector,
                            previewTemplate: nil, responseLayout: nil, sampleData: nil, sampleDataFile: nil)
        if let ref = st["file"]?.string, st["type"] == nil {
            guard let path = store.reference(ref, from: plugin.path, at: st["file"]?.location, what: "static_template file") else { return [] }
            guard let doc = store.document(path) else { return [] }
            card.template = doc.root.jsonValue
            card.file = doc.display
            card.location = doc.root.location
            attachSampleData(&card, beside: path)
        } else {
            card.template = st.jsonValue
        }
        if card.template["type"]?.stringValue != "AdaptiveCard" {
            store.report(.warning(.plg15, "the static_template of \"\(fn.name)\" is not an Adaptive Card (no \"type\": \"AdaptiveCard\")", file: card.file, at: card.location))
        }
        return [card]
    }

    /// `x.data.json` beside `x.json`.
    func attachSampleData(_ card: inout CardSpec, beside path: PackagePath) {
        let name = path.name
        guard let dot = name.lastIndex(of: ".") else { return }
        let dataPath = path.parent.appending(String(name[..<dot]) + ".data.json")
        guard store.exists(dataPath), let doc = store.document(dataPath) else { return }
        card.sampleData = doc.root.jsonValue
        card.sampleDataFile = doc.display
    }

    /// A message extension's response rendering template.
    func responseTemplateCard(_ path: PackagePath) -> CardSpec? {
        guard let doc = store.document(path) else { return nil }
        let r = doc.root
        let f = doc.display
        if let v = r["version"]?.scalarText, v != "1.0" && v != "devPreview" {
            store.report(.warning(.rrt01, "response rendering template version \"\(v)\" (expected \"1.0\" or \"devPreview\")", file: f, at: r["version"]?.location))
        } else if r["version"] == nil {
            store.report(.error(.rrt01, "the response rendering template needs \"version\"", file: f, at: r.location))
        }
        let layout = r["responseLayout"]?.string
        if let layout, layout != "list" && layout != "grid" {
            store.report(.error(.rrt01, "responseLayout must be \"list\" or \"grid\", not \"\(layout)\"", file: f, at: r["responseLayout"]?.location))
        }
        guard let card = r["responseCardTemplate"] else {
            store.report(.error(.rrt01, "the response rendering template needs responseCardTemplate", file: f, at: r.location))
            return nil
        }
        if r["previewCardTemplate"]?["title"] == nil {
            store.report(.error(.rrt01, "previewCardTemplate.title is required", file: f, at: r["previewCardTemplate"]?.location ?? r.location))
        }
        var spec = CardSpec(role: .responseCard, template: card.jsonValue, file: f, location: card.location,
                            dataPath: r["jsonPath"]?.string, dataPathIsJSONPath: false, citation: [:], templateSelector: nil,
                            previewTemplate: r["previewCardTemplate"]?.jsonValue, responseLayout: layout, sampleData: nil, sampleDataFile: nil)
        attachSampleData(&spec, beside: path)
        return spec
    }

    /// Kiota's `x-ai-adaptive-card: {data_path, file, title}` on an operation.
    func openAPICards(_ e: OperationEntry) -> [CardSpec] {
        guard e.cards.isEmpty, let op = e.api, let ext = op.extensions["x-ai-adaptive-card"], let specIndex = e.specIndex,
              let ref = ext["file"]?.string else { return [] }
        guard let path = store.reference(ref, from: specs[specIndex].path, at: ext["file"]?.location, what: "x-ai-adaptive-card file"),
              let doc = store.document(path) else { return [] }
        var card = CardSpec(role: .openAPIExtension, template: doc.root.jsonValue, file: doc.display, location: doc.root.location,
                            dataPath: ext["data_path"]?.string, dataPathIsJSONPath: true, citation: [:], templateSelector: nil,
                            previewTemplate: nil, responseLayout: nil, sampleData: nil, sampleDataFile: nil)
        attachSampleData(&card, beside: path)
        return [card]
    }

    // MARK: MCP

    /// A page for an MCP tool: its function, parameters (inline schema or the tool
    /// description file) and whether it is read-only.
    mutating func mcpEntry(_ fn: CatalogPackage.Plugin.Function, runtime: CatalogPackage.Plugin.Runtime, node: SourceNode) -> OperationEntry {
        var fn = fn
        var readOnly = false
        if let tools = toolDescriptions(node, pluginFile: fn.file), let tool = tools.first(where: { $0["name"]?.string == fn.name }) {
            if fn.parameters == nil { fn.parameters = tool["inputSchema"]?.jsonValue ?? tool["input_schema"]?.jsonValue }
            if fn.description == nil, let d = tool["description"]?.string { fn.description = .literal(d) }
            readOnly = tool["annotations"]?["readOnlyHint"]?.bool == true
        }
        let consequential = readOnly
            ? Consequential(explicit: false, effective: false, source: .readOnlyHint)
            : Consequential(explicit: nil, effective: true, source: .methodDefault)
        return OperationEntry(slug: "", kind: .mcpTool, operationId: fn.name, api: nil, specIndex: nil, function: fn, runtime: runtime,
                              command: nil, consequential: consequential, cards: [], responseExamples: [])
    }

    /// `spec.mcp_tool_description`: `{"file": "mcp-tools.json"}` or `{"tools": [...]}`.
    mutating func toolDescriptions(_ runtime: SourceNode, pluginFile: String) -> [SourceNode]? {
        guard let d = runtime["spec"]?["mcp_tool_description"] else { return nil }
        if let tools = d["tools"]?.array { return tools }
        guard let ref = d["file"]?.string,
              let plugin = plugins.first(where: { $0.display == pluginFile }),
              let path = store.reference(ref, from: plugin.path, at: d["file"]?.location, what: "MCP tool description"),
              let doc = store.document(path) else { return nil }
        return doc.root["tools"]?.array ?? doc.root.array
    }

    // MARK: Checks

    /// TM-07: command parameter names must be the operation's parameter or body property names.
    func checkCommandParameters(_ command: CatalogPackage.MessageExtension.Command, _ e: OperationEntry) {
        guard let op = e.api, let specIndex = e.specIndex else { return }
        var names = Set(op.parameters.map(\.name))
        if let body = op.requestBody?.primary?.schema {
            names.formUnion(specs[specIndex].schemas.mergedProperties(body).properties.map(\.name))
        }
        for p in command.parameters where !names.contains(p.name) {
            store.report(.error(.tm07, "command \"\(command.id)\" parameter \"\(p.name)\" is neither a parameter nor a body property of \(op.method) \(op.path)",
                                file: app?.file))
        }
    }

    /// LOC-03/05/06/07 over every localizable text of the package.
    func checkLocalization() {
        var texts: [(LocalizableText, String)] = []
        if let a = agent {
            texts.append((a.name, a.file))
            if let d = a.description { texts.append((d, a.file)) }
            for s in a.conversationStarters {
                texts.append((s.text, a.file))
                if let t = s.title { texts.append((t, a.file)) }
            }
        }
        for p in plugins {
            let i = p.info
            for t in [i.nameForHuman, i.descriptionForHuman, i.descriptionForModel, i.logoURL, i.legalInfoURL, i.privacyPolicyURL].compactMap({ $0 }) {
                texts.append((t, i.file))
            }
            for s in i.conversationStarters {
                texts.append((s.text, i.file))
                if let t = s.title { texts.append((t, i.file)) }
            }
            for f in p.functions {
                for t in [f.confirmationTitle, f.confirmationBody, f.description].compactMap({ $0 }) { texts.append((t, i.file)) }
            }
        }
        let tokens = texts.filter { $0.0.token != nil }
        for (t, file) in texts where t.token == nil && (t.raw.contains("[[") || t.raw.contains("]]")) {
            store.report(.error(.loc03, "a localizable value is either exactly one [[key]] token or has no brackets: \"\(t.raw.prefix(60))\"", file: file))
        }
        guard !tokens.isEmpty else { return }
        for (t, file) in tokens {
            if let k = t.token, !LocalizableText.isValidKey(k) {
                store.report(.error(.loc03, "localization key \"\(k)\" does not match ^[a-zA-Z_][a-zA-Z0-9_]*$", file: file))
            }
        }
        guard let defaultTag = localization.defaultTag, localization.file(for: defaultTag) != nil else {
            store.report(.error(.loc05, "the package uses [[key]] tokens (\(tokens[0].0.raw) …) but localizationInfo names no default language file",
                                file: app?.file))
            return
        }
        var reported = Set<String>()
        for (t, file) in tokens {
            guard let k = t.token, reported.insert(k).inserted else { continue }
            if localization.file(for: defaultTag)?.keys[k] == nil {
                store.report(.error(.loc06, "[[\(k)]] is not defined in the default language file \(localization.file(for: defaultTag)?.file ?? defaultTag); it shows as written",
                                    file: file))
            }
        }
        for lf in localization.files where lf.tag.caseInsensitiveCompare(defaultTag) != .orderedSame {
            // A region file may hold only what differs from its language file (the recommended
            // layout): a key counts as translated when the language's own chain has it.
            let chain = localization.chain(for: lf.tag).map(\.0).filter { $0.tag.caseInsensitiveCompare(defaultTag) != .orderedSame }
            let missing = Array(Set(tokens.compactMap { $0.0.token }.filter { key in !chain.contains { $0.keys[key] != nil } })).sorted()
            if !missing.isEmpty {
                store.report(.warning(.loc07, "\(lf.tag) does not define \(missing.map { "[[\($0)]]" }.joined(separator: ", ")); readers in \(lf.tag) see the default language",
                                      file: lf.file))
            }
        }
    }
}
