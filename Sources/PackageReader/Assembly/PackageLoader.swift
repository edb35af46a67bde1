import CatalogSupport
import CatalogDiagnostics
import Foundation
import JSONTree

/// Reads one package by following the references between its files, as the Teams client
/// does: app manifest → declarative agent → actions → plugin manifests → runtimes →
/// OpenAPI descriptions; composeExtensions → API description and response rendering
/// templates; localization files; card files.
///
/// Never throws and never traps on bad input: whatever cannot be read becomes a diagnostic
/// and the rest of the package is still documented.
public enum PackageLoader {
    /// The hash `CatalogPackage.environmentFingerprint` would have, without reading the package.
    public static func environmentFingerprint(for input: PackageInput, options: LoadOptions) -> UInt64 {
        guard let env = Loader.environment(for: input, options: options) else { return 0 }
        return env.fingerprint
    }

    public static func load(_ input: PackageInput, options: LoadOptions = LoadOptions()) -> CatalogPackage {
        var early: [Diagnostic] = []
        let fs: PackageFileSystem
        var root: PackagePath? = nil
        switch input.kind {
        case .folder:
            fs = FolderFileSystem(root: input.url, displayRoot: input.display, limits: options.limits)
        case .archive:
            do {
                let archive = try ArchiveFileSystem(archive: input.url, displayRoot: input.display, limits: options.limits)
                for refused in archive.refusedEntries {
                    early.append(.error(.zipEntry, "entry \"\(refused.entry)\" is refused: \(refused.reason)", file: input.display))
                }
                fs = archive
            } catch {
                return CatalogPackage(
                    id: input.id, kind: .teamsApp, source: input.display, app: nil, agent: nil, plugins: [],
                    messageExtensions: [], specs: [], localization: Localization(), operations: [],
                    diagnostics: [.error(.fileUnreadable, error.message, file: input.display)], inputs: [:])
            }
        case .pluginManifest, .openAPI:
            let folder = input.url.deletingLastPathComponent()
            let shown = (input.display as NSString).deletingLastPathComponent
            fs = FolderFileSystem(root: folder, displayRoot: shown.isEmpty ? "." : shown, limits: options.limits)
            root = PackagePath(components: [input.url.lastPathComponent])
        }
        let (environment, missingEnvironment) = EnvironmentLookup.find(for: input, options: options)
        if let missingEnvironment { early.append(missingEnvironment) }
        let store = DocumentStore(fs: fs, environment: environment, templateFlags: options.templateFlags)
        var loader = Loader(input: input, options: options, store: store, extraDiagnostics: early)
        return loader.run(root: root)
    }
}

struct Loader {
    let input: PackageInput
    let options: LoadOptions
    let store: DocumentStore
    var extraDiagnostics: [Diagnostic]

    var app: CatalogPackage.App?
    var agent: CatalogPackage.Agent?
    var plugins: [PluginManifest] = []
    var messageExtensions: [CatalogPackage.MessageExtension] = []
    var meSpecPath: PackagePath?
    var meTemplates: [String: PackagePath] = [:]
    var localization = Localization()
    var specs: [OpenAPISpec] = []
    var specIndexByPath: [PackagePath: Int] = [:]

    init(input: PackageInput, options: LoadOptions, store: DocumentStore, extraDiagnostics: [Diagnostic]) {
        self.input = input
        self.options = options
        self.store = store
        self.extraDiagnostics = extraDiagnostics
    }

    mutating func run(root: PackagePath?) -> CatalogPackage {
        let kind: CatalogPackage.Kind
        switch input.kind {
        case .folder, .archive:
            kind = readAppPackage()
        case .pluginManifest:
            if let root { readPlugin(root, from: nil, at: nil) }
            kind = .pluginManifest
        case .openAPI:
            if let root { _ = spec(root) }
            kind = .openAPI
        }
        return assemble(kind: kind)
    }

    /// The `${{VAR}}` values the package is read with (see `EnvironmentLookup`).
    static func environment(for input: PackageInput, options: LoadOptions) -> PlaceholderEnvironment? {
        EnvironmentLookup.find(for: input, options: options).environment
    }

    // MARK: App package

    /// The agent and plugin files the app manifest names (file, where, under which key):
    /// copilotAgents.declarativeAgents (exactly one), and the legacy
    /// copilotExtensions.declarativeCopilots and plugin lists.
    func copilotReferences(
        _ doc: PackageDocument
    )
        -> (agents: [(String, SourceLocation?, String)], plugins: [(String, SourceLocation?, String)])
    {
        let root = doc.root
        func files(_ list: [SourceNode]?, _ key: String) -> [(String, SourceLocation?, String)] {
            (list ?? []).compactMap { a in a["file"]?.string.map { ($0, a["file"]?.location, key) } }
        }
        if let list = root["copilotAgents"]?["declarativeAgents"]?.array, list.count != 1 {
            store.report(
                .error(
                    .tm03, "copilotAgents.declarativeAgents must have exactly one item (it has \(list.count))", file: doc.display,
                    at: root["copilotAgents"]?["declarativeAgents"]?.location))
        }
        let agents =
            files(root["copilotAgents"]?["declarativeAgents"]?.array, "copilotAgents.declarativeAgents")
            + files(root["copilotExtensions"]?["declarativeCopilots"]?.array, "copilotExtensions.declarativeCopilots (legacy)")
        let plugins =
            files(root["copilotAgents"]?["plugins"]?.array, "copilotAgents.plugins (legacy)")
            + files(root["copilotExtensions"]?["plugins"]?.array, "copilotExtensions.plugins (legacy)")
        return (agents, plugins)
    }

    mutating func readAppPackage() -> CatalogPackage.Kind {
        let manifestPath = PackagePath(components: ["manifest.json"])
        guard let doc = store.document(manifestPath, as: .appManifest, format: .json) else {
            return .teamsApp
        }
        if doc.root.object == nil {
            store.report(.error(.tm01, "manifest.json must hold a JSON object", file: doc.display, at: doc.root.location))
            return .teamsApp
        }
        var info = AppManifestReader.read(doc, store: store)
        localization = AppManifestReader.localization(doc, store: store)
        let root = doc.root

        let (agentRefs, pluginRefs) = copilotReferences(doc)
        var seenAgent = Set<PackagePath>()
        for (ref, loc, key) in agentRefs {
            guard let path = store.reference(ref, from: manifestPath, at: loc, what: "declarative agent"),
                seenAgent.insert(path).inserted
            else { continue }
            info.linkedBy.append(key)
            guard agent == nil else {
                store.report(.warning(.tm03, "a second declarative agent (\(ref)) is ignored; an app has one", file: doc.display, at: loc))
                continue
            }
            readAgent(path)
        }
        var seenPlugin = Set<PackagePath>(plugins.map(\.path))
        for (ref, loc, key) in pluginRefs {
            guard let path = store.reference(ref, from: manifestPath, at: loc, what: "plugin manifest"),
                seenPlugin.insert(path).inserted
            else { continue }
            info.linkedBy.append(key)
            readPlugin(path, from: manifestPath, at: loc)
        }
        readMessageExtensions(root, manifestPath: manifestPath, display: doc.display)
        readUnreferencedPlugins(manifest: doc.display)
        app = info
        if agent != nil { return .declarativeAgent }
        if messageExtension != nil { return .messageExtension }
        if !plugins.isEmpty { return .apiPlugin }
        if !messageExtensions.isEmpty { return .botMessageExtension }
        return .teamsApp
    }

    mutating func readAgent(_ path: PackagePath) {
        guard let doc = store.document(path, as: .declarativeAgent) else { return }
        let (info, actions) = DeclarativeAgentReader.read(doc, store: store)
        agent = info
        var seen = Set<PackagePath>(plugins.map(\.path))
        for (ref, loc) in actions {
            guard let p = store.reference(ref, from: path, at: loc, what: "action (plugin manifest)"), seen.insert(p).inserted else { continue }
            readPlugin(p, from: path, at: loc)
        }
    }

    mutating func readPlugin(_ path: PackagePath, from referrer: PackagePath?, at location: SourceLocation?) {
        guard let doc = store.document(path, as: .pluginManifest) else { return }
        if doc.root["functions"] == nil && doc.root["runtimes"] == nil && doc.root["schema_version"] == nil {
            store.report(.error(.da03, "\(doc.display) is not a plugin manifest (no schema_version, functions or runtimes)", file: doc.display, at: doc.root.location))
            return
        }
        plugins.append(PluginReader.read(doc, pluginIndex: plugins.count, store: store))
    }

    /// Plugin manifests in the package that nothing references (a plugin being wired up):
    /// read, so reviewers see their pages, and marked unreferenced, with a warning that says
    /// which file should name them.
    mutating func readUnreferencedPlugins(manifest: String) {
        // A template beside its plain file (`ai-plugin.template.json` next to `ai-plugin.json`) is not another plugin.
        let candidates = store.allFiles.filter { $0.name.lowercased().hasSuffix(".json") && !$0.name.lowercased().contains(".template.") && !store.hasRead($0) && !$0.components.contains("env") }
        for path in candidates.prefix(200) {
            guard let text = store.text(path), text.contains("\"schema_version\""), text.contains("\"functions\"") || text.contains("\"runtimes\""),
                let doc = store.document(path, as: .pluginManifest), doc.root["schema_version"] != nil,
                doc.root["namespace"] != nil || doc.root["name_for_human"] != nil
            else { continue }
            var plugin = PluginReader.read(doc, pluginIndex: plugins.count, store: store)
            plugin.info.isReferenced = false
            plugins.append(plugin)
            let referrer = agent == nil ? "copilotAgents in \(manifest)" : "the actions of \(store.documents(.declarativeAgent).first?.display ?? "the declarative agent")"
            store.report(
                .warning(
                    .unreferencedPlugin, "\(doc.display) is a plugin manifest that nothing references: Copilot does not load it until it is named in \(referrer)",
                    file: doc.display, at: doc.root.location,
                    notes: ["its operations are documented, marked as not wired up"]))
        }
    }

    /// Every `composeExtensions` entry: API-based ones with their API description and
    /// response rendering templates, bot-based ones with the bot that serves their commands.
    mutating func readMessageExtensions(_ root: SourceNode, manifestPath: PackagePath, display: String) {
        var reader = MessageExtensionReader(store: store, manifestPath: manifestPath, file: display)
        for (index, ce) in (root["composeExtensions"]?.array ?? []).enumerated() {
            guard let me = reader.read(ce, index: index) else { continue }
            if me.kind == .apiBased {
                guard messageExtension == nil else {
                    store.report(.warning(.tm08, "a second API-based message extension is ignored; an app has at most one", file: display, at: ce.location))
                    continue
                }
                meSpecPath = reader.specPath
            }
            messageExtensions.append(me)
        }
        meTemplates = reader.templates
    }

    var messageExtension: CatalogPackage.MessageExtension? { messageExtensions.first { $0.kind == .apiBased } }

    // MARK: Specs

    /// Reads (once) the OpenAPI description at `path`.
    mutating func spec(_ path: PackagePath) -> Int? {
        if let i = specIndexByPath[path] { return i }
        guard let s = OpenAPIReader.read(path, store: store) else { return nil }
        specs.append(s)
        specIndexByPath[path] = specs.count - 1
        return specs.count - 1
    }

    /// An inline `spec.api_description` (the OpenAPI text as a string).
    mutating func inlineSpec(_ text: String, plugin: PluginManifest, at location: SourceLocation) -> Int? {
        let bytes = Array(text.utf8)
        let format = DocumentStore.format(of: PackagePath(components: ["inline"]), bytes: bytes)
        let root: SourceNode?
        switch format {
        case .json: root = try? JSONParser.parse(bytes).root
        case .yaml: root = try? YAMLReader.parse(bytes).get().root
        }
        guard let root else {
            store.report(.error(.oas01, "spec.api_description is not a readable OpenAPI description", file: plugin.display, at: location))
            return nil
        }
        var reader = OpenAPIReader(store: store)
        let doc = PackageDocument(path: plugin.path, actualPath: plugin.path, display: plugin.display + " (api_description)", format: format, root: root, isTemplate: false)
        guard let s = reader.read(doc) else { return nil }
        specs.append(s)
        return specs.count - 1
    }
}
