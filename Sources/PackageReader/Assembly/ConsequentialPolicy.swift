import CatalogDiagnostics

/// Whether Copilot asks before every call, and whether it offers "Always allow":
///
/// - an explicit `x-openai-isConsequential` wins; `x-oai-isConsequential` and a string
///   `"true"` are read with a `CNF-04` warning; `false` on a method that changes data is
///   `CNF-01`;
/// - else schema 2.4's `confirmation.isNonConsequential`, on GET operations only (`PLG-18`);
/// - message extension commands without a function are not confirmed;
/// - else the method decides: GET is not consequential, every other method is.
///
/// MCP tools: `readOnlyHint` (or `isNonConsequential`) makes a tool not consequential.
enum ConsequentialPolicy {
    static let extensions: [(name: String, source: Consequential.Source)] = [
        ("x-openai-isConsequential", .openAIExtension), ("x-oai-isConsequential", .oaiExtension)
    ]

    static func decide(_ e: OperationEntry, report: (Diagnostic) -> Void) -> Consequential {
        if e.kind == .mcpTool {
            if e.function?.isNonConsequential == true { return Consequential(explicit: false, effective: false, source: .isNonConsequential) }
            return e.consequential
        }
        guard let op = e.api else { return e.consequential }
        let isGet = op.method == "GET"
        for (name, source) in extensions {
            guard let node = op.extensions[name] else { continue }
            guard let flag = node.bool ?? (node.string == "true" ? true : node.string == "false" ? false : nil) else {
                report(.warning(.cnf04, "\(name) must be a boolean; it is ignored", file: op.file, at: node.location))
                continue
            }
            if node.bool == nil {
                report(.warning(.cnf04, "\(name) is the string \"\(node.string ?? "")\"; write the boolean \(flag)", file: op.file, at: node.location))
            }
            if source == .oaiExtension {
                report(
                    .warning(
                        .cnf04, "the extension is spelled x-oai-isConsequential here; the documented spelling is x-openai-isConsequential (both are read)",
                        file: op.file, at: node.location))
            }
            if !flag && !isGet {
                report(
                    .warning(
                        .cnf01, "\(op.method) \(op.path) changes data but is marked not consequential; store validation requires consequential create/update/delete operations",
                        file: op.file, at: node.location))
            }
            if let fn = e.function, fn.isNonConsequential == true {
                report(.warning(.plg18, "isNonConsequential on \(fn.name) has no effect: \(name) on \(op.method) \(op.path) decides", file: fn.file, at: fn.location))
            }
            return Consequential(explicit: flag, effective: flag, source: source)
        }
        if let fn = e.function, fn.isNonConsequential == true {
            if isGet { return Consequential(explicit: false, effective: false, source: .isNonConsequential) }
            report(.warning(.plg18, "isNonConsequential on \(fn.name) has no effect: it only applies to GET operations", file: fn.file, at: fn.location))
        }
        if e.function == nil && e.command != nil {
            return Consequential(explicit: nil, effective: false, source: .notApplicable)
        }
        return Consequential(explicit: nil, effective: !isGet, source: .methodDefault)
    }
}
