// swift-tools-version:6.0
import PackageDescription

// Layering (each arrow is "is used by"; nothing points back):
//
//   CCmarkGFM ─▶ MarkdownHTML ───────────────┐
//   ECMARegex + JSONTree ─▶ JSONSchema
//   JSONTree + ECMARegex ─▶ AdaptiveExpressions ─▶ CardTemplating ─┐
//   JSONTree ─▶ CardRendering (+ MarkdownHTML) ───────┤
//   CYAML + JSONTree + CatalogDiagnostics ─▶ PackageReader ─▶ SiteBuilder ─▶ plugin-catalog
//
// SiteBuilder renders themes with its own Mustache engine (typed values, no dynamic casts);
// swift-mustache is the reference it is tested against.
// Only MarkdownHTML/CMark.swift touches the cmark-gfm C API; only PackageReader/YAMLReader.swift
// touches libyaml. Package files are read only by PackageReader.
// The executables allocate with mimalloc (Debian libmimalloc-dev) instead of glibc's malloc:
// a build allocates millions of short strings and arrays on every core, and glibc's arenas
// cost about a tenth of a full build's time (README, "Performance"). Linked before libc, so
// that its malloc and free are the ones the process binds to. (The Makefile's release builds
// also link the Swift runtime statically: `--static-swift-stdlib`.)
let executableLinking: [LinkerSetting] = [.unsafeFlags(["-Xlinker", "--no-as-needed", "-lmimalloc"])]

let package = Package(
    name: "PluginCatalog",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "plugin-catalog", targets: ["plugin-catalog"]),
        .executable(name: "catalog-benchmark", targets: ["catalog-benchmark"]),
        // For the fuzz package in Fuzz/ only (`make fuzz`, docs/fuzzing.md); not an API.
        .library(name: "PluginCatalogLibraries", targets: [
            "JSONTree", "ECMARegex", "AdaptiveExpressions", "CardTemplating", "CardRendering", "MarkdownHTML",
            "PackageReader", "SiteBuilder",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // C libraries from Debian (libcmark-gfm-dev, libcmark-gfm-extensions-dev, libyaml-dev).
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),

        // Foundations.
        .target(name: "JSONTree", dependencies: [
            "CatalogSupport",
            .product(name: "OrderedCollections", package: "swift-collections"),
        ]),
        .target(name: "CatalogDiagnostics", dependencies: ["JSONTree"]),
        // Content hashes, byte scans, safe file names and the parallel map, for the readers,
        // the escapers and the site writer.
        .target(name: "CatalogSupport"),
        .target(name: "MarkdownHTML", dependencies: ["CCmarkGFM", "CatalogSupport"]),
        // ECMA-262 regular expressions (expressions' isMatch, schema patterns); JSON Schema validation.
        .target(name: "ECMARegex"),
        .target(name: "JSONSchema", dependencies: ["JSONTree", "ECMARegex"]),

        // Cards.
        .target(name: "AdaptiveExpressions", dependencies: ["JSONTree", "ECMARegex"]),
        .target(name: "CardTemplating", dependencies: ["AdaptiveExpressions", "JSONTree", "CatalogSupport"]),
        .target(name: "CardRendering", dependencies: ["JSONTree", "MarkdownHTML", "CatalogSupport"]),

        // Packages and the site.
        // JSONSchema: the official schemas (TM-01…); CardTemplating: the data fields a response rendering template binds (RRT-05).
        .target(name: "PackageReader", dependencies: [
            "JSONTree", "JSONSchema", "CatalogDiagnostics", "CatalogSupport", "CYAML", "CardTemplating",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .target(name: "SiteBuilder", dependencies: [
            "PackageReader", "CatalogDiagnostics", "CatalogSupport", "JSONTree", "MarkdownHTML",
            "AdaptiveExpressions", "CardTemplating", "CardRendering",
        ]),
        .executableTarget(name: "plugin-catalog", dependencies: [
            "SiteBuilder", "PackageReader", "CatalogDiagnostics", "CatalogSupport", "CardTemplating", "AdaptiveExpressions", "JSONTree",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: executableLinking),
        .executableTarget(name: "catalog-benchmark", dependencies: [
            "SiteBuilder", "PackageReader", "CardRendering", "CardTemplating", "AdaptiveExpressions", "JSONTree",
        ], linkerSettings: executableLinking),

        // Tests.
        .target(name: "TestSupport", dependencies: ["JSONTree"], path: "Tests/TestSupport"),
        .testTarget(name: "JSONTreeTests", dependencies: ["JSONTree", "TestSupport"]),
        .testTarget(name: "CatalogSupportTests", dependencies: ["CatalogSupport", "TestSupport"]),
        .testTarget(name: "JSONSchemaTests", dependencies: ["JSONSchema", "ECMARegex", "JSONTree", "TestSupport"], exclude: ["CorpusVerdicts.json"]),
        .testTarget(name: "MarkdownHTMLTests", dependencies: ["MarkdownHTML", "TestSupport"]),
        .testTarget(name: "AdaptiveExpressionsTests", dependencies: ["AdaptiveExpressions", "JSONTree", "TestSupport"]),
        .testTarget(name: "CardTemplatingTests", dependencies: ["CardTemplating", "AdaptiveExpressions", "JSONTree", "TestSupport"]),
        .testTarget(name: "CardRenderingTests", dependencies: ["CardRendering", "CardTemplating", "JSONTree", "TestSupport"], exclude: ["Goldens"]),
        .testTarget(name: "PackageReaderTests", dependencies: [
            "PackageReader", "JSONTree", "CatalogDiagnostics", "TestSupport",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "SiteBuilderTests", dependencies: [
            "SiteBuilder", "PackageReader", "JSONTree", "TestSupport",
            // swift-mustache is the reference the project's own Mustache engine is checked against.
            .product(name: "Mustache", package: "swift-mustache"),
        ], exclude: ["Goldens"]),
        .testTarget(name: "PluginCatalogCLITests", dependencies: ["SiteBuilder", "JSONSchema", "JSONTree", "TestSupport"]),
        // One small broken package per rule, and a clean package that breaks none.
        .testTarget(name: "RuleTests", dependencies: ["SiteBuilder", "PackageReader", "CatalogDiagnostics", "JSONTree", "TestSupport"],
                    exclude: ["Fixtures"]),
    ]
)
