import Foundation
import JSONTree

/// A folder of official schemas laid out like their published URLs, as microsoft/json-schemas
/// is: `https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json` is
/// `DIR/teams/v1.19/MicrosoftTeams.schema.json`.
///
/// The URL spellings packages use all map there: http or https; a locale segment
/// (`developer.microsoft.com/en-us/json-schemas/…`); the `aka.ms/json-schemas/…` short links,
/// including the older `copilot-extensions/v2.1/plugin.schema.json` and
/// `copilot-extensions/vX/declarative-copilot.schema.json` names; raw GitHub URLs of
/// microsoft/json-schemas.
public struct SchemaFolder: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The kinds of package documents with an official schema.
    public enum Kind: String, Sendable, CaseIterable {
        case teamsManifest, teamsLocalization, responseRenderingTemplate, declarativeAgent, apiPlugin
    }

    // MARK: - From a `$schema` URL

    /// The path in a schema folder of the schema `url` names; nil when the URL is not one of
    /// the published Microsoft schema URLs.
    public static func relativePath(forSchemaURL url: String) -> String? {
        var text = Substring(url)
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        if let cut = text.firstIndex(where: { $0 == "#" || $0 == "?" }) { text = text[..<cut] }
        let lower = text.lowercased()
        let schemeLength: Int
        if lower.hasPrefix("https://") { schemeLength = 8 } else if lower.hasPrefix("http://") { schemeLength = 7 } else { return nil }
        let rest = text.dropFirst(schemeLength)
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        let host = rest[..<slash].lowercased()
        var segments = rest[rest.index(after: slash)...].split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        switch host {
        case "developer.microsoft.com", "www.developer.microsoft.com":
            if let first = segments.first, isLocale(first) { segments.removeFirst() }
            guard segments.first?.lowercased() == "json-schemas" else { return nil }
            segments.removeFirst()
        case "aka.ms":
            guard segments.first?.lowercased() == "json-schemas" else { return nil }
            segments.removeFirst()
        case "raw.githubusercontent.com":
            guard segments.count > 3, segments[0].lowercased() == "microsoft", segments[1].lowercased() == "json-schemas" else { return nil }
            segments.removeFirst(3)
        default:
            return nil
        }
        segments = aliased(segments)
        let path = segments.joined(separator: "/")
        return isSafeRelativePath(path) ? path : nil
    }

    /// `en-us`, `de-DE`, `zh-hans`: a locale segment the docs site inserts.
    private static func isLocale(_ s: String) -> Bool {
        let parts = s.split(separator: "-")
        guard parts.count == 2, parts[0].count == 2, (2...4).contains(parts[1].count) else { return false }
        return s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "-" }
    }

    /// The older Copilot extension names of the plugin and declarative agent schemas.
    private static func aliased(_ segments: [String]) -> [String] {
        guard segments.count == 3, segments[0] == "copilot-extensions" else { return segments }
        switch segments[2] {
        case "plugin.schema.json": return ["copilot", "plugin", segments[1], "schema.json"]
        case "declarative-copilot.schema.json": return ["copilot", "declarative-agent", segments[1], "schema.json"]
        default: return segments
        }
    }

    static func isSafeRelativePath(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/")
            && !path.split(separator: "/", omittingEmptySubsequences: false)
                .contains(where: { $0.isEmpty || $0 == "." || $0 == ".." })
    }

    /// The file of the schema `url` names, when the folder has it.
    public func file(forSchemaURL url: String) -> String? {
        guard let relative = SchemaFolder.relativePath(forSchemaURL: url) else { return nil }
        let path = (directory as NSString).appendingPathComponent(relative)
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The schema `url` names, read from the folder; nil when the folder does not have it.
    public func document(forSchemaURL url: String) throws(SchemaCompileError) -> SourceNode? {
        guard let path = file(forSchemaURL: url) else { return nil }
        return try SchemaFolder.readDocument(atPath: path, uri: url)
    }

    /// Compiles the schema `url` names, with the folder serving the documents it references.
    public func compile(schemaURL url: String, options: CompileOptions = CompileOptions()) throws(SchemaCompileError) -> CompiledSchema? {
        guard let root = try document(forSchemaURL: url) else { return nil }
        var registry = SchemaRegistry()
        registry.add(self)
        return try CompiledSchema(root: root, uri: url, registry: registry, options: options)
    }

    static func readDocument(atPath path: String, uri: String) throws(SchemaCompileError) -> SourceNode? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        do {
            return try JSONParser.parse(Array(data)).root
        } catch {
            throw SchemaCompileError("the schema file \(path) is not JSON: \(error.message)", uri: uri, pointer: "", location: error.location)
        }
    }

    // MARK: - From a declared version

    /// The path in a schema folder of the schema for a document of `kind` that declares
    /// `version`: the Teams manifest's `manifestVersion` (`1.19`, `devPreview`), the declarative
    /// agent's `version` (`v1.4`), the plugin's `schema_version` (`v2.2`). Localization files and
    /// response rendering templates follow their app manifest: pass its `manifestVersion`.
    public static func relativePath(for kind: Kind, version: String) -> String? {
        var v = version.filter { $0 != " " && $0 != "\t" }
        if v.lowercased() == "devpreview" || v.lowercased() == "vdevpreview" {
            v = "vDevPreview"
        } else {
            if v.hasPrefix("v") || v.hasPrefix("V") { v.removeFirst() }
            let parts = v.split(separator: ".", omittingEmptySubsequences: false)
            guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
                return nil
            }
            v = "v" + v
        }
        switch kind {
        case .teamsManifest: return "teams/\(v)/MicrosoftTeams.schema.json"
        case .teamsLocalization: return "teams/\(v)/MicrosoftTeams.Localization.schema.json"
        case .responseRenderingTemplate: return "teams/\(v)/MicrosoftTeams.ResponseRenderingTemplate.schema.json"
        case .declarativeAgent: return v == "vDevPreview" ? nil : "copilot/declarative-agent/\(v)/schema.json"
        case .apiPlugin: return v == "vDevPreview" ? nil : "copilot/plugin/\(v)/schema.json"
        }
    }

    /// The published URL of the schema at `relativePath` (the URL its `$schema` would name).
    public static func publishedURL(forRelativePath relativePath: String) -> String {
        "https://developer.microsoft.com/json-schemas/" + relativePath
    }

    /// The version a document of `kind` declares: `manifestVersion` (Teams manifest), `version`
    /// (declarative agent), `schema_version` (plugin); nil when absent or not a string.
    public static func declaredVersion(of document: SourceNode, kind: Kind) -> String? {
        switch kind {
        case .teamsManifest: return document["manifestVersion"]?.string
        case .declarativeAgent: return document["version"]?.string
        case .apiPlugin: return document["schema_version"]?.string
        case .teamsLocalization, .responseRenderingTemplate: return nil
        }
    }

    /// The file for a document of `kind` declaring `version`, when the folder has it.
    public func file(for kind: Kind, version: String) -> String? {
        guard let relative = SchemaFolder.relativePath(for: kind, version: version) else { return nil }
        let path = (directory as NSString).appendingPathComponent(relative)
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}
