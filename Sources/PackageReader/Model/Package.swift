import CatalogDiagnostics
import JSONTree

/// One documented package: what it is, its texts in every locale, and its operations.
public struct CatalogPackage: Sendable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A Teams app with a declarative agent (and its actions).
        case declarativeAgent = "declarative-agent"
        /// A Teams app with API plugins but no agent (legacy `copilotAgents.plugins`).
        case apiPlugin = "api-plugin"
        /// A Teams app with an API-based message extension.
        case messageExtension = "message-extension"
        /// A Teams app whose message extension a bot serves.
        case botMessageExtension = "bot-message-extension"
        /// A plugin manifest given on its own.
        case pluginManifest = "plugin-manifest"
        /// An OpenAPI description given on its own.
        case openAPI = "openapi"
        /// A Teams app with none of the above (bot-based extensions, tabs…).
        case teamsApp = "teams-app"
    }

    /// Stable id, unique in the catalog, safe as a folder name (`budgets`, `da-trey-research`).
    public var id: String
    public var kind: Kind
    /// The input as the user gave it (folder, archive or file).
    public var source: String
    /// Kept behind a reference each (`Indirect`), as the biggest parts: the site builder's
    /// pages pass the package around, and a copy retained each of their forty-odd fields.
    public var app: App? {
        _read { yield indirectApp.value }
        set { indirectApp.value = newValue }
    }
    public var agent: Agent? {
        _read { yield indirectAgent.value }
        set { indirectAgent.value = newValue }
    }
    private var indirectApp: Indirect<App?>
    private var indirectAgent: Indirect<Agent?>
    public var plugins: [Plugin]
    /// The message extensions (`composeExtensions`), API-based and bot-based.
    public var messageExtensions: [MessageExtension] = []
    /// The API-based message extension, if any.
    public var messageExtension: MessageExtension? { messageExtensions.first { $0.kind == .apiBased } }
    /// Stand-alone OpenAPI descriptions (for the `openapi` kind) and every spec read.
    public var specs: [OpenAPISpec]
    public var localization: Localization
    public var operations: [OperationEntry]
    public var diagnostics: [Diagnostic]
    /// Every file read (package-relative path), with a content hash, for incremental builds.
    public var inputs: [String: UInt64]
    /// Files looked for and not found; adding one changes the package.
    public var missingInputs: [String] = []
    /// A hash of the `${{VAR}}` values used (0 when none were substituted).
    public var environmentFingerprint: UInt64 = 0
    init(
        id: String, kind: Kind, source: String, app: App?, agent: Agent?, plugins: [Plugin], messageExtensions: [MessageExtension] = [],
        specs: [OpenAPISpec], localization: Localization, operations: [OperationEntry], diagnostics: [Diagnostic], inputs: [String: UInt64],
        missingInputs: [String] = [], environmentFingerprint: UInt64 = 0
    ) {
        (self.id, self.kind, self.source, indirectApp, indirectAgent) = (id, kind, source, Indirect(app), Indirect(agent))
        (self.plugins, self.messageExtensions, self.specs, self.localization) = (plugins, messageExtensions, specs, localization)
        (self.operations, self.diagnostics, self.inputs, self.missingInputs) = (operations, diagnostics, inputs, missingInputs)
        self.environmentFingerprint = environmentFingerprint
    }

    /// The package's display name in `locale`: app short name, else agent, plugin or API title.
    public func title(locale: String? = nil) -> ResolvedText {
        if let n = app?.shortName { return localization.resolve(n, locale: locale) }
        if let n = agent?.name { return localization.resolve(n, locale: locale) }
        if let n = plugins.first?.nameForHuman { return localization.resolve(n, locale: locale) }
        if let t = specs.first?.title { return ResolvedText(t, source: .literal) }
        return ResolvedText(id, source: .literal)
    }

    public func summary(locale: String? = nil) -> ResolvedText? {
        if let d = app?.shortDescription { return localization.resolve(d, locale: locale) }
        if let d = agent?.description { return localization.resolve(d, locale: locale) }
        if let d = plugins.first?.descriptionForHuman { return localization.resolve(d, locale: locale) }
        if let d = specs.first?.description { return ResolvedText(d, source: .literal) }
        return nil
    }
}

/// A value behind a reference: copying it retains one object, however many fields the value
/// has. Setting it puts the new value in a new box, so it keeps value semantics.
struct Indirect<Value: Sendable>: Sendable {
    private final class Box: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) { box = Box(value) }

    var value: Value {
        _read { yield box.value }
        set { box = Box(newValue) }
    }
}
