import CatalogDiagnostics
import JSONTree

enum AgentChecks {
    static func run(_ c: CheckContext) {}
}
