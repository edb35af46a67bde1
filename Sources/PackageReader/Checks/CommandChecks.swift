import CatalogDiagnostics
import JSONTree

/// TM-07 and CMD: message extension commands.
enum CommandChecks {
    static func run(_ c: CheckContext) {
        for e in c.entries where e.kind == .apiOperation {
            if let command = e.command { parameterNames(command, e, c) }
        }
    }

    /// TM-07: command parameter names must be the operation's parameter or body property names.
    static func parameterNames(_ command: CatalogPackage.MessageExtension.Command, _ e: OperationEntry, _ c: CheckContext) {
        let specs = c.specs, store = c.store, app = c.app
        guard let op = e.api, let specIndex = e.specIndex else { return }
        var names = Set(op.parameters.map(\.name))
        if let body = op.requestBody?.primary?.schema {
            names.formUnion(specs[specIndex].schemas.mergedProperties(body).properties.map(\.name))
        }
        for p in command.parameters where !names.contains(p.name) {
            store.report(.error(.tm07, "command \"\(command.id)\" parameter \"\(p.name)\" is neither a parameter nor a body property of \(op.method) \(op.path)",
                                file: app?.file, at: p.location))
        }
    }
}
