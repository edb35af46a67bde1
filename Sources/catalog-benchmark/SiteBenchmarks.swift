/// Placeholder: the site benchmarks are being written.
func runSiteBenchmarks() throws {
    print("  not yet available")
}
