/// The functions an expression may call, resolved when the expression is parsed.
///
/// `standard` is the official library (every built-in, the operators and their aliases,
/// and the date and time group). Add your own functions with `adding(_:)`; a table made
/// with `acceptingUnknownFunctions()` parses calls to unknown names and fails them only
/// when they are evaluated, as the template engine does.
public struct FunctionTable: Sendable {
    private var definitions: [String: FunctionDefinition]
    /// Whether calls to unknown names parse (and fail when evaluated).
    public private(set) var acceptsUnknownFunctions = false
    /// True for `standard` as it is (parse results of it may be shared).
    package private(set) var isStandard = false

    init(definitions: [String: FunctionDefinition]) {
        self.definitions = definitions
    }

    /// The official library.
    public static let standard: FunctionTable = {
        var table = FunctionTable(definitions: StandardLibrary.definitions())
        for builtin in DateTimeBuiltins.all where table.definitions[builtin.name] == nil {
            table.definitions[builtin.name] = FunctionDefinition(builtin)
        }
        table.isStandard = true
        return table
    }()

    /// The table with `builtins` added (a built-in of the same name is replaced).
    public func adding(_ builtins: [Builtin]) -> FunctionTable {
        var copy = self
        copy.isStandard = false
        for b in builtins { copy.definitions[b.name] = FunctionDefinition(b) }
        return copy
    }

    /// The table, accepting calls to unknown functions at parse time.
    public func acceptingUnknownFunctions() -> FunctionTable {
        var copy = self
        copy.acceptsUnknownFunctions = true
        return copy
    }

    /// Every name the table resolves, sorted.
    public var names: [String] { definitions.keys.sorted() }

    /// Whether `name` resolves to a function.
    public func contains(_ name: String) -> Bool { definitions[name] != nil }

    func lookup(_ name: String) -> FunctionDefinition? {
        if let d = definitions[name] { return d }
        if acceptsUnknownFunctions {
            return FunctionDefinition(name, returns: .string, validate: Validate.none, .unknown)
        }
        return nil
    }
}

extension FunctionDefinition {
    /// A table entry for a `Builtin` (checked for arity only).
    init(_ builtin: Builtin) {
        let minArity = builtin.minArity, maxArity = builtin.maxArity
        self.init(builtin.name, returns: .object, validate: Validate.arity(minArity, maxArity), .external(builtin))
    }
}
