import CatalogDiagnostics
import JSONTree

// The parts of a package, as the reader found them. Facts only: how pages word them is the
// site builder's business.

extension CatalogPackage {
    /// The Teams app manifest (`manifest.json`).
    public struct App: Sendable {
        public internal(set) var file: String
        public internal(set) var manifestVersion: String?
        public internal(set) var id: String?
        public internal(set) var version: String?
        public internal(set) var shortName: LocalizableText?
        public internal(set) var fullName: LocalizableText?
        public internal(set) var shortDescription: LocalizableText?
        public internal(set) var fullDescription: LocalizableText?
        public internal(set) var developerName: String?
        public internal(set) var websiteURL: String?
        public internal(set) var privacyURL: String?
        public internal(set) var termsOfUseURL: String?
        public internal(set) var accentColor: String?
        public internal(set) var validDomains: [String]
        /// Which keys linked the agent or plugins (`copilotAgents.declarativeAgents`, legacy `copilotExtensions.declarativeCopilots`…).
        public internal(set) var linkedBy: [String]
        /// Where `version` is written (for `diff`'s version-not-bumped).
        public internal(set) var versionLocation: SourceLocation? = nil
    }

    /// A conversation starter of an agent or a plugin.
    public struct ConversationStarter: Sendable {
        public internal(set) var title: LocalizableText?
        public internal(set) var text: LocalizableText
    }

    /// A declarative agent.
    public struct Agent: Sendable {
        public internal(set) var file: String
        public internal(set) var version: String?
        public internal(set) var name: LocalizableText
        public internal(set) var description: LocalizableText?
        /// The instructions text (the contents of a `$[file('…')]` when it points at one).
        public internal(set) var instructions: String?
        /// The file the instructions came from, when indirect.
        public internal(set) var instructionsFile: String?
        public internal(set) var conversationStarters: [ConversationStarter]
        /// Capability names (`WebSearch`, `OneDriveAndSharePoint`, `GraphConnectors`…).
        public internal(set) var capabilities: [String]
        public internal(set) var disclaimer: String?
        /// Where `instructions` and each capability's `name` are written (for `diff`).
        public internal(set) var instructionsLocation: SourceLocation? = nil
        public internal(set) var capabilityLocations: [String: SourceLocation] = [:]
    }

    /// An API plugin manifest.
    public struct Plugin: Sendable {
        public internal(set) var file: String
        /// False for a plugin manifest found in the package that neither the agent nor the app
        /// manifest references (a plugin being wired up): Copilot does not load it.
        public internal(set) var isReferenced = true
        public internal(set) var schemaVersion: String?
        public internal(set) var namespace: String?
        public internal(set) var nameForHuman: LocalizableText
        public internal(set) var descriptionForHuman: LocalizableText?
        public internal(set) var descriptionForModel: LocalizableText?
        public internal(set) var logoURL: LocalizableText?
        public internal(set) var legalInfoURL: LocalizableText?
        public internal(set) var privacyPolicyURL: LocalizableText?
        public internal(set) var contactEmail: String?
        public internal(set) var conversationStarters: [ConversationStarter]
        public internal(set) var runtimes: [Runtime]
    }

    /// A message extension (`composeExtensions[]` of the app manifest): API-based (its
    /// commands are operations of an OpenAPI description) or bot-based (a bot serves them).
    public struct MessageExtension: Sendable {
        public enum Kind: String, Sendable, Hashable {
            case apiBased, botBased
        }

        public internal(set) var kind: Kind
        /// The bot that serves a bot-based extension's commands.
        public internal(set) var botID: String?
        public internal(set) var authType: String?
        public internal(set) var specFile: String?
        public internal(set) var commands: [Command]
        /// The extension's place in `composeExtensions`.
        public internal(set) var index: Int
    }
}

extension CatalogPackage.Plugin {
    /// How a plugin runtime calls its API.
    public struct Runtime: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, Codable {
            case openAPI = "OpenApi"
            case localPlugin = "LocalPlugin"
            case remoteMCPServer = "RemoteMCPServer"
            case other
        }

        public internal(set) var kind: Kind
        /// `None`, `OAuthPluginVault`, `ApiKeyPluginVault` (or whatever the manifest says).
        public internal(set) var authType: String
        public internal(set) var authReferenceID: String?
        /// The spec file or MCP server URL.
        public internal(set) var specReference: String?
        public internal(set) var runForFunctions: [String]?
        /// Where `auth` (else the runtime) is written in the plugin manifest (for `diff`).
        public internal(set) var authLocation: SourceLocation? = nil
    }

    /// A plugin function (`functions[]` of the plugin manifest).
    public struct Function: Sendable {
        public internal(set) var name: String
        public internal(set) var description: LocalizableText?
        /// The function's `states.reasoning` and `states.responding` instructions.
        public internal(set) var reasoningInstructions: [String]
        public internal(set) var respondingInstructions: [String]
        /// Function-level JSON-Schema parameters (MCP tools, functions that restate their parameters).
        public internal(set) var parameters: JSONValue?
        public internal(set) var confirmationType: String?
        public internal(set) var confirmationTitle: LocalizableText?
        public internal(set) var confirmationBody: LocalizableText?
        public internal(set) var isNonConsequential: Bool?
        public internal(set) var dataHandling: [String]
        /// The plugin this function belongs to (index into `CatalogPackage.plugins`).
        public internal(set) var pluginIndex: Int
        public internal(set) var location: SourceLocation?
        public internal(set) var file: String
    }
}

extension CatalogPackage.MessageExtension {
    /// A command of a message extension (a search or an action).
    public struct Command: Sendable {
        public internal(set) var id: String
        /// `query` (a search: what Copilot can run) or `action`.
        public internal(set) var type: String?
        public internal(set) var title: LocalizableText
        public internal(set) var description: LocalizableText?
        /// What Copilot reads to decide when to use the command (up to 5,000 characters).
        public internal(set) var semanticDescription: String?
        public internal(set) var context: [String]
        public internal(set) var parameters: [Parameter]
        public internal(set) var samplePrompts: [LocalizableText]
        public internal(set) var responseTemplateFile: String?
        /// Runs as soon as the extension opens, before the user types (search commands).
        public internal(set) var initialRun: Bool?
        /// Asks the bot for a dialog (task module) instead of showing static parameters.
        public internal(set) var fetchTask: Bool?
        /// The bot that serves the command (bot-based extensions); nil for API-based ones.
        public internal(set) var botID: String?
        public internal(set) var location: SourceLocation?
        /// Where the command's `id` is written.
        public internal(set) var idLocation: SourceLocation?
        public internal(set) var file: String

        /// Whether the command is a search, which Copilot can run.
        public var isSearch: Bool { (type ?? "query") == "query" }
    }
}

extension CatalogPackage.MessageExtension.Command {
    /// A parameter of a command: what the user (or Copilot) fills in.
    public struct Parameter: Sendable {
        public internal(set) var name: String
        public internal(set) var title: LocalizableText?
        public internal(set) var description: LocalizableText?
        public internal(set) var inputType: String?
        public internal(set) var isRequired: Bool
        /// What Copilot reads to fill the parameter in (up to 2,000 characters).
        public internal(set) var semanticDescription: String?
        /// Where the parameter's `name` is written.
        public internal(set) var location: SourceLocation?
    }
}
