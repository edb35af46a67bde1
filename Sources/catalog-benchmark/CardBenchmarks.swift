/// Placeholder: the card benchmarks are being written.
func runCardBenchmarks() throws {
    print("  not yet available")
}
