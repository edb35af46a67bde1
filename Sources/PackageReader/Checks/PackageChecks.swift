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
    /// Other packages' names, when the catalog knows them (TXT-04).
    let otherNames: [String]

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
        ConfirmationChecks.run, TextChecks.run,
    ]

    static func run(_ context: CheckContext) {
        for family in families { family(context) }
    }
}
