import CatalogDiagnostics
import JSONTree

/// Reads `composeExtensions[]` of the app manifest: an API-based extension (TM-04, TM-05)
/// with its API description and response rendering templates, or a bot-based one whose
/// commands a bot serves.
struct MessageExtensionReader {
    typealias Command = CatalogPackage.MessageExtension.Command

    let store: DocumentStore
    let manifestPath: PackagePath
    let file: String
    /// The API-based extension's description, once read.
    private(set) var specPath: PackagePath?
    /// Response rendering templates by command id.
    private(set) var templates: [String: PackagePath] = [:]

    init(store: DocumentStore, manifestPath: PackagePath, file: String) {
        self.store = store
        self.manifestPath = manifestPath
        self.file = file
    }

    mutating func read(_ ce: SourceNode, index: Int) -> CatalogPackage.MessageExtension? {
        let apiBased = ce["composeExtensionType"]?.string == "apiBased" || ce["apiSpecificationFile"] != nil
        if apiBased {
            return readAPIBased(ce, index: index)
        }
        guard let botID = ce["botId"]?.scalarText else {
            store.report(.warning(.tm01, "a compose extension needs a botId (bot-based) or composeExtensionType \"apiBased\"; it is left out", file: file, at: ce.location))
            return nil
        }
        let commands = readCommands(ce, index: index, botID: botID)
        return CatalogPackage.MessageExtension(
            kind: .botBased, botID: botID, authType: ce["authorization"]?["authType"]?.string, specFile: nil,
            commands: commands, index: index)
    }

    mutating func readAPIBased(_ ce: SourceNode, index: Int) -> CatalogPackage.MessageExtension {
        if ce["composeExtensionType"]?.string != "apiBased" {
            store.report(.error(.tm04, "a compose extension with apiSpecificationFile must set composeExtensionType to \"apiBased\"", file: file, at: ce.location))
        }
        var specFile: String? = nil
        if let ref = ce["apiSpecificationFile"]?.string {
            if let p = store.reference(ref, from: manifestPath, at: ce["apiSpecificationFile"]?.location, what: "API specification") {
                specPath = p
                specFile = store.display(p)
            }
        } else {
            store.report(.error(.tm04, "an API-based message extension needs apiSpecificationFile", file: file, at: ce.location))
        }
        var commands = readCommands(ce, index: index, botID: nil)
        for (i, c) in (ce["commands"]?.array ?? []).enumerated() where i < commands.count {
            commands[i].responseTemplateFile = responseTemplate(c, id: commands[i].id)
        }
        return CatalogPackage.MessageExtension(
            kind: .apiBased, botID: nil, authType: ce["authorization"]?["authType"]?.string, specFile: specFile,
            commands: commands, index: index)
    }

    /// TM-05: every command of an API-based extension names its response rendering template.
    mutating func responseTemplate(_ c: SourceNode, id: String) -> String? {
        guard let ref = c["apiResponseRenderingTemplateFile"]?.string else {
            store.report(.error(.tm05, "command \"\(id)\" has no apiResponseRenderingTemplateFile", file: file, at: c.location))
            return nil
        }
        guard let p = store.reference(ref, from: manifestPath, at: c["apiResponseRenderingTemplateFile"]?.location, what: "response rendering template") else {
            return nil
        }
        templates[id] = p
        return store.display(p)
    }

    /// The commands, with every text localizable by its manifest path
    /// (`composeExtensions[0].commands[1].title`). Commands without an id are left out.
    func readCommands(_ ce: SourceNode, index: Int, botID: String?) -> [Command] {
        (ce["commands"]?.array ?? []).enumerated().compactMap { ci, c -> Command? in
            guard let id = c["id"]?.scalarText else {
                store.report(.error(.tm01, "a command needs an id", file: file, at: c.location))
                return nil
            }
            let base = "composeExtensions[\(index)].commands[\(ci)]"
            let prompts = (c["samplePrompts"]?.array ?? []).enumerated().compactMap { si, s in
                s.localizable("text", manifestPath: "\(base).samplePrompts[\(si)].text", store: store, file: file)
            }
            return Command(
                id: id, type: c["type"]?.string,
                title: c.localizable("title", manifestPath: "\(base).title", store: store, file: file) ?? .literal(id),
                description: c.localizable("description", manifestPath: "\(base).description", store: store, file: file),
                semanticDescription: c["semanticDescription"]?.string,
                context: c["context"]?.array?.compactMap(\.string) ?? [],
                parameters: parameters(c["parameters"], base: base), samplePrompts: prompts, responseTemplateFile: nil,
                initialRun: c["initialRun"]?.bool, fetchTask: c["fetchTask"]?.bool, botID: botID, location: c.location,
                idLocation: c["id"]?.location, file: file)
        }
    }

    func parameters(_ node: SourceNode?, base: String) -> [Command.Parameter] {
        (node?.array ?? []).enumerated().compactMap { pi, p in
            guard let name = p["name"]?.scalarText else { return nil }
            return Command.Parameter(
                name: name, title: p.localizable("title", manifestPath: "\(base).parameters[\(pi)].title", store: store, file: file),
                description: p.localizable("description", manifestPath: "\(base).parameters[\(pi)].description", store: store, file: file),
                inputType: p["inputType"]?.string, isRequired: p["isRequired"]?.bool ?? false,
                semanticDescription: p["semanticDescription"]?.string, location: p["name"]?.location)
        }
    }
}
