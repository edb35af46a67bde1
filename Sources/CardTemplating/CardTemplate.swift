import AdaptiveExpressions
import CatalogSupport
import JSONTree

/// An Adaptive Card template, compiled once and expanded with any number of data objects.
///
/// Expansion follows the official JavaScript engine (`adaptivecards-templating`):
/// - a string that is exactly one `${expr}` takes the JSON type of the result; a string
///   with text around expressions interpolates (a failing piece is left as `${…}`);
/// - `$data` on an object gives it a new data scope, and repeats it once per item when it
///   is a list (`$index` is the position); `$when` drops the object unless it is `true`;
/// - `$root` is the data, `$host` the host data, `$_acTemplateVersion` the engine version;
///   names without `$` are read from the current `$data`, case-insensitively;
/// - a path with no value is left as `${path}`, with a warning naming the JSON pointer.
///
/// Where the official engines throw (a syntax error, a failing whole-value expression, a
/// `null` interpolated into text) the expansion goes on, as the .NET engine does, leaving
/// the text as written, with a warning. See `docs/conformance.md`.
public struct CardTemplate: Sendable {
    let root: TemplateNode
    let compileWarnings: [TemplateWarning]
    let limits: ExpressionLimits

    /// Compiles `json`: every string with `${` is parsed here, once.
    public init(json: JSONValue, functions: FunctionTable = .standard, limits: ExpressionLimits = .standard) {
        var compiler = TemplateCompiler(functions: functions, limits: limits)
        root = compiler.compile(json, path: "", depth: 0)
        compileWarnings = compiler.warnings
        self.limits = limits
    }

    /// Whether the template has anything to expand (`${…}`, `$data`, `$when`).
    public var isTemplated: Bool {
        if case .literal = root { return false }
        return true
    }

    /// Compiles template text (JSON, comments and trailing commas tolerated).
    public init(text: String, functions: FunctionTable = .standard) throws(JSONIssue) {
        self.init(json: try JSONValue.parse(text), functions: functions)
    }

    /// Expands the template.
    /// - Parameters:
    ///   - data: the data (`$root`); nil when there is none.
    ///   - host: the host data (`$host`); nil when there is none.
    ///   - context: the clock and locale the expressions see.
    ///   - options: what a missing value becomes, and the expansion's size limit.
    public func expand(
        data: JSONValue?, host: JSONValue? = nil, context: EvaluationContext = EvaluationContext(),
        options: TemplateOptions = TemplateOptions()
    ) -> TemplateExpansion {
        var expander = TemplateExpander(root: data, host: host, context: context, options: options, limits: limits)
        let out = expander.expand(root)
        return TemplateExpansion(value: out.json, warnings: (compileWarnings + expander.warnings).removingRepeats())
    }
}

/// How an expansion treats missing values and how large it may grow.
public struct TemplateOptions: Sendable {
    /// What a path with no value becomes in the output; nil keeps `${path}` (the default
    /// of both official engines).
    public var missingValueText: String?
    /// The most objects, arrays and values an expansion may produce.
    public var maxOutputNodes: Int
    /// The most evaluation steps all the expressions of an expansion may take together
    /// (each one also has `ExpressionLimits.maxSteps`): a `$data` repeated over a long list
    /// must not multiply the cost of an expensive expression without end.
    public var maxEvaluationSteps: Int
    /// Every object of the output that came from a templated part of the template carries
    /// the template pointer it came from under `CardTemplate.provenanceKey`, so a problem
    /// found in the expanded card can be reported where the template wrote it
    /// (`CardTemplate.templatePointer(for:in:)`). Renderers ignore the member.
    public var recordsProvenance: Bool

    public init(
        missingValueText: String? = nil, maxOutputNodes: Int = 2_000_000, recordsProvenance: Bool = false,
        maxEvaluationSteps: Int = 50_000_000
    ) {
        self.missingValueText = missingValueText
        self.maxOutputNodes = maxOutputNodes
        self.recordsProvenance = recordsProvenance
        self.maxEvaluationSteps = maxEvaluationSteps
    }
}

extension CardTemplate {
    /// The member that carries an object's template pointer (`TemplateOptions.recordsProvenance`).
    /// No card can have it: it starts with a NUL character.
    public static let provenanceKey = "\u{0}template"

    /// The template pointer of the value at `pointer` in an expansion made with provenance:
    /// the nearest object on the way that names where it came from, plus the rest of the way
    /// (`/body/3/text` → `/body/1/text` when `/body/1` repeated over three items).
    public static func templatePointer(for pointer: String, in expanded: JSONValue) -> String {
        let tokens = pointer.isEmpty ? [] : pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var best = pointer
        var node: JSONValue? = expanded
        for i in 0...tokens.count {
            if case .object(let o)? = node, case .string(let origin)? = o[provenanceKey] {
                best = origin + tokens[i...].map { "/" + $0 }.joined()
            }
            guard i < tokens.count else { break }
            let key = tokens[i].replacingAll("~1", with: "/").replacingAll("~0", with: "~")
            switch node {
            case .object(let o)?: node = o[key]
            case .array(let a)?: node = Int(key).flatMap { $0 >= 0 && $0 < a.count ? a[$0] : nil }
            default: node = nil
            }
        }
        return best
    }
}
