import CatalogDiagnostics
import JSONTree

enum OpenAPIChecks {
    static func run(_ c: CheckContext) {}
}
