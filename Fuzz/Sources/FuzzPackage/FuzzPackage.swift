import CatalogDiagnostics
import FuzzSupport
import Foundation
import JSONTree
@testable import PackageReader

/// The package reader on a whole package held in memory: the app manifest, declarative
/// agents, plugin manifests, OpenAPI descriptions (JSON or YAML), localization files,
/// Teams Toolkit templates and cards, followed the way `PackageLoader` follows them.
///
/// Input: files as `path\ncontents` pieces separated by NUL bytes. With a `manifest.json`
/// (or `manifest.json.tpl`) the set is read as an app package; otherwise its first file is
/// read as a bare plugin manifest, or as an OpenAPI description when its name ends in
/// `.yaml` or `.yml` or holds `openapi` or `swagger`. A `.env.fuzz` piece gives `${{VAR}}` values to substitute.
struct MemoryFileSystem: PackageFileSystem {
    let files: [PackagePath: [UInt8]]
    var displayRoot: String { "fuzz" }

    func read(_ path: PackagePath) -> Result<[UInt8], FileAccessError> {
        files[path].map { .success($0) } ?? .failure(.notFound)
    }
    func exists(_ path: PackagePath) -> Bool { files[path] != nil }
    func allFiles() -> [PackagePath] { files.keys.sorted() }
    func displayPath(_ path: PackagePath) -> String { "fuzz/" + path.description }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPackage(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var files: [PackagePath: [UInt8]] = [:]
    var first: PackagePath? = nil
    var environment: PlaceholderEnvironment? = nil
    for (name, contents) in FuzzInput.files(FuzzInput.bytes(data, size)) {
        if name == ".env.fuzz" {
            environment = PlaceholderEnvironment(values: PlaceholderEnvironment.parse(FuzzInput.text(contents)), sources: ["fuzz"])
            continue
        }
        guard case .success(let resolved) = PackagePath.resolve(name, from: nil), !resolved.usedParent,
              !resolved.path.components.isEmpty else { continue }
        files[resolved.path] = contents
        if first == nil { first = resolved.path }
    }
    guard let first else { return 0 }
    let kind: PackageInput.Kind
    var root: PackagePath? = nil
    if files[PackagePath(components: ["manifest.json"])] != nil || files[PackagePath(components: ["manifest.json.tpl"])] != nil {
        kind = .folder
    } else {
        let lower = first.name.lowercased()
        let spec = lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.contains("openapi") || lower.contains("swagger")
        kind = spec ? .openAPI : .pluginManifest
        root = first
    }
    let input = PackageInput(kind: kind, url: URL(fileURLWithPath: "/nonexistent/fuzz"), display: "fuzz", id: "fuzz")
    let store = DocumentStore(fs: MemoryFileSystem(files: files), environment: environment)
    var loader = Loader(input: input, options: LoadOptions(), store: store, extraDiagnostics: [])
    let package = loader.run(root: root)
    for d in package.diagnostics {
        fuzzCheck(!d.message.isEmpty, "a finding without a message: \(d.rule)")
        _ = d.formatted
    }
    for operation in package.operations { _ = operation.slug }
    return 0
}
