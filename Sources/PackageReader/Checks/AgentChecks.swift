import CatalogDiagnostics
import Foundation
import JSONTree

/// DA: the declarative agent.
enum AgentChecks {
    static func run(_ c: CheckContext) {
        guard let doc = c.agentDocument, doc.root.object != nil else { return }
        texts(doc, c)
        actions(doc, c)
        starters(doc, c)
        capabilities(doc, c)
    }

    /// DA-02: name 1–100, description 1–1000, instructions at most 8,000 characters, none blank.
    static func texts(_ doc: PackageDocument, _ c: CheckContext) {
        for (key, limit) in [("name", 100), ("description", 1_000), ("instructions", 8_000)] {
            guard let node = doc.root[key], let text = node.string, LocalizableText.token(in: text) == nil else { continue }
            var value = text
            if key == "instructions", let agentText = c.agent?.instructions { value = agentText }
            if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                c.report(.error(.da02, "the agent's \(key) is blank", file: doc.display, at: node.location))
            } else if value.count > limit {
                c.report(.error(.da02, "the agent's \(key) has at most \(limit) characters (it has \(value.count))", file: doc.display, at: node.location))
            }
        }
    }

    /// DA-03: `actions` holds 1–10 items of `{id, file}` and nothing else.
    static func actions(_ doc: PackageDocument, _ c: CheckContext) {
        guard let node = doc.root["actions"], let list = node.array else { return }
        if list.isEmpty {
            c.report(.error(.da03, "actions, when present, has at least one item", file: doc.display, at: node.location))
        }
        for action in list {
            for m in action.object?.members ?? [] where m.key != "id" && m.key != "file" {
                c.report(.error(.da03, "an action has only id and file (\"\(m.key)\" is not allowed)", file: doc.display, at: m.keyLocation))
            }
            if action["id"] == nil {
                c.report(.error(.da03, "an action needs an id", file: doc.display, at: action.location))
            }
        }
    }

    /// DA-04 (the schema's limit: 6 starters before v1.6, 12 from it) and DA-05 (the store's
    /// 3–6).
    static func starters(_ doc: PackageDocument, _ c: CheckContext) {
        let node = doc.root["conversation_starters"]
        let count = node?.array?.count ?? 0
        let version = Double(c.agent?.version?.dropFirst() ?? "") ?? 1.0
        let schemaLimit = version >= 1.6 ? 12 : 6
        if count > schemaLimit {
            c.report(
                .error(
                    .da04, "an agent of schema \(c.agent?.version ?? "v1.0") has at most \(schemaLimit) conversation starters (it has \(count))",
                    file: doc.display, at: node?.location))
        }
        if count < 3 || count > 6 {
            c.report(
                .error(
                    .da05, "the store asks for 3 to 6 conversation starters (this agent has \(count))", file: doc.display,
                    at: node?.location ?? doc.root.location))
        }
    }

    /// DA-06 (an agent does something: actions or knowledge) and DA-07 (Graph connectors
    /// without hard-coded connections, for the store).
    static func capabilities(_ doc: PackageDocument, _ c: CheckContext) {
        let capabilities = doc.root["capabilities"]?.array ?? []
        if (doc.root["actions"]?.array ?? []).isEmpty && capabilities.isEmpty {
            c.report(.error(.da06, "the agent has neither actions nor capabilities: it can only chat", file: doc.display, at: doc.root.location))
        }
        for capability in capabilities where capability["name"]?.string == "GraphConnectors" {
            if let connections = capability["connections"], !(connections.array ?? []).isEmpty {
                c.report(
                    .warning(
                        .da07, "the Graph connector capability names connections; for the store they are left blank", file: doc.display,
                        at: connections.location))
            }
        }
    }
}
