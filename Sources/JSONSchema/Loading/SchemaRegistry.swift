import Foundation
import JSONTree

/// Where `$ref`s to other documents are found: documents given in memory and folders laid out
/// like their published URLs. Never the network.
public struct SchemaRegistry: Sendable {
    private var documents: [String: SourceNode] = [:]
    private var folders: [SchemaFolder] = []
    private var prefixes: [(prefix: String, directory: String)] = []

    public init() {}

    /// Registers `document` as the schema at `uri` (a fragment is ignored).
    public mutating func add(_ document: SourceNode, uri: String) {
        documents[SchemaRegistry.key(uri)] = document
    }

    /// Registers a folder whose files are found from published schema URLs (see `SchemaFolder`).
    public mutating func add(_ folder: SchemaFolder) {
        folders.append(folder)
    }

    /// Serves the files under `directory` for the URIs that start with `prefix`
    /// (`http://localhost:1234/` → `remotes/`), read when first referenced.
    public mutating func add(prefix: String, directory: String) {
        prefixes.append((prefix, directory))
    }

    static func key(_ uri: String) -> String {
        URIReference(uri).withoutFragment.description
    }

    /// The document at `uri`; nil when no source has it. Throws when a file exists but is not JSON.
    func document(at uri: String) throws(SchemaCompileError) -> SourceNode? {
        let key = SchemaRegistry.key(uri)
        if let d = documents[key] { return d }
        for (prefix, directory) in prefixes where key.hasPrefix(prefix) {
            let relative = String(key.dropFirst(prefix.count))
            guard SchemaFolder.isSafeRelativePath(relative) else { continue }
            let path = (directory as NSString).appendingPathComponent(relative)
            if let node = try SchemaFolder.readDocument(atPath: path, uri: key) { return node }
        }
        for folder in folders {
            if let node = try folder.document(forSchemaURL: key) { return node }
        }
        return nil
    }
}
