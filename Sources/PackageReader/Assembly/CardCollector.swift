import CatalogDiagnostics
import JSONTree

/// Finds the Adaptive Cards an operation's responses are shown with, and the sample data
/// beside them: a plugin function's `response_semantics.static_template` (inline or
/// `{"file": …}`), a message extension command's response rendering template, Kiota's
/// `x-ai-adaptive-card`, and `X.data.json` beside a card file `X.json`.
struct CardCollector {
    let store: DocumentStore
    let specs: [OpenAPISpec]

    /// `response_semantics.static_template` of a plugin function.
    func cards(for fn: CatalogPackage.Plugin.Function, plugin: PluginManifest) -> [CardSpec] {
        guard let rs = plugin.responseSemantics[fn.name], let st = rs["static_template"] else { return [] }
        var card = CardSpec(role: .staticTemplate, template: st, file: plugin.display, dataPath: rs["data_path"]?.string, dataPathIsJSONPath: true)
        card.dataPathSource = rs["data_path"].map { (plugin.display, $0.location) }
        for m in rs["properties"]?.object?.members ?? [] where m.key != "template_selector" {
            if let s = m.value.string { card.citation[m.key] = s }
        }
        card.templateSelector = rs["properties"]?["template_selector"]?.string
        if let ref = st["file"]?.string, st["type"] == nil {
            guard let path = store.reference(ref, from: plugin.path, at: st["file"]?.location, what: "static_template file"),
                let doc = store.document(path, as: .adaptiveCard)
            else { return [] }
            card.template = doc.root
            card.file = doc.display
            card.sampleData = sampleData(beside: path)
        }
        if card.template["type"]?.string != "AdaptiveCard" {
            store.report(
                .warning(
                    .plg15, "the static_template of \"\(fn.name)\" is not an Adaptive Card (no \"type\": \"AdaptiveCard\")",
                    file: card.file, at: card.location))
        }
        return [card]
    }

    /// `x.data.json` beside `x.json`, read like every package file (a broken one is a finding).
    func sampleData(beside path: PackagePath) -> SampleFile? {
        let name = path.name
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let dataPath = path.parent.appending(String(name[..<dot]) + ".data.json")
        guard store.exists(dataPath), let doc = store.document(dataPath, as: .sampleData) else { return nil }
        return SampleFile(value: doc.root, file: doc.display)
    }

    /// A message extension's response rendering template (RRT-01 checks what the reader needs).
    func responseTemplateCard(_ path: PackagePath) -> CardSpec? {
        guard let doc = store.document(path, as: .responseRenderingTemplate) else { return nil }
        let r = doc.root
        let f = doc.display
        if let v = r["version"]?.scalarText, v != "1.0" && v != "devPreview" {
            store.report(.warning(.rrt01, "response rendering template version \"\(v)\" (expected \"1.0\" or \"devPreview\")", file: f, at: r["version"]?.location))
        } else if r["version"] == nil {
            store.report(.error(.rrt01, "the response rendering template needs \"version\"", file: f, at: r.location))
        }
        let layout = r["responseLayout"]?.string
        if let layout, layout != "list" && layout != "grid" {
            store.report(.error(.rrt01, "responseLayout must be \"list\" or \"grid\", not \"\(layout)\"", file: f, at: r["responseLayout"]?.location))
        }
        guard let template = r["responseCardTemplate"] else {
            store.report(.error(.rrt01, "the response rendering template needs responseCardTemplate", file: f, at: r.location))
            return nil
        }
        if r["previewCardTemplate"]?["title"] == nil {
            store.report(.error(.rrt01, "previewCardTemplate.title is required", file: f, at: r["previewCardTemplate"]?.location ?? r.location))
        }
        var card = CardSpec(role: .responseCard, template: template, file: f, dataPath: r["jsonPath"]?.string, dataPathIsJSONPath: false)
        card.dataPathSource = r["jsonPath"].map { (f, $0.location) }
        card.previewTemplate = r["previewCardTemplate"]
        card.responseLayout = layout
        card.sampleData = sampleData(beside: path)
        return card
    }

    /// Kiota's `x-ai-adaptive-card: {data_path, file, title}` on an operation without other cards.
    func openAPICards(_ e: OperationEntry) -> [CardSpec] {
        guard e.cards.isEmpty, let op = e.api, let ext = op.extensions["x-ai-adaptive-card"], let specIndex = e.specIndex,
            let ref = ext["file"]?.string
        else { return [] }
        guard let path = store.reference(ref, from: specs[specIndex].path, at: ext["file"]?.location, what: "x-ai-adaptive-card file"),
            let doc = store.document(path, as: .adaptiveCard)
        else { return [] }
        var card = CardSpec(role: .openAPIExtension, template: doc.root, file: doc.display, dataPath: ext["data_path"]?.string, dataPathIsJSONPath: true)
        card.dataPathSource = ext["data_path"].map { (specs[specIndex].file, $0.location) }
        card.sampleData = sampleData(beside: path)
        return [card]
    }
}
