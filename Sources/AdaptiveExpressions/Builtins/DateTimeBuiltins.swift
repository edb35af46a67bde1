import JSONTree

/// The date, time, timex and locale-formatting built-ins (`formatDateTime`, `addDays`,
/// `convertFromUTC`, `dateReadBack`, `isDefinite`, `formatNumber`, `formatEpoch`…).
/// Being written; the evaluator merges this table into its function table.
enum DateTimeBuiltins {
    static let all: [Builtin] = []
}
