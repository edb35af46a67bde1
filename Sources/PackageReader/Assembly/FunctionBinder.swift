import CatalogDiagnostics
import JSONTree

/// Makes one entry per operation of every spec the package reads, and binds plugin
/// functions and message-extension commands to them: a function binds to the operation
/// whose `operationId` is its name (or matches after Kiota's and the Toolkit's `_`
/// normalisation, with an `OAS-10` warning); `run_for_functions` decides which runtime
/// serves a function. MCP-server functions are collected for their own entries.
struct FunctionBinder {
    typealias Function = CatalogPackage.Plugin.Function
    typealias Runtime = CatalogPackage.Plugin.Runtime

    /// The specs read so far (the loader reads more as it binds plugins).
    var specs: [OpenAPISpec]
    let store: DocumentStore
    private(set) var entries: [OperationEntry] = []
    /// `spec#operationId` → entry.
    private var entryIndex: [String: Int] = [:]
    private var specsWithEntries = Set<Int>()
    /// MCP-server functions, with their runtime and its manifest node.
    private(set) var mcpFunctions: [(function: Function, runtime: Runtime, node: SourceNode)] = []

    init(specs: [OpenAPISpec], store: DocumentStore) {
        self.specs = specs
        self.store = store
    }

    /// Kiota and the Teams Toolkit replace every character outside `[A-Za-z0-9]` with `_`.
    static func normalizedId(_ s: String) -> String {
        String(s.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ($0 >= "0" && $0 <= "9")) ? Character($0) : "_" })
    }

    private static func key(_ spec: Int, _ id: String) -> String { "\(spec)#\(id)" }

    /// Entries for every operation of a spec, once, in reading order.
    mutating func ensureEntries(_ specIndex: Int) {
        guard specsWithEntries.insert(specIndex).inserted else { return }
        for op in specs[specIndex].operations {
            let id = op.operationId ?? Self.normalizedId("\(op.method.lowercased())\(op.path)")
            let entry = OperationEntry(
                slug: "", kind: .apiOperation, operationId: id, api: op, specIndex: specIndex,
                function: nil, runtime: nil, command: nil,
                consequential: Consequential(explicit: nil, effective: op.method != "GET", source: .methodDefault),
                cards: [], responseExamples: [])
            if entryIndex[Self.key(specIndex, id)] == nil { entryIndex[Self.key(specIndex, id)] = entries.count }
            entries.append(entry)
        }
    }

    /// The entry for `name` in a spec: the exact operationId, else the normalised form.
    func find(_ name: String, in specIndex: Int, file: String?, at location: SourceLocation?) -> Int? {
        if let i = entryIndex[Self.key(specIndex, name)] { return i }
        let n = Self.normalizedId(name)
        for op in specs[specIndex].operations {
            guard let id = op.operationId, Self.normalizedId(id) == n else { continue }
            store.report(.warning(.oas10, "\"\(name)\" matches operationId \"\(id)\" only after replacing special characters with '_'", file: file, at: location))
            return entryIndex[Self.key(specIndex, id)]
        }
        return nil
    }

    /// Binds the functions of `plugin`; `runtimeSpecs[i]` is the spec runtime `i` names (when
    /// it is an OpenApi runtime whose description could be read). Returns, per entry bound,
    /// the function it now has.
    mutating func bind(_ plugin: PluginManifest, pluginIndex: Int, runtimeSpecs: [Int?]) -> [(entry: Int, function: Function)] {
        var bound: [(Int, Function)] = []
        let claimed = Set(plugin.runtimes.flatMap { $0.info.runForFunctions ?? [] })
        let openAPIRuntimes = plugin.runtimes.filter { $0.info.kind == .openAPI }.count
        for (r, runtime) in plugin.runtimes.enumerated() {
            let explicit = runtime.info.runForFunctions
            switch runtime.info.kind {
            case .openAPI:
                guard let specIndex = runtimeSpecs[r] else { continue }
                ensureEntries(specIndex)
                let functions = plugin.functions.isEmpty ? inferredFunctions(specIndex, plugin: plugin, pluginIndex: pluginIndex) : plugin.functions
                for fn in Self.served(functions, explicit: explicit, claimed: claimed) {
                    if let i = bind(
                        fn, runtime: runtime.info, specIndex: specIndex, plugin: plugin,
                        reportsMissing: explicit != nil || openAPIRuntimes == 1)
                    {
                        bound.append((i, fn))
                    }
                }
            case .remoteMCPServer:
                for fn in Self.served(plugin.functions, explicit: explicit, claimed: claimed) {
                    mcpFunctions.append((fn, runtime.info, runtime.node))
                }
            case .localPlugin, .other:
                if !plugin.functions.isEmpty {
                    store.report(
                        .note(
                            .plg01, "\(runtime.info.kind == .localPlugin ? "LocalPlugin" : "this") runtime's functions are not documented as operations (they have no API description)",
                            file: plugin.display, at: runtime.node.location))
                }
            }
        }
        return bound
    }

    /// The functions a runtime serves: those `run_for_functions` names (or all for `*`);
    /// without it, those no other runtime claims.
    static func served(_ functions: [Function], explicit: [String]?, claimed: Set<String>) -> [Function] {
        guard let explicit else { return functions.filter { !claimed.contains($0.name) } }
        if explicit == ["*"] { return functions }
        return functions.filter { explicit.contains($0.name) }
    }

    /// No functions declared: every operation is one, as the client infers them.
    func inferredFunctions(_ specIndex: Int, plugin: PluginManifest, pluginIndex: Int) -> [Function] {
        specs[specIndex].operations.compactMap { op in
            op.operationId.map {
                Function(
                    name: $0, description: nil, reasoningInstructions: [], respondingInstructions: [], parameters: nil,
                    confirmationType: nil, confirmationTitle: nil, confirmationBody: nil, isNonConsequential: nil,
                    dataHandling: [], pluginIndex: pluginIndex, location: nil, file: plugin.display)
            }
        }
    }

    private mutating func bind(_ fn: Function, runtime: Runtime, specIndex: Int, plugin: PluginManifest, reportsMissing: Bool) -> Int? {
        guard let i = find(fn.name, in: specIndex, file: plugin.display, at: fn.location) else {
            if reportsMissing {
                store.report(
                    .error(
                        .plg08, "function \"\(fn.name)\" has no operation with that operationId in \(specs[specIndex].file)",
                        file: plugin.display, at: fn.location))
            }
            return nil
        }
        if let existing = entries[i].function, existing.name != fn.name || existing.pluginIndex != fn.pluginIndex {
            store.report(
                .warning(
                    .plg09, "operation \(entries[i].operationId) is bound to more than one function; the first is shown",
                    file: plugin.display, at: fn.location))
            return nil
        }
        entries[i].function = fn
        entries[i].runtime = runtime
        return i
    }

    /// Binds message-extension commands to the operations of their spec (TM-06); returns the
    /// entry of each command bound.
    mutating func bind(commands: [CatalogPackage.MessageExtension.Command], specIndex: Int, manifestFile: String?) -> [(entry: Int, command: CatalogPackage.MessageExtension.Command)] {
        ensureEntries(specIndex)
        var bound: [(Int, CatalogPackage.MessageExtension.Command)] = []
        for command in commands {
            guard let i = find(command.id, in: specIndex, file: manifestFile, at: command.idLocation) else {
                store.report(
                    .error(
                        .tm06, "command \"\(command.id)\" matches no operationId in \(specs[specIndex].file)", file: manifestFile,
                        at: command.idLocation))
                continue
            }
            entries[i].command = command
            bound.append((i, command))
        }
        return bound
    }

    mutating func append(_ entry: OperationEntry) { entries.append(entry) }

    mutating func update(_ i: Int, _ change: (inout OperationEntry) -> Void) { change(&entries[i]) }
}
