// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for every reader of PluginCatalog (docs/fuzzing.md). A package of its
// own, so the normal `swift build` / `make test` never compiles it. Build and run with
// `make fuzz` (it builds into .build-fuzz/):
//
//   swift build --package-path Fuzz --scratch-path .build-fuzz -c release \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing
//
// Each target's `main.swift` hands its `LLVMFuzzerTestOneInput` to libFuzzer's driver
// (SwiftPM gives executables their own entry point, so libFuzzer's `main` is not used).
// `-enable-testing` lets the targets `@testable import` the few internal entry points they
// drive (the YAML reader, the regex engine, JSPath, the zip unpacker, the package loader
// on an in-memory file system, the Mustache engine) without widening the project's API.
let fuzzTargets = [
    "FuzzJSON", "FuzzYAML", "FuzzExpression", "FuzzRegex", "FuzzJSONPath", "FuzzTemplate",
    "FuzzCard", "FuzzZip", "FuzzPackage", "FuzzMustache", "FuzzMarkdown",
]

let package = Package(
    name: "PluginCatalogFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "PluginCatalog", path: ".."),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver", .product(name: "PluginCatalogLibraries", package: "PluginCatalog")]),
    ] + fuzzTargets.map { name in
        .executableTarget(name: name, dependencies: [
            "FuzzSupport",
            .product(name: "PluginCatalogLibraries", package: "PluginCatalog"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ])
    }
)
