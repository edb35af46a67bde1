import Foundation

/// Where things are, for tests: the repository root and the shared reference material
/// (`../shared` next to the repository, never copied into it).
public enum TestPaths {
    /// The repository root (the folder holding Package.swift).
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// `../shared` relative to the repository root.
    public static let shared: URL = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")

    public static var conformance: URL { shared.appendingPathComponent("conformance") }
    public static var corpus: URL { shared.appendingPathComponent("corpus") }
    public static var reference: URL { shared.appendingPathComponent("reference") }

    /// A file under `Tests/<target>/Fixtures/`.
    public static func fixture(_ target: String, _ path: String) -> URL {
        repositoryRoot.appendingPathComponent("Tests").appendingPathComponent(target)
            .appendingPathComponent("Fixtures").appendingPathComponent(path)
    }

    /// A fresh empty temporary folder, inside `temporaryRoot`.
    public static func temporaryDirectory(_ name: String = "test") -> URL {
        let url = temporaryRoot.appendingPathComponent("plugin-catalog-\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// One folder in the system's temporary folder holds every temporary folder a test
    /// process makes, and is removed when the process exits: a test run leaves nothing
    /// behind (it used to leave about 400 folders in /tmp).
    public static let temporaryRoot: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("plugin-catalog-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestPaths.temporaryRoot) }
        return root
    }()
}
