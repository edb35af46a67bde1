import JSONTree

/// A JSON Schema compiled for validation: immutable, `Sendable`, reusable from any thread.
///
/// ```swift
/// let schemaFile = try JSONParser.parse(schemaBytes).root
/// let schema = try CompiledSchema(root: schemaFile, uri: "https://example.com/app.schema.json")
/// let manifest = try JSONParser.parse(manifestBytes).root
/// for e in schema.validate(manifest) {
///     print("\(path):\(e.location.line):\(e.location.column): \(e.message)")
/// }
/// ```
///
/// Drafts 4, 6, 7 and 2020-12 (the dialect is the root's `$schema`, else
/// `CompileOptions.defaultDraft`). References to other documents are looked up in the
/// `SchemaRegistry`; compiling fails on one it does not have.
public struct CompiledSchema: Sendable {
    let nodes: [SchemaNode]
    let root: Int
    let documentURIs: [String]
    /// Per schema resource, its `$dynamicAnchor`s.
    let dynamicAnchors: [[String: Int]]

    /// The draft the root schema is read as.
    public let draft: Draft
    /// The URI the root schema was compiled under (its `$id`, else the given URI).
    public let uri: String

    /// The URI of a schema given without one.
    public static let anonymousURI = "file:///anonymous.schema.json"

    /// Compiles `root`, the schema document at `uri`, resolving references through `registry`.
    public init(
        root: SourceNode, uri: String? = nil, registry: SchemaRegistry = SchemaRegistry(),
        options: CompileOptions = CompileOptions()
    ) throws(SchemaCompileError) {
        var compiler = Compiler(options: options, registry: registry)
        let rootNode = try compiler.compileDocument(root, uri: uri ?? CompiledSchema.anonymousURI)
        try compiler.resolveReferences()
        nodes = compiler.nodes
        self.root = rootNode
        documentURIs = compiler.documentURIs
        dynamicAnchors = compiler.resources.map(\.dynamicAnchors)
        draft = compiler.resources.first?.dialect.draft ?? options.defaultDraft
        self.uri = compiler.resources.first?.uri ?? CompiledSchema.anonymousURI
    }

    /// Every way `instance` fails the schema, in document order of the keywords tried; empty
    /// when it is valid. `anyOf`/`oneOf` failures report the closest alternative only.
    public func validate(_ instance: SourceNode, options: ValidationOptions = ValidationOptions()) -> [SchemaError] {
        evaluate(instance, options: options, collect: true).errors
    }

    /// Whether `instance` is valid (faster than `validate`: it stops at the first failure).
    public func isValid(_ instance: SourceNode, options: ValidationOptions = ValidationOptions()) -> Bool {
        evaluate(instance, options: options, collect: false).valid
    }

    /// One evaluation; when the caller's stack is too short for the instance's depth, again on
    /// a thread with a large stack.
    private func evaluate(
        _ instance: SourceNode, options: ValidationOptions, collect: Bool,
        mayMove: Bool = true
    ) -> (valid: Bool, errors: [SchemaError]) {
        var evaluator = Evaluator(schema: self, options: options, collect: collect)
        let valid = evaluator.passes(root, instance)
        if evaluator.stackExhausted, mayMove,
            let moved = StackGuard.onLargeStack({ self.evaluate(instance, options: options, collect: collect, mayMove: false) })
        {
            return moved
        }
        if !valid && collect && evaluator.errors.isEmpty {
            // Every failure records an error; should one not, the verdict still shows.
            evaluator.errors.append(
                SchemaError(
                    location: instance.location, instancePath: "", keyword: "", keywordLocation: "",
                    absoluteKeywordLocation: documentURIs[nodes[root].document] + "#", schemaLocation: nodes[root].location,
                    message: "does not match the schema"))
        }
        return (valid, evaluator.errors)
    }

    /// How many subschemas the compiled graph has (all documents reached included).
    public var nodeCount: Int { nodes.count }
}
