import CatalogDiagnostics
import JSONTree

enum CardChecks {
    static func run(_ c: CheckContext) {}
}
