import CatalogDiagnostics
import CatalogSupport
import Foundation
import JSONTree
import PackageReader

/// `plugin-catalog validate`: every rule over the packages, as the build checks them (the
/// same reader and card pipeline, so the site shows the same findings), and nothing written
/// but the report.
public struct ValidateAction: Sendable {
    public var configuration: CatalogConfiguration
    /// Findings to leave out because a team accepted them (`validate --format json` of an
    /// earlier run).
    public var baseline: Baseline?
    /// Findings about the catalog file and the command line, reported with the rest.
    public var catalogFindings: [Diagnostic] = []

    public init(configuration: CatalogConfiguration, baseline: Baseline? = nil) {
        self.configuration = configuration
        self.baseline = baseline
    }

    /// One package's findings.
    public struct PackageFindings: Sendable {
        public var id: String
        public var source: String
        public var title: String
        public var diagnostics: [Diagnostic]
    }

    public struct Report: Sendable {
        public var packages: [PackageFindings] = []
        /// Findings about the inputs and the catalog file.
        public var catalog: [Diagnostic] = []
        /// Findings left out because the baseline has them.
        public var suppressed = 0
        public var seconds: Double = 0

        /// Every finding, catalog first, then package by package.
        public var all: [Diagnostic] { catalog + packages.flatMap(\.diagnostics) }

        /// 0 when nothing at or above `failOn` was found, else 1.
        public func exitCode(failOn: Severity) -> Int32 { all.contains { $0.severity >= failOn } ? 1 : 0 }
    }

    public func run() -> Report {
        let start = DispatchTime.now().uptimeNanoseconds
        var report = Report()
        let (inputs, discovery) = InputDiscovery.discover(configuration.packages, displayBase: configuration.displayBase)
        report.catalog = configuration.rules.apply(catalogFindings + discovery)
        let theme = Theme.load(overriding: configuration.theme)
        report.catalog += theme.1
        guard let renderer = try? PageRenderer(theme: theme.0) else { return report }
        let context = SiteContext(configuration: configuration, theme: theme.0, renderer: renderer)
        let options = BuildPlan.loadOptions(configuration, inputs: inputs)
        report.packages = parallelMap(inputs) { input in
            let presentation = PackagePresentation(PackageLoader.load(input, options: options), context: context)
            let p = presentation.package
            return PackageFindings(id: p.id, source: p.source, title: PlaceholderTokens.plain(p.title().value), diagnostics: presentation.diagnostics)
        }
        if let baseline {
            report.suppressed = baseline.subtract(&report)
        }
        report.catalog = report.catalog.normalized
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return report
    }

    /// The rules a tool cannot check from the package: a reviewer's checklist.
    public static var manualRules: [Rule] { Rule.reference.filter { $0.manual != nil } }
}
