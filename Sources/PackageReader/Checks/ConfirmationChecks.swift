import CatalogDiagnostics
import JSONTree

enum ConfirmationChecks {
    static func run(_ c: CheckContext) {}
}
