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
    public var app: AppManifestInfo?
    public var agent: DeclarativeAgentInfo?
    public var plugins: [PluginInfo]
    public var messageExtension: MessageExtensionInfo?
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
    /// Where top-level members, operations and functions start in each file (by the name
    /// diagnostics use), to attribute findings to operations.
    public var boundaries: [String: [SourceLocation]] = [:]

    /// The findings about one operation: those inside its operation object or its plugin
    /// function object.
    public func diagnostics(for entry: OperationEntry) -> [Diagnostic] {
        var ranges: [(String, SourceLocation)] = []
        if let op = entry.api { ranges.append((op.file, op.location)) }
        if let fn = entry.function, let l = fn.location { ranges.append((fn.file, l)) }
        return diagnostics.filter { d in
            guard let file = d.file, let l = d.location else { return false }
            return ranges.contains { file == $0.0 && l >= $0.1 && l < end(of: $0.1, in: file) }
        }
    }

    func end(of start: SourceLocation, in file: String) -> SourceLocation {
        let starts = boundaries[file] ?? []
        return starts.filter { $0 > start }.min() ?? SourceLocation(line: Int.max, column: 0)
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

public struct AppManifestInfo: Sendable {
    public var file: String
    public var manifestVersion: String?
    public var id: String?
    public var version: String?
    public var shortName: LocalizableText?
    public var fullName: LocalizableText?
    public var shortDescription: LocalizableText?
    public var fullDescription: LocalizableText?
    public var developerName: String?
    public var websiteURL: String?
    public var privacyURL: String?
    public var termsOfUseURL: String?
    public var accentColor: String?
    public var validDomains: [String]
    /// Which keys linked the agent or plugins (`copilotAgents.declarativeAgents`, legacy `copilotExtensions.declarativeCopilots`…).
    public var linkedBy: [String]
}

public struct ConversationStarter: Sendable {
    public var title: LocalizableText?
    public var text: LocalizableText
}

public struct DeclarativeAgentInfo: Sendable {
    public var file: String
    public var version: String?
    public var name: LocalizableText
    public var description: LocalizableText?
    /// The instructions text (the contents of a `$[file('…')]` when it points at one).
    public var instructions: String?
    /// The file the instructions came from, when indirect.
    public var instructionsFile: String?
    public var conversationStarters: [ConversationStarter]
    /// Capability names (`WebSearch`, `OneDriveAndSharePoint`, `GraphConnectors`…).
    public var capabilities: [String]
    public var disclaimer: String?
}

public struct PluginInfo: Sendable {
    public var file: String
    public var schemaVersion: String?
    public var namespace: String?
    public var nameForHuman: LocalizableText
    public var descriptionForHuman: LocalizableText?
    public var descriptionForModel: LocalizableText?
    public var logoURL: LocalizableText?
    public var legalInfoURL: LocalizableText?
    public var privacyPolicyURL: LocalizableText?
    public var contactEmail: String?
    public var conversationStarters: [ConversationStarter]
    public var runtimes: [RuntimeInfo]
}

/// How a plugin runtime calls its API.
public struct RuntimeInfo: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case openAPI = "OpenApi"
        case localPlugin = "LocalPlugin"
        case remoteMCPServer = "RemoteMCPServer"
        case other
    }

    public var kind: Kind
    /// `None`, `OAuthPluginVault`, `ApiKeyPluginVault` (or whatever the manifest says).
    public var authType: String
    public var authReferenceID: String?
    /// The spec file or MCP server URL.
    public var specReference: String?
    public var runForFunctions: [String]?

    /// "OAuth (plugin vault)" etc., for pages.
    public var authSummary: String {
        switch authType {
        case "None", "none", "": return "None"
        case "OAuthPluginVault": return "OAuth 2.0 (plugin vault)"
        case "ApiKeyPluginVault": return "API key (plugin vault)"
        default: return authType
        }
    }
}

public struct MessageExtensionInfo: Sendable {
    public var authType: String?
    public var specFile: String?
    public var commands: [CommandInfo]
}

public struct CommandInfo: Sendable {
    public var id: String
    public var type: String?
    public var title: LocalizableText
    public var description: LocalizableText?
    public var context: [String]
    public var parameters: [(name: String, title: LocalizableText?, description: LocalizableText?, inputType: String?, isRequired: Bool)]
    public var samplePrompts: [LocalizableText]
    public var responseTemplateFile: String?
}

/// A plugin function (`functions[]` of the plugin manifest).
public struct FunctionInfo: Sendable {
    public var name: String
    public var description: LocalizableText?
    /// Localized description for the model, from `states` or the plugin.
    public var reasoningInstructions: [String]
    public var respondingInstructions: [String]
    /// Function-level JSON-Schema parameters (MCP tools, functions that restate their parameters).
    public var parameters: JSONValue?
    public var confirmationType: String?
    public var confirmationTitle: LocalizableText?
    public var confirmationBody: LocalizableText?
    public var isNonConsequential: Bool?
    public var dataHandling: [String]
    /// The plugin this function belongs to (index into `CatalogPackage.plugins`).
    public var pluginIndex: Int
    public var location: SourceLocation?
    public var file: String
}
