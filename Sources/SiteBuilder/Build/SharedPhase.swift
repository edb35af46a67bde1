import CatalogDiagnostics
import CatalogSupport
import Foundation
import PackageReader

/// The assemble phase's shared part: the pages every package appears on, built from the
/// packages' digests, the galleries of the catalog file, the theme's assets and the logo.
struct SharedPhase {
    let plan: BuildPlan
    let configuration: CatalogConfiguration
    let outcomes: [PackageJobs.Outcome]

    struct Made: Sendable {
        var digests: [PackageDigest]
        var galleries: [GalleryPage]
        /// The languages with a tree of their own besides the catalog's.
        var otherLocales: [String]
        var diagnostics: [Diagnostic]
    }

    func run(into assembler: SiteAssembler) -> Made {
        let digests = outcomes.map(\.details.digest)
        let context = plan.context
        var locales = Set(configuration.extraLocales)
        for d in digests { locales.formUnion(d.locales) }
        locales.remove(context.catalogLocale)
        var diagnostics = plan.diagnostics
        let (galleries, galleryDiagnostics) = GalleryLoader.load(configuration.galleries, context: context)
        diagnostics += galleryDiagnostics
        let logo = self.logo()
        diagnostics += logo.diagnostics
        let pagePaths = outcomes.flatMap(\.details.outputs.keys)
        var shared = SharedPages.build(
            digests: digests, catalogDiagnostics: configuration.rules.apply(diagnostics.normalized), context: context,
            otherLocales: locales.sorted(), galleries: galleries, pagePaths: pagePaths)
        shared["assets/cards.css"] = .text(SiteStylesheets.cardsCSS(context.hostConfigs))
        if let review = context.review { shared.merge(review.pages(digests: digests, context: context)) { own, _ in own } }
        // Put in parallel: a few of them (catalog.json, the findings and operations pages)
        // are megabytes to hash and write.
        _ = parallelMap(shared.sorted(by: { $0.key < $1.key })) { path, text in assembler.put(path, text) }
        for (path, bytes) in plan.theme.assets.sorted(by: { $0.key < $1.key }) { assembler.put(path, bytes: bytes) }
        if let bytes = logo.bytes { assembler.put("assets/logo" + configuration.logoExtension, bytes: bytes) }
        return Made(digests: digests, galleries: galleries, otherLocales: locales.sorted(), diagnostics: configuration.rules.apply(diagnostics.normalized))
    }

    func logo() -> (bytes: [UInt8]?, diagnostics: [Diagnostic]) {
        guard let logo = configuration.logo else { return (nil, []) }
        guard let data = FileManager.default.contents(atPath: logo.path) else {
            return (nil, [.warning(.config, "the logo file cannot be read", file: logo.path)])
        }
        return ([UInt8](data), [])
    }
}
