import CatalogDiagnostics
import JSONTree

/// What a plugin manifest declares, before its functions are bound to operations.
struct PluginManifest {
    var info: CatalogPackage.Plugin
    var functions: [CatalogPackage.Plugin.Function]
    /// Runtime nodes in manifest order, with the spec each one names.
    var runtimes: [(info: CatalogPackage.Plugin.Runtime, node: SourceNode)]
    /// `response_semantics` per function name.
    var responseSemantics: [String: SourceNode]
    var path: PackagePath
    var display: String
}

enum PluginReader {
    /// A byte a function name may hold: `[A-Za-z0-9_]`, and `-` from schema v2.4.
    static func isNameByte(_ b: UInt8, dash: Bool) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): return true
        case UInt8(ascii: "-"): return dash
        default: return false
        }
    }

    static let knownVersions = ["v1", "v2", "v2.1", "v2.2", "v2.3", "v2.4"]

    static func read(_ doc: PackageDocument, pluginIndex: Int, store: DocumentStore) -> PluginManifest {
        let r = doc.root
        let f = doc.display
        let version = r["schema_version"]?.scalarText
        let versionNumber = checkVersion(version, doc: doc, store: store)
        let name =
            r.localizable("name_for_human", store: store, file: f)
            ?? {
                store.report(.error(.plg01, "the plugin manifest has no name_for_human", file: f, at: r.location))
                return LocalizableText.literal("(unnamed plugin)")
            }()
        let (functions, semantics) = readFunctions(
            r["functions"]?.array ?? [], versionNumber: versionNumber, version: version,
            pluginIndex: pluginIndex, store: store, file: f)
        let names = Set(functions.map(\.name))
        let runtimes = (r["runtimes"]?.array ?? []).map { readRuntime($0, functionNames: names, store: store, file: f) }
        checkClaims(runtimes, functionNames: names, store: store, file: f)
        let info = CatalogPackage.Plugin(
            file: f, schemaVersion: version, namespace: r["namespace"]?.string, nameForHuman: name,
            descriptionForHuman: r.localizable("description_for_human", store: store, file: f),
            descriptionForModel: r.localizable("description_for_model", store: store, file: f),
            logoURL: r.localizable("logo_url", store: store, file: f),
            legalInfoURL: r.localizable("legal_info_url", store: store, file: f),
            privacyPolicyURL: r.localizable("privacy_policy_url", store: store, file: f),
            contactEmail: r["contact_email"]?.string,
            conversationStarters: starters(r["capabilities"]?["conversation_starters"], store: store, file: f),
            runtimes: runtimes.map(\.0))
        return PluginManifest(info: info, functions: functions, runtimes: runtimes, responseSemantics: semantics, path: doc.path, display: f)
    }

    /// PLG-01/02 and LOC-11; the version as a number (v2.4 when unknown).
    static func checkVersion(_ version: String?, doc: PackageDocument, store: DocumentStore) -> Double {
        let r = doc.root
        let f = doc.display
        if let version {
            if !knownVersions.contains(version) {
                store.report(.warning(.plg01, "unknown schema_version \"\(version)\"; read as v2.4", file: f, at: r["schema_version"]?.location))
            } else if version == "v1" || version == "v2" {
                store.report(.warning(.plg02, "schema_version \(version) has no published schema; new plugins should use the latest (v2.4)", file: f, at: r["schema_version"]?.location))
            }
        } else {
            store.report(.error(.plg01, "the plugin manifest has no schema_version", file: f, at: r.location))
        }
        let versionNumber = Double(version?.dropFirst() ?? "") ?? 2.4
        if versionNumber >= 2.2, let loc = r["capabilities"]?["localization"] {
            let empty = loc.object?.isEmpty ?? false
            store.report(
                Diagnostic(
                    empty ? .warning : .error, .loc11,
                    "capabilities.localization is not allowed from schema v2.2 (localize with [[key]] tokens)" + (empty ? "; it is empty here" : ""),
                    file: f, at: loc.location))
        }
        return versionNumber
    }

    static func starters(_ node: SourceNode?, store: DocumentStore, file: String) -> [CatalogPackage.ConversationStarter] {
        (node?.array ?? []).compactMap { s in
            s.localizable("text", store: store, file: file).map {
                CatalogPackage.ConversationStarter(title: s.localizable("title", store: store, file: file), text: $0)
            }
        }
    }

    /// The functions (PLG-07 names, PLG-18, PLG-14) and their `response_semantics`.
    static func readFunctions(
        _ nodes: [SourceNode], versionNumber: Double, version: String?, pluginIndex: Int, store: DocumentStore,
        file f: String
    ) -> ([CatalogPackage.Plugin.Function], [String: SourceNode]) {
        var functions: [CatalogPackage.Plugin.Function] = []
        var semantics: [String: SourceNode] = [:]
        var names = Set<String>()
        for fn in nodes {
            guard let fname = fn["name"]?.scalarText else {
                store.report(.error(.plg07, "a function has no name", file: f, at: fn.location))
                continue
            }
            if !names.insert(fname).inserted {
                store.report(.error(.plg07, "function name \"\(fname)\" is used twice", file: f, at: fn["name"]?.location))
                continue
            }
            if !fname.utf8.allSatisfy({ PluginReader.isNameByte($0, dash: versionNumber >= 2.4) }) {
                store.report(.error(.plg07, "function name \"\(fname)\" must match ^[A-Za-z0-9_]+$", file: f, at: fn["name"]?.location))
            }
            let caps = fn["capabilities"]
            if let nc = caps?["confirmation"]?["isNonConsequential"], versionNumber < 2.4 {
                store.report(.warning(.plg18, "isNonConsequential is part of schema v2.4; this manifest is \(version ?? "unversioned")", file: f, at: nc.location))
            }
            if let rs = caps?["response_semantics"] {
                semantics[fname] = rs
                if rs["data_path"] == nil {
                    store.report(.error(.plg14, "response_semantics of \"\(fname)\" has no data_path", file: f, at: rs.location))
                }
            }
            functions.append(function(fn, name: fname, pluginIndex: pluginIndex, store: store, file: f))
        }
        return (functions, semantics)
    }

    static func function(_ fn: SourceNode, name: String, pluginIndex: Int, store: DocumentStore, file f: String) -> CatalogPackage.Plugin.Function {
        let caps = fn["capabilities"]
        let confirmation = caps?["confirmation"]
        return CatalogPackage.Plugin.Function(
            name: name,
            description: fn.localizable("description", store: store, file: f),
            reasoningInstructions: instructions(fn["states"]?["reasoning"]),
            respondingInstructions: instructions(fn["states"]?["responding"]),
            parameters: fn["parameters"]?.jsonValue,
            confirmationType: confirmation?["type"]?.string,
            confirmationTitle: confirmation?.localizable("title", store: store, file: f),
            confirmationBody: confirmation?.localizable("body", store: store, file: f),
            isNonConsequential: confirmation?["isNonConsequential"]?.bool,
            dataHandling: caps?["security_info"]?["data_handling"]?.array?.compactMap(\.string) ?? [],
            pluginIndex: pluginIndex,
            location: fn["name"]?.location ?? fn.location,
            file: f)
    }

    /// One runtime (PLG-11 vault auth, PLG-12 spec, PLG-10 run_for_functions).
    static func readRuntime(_ rt: SourceNode, functionNames names: Set<String>, store: DocumentStore, file f: String) -> (CatalogPackage.Plugin.Runtime, SourceNode) {
        let type = rt["type"]?.string ?? ""
        let kind = CatalogPackage.Plugin.Runtime.Kind(rawValue: type) ?? .other
        let authType = rt["auth"]?["type"]?.string ?? "None"
        let reference = rt["auth"]?["reference_id"]?.scalarText
        if (authType == "OAuthPluginVault" || authType == "ApiKeyPluginVault") && (reference ?? "").isEmpty {
            store.report(.error(.plg11, "\(authType) needs auth.reference_id", file: f, at: rt["auth"]?.location))
        }
        let spec = rt["spec"]
        if kind == .openAPI && spec?["url"]?.string == nil && spec?["api_description"] == nil {
            store.report(.error(.plg12, "an OpenApi runtime needs spec.url or spec.api_description", file: f, at: rt.location))
        }
        let run = rt["run_for_functions"]?.array?.compactMap(\.string)
        for n in run ?? [] where n != "*" && !names.contains(n) {
            store.report(.error(.plg10, "run_for_functions names \"\(n)\", which is not a function of this plugin", file: f, at: rt["run_for_functions"]?.location))
        }
        if kind == .other {
            store.report(.warning(.plg01, "unknown runtime type \"\(type)\"", file: f, at: rt["type"]?.location ?? rt.location))
        }
        return (
            CatalogPackage.Plugin.Runtime(
                kind: kind, authType: authType, authReferenceID: reference, specReference: spec?["url"]?.string,
                runForFunctions: run, authLocation: rt["auth"]?.location ?? rt.location), rt
        )
    }

    /// PLG-09: a function claimed by two runtimes.
    static func checkClaims(_ runtimes: [(CatalogPackage.Plugin.Runtime, SourceNode)], functionNames names: Set<String>, store: DocumentStore, file f: String) {
        var claimed: [String: Int] = [:]
        for (i, rt) in runtimes.enumerated() {
            let served = rt.0.runForFunctions.map { $0 == ["*"] ? names.sorted() : $0 } ?? []
            for n in served {
                if let other = claimed[n], other != i {
                    let entry = rt.1["run_for_functions"]?.array?.first { $0.string == n } ?? rt.1["run_for_functions"]
                    store.report(.error(.plg09, "function \"\(n)\" is claimed by two runtimes", file: f, at: entry?.location ?? rt.1.location))
                }
                claimed[n] = i
            }
        }
    }

    static func instructions(_ node: SourceNode?) -> [String] {
        guard let i = node?["instructions"] else { return [] }
        if let s = i.string { return [s] }
        return i.array?.compactMap(\.string) ?? []
    }
}
