/// Bounds that keep hostile expressions and data from exhausting time or memory. Every
/// limit, when hit, makes the evaluation fail with an `expr-budget` error.
public struct ExpressionLimits: Sendable, Hashable {
    /// Parse: the deepest nesting of parentheses, calls, brackets and interpolations, and
    /// the height of the resulting tree.
    public var maxDepth: Int
    /// Evaluation: the number of nodes evaluated and items visited (loops, copies).
    public var maxSteps: Int
    /// Evaluation: the largest list or string a function may build.
    public var maxCollectionCount: Int
    /// Evaluation: nested evaluations started by `stringOrValue`.
    public var maxNestedEvaluations: Int

    public init(
        maxDepth: Int = 200, maxSteps: Int = 5_000_000, maxCollectionCount: Int = 1_000_000,
        maxNestedEvaluations: Int = 8
    ) {
        self.maxDepth = maxDepth
        self.maxSteps = maxSteps
        self.maxCollectionCount = maxCollectionCount
        self.maxNestedEvaluations = maxNestedEvaluations
    }

    public static let standard = ExpressionLimits()
}
