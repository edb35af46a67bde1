import Foundation

/// Compiled schemas of a `SchemaFolder`, each compiled once however many documents and
/// threads ask for it. A schema that does not compile is remembered as its error.
public final class SchemaCache: @unchecked Sendable {
    public let folder: SchemaFolder
    public let options: CompileOptions
    private let lock = NSLock()
    private var entries: [String: Result<CompiledSchema, SchemaCompileError>] = [:]

    public init(folder: SchemaFolder, options: CompileOptions) {
        self.folder = folder
        self.options = options
    }

    /// The compiled schema `url` names; nil when the folder does not have it.
    public func schema(forSchemaURL url: String) throws(SchemaCompileError) -> CompiledSchema? {
        guard let relative = SchemaFolder.relativePath(forSchemaURL: url) else { return nil }
        return try schema(atRelativePath: relative)
    }

    /// The compiled schema for a document of `kind` declaring `version`; nil when the folder
    /// does not have one.
    public func schema(for kind: SchemaFolder.Kind, version: String) throws(SchemaCompileError) -> CompiledSchema? {
        guard let relative = SchemaFolder.relativePath(for: kind, version: version) else { return nil }
        return try schema(atRelativePath: relative)
    }

    private func schema(atRelativePath relative: String) throws(SchemaCompileError) -> CompiledSchema? {
        lock.lock()
        let cached = entries[relative]
        lock.unlock()
        if let cached { return try cached.get() }
        // Compiled outside the lock: two threads may compile the same schema once each.
        let result: Result<CompiledSchema, SchemaCompileError>
        do {
            guard let schema = try folder.compile(schemaURL: SchemaFolder.publishedURL(forRelativePath: relative), options: options) else {
                return nil
            }
            result = .success(schema)
        } catch {
            result = .failure(error)
        }
        lock.lock()
        entries[relative] = result
        lock.unlock()
        return try result.get()
    }
}
