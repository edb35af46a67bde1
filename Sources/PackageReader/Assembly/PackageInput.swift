import CatalogDiagnostics
import Foundation
import JSONTree

/// One thing to document: a package folder, a `.zip`, a bare plugin manifest or a bare
/// OpenAPI description.
public struct PackageInput: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case folder, archive, pluginManifest, openAPI
    }

    public var kind: Kind
    public var url: URL
    /// The path as the user would recognise it (relative to the working directory or the
    /// catalog file when possible); diagnostics use it.
    public var display: String
    /// Unique in the catalog; the package's folder name in the site.
    public var id: String

    public init(kind: Kind, url: URL, display: String, id: String) {
        self.kind = kind
        self.url = url
        self.display = display
        self.id = id
    }
}

/// Options for reading packages.
public struct LoadOptions: Sendable, Hashable {
    /// `--env NAME`: substitute `${{VAR}}` from the package's `env/.env.NAME` (and `.env.NAME.user`).
    public var environmentName: String?
    /// `--env-file FILE`: substitute from these files (later files win).
    public var environmentFiles: [URL] = []
    /// Flags for Teams Toolkit template sections.
    public var templateFlags: [String: Bool] = TeamsToolkitTemplate.defaultFlags
    public var limits: ReadLimits = .standard
    /// Folders of `<operationId>.json` sample responses for card previews (`--samples`).
    public var sampleFolders: [SampleFolder] = []
    /// What paths outside packages (env files) are shown relative to; nil = the current folder.
    public var displayBase: URL?
    /// The names of the catalog's other packages (a description naming one is TXT-04).
    public var otherPackageNames: [String] = [] {
        didSet { catalogNames = CatalogNames(otherPackageNames) }
    }
    /// Those names indexed once for every package of the catalog.
    var catalogNames = CatalogNames([])
    /// A folder of the official JSON schemas laid out like their URLs; nil skips the schema checks.
    public var schemaDirectory: String?

    public init(environmentName: String? = nil, environmentFiles: [URL] = []) {
        self.environmentName = environmentName
        self.environmentFiles = environmentFiles
    }

    public var substitutesPlaceholders: Bool { environmentName != nil || !environmentFiles.isEmpty }
}

/// A folder of sample responses, `<operationId>.json` each (`--samples DIR`).
public struct SampleFolder: Sendable, Hashable {
    public var url: URL
    /// The folder as diagnostics name it.
    public var display: String

    public init(url: URL, display: String) {
        self.url = url
        self.display = display
    }

    /// Whether `name` can name a file in the folder (no separators, not `.` or `..`).
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.utf8.contains { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") || $0 == 0 }
    }

    /// The sample `name`, when the folder has it; a file that is not JSON is an error.
    func read(_ name: String, report: (Diagnostic) -> Void) -> SampleFile? {
        let file = url.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        let shown = display + "/" + name
        do {
            let parsed = try JSONParser.parse([UInt8](data))
            return SampleFile(value: parsed.root, file: shown)
        } catch {
            report(.error(.jsonSyntax, "the sample response cannot be read: \(error.message)", file: shown, at: error.location))
            return nil
        }
    }
}
