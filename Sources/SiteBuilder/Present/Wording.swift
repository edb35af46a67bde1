import PackageReader

/// How pages word the facts the reader found: what the consequential flag does to "Always
/// allow", and how a runtime authenticates. The Markdown twin and the HTML page say the
/// same thing because both take their words from here.
struct ConsequentialWording: Sendable, Hashable {
    var headline: String
    var calloutClass: String
    var badge: String
    var badgeClass: String
    /// The behaviour in one sentence.
    var explanation: String
    /// The flag as written (`x-openai-isConsequential: true`, `not set`…).
    var flag: String
    /// What decided it.
    var source: String
    /// `offered`, `not offered` or `not applicable`.
    var alwaysAllow: String

    /// `command`: the message extension command the operation is, if any (an action command
    /// is not something Copilot runs at all).
    init(_ c: Consequential, command: CatalogPackage.MessageExtension.Command? = nil) {
        (headline, calloutClass, badge, badgeClass) = Self.appearance(c)
        explanation = Self.explanation(c)
        if c.source == .notApplicable, let command, !command.isSearch {
            explanation = "Copilot does not run action commands: they open a dialog in Teams, where the user submits it."
        }
        flag = Self.flag(c)
        source = Self.source(c.source)
        alwaysAllow = c.source == .notApplicable ? "not applicable" : (c.offersAlwaysAllow ? "offered" : "not offered")
    }

    /// The flag as the package writes it. `isNonConsequential` and `readOnlyHint` say the
    /// opposite of "consequential": `readOnlyHint: true` is what makes a tool not consequential.
    static func flag(_ c: Consequential) -> String {
        guard let consequential = c.explicit else { return c.source == .notApplicable ? "not applicable" : "not set" }
        let inverted = c.source == .isNonConsequential || c.source == .readOnlyHint
        return "\(c.source.rawValue): \(inverted ? !consequential : consequential)"
    }

    static func appearance(_ c: Consequential) -> (headline: String, calloutClass: String, badge: String, badgeClass: String) {
        switch (c.source, c.effective) {
        case (.notApplicable, _): ("No confirmation prompt", "callout-na", "No prompt", "badge-info")
        case (_, true): ("Asks every time — no “Always allow”", "callout-consequential", "Consequential", "badge-warning")
        case (_, false): ("Offers “Always allow”", "callout-safe", "Always allow offered", "badge-ok")
        }
    }

    static func source(_ source: Consequential.Source) -> String {
        switch source {
        case .openAIExtension: "x-openai-isConsequential on the operation"
        case .oaiExtension: "x-oai-isConsequential on the operation"
        case .isNonConsequential: "capabilities.confirmation.isNonConsequential of the function"
        case .readOnlyHint: "the MCP tool's readOnlyHint annotation"
        case .toolDefault: "the MCP tool's annotations: without readOnlyHint a tool is taken to change data"
        case .methodDefault: "the default for the HTTP method (GET: not consequential; others: consequential)"
        case .notApplicable: "message extension commands are not confirmed"
        }
    }

    static func explanation(_ c: Consequential) -> String {
        let why: String
        switch c.source {
        case .notApplicable: return "Message extension search commands run without a confirmation prompt."
        case .openAIExtension: why = "x-openai-isConsequential is \(c.explicit == true ? "true" : "false")"
        case .oaiExtension: why = "x-oai-isConsequential is \(c.explicit == true ? "true" : "false")"
        case .isNonConsequential: why = "the function sets isNonConsequential"
        case .readOnlyHint: why = "the tool sets readOnlyHint"
        case .toolDefault: why = "the tool has no readOnlyHint annotation, so it is taken to change data"
        case .methodDefault: why = "no flag is set, so the HTTP method decides"
        }
        return c.effective
            ? "Consequential (\(why)): Copilot asks for confirmation every time and does not offer \"Always allow\"."
            : "Not consequential (\(why)): Copilot asks the first time and offers \"Always allow\"."
    }
}

enum AuthWording {
    /// "OAuth 2.0 (plugin vault)" etc.
    static func summary(_ runtime: CatalogPackage.Plugin.Runtime) -> String {
        switch runtime.authType {
        case "None", "none", "": "None"
        case "OAuthPluginVault": "OAuth 2.0 (plugin vault)"
        case "ApiKeyPluginVault": "API key (plugin vault)"
        default: runtime.authType
        }
    }
}

/// The labels pages give to kinds, methods, counts and text sources.
enum Labels {
    /// What an operation page of an unreferenced plugin manifest says first.
    static func unreferenced(_ plugin: CatalogPackage.Plugin) -> String? {
        plugin.isReferenced
            ? nil
            : "Not wired up: \(plugin.file) is not referenced by the declarative agent or the app manifest, so Copilot does not load this plugin yet."
    }

    /// Why an operation has no confirmation dialog, when the consequential wording does not
    /// say it already (it does for message extension commands).
    static func noConfirmation(_ entry: OperationEntry) -> String? {
        entry.command == nil ? "No plugin function exposes this operation, so Copilot never asks to call it." : nil
    }

    /// "MCP tool", "bot command", "command" (an API-based extension's); nil for a plain API
    /// operation. `long` spells out "Message extension command".
    static func operationKind(_ entry: OperationEntry, long: Bool = false) -> String? {
        switch entry.kind {
        case .mcpTool: return "MCP tool"
        case .botCommand: return long ? "Bot command" : "bot command"
        case .apiOperation: return entry.command == nil ? nil : (long ? "Message extension command" : "command")
        }
    }

    static func plural(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? one : many }

    static func methodClass(_ method: String?) -> String {
        switch method?.uppercased() {
        case "GET": return "get"
        case "POST": return "post"
        case "PUT": return "put"
        case "PATCH": return "patch"
        case "DELETE": return "delete"
        default: return "other"
        }
    }

    static func kind(_ kind: CatalogPackage.Kind) -> String {
        switch kind {
        case .declarativeAgent: return "Declarative agent"
        case .apiPlugin: return "API plugin"
        case .messageExtension: return "API-based message extension"
        case .botMessageExtension: return "Bot-based message extension"
        case .pluginManifest: return "Plugin manifest"
        case .openAPI: return "OpenAPI description"
        case .teamsApp: return "Teams app"
        }
    }

    static func sourceNote(_ source: TextSource) -> String? {
        switch source {
        case .literal, .localized: return nil
        case .fallback(let tag): return "from the \(tag) file"
        case .missing(let key): return "[[\(key)]] is not defined"
        }
    }
}
