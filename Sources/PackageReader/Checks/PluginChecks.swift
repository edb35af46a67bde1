import CatalogDiagnostics
import Foundation
import JSONTree

/// PLG: the plugin manifest (the rules the reader does not check as it reads).
enum PluginChecks {
    static func run(_ c: CheckContext) {
        for plugin in c.plugins {
            guard let doc = c.document(of: plugin), doc.root.object != nil else { continue }
            let version = Double(plugin.info.schemaVersion?.dropFirst() ?? "") ?? 2.4
            namespace(doc, version: version, c)
            lengths(doc, c)
            for fn in doc.root["functions"]?.array ?? [] {
                function(fn, file: doc.display, version: version, c)
                fileCardActions(fn, plugin: plugin, c)
            }
            for rt in doc.root["runtimes"]?.array ?? [] { runtime(rt, file: doc.display, version: version, c) }
        }
    }

    /// PLG-03: `namespace` is there and matches the schema's pattern (2.4 allows `-`, earlier `_`).
    static func namespace(_ doc: PackageDocument, version: Double, _ c: CheckContext) {
        guard let node = doc.root["namespace"] else {
            c.report(.error(.plg03, "the plugin manifest needs a namespace", file: doc.display, at: doc.root.location))
            return
        }
        let text = node.string ?? ""
        let allowed: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber || (version >= 2.4 ? $0 == "-" : $0 == "_")) }
        if text.isEmpty || !text.allSatisfy(allowed) {
            c.report(.error(.plg03, "namespace \"\(text)\" must match \(version >= 2.4 ? "^[A-Za-z0-9-]+$" : "^[A-Za-z0-9_]+$")", file: doc.display, at: node.location))
        }
    }

    /// PLG-04 (`name_for_human` ≤ 20, not blank), PLG-05 (`description_for_human` ≤ 100,
    /// `description_for_model` ≤ 2,048) and PLG-06 (any other string ≤ 4,096): what Copilot ignores beyond.
    static func lengths(_ doc: PackageDocument, _ c: CheckContext) {
        let limits: [(String, Int, Rule)] = [("name_for_human", 20, .plg04), ("description_for_human", 100, .plg05), ("description_for_model", 2_048, .plg05)]
        for (key, limit, rule) in limits {
            // A `[[key]]`, `${{VAR}}` or `{{mustache}}` value is measured where it is filled in.
            guard let node = doc.root[key], let text = node.string, LocalizableText.token(in: text) == nil, !text.contains("{{") else { continue }
            if text.trimmingCharacters(in: .whitespaces).isEmpty {
                c.report(.warning(rule, "\(key) is blank", file: doc.display, at: node.location))
            } else if text.count > limit {
                c.report(.warning(rule, "\(key) has \(text.count) characters; Copilot may ignore what is beyond \(limit)", file: doc.display, at: node.location))
            }
        }
        longStrings(doc.root, skipping: Set(limits.map(\.0)), file: doc.display, c)
    }

    static func longStrings(_ node: SourceNode, skipping: Set<String>, file: String, _ c: CheckContext, depth: Int = 0) {
        guard depth < 64 else { return }
        switch node.value {
        // Characters are counted only when the bytes could be too many (a character is at
        // least one byte).
        case .string(let s) where s.utf8.count > 4_096 && s.count > 4_096:
            c.report(.warning(.plg06, "a string of \(s.count) characters; plugin strings should stay under 4,096", file: file, at: node.location))
        default:
            node.forEachChild { key, child in
                // Adaptive Card templates may be long; they are not plugin text.
                if let key, skipping.contains(key) || key == "static_template" { return }
                longStrings(child, skipping: [], file: file, c, depth: depth + 1)
            }
        }
    }

    /// PLG-13 (parameters schema), PLG-15/16 (response semantics) and PLG-17 (security_info).
    static func function(_ fn: SourceNode, file: String, version: Double, _ c: CheckContext) {
        if let parameters = fn["parameters"] { parameterSchema(parameters, file: file, c) }
        let capabilities = fn["capabilities"]
        if let rs = capabilities?["response_semantics"] { responseSemantics(rs, file: file, version: version, c) }
        guard let security = capabilities?["security_info"] else {
            c.report(
                .warning(
                    .plg17, "function \"\(fn["name"]?.string ?? "?")\" has no capabilities.security_info; without it, it cannot interact with other plugins",
                    file: file, at: fn["name"]?.location ?? fn.location))
            return
        }
        for value in security["data_handling"]?.array ?? [] where value.string == "DataExport" {
            c.report(.warning(.plg17, "\"DataExport\" is not a data_handling value of the schema", file: file, at: value.location))
        }
    }

    /// PLG-13: `required` names properties; `enum` only on strings; `items` only on arrays.
    static func parameterSchema(_ schema: SourceNode, file: String, _ c: CheckContext, depth: Int = 0) {
        guard depth < 16 else { return }
        let properties = schema["properties"]?.object
        for name in schema["required"]?.array ?? [] {
            if let n = name.string, properties?[n] == nil {
                c.report(.error(.plg13, "required names \"\(n)\", which is not one of the properties", file: file, at: name.location))
            }
        }
        let type = schema["type"]?.string
        if let e = schema["enum"], type != nil, type != "string" {
            c.report(.error(.plg13, "enum is only allowed with type string (this is \(type ?? ""))", file: file, at: e.location))
        }
        if let items = schema["items"], type != nil, type != "array" {
            c.report(.error(.plg13, "items is only allowed with type array (this is \(type ?? ""))", file: file, at: items.location))
        }
        for m in properties?.members ?? [] { parameterSchema(m.value, file: file, c, depth: depth + 1) }
        if let items = schema["items"] { parameterSchema(items, file: file, c, depth: depth + 1) }
    }

    /// PLG-15 (`static_template.file` is a 2.4 feature and not mixed with an inline card) and
    /// PLG-16 (no Action.OpenUrl or Action.ToggleVisibility in response semantics cards).
    static func responseSemantics(_ rs: SourceNode, file: String, version: Double, _ c: CheckContext) {
        guard let st = rs["static_template"] else { return }
        if let ref = st["file"] {
            if version < 2.4 {
                c.report(.error(.plg15, "static_template.file is a schema v2.4 feature", file: file, at: ref.location))
            }
            if st["type"] != nil || st["body"] != nil {
                c.report(.error(.plg15, "static_template is either {\"file\": …} or an inline card, not both", file: file, at: ref.location))
            }
        }
        if st["file"] == nil { unsupportedActions(st, file: file, c) }
    }

    /// PLG-16 for a card in its own file (`static_template.file`), reported in that file.
    static func fileCardActions(_ fn: SourceNode, plugin: PluginManifest, _ c: CheckContext) {
        guard let ref = fn["capabilities"]?["response_semantics"]?["static_template"]?["file"]?.string,
            case .success(let (path, _)) = PackagePath.resolve(ref, from: plugin.path), c.store.exists(path),
            let card = c.store.document(path)
        else { return }
        unsupportedActions(card.root, file: card.display, c)
    }

    /// Actions Copilot does not support in response semantics cards.
    static func unsupportedActions(_ card: SourceNode, file: String, _ c: CheckContext, depth: Int = 0) {
        guard depth < 40 else { return }
        if case .object = card.value {
            if let type = card["type"]?.string, type == "Action.OpenUrl" || type == "Action.ToggleVisibility" {
                c.report(.warning(.plg16, "\(type) is not supported in response semantics cards (Copilot's known issues)", file: file, at: card["type"]?.location))
            }
            if let fetch = card["data"]?["msteams"]?["type"], fetch.string == "task/fetch" {
                c.report(.warning(.plg16, "task modules are not supported in response semantics cards (Copilot's known issues)", file: file, at: fetch.location))
            }
        }
        // Only arrays and objects are walked into.
        card.forEachChild(containersOnly: true) { _, child in unsupportedActions(child, file: file, c, depth: depth + 1) }
    }

    /// PLG-12 (an MCP runtime's absolute URL; one of `file`/`tools`) and PLG-19 (LocalPlugin
    /// from schema 2.3, RemoteMCPServer from 2.4).
    static func runtime(_ rt: SourceNode, file: String, version: Double, _ c: CheckContext) {
        let type = rt["type"]?.string
        if type == "LocalPlugin", version < 2.3 {
            c.report(.warning(.plg19, "LocalPlugin runtimes are a schema v2.3 feature", file: file, at: rt["type"]?.location))
        }
        guard type == "RemoteMCPServer" else { return }
        if version < 2.4 {
            c.report(.warning(.plg19, "RemoteMCPServer runtimes are a schema v2.4 feature", file: file, at: rt["type"]?.location))
        }
        let spec = rt["spec"]
        if let url = spec?["url"] {
            let text = url.string ?? ""
            let components = URLComponents(string: text)
            if components?.scheme == nil || (components?.host ?? "").isEmpty, !text.contains("${{") {
                c.report(.error(.plg12, "an MCP server's spec.url must be an absolute URL (\"\(text)\")", file: file, at: url.location))
            }
        } else {
            c.report(.error(.plg12, "a RemoteMCPServer runtime needs spec.url", file: file, at: spec?.location ?? rt.location))
        }
        if let d = spec?["mcp_tool_description"], (d["file"] == nil) == (d["tools"] == nil) {
            c.report(.error(.plg12, "mcp_tool_description has exactly one of file and tools", file: file, at: d.location))
        }
    }
}
