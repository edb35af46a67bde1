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

/// File and folder names that are safe everywhere: `[a-z0-9._-]`, no leading dot, bounded length.
public enum Slug {
    public static func make(_ text: String, fallback: String = "item", maxLength: Int = 80) -> String {
        var out = ""
        var lastDash = false
        for scalar in text.unicodeScalars {
            let c = Character(scalar)
            if scalar.isASCII, c.isLetter || c.isNumber || c == "_" || c == "." {
                out.append(Character(String(c).lowercased()))
                lastDash = false
            } else if !lastDash, !out.isEmpty {
                out.append("-")
                lastDash = true
            }
        }
        while out.hasPrefix(".") || out.hasPrefix("-") { out.removeFirst() }
        while out.hasSuffix("-") || out.hasSuffix(".") { out.removeLast() }
        if out.count > maxLength {
            // Keep it unique after truncation with a short hash of the whole text.
            let h = String(Hashing.fnv(text) % 0xFFFFFF, radix: 16)
            out = String(out.prefix(maxLength - 7)) + "-" + h
        }
        if out.isEmpty || out == "." || out == ".." { return fallback }
        // Names Windows reserves.
        if ["con", "prn", "aux", "nul", "com1", "lpt1", "index"].contains(out) { out += "-1" }
        return out
    }

    /// Makes `slug` unique among `taken` by appending `-2`, `-3`…
    public static func unique(_ slug: String, in taken: inout Set<String>) -> String {
        var candidate = slug
        var n = 2
        while !taken.insert(candidate).inserted {
            candidate = "\(slug)-\(n)"
            n += 1
        }
        return candidate
    }
}
