import CatalogDiagnostics
import Foundation
import JSONTree

/// Reads a YAML or JSON file that is not part of a package (the catalog file, a scope or
/// sample-data file given on the command line) into a positioned tree. Only PackageReader
/// parses YAML; other targets come here.
public enum ConfigurationFile {
    /// The tree and the tolerated-input warnings, or the error that stopped the read.
    /// Diagnostics carry no file name; the caller knows how to show it.
    public static func read(_ url: URL) -> Result<(SourceNode, [Diagnostic]), Diagnostic> {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(.error(.fileUnreadable, "cannot read the file"))
        }
        return parse([UInt8](data), yaml: ["yml", "yaml"].contains(url.pathExtension.lowercased()))
    }

    public static func parse(_ bytes: [UInt8], yaml: Bool) -> Result<(SourceNode, [Diagnostic]), Diagnostic> {
        if yaml {
            switch YAMLReader.parse(bytes) {
            case .success(let r):
                return .success((r.root, r.warnings.map { .warning(.yamlUnsupported, $0.message, at: $0.location) }))
            case .failure(let issue):
                return .failure(.error(issue.kind == .tooDeep ? .depthLimit : .yamlSyntax, issue.message, at: issue.location))
            }
        }
        do {
            let r = try JSONParser.parse(bytes)
            return .success((r.root, r.warnings.map { .warning(.jsonTolerated, $0.message, at: $0.location) }))
        } catch {
            return .failure(.error(error.code == .tooDeep ? .depthLimit : .jsonSyntax, error.message, at: error.location))
        }
    }
}
