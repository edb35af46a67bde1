import CatalogDiagnostics
import JSONTree

/// What the rules see once a package is read: its parts, its operations, and every document
/// with the position of every value. Checks report at the value that is wrong.
struct CheckContext {
    let store: DocumentStore
    let kind: CatalogPackage.Kind
    let app: CatalogPackage.App?
    let agent: CatalogPackage.Agent?
    let plugins: [PluginManifest]
    let messageExtensions: [CatalogPackage.MessageExtension]
    let specs: [OpenAPISpec]
    let entries: [OperationEntry]
    let localization: Localization
    /// The catalog's package names, when the catalog knows them (TXT-04).
    let catalogNames: CatalogNames
    /// Each plugin's function objects by the place of their name (`node(of:)` is asked
    /// once per function by several families: a search each time was quadratic).
    let functionNodes: [[SourceLocation: SourceNode]]

    init(
        store: DocumentStore, kind: CatalogPackage.Kind, app: CatalogPackage.App?, agent: CatalogPackage.Agent?, plugins: [PluginManifest],
        messageExtensions: [CatalogPackage.MessageExtension], specs: [OpenAPISpec], entries: [OperationEntry], localization: Localization,
        catalogNames: CatalogNames
    ) {
        (self.store, self.kind, self.app, self.agent, self.plugins) = (store, kind, app, agent, plugins)
        (self.messageExtensions, self.specs, self.entries, self.localization, self.catalogNames) = (messageExtensions, specs, entries, localization, catalogNames)
        functionNodes = plugins.map { plugin in
            var index: [SourceLocation: SourceNode] = [:]
            for node in store.document(plugin.path)?.root["functions"]?.array ?? [] {
                index[node["name"]?.location ?? node.location] = index[node["name"]?.location ?? node.location] ?? node
            }
            return index
        }
    }

    func report(_ d: Diagnostic) { store.report(d) }

    var manifest: PackageDocument? { store.documents(.appManifest).first }
    var agentDocument: PackageDocument? { store.documents(.declarativeAgent).first }
    func documents(_ kind: PackageDocument.Kind) -> [PackageDocument] { store.documents(kind) }

    /// The plugin manifest's document.
    func document(of plugin: PluginManifest) -> PackageDocument? { store.document(plugin.path) }
}

/// The rules checked over a read package, one family per file (`docs/rules.md` lists them).
enum PackageChecks {
    static let families: [@Sendable (CheckContext) -> Void] = [
        TeamsManifestChecks.run, LocalizationChecks.run, AgentChecks.run, PluginChecks.run,
        OpenAPIChecks.run, CommandChecks.run, ResponseTemplateChecks.run, CardChecks.run,
        ConfirmationChecks.run, TextChecks.run
    ]

    static func run(_ context: CheckContext) {
        for family in families { family(context) }
    }
}
