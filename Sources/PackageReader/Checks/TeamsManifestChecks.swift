import CatalogDiagnostics
import JSONTree

enum TeamsManifestChecks {
    static func run(_ c: CheckContext) {}
}
