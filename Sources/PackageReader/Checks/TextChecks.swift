import CatalogDiagnostics
import JSONTree

enum TextChecks {
    static func run(_ c: CheckContext) {}
}
