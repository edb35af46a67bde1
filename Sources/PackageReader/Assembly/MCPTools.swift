import CatalogDiagnostics
import JSONTree

/// The page entries of an MCP server's tools: each function served by a `RemoteMCPServer`
/// runtime, with its parameters from the function's inline schema or from
/// `spec.mcp_tool_description` (inline `tools` or a `file`), and whether it is read-only.
struct MCPTools {
    let store: DocumentStore
    let plugins: [PluginManifest]

    func entry(_ fn: CatalogPackage.Plugin.Function, runtime: CatalogPackage.Plugin.Runtime, node: SourceNode) -> OperationEntry {
        var fn = fn
        var readOnly = false
        var title: String? = nil
        if let tool = toolDescriptions(node, pluginFile: fn.file)?.first(where: { $0["name"]?.string == fn.name }) {
            if fn.parameters == nil { fn.parameters = tool["inputSchema"]?.jsonValue ?? tool["input_schema"]?.jsonValue }
            if fn.description == nil, let d = tool["description"]?.string { fn.description = .literal(d) }
            readOnly = tool["annotations"]?["readOnlyHint"]?.bool == true
            title = tool["title"]?.string ?? tool["annotations"]?["title"]?.string
        }
        let consequential =
            readOnly
            ? Consequential(explicit: false, effective: false, source: .readOnlyHint)
            : Consequential(explicit: nil, effective: true, source: .toolDefault)
        var entry = OperationEntry(
            slug: "", kind: .mcpTool, operationId: fn.name, api: nil, specIndex: nil, function: fn, runtime: runtime,
            command: nil, consequential: consequential, cards: [], responseExamples: [])
        entry.toolTitle = title.flatMap { $0.isEmpty ? nil : $0 }
        return entry
    }

    /// `spec.mcp_tool_description`: `{"file": "mcp-tools.json"}` or `{"tools": [...]}`.
    func toolDescriptions(_ runtime: SourceNode, pluginFile: String) -> [SourceNode]? {
        guard let d = runtime["spec"]?["mcp_tool_description"] else { return nil }
        if let tools = d["tools"]?.array { return tools }
        guard let ref = d["file"]?.string,
            let plugin = plugins.first(where: { $0.display == pluginFile }),
            let path = store.reference(ref, from: plugin.path, at: d["file"]?.location, what: "MCP tool description"),
            let doc = store.document(path, as: .toolDescription)
        else { return nil }
        return doc.root["tools"]?.array ?? doc.root.array
    }
}
