/// Placeholder: the expression benchmarks are being written.
func runExpressionBenchmarks() throws {
    print("  not yet available")
}
