import CatalogDiagnostics
import JSONTree

enum ResponseTemplateChecks {
    static func run(_ c: CheckContext) {}
}
