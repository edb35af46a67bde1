import JSONTree

/// A schema resource: a document root or a subschema with its own `$id`.
struct SchemaResource: Sendable {
    var uri: String
    var document: Int
    var pointer: String
    var dialect: Dialect
    var anchors: [String: Int] = [:]
    var dynamicAnchors: [String: Int] = [:]
}

/// What a subschema is read with: its base URI, its dialect, its resource and document.
struct CompileScope {
    var base: URIReference
    var dialect: Dialect
    var resource: Int
    var document: Int
}

/// Builds the node graph of a `CompiledSchema`. Every subschema of every document reached
/// becomes a node as the documents are walked (so `$id`s and anchors anywhere are known); then
/// the `$ref`s are resolved, loading the documents they name from the registry, until none is
/// left. A reference into a part of a document that is not a known subschema position (an
/// unknown keyword) compiles that part on demand.
struct Compiler {
    let options: CompileOptions
    let registry: SchemaRegistry
    var documentURIs: [String] = []
    var documentRoots: [SourceNode] = []
    var documentByURI: [String: Int] = [:]
    var resources: [SchemaResource] = []
    var resourceByURI: [String: Int] = [:]
    var nodes: [SchemaNode] = []
    var nodeAt: [[String: Int]] = []
    var pending: [(node: Int, slot: Int, base: URIReference)] = []

    init(options: CompileOptions, registry: SchemaRegistry) {
        self.options = options
        self.registry = registry
    }

    func failure(_ message: String, document: Int, pointer: String, at location: SourceLocation?) -> SchemaCompileError {
        SchemaCompileError(message, uri: documentURIs[document], pointer: pointer, location: location)
    }

    // MARK: - Documents and resources

    /// Compiles a whole document; returns the node of its root.
    mutating func compileDocument(_ root: SourceNode, uri: String) throws(SchemaCompileError) -> Int {
        let key = SchemaRegistry.key(uri)
        let document = documentURIs.count
        documentURIs.append(key)
        documentRoots.append(root)
        nodeAt.append([:])
        documentByURI[key] = document
        var dialect = Dialect(options.defaultDraft, lenient: options.laterDraftKeywords)
        if let meta = root["$schema"]?.string {
            dialect = try self.dialect(forMetaSchema: meta, document: document)
        }
        let resource = addResource(uri: key, document: document, pointer: "", dialect: dialect)
        let scope = CompileScope(base: URIReference(key), dialect: dialect, resource: resource, document: document)
        return try compileSchema(root, pointer: "", scope: scope)
    }

    mutating func addResource(uri: String, document: Int, pointer: String, dialect: Dialect) -> Int {
        if let existing = resourceByURI[uri], resources[existing].document == document, resources[existing].pointer == pointer {
            return existing
        }
        resources.append(SchemaResource(uri: uri, document: document, pointer: pointer, dialect: dialect))
        let index = resources.count - 1
        if resourceByURI[uri] == nil { resourceByURI[uri] = index }
        return index
    }

    /// The dialect a `$schema` URI names: a known draft, or a meta-schema in the registry whose
    /// `$vocabulary` says which 2020-12 vocabularies apply; else the default draft.
    mutating func dialect(forMetaSchema uri: String, document: Int) throws(SchemaCompileError) -> Dialect {
        if let known = Dialect(metaSchemaURI: uri, lenient: options.laterDraftKeywords) { return known }
        if let meta = try registry.document(at: uri) {
            if let vocabulary = meta["$vocabulary"]?.object {
                var dialect = Dialect(.draft2020_12, lenient: options.laterDraftKeywords)
                dialect.vocabularies = []
                for m in vocabulary.members {
                    if let known = Dialect.vocabularyURIs[m.key] { dialect.vocabularies.formUnion(known) }
                }
                return dialect
            }
            if let s = meta["$schema"]?.string, let known = Dialect(metaSchemaURI: s, lenient: options.laterDraftKeywords) {
                return known
            }
        }
        return Dialect(options.defaultDraft, lenient: options.laterDraftKeywords)
    }

    // MARK: - Subschemas

    /// Compiles the schema `value` at `pointer` and everything under it; returns its node.
    mutating func compileSchema(_ value: SourceNode, pointer: String, scope inherited: CompileScope) throws(SchemaCompileError) -> Int {
        if let existing = nodeAt[inherited.document][pointer] { return existing }
        let index = nodes.count
        nodes.append(
            SchemaNode(
                boolean: nil, resource: inherited.resource, document: inherited.document,
                pointer: pointer, location: value.location))
        nodeAt[inherited.document][pointer] = index
        switch value.value {
        case .bool(let b):
            nodes[index].boolean = b
            return index
        case .object(let object):
            let scope = try enterResource(object, node: index, pointer: pointer, scope: inherited)
            nodes[index].resource = scope.resource
            var keywords = try compileKeywords(object, pointer: pointer, scope: scope, node: index)
            if scope.dialect.has(.legacy), object["$ref"] != nil {
                // Draft 4–7: `$ref` hides its siblings (they were compiled only to be addressable).
                keywords = keywords.filter { $0.name == "$ref" }
            }
            nodes[index].keywords = Compiler.ordered(keywords)
            for (slot, k) in nodes[index].keywords.enumerated() {
                if case .unresolved = k.check { pending.append((index, slot, scope.base)) }
            }
            return index
        default:
            throw failure(
                "a schema must be an object or a boolean, not \(value.typeName)", document: inherited.document,
                pointer: pointer, at: value.location)
        }
    }

    /// `type` first (a wrong type is the one error worth reporting), the rest in the order
    /// written, `unevaluated*` last (they need every other keyword's annotations).
    static func ordered(_ keywords: [CompiledKeyword]) -> [CompiledKeyword] {
        func rank(_ k: CompiledKeyword) -> Int {
            switch k.check {
            case .type: return 0
            case .unevaluatedProperties, .unevaluatedItems: return 2
            default: return 1
            }
        }
        return keywords.enumerated().sorted { a, b in
            let ra = rank(a.element), rb = rank(b.element)
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
    }

    /// Applies `$schema`, `$id`/`id`, `$anchor` and `$dynamicAnchor` of a schema object.
    private mutating func enterResource(
        _ object: SourceObject, node: Int, pointer: String,
        scope inherited: CompileScope
    ) throws(SchemaCompileError) -> CompileScope {
        var scope = inherited
        // The root's `$schema` was read with its document; a subresource may name another dialect.
        if !pointer.isEmpty, let meta = object["$schema"]?.string, object["$id"] != nil || object["id"] != nil {
            scope.dialect = try dialect(forMetaSchema: meta, document: scope.document)
        }
        let hidden = scope.dialect.has(.legacy) && object["$ref"] != nil
        if !hidden, let id = object[scope.dialect.idKeyword]?.string {
            let resolved = URIReference(id).resolved(against: scope.base)
            if !(id.hasPrefix("#") && scope.dialect.has(.legacy)) {
                scope.base = resolved.withoutFragment
                let uri = scope.base.description
                if pointer.isEmpty {
                    resources[scope.resource].uri = uri
                    if resourceByURI[uri] == nil { resourceByURI[uri] = scope.resource }
                } else {
                    scope.resource = addResource(uri: uri, document: scope.document, pointer: pointer, dialect: scope.dialect)
                }
            }
            if scope.dialect.has(.legacy), let name = resolved.fragment, !name.isEmpty, !name.hasPrefix("/") {
                resources[scope.resource].anchors[name] = node
            }
        }
        if scope.dialect.has(.modern) {
            if let name = object["$anchor"]?.string { resources[scope.resource].anchors[name] = node }
            if let name = object["$dynamicAnchor"]?.string {
                if resources[scope.resource].anchors[name] == nil { resources[scope.resource].anchors[name] = node }
                resources[scope.resource].dynamicAnchors[name] = node
                nodes[node].dynamicAnchor = name
            }
        }
        return scope
    }

    // MARK: - References

    /// Resolves every pending `$ref` and `$dynamicRef`, loading documents as they are named.
    mutating func resolveReferences() throws(SchemaCompileError) {
        while let p = pending.popLast() {
            guard case .unresolved(let text, let dynamic) = nodes[p.node].keywords[p.slot].check else { continue }
            let target = URIReference(text).resolved(against: p.base)
            let where_ = nodes[p.node]
            guard let node = try resolve(target) else {
                throw failure(
                    "cannot resolve the reference \"\(text)\" (\(target))", document: where_.document,
                    pointer: Pointer.appending(where_.pointer, nodes[p.node].keywords[p.slot].name),
                    at: nodes[p.node].keywords[p.slot].location)
            }
            if dynamic {
                let fragment = target.fragment ?? ""
                let anchor = fragment.isEmpty || fragment.hasPrefix("/") ? nil : fragment
                nodes[p.node].keywords[p.slot].check = .dynamicRef(node, anchor: anchor)
            } else {
                nodes[p.node].keywords[p.slot].check = .ref(node)
            }
        }
    }

    /// The node an absolute URI reference names; nil when nothing has that URI.
    private mutating func resolve(_ target: URIReference) throws(SchemaCompileError) -> Int? {
        let uri = target.withoutFragment.description
        if resourceByURI[uri] == nil, documentByURI[uri] == nil, let document = try registry.document(at: uri) {
            _ = try compileDocument(document, uri: uri)
        }
        guard let r = resourceByURI[uri] else { return nil }
        let resource = resources[r]
        let fragment = Pointer.percentDecoded(target.fragment ?? "")
        if fragment.isEmpty { return nodeAt[resource.document][resource.pointer] }
        guard fragment.hasPrefix("/") else { return resource.anchors[fragment] }
        let pointer = resource.pointer + fragment
        if let node = nodeAt[resource.document][pointer] { return node }
        // A location that is not a known subschema position: compile it where it is.
        guard let value = documentRoots[resource.document].resolve(pointer: pointer) else { return nil }
        let scope = CompileScope(
            base: URIReference(resource.uri), dialect: resource.dialect, resource: r,
            document: resource.document)
        return try compileSchema(value, pointer: pointer, scope: scope)
    }
}
