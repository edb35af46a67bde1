import CatalogDiagnostics
import Foundation
import JSONTree

/// Small helpers for reading manifest members with diagnostics.
extension SourceNode {
    /// A string member, or nil (reporting a wrong type).
    func string(_ key: String, store: DocumentStore, file: String) -> String? {
        guard let v = self[key] else { return nil }
        if let s = v.string { return s }
        if v.isNull { return nil }
        store.report(.warning(.pkg04, "\"\(key)\" should be a string, not \(v.typeName)", file: file, at: v.location))
        return v.scalarText
    }

    func localizable(_ key: String, manifestPath: String? = nil, store: DocumentStore, file: String) -> LocalizableText? {
        string(key, store: store, file: file).map { LocalizableText(raw: $0, manifestPath: manifestPath, file: file, location: self[key]?.location) }
    }
}

enum AppManifestReader {
    static func read(_ doc: PackageDocument, store: DocumentStore) -> CatalogPackage.App {
        let r = doc.root
        let f = doc.display
        if r.object == nil {
            store.report(.error(.tm01, "the app manifest must be a JSON object", file: f, at: r.location))
        }
        let mv = r["manifestVersion"]?.scalarText
        if mv == nil {
            store.report(.warning(.tm01, "the app manifest has no manifestVersion", file: f, at: r.location))
        } else if let mv, mv != "devPreview" {
            let known = ["1.13", "1.14", "1.15", "1.16", "1.17", "1.19", "1.20", "1.21", "1.22", "1.23", "1.24", "1.25", "1.26", "1.27", "1.28", "1.29", "1.30"]
            if !known.contains(mv) && !mv.hasPrefix("${{") {
                store.report(.warning(.tm01, "unknown manifestVersion \"\(mv)\" (known: 1.13–1.30 except 1.18, devPreview); read as the latest", file: f, at: r["manifestVersion"]?.location))
            }
        }
        if r["$schema"] == nil {
            store.report(.warning(.pkg04, "the app manifest does not declare $schema", file: f, at: r.location))
        }
        return CatalogPackage.App(
            file: f,
            manifestVersion: mv,
            id: r["id"]?.scalarText,
            version: r["version"]?.scalarText,
            shortName: r["name"]?.localizable("short", manifestPath: "name.short", store: store, file: f),
            fullName: r["name"]?.localizable("full", manifestPath: "name.full", store: store, file: f),
            shortDescription: r["description"]?.localizable("short", manifestPath: "description.short", store: store, file: f),
            fullDescription: r["description"]?.localizable("full", manifestPath: "description.full", store: store, file: f),
            developerName: r["developer"]?["name"]?.string,
            websiteURL: r["developer"]?["websiteUrl"]?.string,
            privacyURL: r["developer"]?["privacyUrl"]?.string,
            termsOfUseURL: r["developer"]?["termsOfUseUrl"]?.string,
            accentColor: r["accentColor"]?.string,
            validDomains: r["validDomains"]?.array?.compactMap(\.string) ?? [],
            linkedBy: [], versionLocation: r["version"]?.location)
    }

    /// The language files named by `localizationInfo`.
    static func localization(_ doc: PackageDocument, store: DocumentStore) -> Localization {
        guard let info = doc.root["localizationInfo"] else { return Localization() }
        let f = doc.display
        let defaultTag = info["defaultLanguageTag"]?.string
        if defaultTag == nil {
            store.report(.error(.loc01, "localizationInfo needs defaultLanguageTag", file: f, at: info.location))
        }
        var files: [Localization.LanguageFile] = []
        var seenTags = Set<String>()
        var seenFiles: [String: String] = [:]
        func add(tag: String, fileNode: SourceNode?, tagNode: SourceNode?) {
            guard seenTags.insert(tag.lowercased()).inserted else {
                store.report(.warning(.loc12, "language \"\(tag)\" is listed twice", file: f, at: tagNode?.location ?? fileNode?.location))
                return
            }
            if let ref = fileNode?.string {
                if let other = seenFiles[ref] {
                    store.report(.warning(.loc12, "\(tag) uses the file of \(other) (\(ref)); each language has its own file", file: f, at: fileNode?.location))
                }
                seenFiles[ref] = tag
            }
            guard let ref = fileNode?.string,
                let path = store.reference(ref, from: doc.path, at: fileNode?.location, what: "language file")
            else { return }
            guard let lang = store.document(path, as: .localization) else { return }
            var file = languageFile(tag: tag, doc: lang, store: store)
            file.tagLocation = tagNode?.location
            files.append(file)
        }
        if let defaultTag {
            if let file = info["defaultLanguageFile"] {
                add(tag: defaultTag, fileNode: file, tagNode: info["defaultLanguageTag"])
            }
        }
        for extra in info["additionalLanguages"]?.array ?? [] {
            guard let tag = extra["languageTag"]?.string else {
                store.report(.error(.loc01, "an additional language needs languageTag", file: f, at: extra.location))
                continue
            }
            add(tag: tag, fileNode: extra["file"], tagNode: extra["languageTag"])
        }
        return Localization(defaultTag: defaultTag, files: files)
    }

    static func languageFile(tag: String, doc: PackageDocument, store: DocumentStore) -> Localization.LanguageFile {
        var keys: [String: String] = [:]
        var overrides: [String: String] = [:]
        var keyLocations: [String: SourceLocation] = [:]
        var valueLocations: [String: SourceLocation] = [:]
        var bracketed: [String] = []
        // Sized once: a language file can hold a key for each of hundreds of functions.
        let count = (doc.root.object?.members.count ?? 0) + (doc.root["localizationKeys"]?.object?.members.count ?? 0)
        keys.reserveCapacity(count)
        keyLocations.reserveCapacity(count)
        valueLocations.reserveCapacity(count)
        for m in doc.root.object?.members ?? [] {
            if m.key == "localizationKeys" {
                for k in m.value.object?.members ?? [] {
                    var key = k.key
                    if let inner = LocalizableText.token(in: key) {
                        key = inner
                        bracketed.append(k.key)
                    }
                    if !LocalizableText.isValidKey(key) {
                        store.report(.error(.loc03, "localization key \"\(key)\" does not match ^[a-zA-Z_][a-zA-Z0-9_]*$", file: doc.display, at: k.keyLocation))
                    }
                    guard let v = k.value.string else {
                        store.report(.error(.loc01, "the value of \"\(k.key)\" must be a string", file: doc.display, at: k.value.location))
                        continue
                    }
                    keys[key] = v
                    keyLocations[key] = k.keyLocation
                    valueLocations["[[" + key + "]]"] = k.value.location
                }
            } else if m.key != "$schema", let v = m.value.string {
                overrides[m.key] = v
                keyLocations[m.key] = m.keyLocation
                valueLocations[m.key] = m.value.location
            }
        }
        if let first = bracketed.first {
            store.report(.note(.loc08, "localizationKeys are written with brackets (\(first)); the docs write bare keys, both are read", file: doc.display))
        }
        var file = Localization.LanguageFile(tag: tag, file: doc.display, keys: keys, overrides: overrides)
        file.location = doc.root["localizationKeys"]?.location ?? doc.root.location
        file.keyLocations = keyLocations
        file.valueLocations = valueLocations
        file.schema = doc.root["$schema"]?.string
        return file
    }
}

enum DeclarativeAgentReader {
    static func read(_ doc: PackageDocument, store: DocumentStore) -> (CatalogPackage.Agent, actions: [(file: String, location: SourceLocation)]) {
        let r = doc.root
        let f = doc.display
        let name =
            r.localizable("name", store: store, file: f)
            ?? {
                store.report(.error(.da01, "the declarative agent has no name", file: f, at: r.location))
                return LocalizableText.literal("(unnamed agent)")
            }()
        var instructions = r["instructions"]?.string
        var instructionsFile: String? = nil
        if let text = instructions, let ref = fileIndirection(text) {
            if let path = store.reference(ref, from: doc.path, at: r["instructions"]?.location, what: "instructions file") {
                instructions = store.text(path)
                instructionsFile = store.display(path)
            } else {
                instructions = nil
            }
        }
        if let text = instructions, LocalizableText.token(in: text) != nil {
            store.report(.error(.loc04, "instructions are not localizable; a [[key]] token is shown as written", file: f, at: r["instructions"]?.location))
        }
        var starters: [CatalogPackage.ConversationStarter] = []
        for s in r["conversation_starters"]?.array ?? [] {
            guard let text = s.localizable("text", store: store, file: f) else { continue }
            starters.append(CatalogPackage.ConversationStarter(title: s.localizable("title", store: store, file: f), text: text))
        }
        var capabilities: [String] = []
        var capabilityLocations: [String: SourceLocation] = [:]
        for c in r["capabilities"]?.array ?? [] {
            if let n = c["name"]?.string {
                capabilities.append(n)
                capabilityLocations[n] = capabilityLocations[n] ?? c["name"]?.location
            }
        }
        var actions: [(String, SourceLocation)] = []
        let actionNodes = r["actions"]?.array ?? []
        if actionNodes.count > 10 {
            store.report(.error(.da03, "a declarative agent has at most 10 actions (this one has \(actionNodes.count))", file: f, at: r["actions"]?.location))
        }
        for a in actionNodes {
            guard let file = a["file"]?.string else {
                store.report(.error(.da03, "an action needs a \"file\"", file: f, at: a.location))
                continue
            }
            actions.append((file, a["file"]?.location ?? a.location))
        }
        let info = CatalogPackage.Agent(
            file: f, version: r["version"]?.scalarText, name: name,
            description: r.localizable("description", store: store, file: f),
            instructions: instructions, instructionsFile: instructionsFile,
            conversationStarters: starters, capabilities: capabilities,
            disclaimer: r["disclaimer"]?["text"]?.string,
            instructionsLocation: instructionsFile == nil ? r["instructions"]?.location : SourceLocation.start,
            capabilityLocations: capabilityLocations)
        return (info, actions)
    }

    /// `$[file('instruction.txt')]` → `instruction.txt`.
    static func fileIndirection(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.hasPrefix("$[file("), t.hasSuffix(")]") else { return nil }
        var inner = t.dropFirst(7).dropLast(2).trimmingCharacters(in: .whitespaces)
        if inner.count >= 2, let q = inner.first, q == "'" || q == "\"", inner.last == q {
            inner = String(inner.dropFirst().dropLast())
        }
        return inner.isEmpty ? nil : inner
    }
}
