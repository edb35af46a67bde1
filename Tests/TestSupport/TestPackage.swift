import Foundation

/// Writes small packages for tests: `files` maps relative paths to contents.
public enum TestPackage {
    @discardableResult
    public static func write(_ files: [String: String], in folder: URL? = nil) -> URL {
        let root = folder ?? TestPaths.temporaryDirectory("pkg")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? text.write(to: url, atomically: false, encoding: .utf8)
        }
        return root
    }

    /// A minimal app manifest linking a declarative agent.
    public static func appManifest(agentFile: String = "agent.json", extra: String = "") -> String {
        """
        {
          "$schema": "https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json",
          "manifestVersion": "1.19",
          "id": "${{TEAMS_APP_ID}}",
          "version": "1.0.0",
          "name": {"short": "Budgets", "full": "Contoso Budgets"},
          "description": {"short": "Track budgets", "full": "Track budgets in Microsoft 365 Copilot."},
          "developer": {"name": "Contoso", "websiteUrl": "https://contoso.example", "privacyUrl": "https://contoso.example/privacy", "termsOfUseUrl": "https://contoso.example/terms"},
          "accentColor": "#FFFFFF",
          \(extra)
          "copilotAgents": {"declarativeAgents": [{"id": "agent", "file": "\(agentFile)"}]}
        }
        """
    }

    /// A declarative agent; without actions it searches the web (an agent must do something).
    public static func agent(actions: [String] = ["plugin.json"], name: String = "Budgets") -> String {
        let list = actions.enumerated().map { "{\"id\": \"a\($0.offset)\", \"file\": \"\($0.element)\"}" }.joined(separator: ", ")
        return """
        {"version": "v1.4", "name": "\(name)", "description": "Helps with budgets", "instructions": "$[file('instructions.txt')]",
         "conversation_starters": [{"title": "Left", "text": "How much is left?"}, {"title": "Spent", "text": "What did we spend in May?"},
                                   {"title": "Owners", "text": "Who owns the travel budget?"}],
         \(actions.isEmpty ? "\"capabilities\": [{\"name\": \"WebSearch\"}]" : "\"actions\": [\(list)]")}
        """
    }

    public static func plugin(spec: String = "openapi.yaml", functions: String) -> String {
        """
        {"schema_version": "v2.4", "namespace": "budgets", "name_for_human": "Budgets",
         "description_for_human": "Budgets", "description_for_model": "Budgets",
         "functions": [\(functions)],
         "runtimes": [{"type": "OpenApi", "auth": {"type": "None"}, "spec": {"url": "\(spec)"}}]}
        """
    }
}
