import CatalogDiagnostics
import CatalogSupport
import JSONTree

/// The last step of reading a package: bind functions and commands to operations, decide
/// what each operation page shows, and attribute the findings.
extension Loader {
    mutating func assemble(kind: CatalogPackage.Kind) -> CatalogPackage {
        var binder = FunctionBinder(specs: specs, store: store)
        bindPlugins(&binder)
        bindCommands(&binder)
        for s in specs.indices { binder.ensureEntries(s) }  // stand-alone OpenAPI descriptions
        let tools = MCPTools(store: store, plugins: plugins)
        for (fn, runtime, node) in binder.mcpFunctions { binder.append(tools.entry(fn, runtime: runtime, node: node)) }
        for me in messageExtensions where me.kind == .botBased {
            for command in me.commands { binder.append(Self.botCommandEntry(command)) }
        }

        var entries = binder.entries
        let collector = CardCollector(store: store, specs: specs)
        var taken = Set<String>()
        for i in entries.indices {
            entries[i].consequential = ConsequentialPolicy.decide(entries[i], report: store.report)
            entries[i].responseExamples = responseExamples(entries[i])
            entries[i].cards += collector.openAPICards(entries[i])
            entries[i].sampleResponse = sampleResponse(for: entries[i])
            entries[i].slug = Slug.unique(Slug.make(entries[i].operationId, fallback: "operation"), in: &taken)
        }
        let checks = CheckContext(
            store: store, kind: kind, app: app, agent: agent, plugins: plugins, messageExtensions: messageExtensions,
            specs: specs, entries: entries, localization: localization, catalogNames: options.catalogNames)
        PackageChecks.run(checks)
        let schemaFindings = options.schemaDirectory.map { SchemaChecks.run(checks, schemas: SchemaLibrary.cache(for: $0)) } ?? []
        let diagnostics = Self.oneFindingPerCause((extraDiagnostics + store.diagnostics).normalized, schema: schemaFindings)
        DiagnosticAttribution.attribute(diagnostics, to: &entries, starts: objectStarts(entries))
        return package(kind: kind, entries: entries, diagnostics: diagnostics)
    }

    /// Findings a more specific rule reports at the same place are dropped: an undefined
    /// `${{VAR}}` in a server URL is `OAS-08`, not also `env-placeholder`.
    static let subsumes: [Rule: Rule] = [.placeholder: .oas08]

    static func oneFindingPerCause(_ diagnostics: [Diagnostic], schema: [Diagnostic] = []) -> [Diagnostic] {
        var places = Set<String>()
        for d in diagnostics where subsumes.values.contains(d.rule) {
            places.insert("\(d.rule.id)|\(d.file ?? "")|\(d.location?.description ?? "")")
        }
        let kept =
            places.isEmpty
            ? diagnostics
            : diagnostics.filter { d in
                guard let specific = subsumes[d.rule] else { return true }
                return !places.contains("\(specific.id)|\(d.file ?? "")|\(d.location?.description ?? "")")
            }
        return kept + schema.filter { !saidByARule($0, among: kept) }
    }

    /// A schema error at a place a rule already reported: the same cause. A missing required
    /// property is reported at its object, so there the rule must also name the property.
    static func saidByARule(_ s: Diagnostic, among diagnostics: [Diagnostic]) -> Bool {
        let missing = s.message.hasPrefix("missing required property \"") ? s.message.split(separator: "\"").dropFirst().first.map(String.init) : nil
        return diagnostics.contains { d in
            d.file == s.file && d.location == s.location && (missing.map { d.message.contains($0) } ?? true)
        }
    }

    /// Plugin functions bound to the operations of the specs their runtimes name, with the
    /// cards of their `response_semantics`.
    mutating func bindPlugins(_ binder: inout FunctionBinder) {
        for (index, plugin) in plugins.enumerated() {
            let runtimeSpecs = runtimeSpecs(of: plugin)
            binder.specs = specs
            let collector = CardCollector(store: store, specs: specs)
            for (entry, fn) in binder.bind(plugin, pluginIndex: index, runtimeSpecs: runtimeSpecs) {
                binder.update(entry) { $0.cards += collector.cards(for: fn, plugin: plugin) }
            }
        }
    }

    /// Message extension commands bound to the operations of `apiSpecificationFile`, with
    /// their response rendering templates.
    mutating func bindCommands(_ binder: inout FunctionBinder) {
        guard let me = messageExtension, let specPath = meSpecPath, let specIndex = spec(specPath) else { return }
        binder.specs = specs
        let collector = CardCollector(store: store, specs: specs)
        for (entry, command) in binder.bind(commands: me.commands, specIndex: specIndex, manifestFile: app?.file ?? input.display) {
            if let t = meTemplates[command.id], let card = collector.responseTemplateCard(t) {
                binder.update(entry) { $0.cards.append(card) }
            }
        }
    }

    /// A bot command's page: no OpenAPI operation, the bot serves it; Copilot runs search
    /// commands without a confirmation prompt.
    static func botCommandEntry(_ command: CatalogPackage.MessageExtension.Command) -> OperationEntry {
        OperationEntry(
            slug: "", kind: .botCommand, operationId: command.id, api: nil, specIndex: nil, function: nil, runtime: nil, command: command,
            consequential: Consequential(explicit: nil, effective: false, source: .notApplicable), cards: [], responseExamples: [])
    }

    /// The spec each runtime of `plugin` names (read now, in manifest order), nil for runtimes
    /// that are not OpenApi or whose description cannot be read.
    mutating func runtimeSpecs(of plugin: PluginManifest) -> [Int?] {
        plugin.runtimes.map { rt -> Int? in
            guard rt.info.kind == .openAPI else { return nil }
            if let ref = rt.info.specReference {
                guard let p = store.reference(ref, from: plugin.path, at: rt.node["spec"]?["url"]?.location, what: "OpenAPI description") else { return nil }
                return spec(p)
            }
            guard let text = rt.node["spec"]?["api_description"]?.string else { return nil }
            return inlineSpec(text, plugin: plugin, at: rt.node["spec"]?["api_description"]?.location ?? rt.node.location)
        }
    }

    /// Examples from the OpenAPI description usable as sample response data.
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

    /// `<operationId>.json` from the folders of sample responses, for operations with cards.
    func sampleResponse(for e: OperationEntry) -> SampleFile? {
        guard !e.cards.isEmpty, SampleFolder.isPlainName(e.operationId) else { return nil }
        for folder in options.sampleFolders {
            if let sample = folder.read(e.operationId + ".json", report: store.report) { return sample }
        }
        return nil
    }

    /// Where operations, functions and top-level members start, per file.
    func objectStarts(_ entries: [OperationEntry]) -> [String: [SourceLocation]] {
        // Fields are read in place: binding an operation or a function copied (and
        // retained) every field of it.
        var starts = store.boundaries
        for e in entries {
            if let file = e.api?.file, let location = e.api?.location { starts[file, default: []].append(location) }
            if let file = e.function?.file, let location = e.function?.location { starts[file, default: []].append(location) }
        }
        for p in plugins {
            for i in p.functions.indices { if let l = p.functions[i].location { starts[p.display, default: []].append(l) } }
        }
        for s in specs {
            for i in s.operations.indices { starts[s.operations[i].file, default: []].append(s.operations[i].location) }
        }
        return starts
    }

    func package(kind: CatalogPackage.Kind, entries: [OperationEntry], diagnostics: [Diagnostic]) -> CatalogPackage {
        var inputs: [String: UInt64] = [:]
        for (p, h) in store.filesRead { inputs[p.description] = h }
        var package = CatalogPackage(
            id: input.id, kind: kind, source: input.display, app: app, agent: agent,
            plugins: plugins.map(\.info), specs: specs,
            localization: localization, operations: entries, diagnostics: diagnostics, inputs: inputs)
        package.messageExtensions = messageExtensions
        package.missingInputs = store.missingProbes.map(\.description).filter { inputs[$0] == nil }.sorted()
        package.environmentFingerprint = store.environment?.fingerprint ?? 0
        return package
    }
}
