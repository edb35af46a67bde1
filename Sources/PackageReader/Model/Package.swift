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
    public var app: App?
    public var agent: Agent?
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
