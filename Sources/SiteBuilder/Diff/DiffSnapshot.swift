import CatalogDiagnostics
import CatalogSupport
import Foundation
import PackageReader

/// One side read with the build's reader: its packages, and the findings that mean it could
/// not be read (a missing input, a file that does not parse, a referenced file that is not there).
struct DiffSnapshot: Sendable {
    struct PackageRead: Sendable {
        var package: CatalogPackage
        /// The package's folder relative to the input it was found in ("" for the input itself).
        var folder: String
    }

    var packages: [PackageRead]
    var failures: [Diagnostic]

    /// Errors of these rules mean a part of the side is missing, so its comparison would
    /// report things that did not change.
    static let readingRules: Set<Rule> = [.jsonSyntax, .yamlSyntax, .depthLimit, .sizeLimit, .fileUnreadable, .notAPackage, .zipEntry, .pkg01, .oas01]

    /// A missing icon changes nothing `diff` compares.
    static func isReadingFailure(_ d: Diagnostic) -> Bool {
        d.severity == .error && readingRules.contains(d.rule) && !(d.rule == .pkg01 && d.message.contains(" icon"))
    }

    static func read(_ side: DiffSide, options base: LoadOptions) -> DiffSnapshot {
        let (inputs, discovery) = InputDiscovery.discover(side.urls, displayBase: side.displayBase)
        var adjusted = base
        adjusted.displayBase = side.displayBase
        adjusted.otherPackageNames = InputDiscovery.packageNames(inputs)
        adjusted.schemaDirectory = nil
        let options = adjusted
        let roots = side.urls.map { $0.standardizedFileURL.path }
        let packages = parallelMap(inputs) { input in
            PackageRead(package: PackageLoader.load(input, options: options), folder: folder(of: input.url, roots: roots))
        }
        var failures = discovery.filter { $0.severity == .error }
        if inputs.isEmpty && failures.isEmpty {
            failures.append(.error(.notAPackage, "no package was found in \(side.label)"))
        }
        for p in packages {
            failures += p.package.diagnostics.filter(isReadingFailure)
        }
        return DiffSnapshot(packages: packages, failures: failures.normalized)
    }

    /// `url` relative to the root it was found under.
    static func folder(of url: URL, roots: [String]) -> String {
        let path = url.standardizedFileURL.path
        for root in roots where path == root || path.hasPrefix(root + "/") {
            return String(path.dropFirst(root.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        }
        return url.lastPathComponent
    }
}
