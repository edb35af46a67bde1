import CatalogDiagnostics
import JSONTree

extension Loader {
    /// TM-07: command parameter names must be the operation's parameter or body property names.
    func checkCommandParameters(_ command: CatalogPackage.MessageExtension.Command, _ e: OperationEntry) {
        guard let op = e.api, let specIndex = e.specIndex else { return }
        var names = Set(op.parameters.map(\.name))
        if let body = op.requestBody?.primary?.schema {
            names.formUnion(specs[specIndex].schemas.mergedProperties(body).properties.map(\.name))
        }
        for p in command.parameters where !names.contains(p.name) {
            store.report(.error(.tm07, "command \"\(command.id)\" parameter \"\(p.name)\" is neither a parameter nor a body property of \(op.method) \(op.path)",
                                file: app?.file))
        }
    }
}
