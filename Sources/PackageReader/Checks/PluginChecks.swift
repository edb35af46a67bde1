import CatalogDiagnostics
import JSONTree

enum PluginChecks {
    static func run(_ c: CheckContext) {}
}
