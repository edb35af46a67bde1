import Foundation

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

    public init(environmentName: String? = nil, environmentFiles: [URL] = []) {
        self.environmentName = environmentName
        self.environmentFiles = environmentFiles
    }

    public var substitutesPlaceholders: Bool { environmentName != nil || !environmentFiles.isEmpty }
}
