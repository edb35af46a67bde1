import CatalogDiagnostics
import JSONTree

/// TM-07 and CMD: message extension commands.
enum CommandChecks {
    typealias Command = CatalogPackage.MessageExtension.Command

    static func run(_ c: CheckContext) {
        for e in c.entries where e.kind == .apiOperation {
            if let command = e.command { parameterNames(command, e, c) }
        }
        let texts = LocalizedTexts(c)
        for me in c.messageExtensions {
            let searches = me.commands.filter(\.isSearch)
            for command in searches {
                samplePrompts(command, me, texts, c)
                parameters(command, me, c)
            }
            identicalPrompts(searches, texts, c)
        }
    }

    /// TM-07: command parameter names must be the operation's parameter or body property names.
    static func parameterNames(_ command: Command, _ e: OperationEntry, _ c: CheckContext) {
        let specs = c.specs, store = c.store, app = c.app
        guard let op = e.api, let specIndex = e.specIndex else { return }
        var names = Set(op.parameters.map(\.name))
        if let body = op.requestBody?.primary?.schema {
            names.formUnion(specs[specIndex].schemas.mergedProperties(body).properties.map(\.name))
        }
        for p in command.parameters where !names.contains(p.name) {
            store.report(
                .error(
                    .tm07, "command \"\(command.id)\" parameter \"\(p.name)\" is neither a parameter nor a body property of \(op.method) \(op.path)",
                    file: app?.file, at: p.location))
        }
    }

    /// CMD-01: a search command has 3 to 5 sample prompts, each at most 128 characters
    /// (in every language).
    static func samplePrompts(_ command: Command, _ me: CatalogPackage.MessageExtension, _ texts: LocalizedTexts, _ c: CheckContext) {
        let node = c.node(of: command, in: me)
        let count = command.samplePrompts.count
        if count < 3 || count > 5 {
            let at = node?.object?.member("samplePrompts")?.keyLocation ?? command.location
            c.report(
                .error(
                    .cmd01, "command \"\(command.id)\" has \(count) sample prompt\(count == 1 ? "" : "s"); store validation asks for 3 to 5",
                    file: command.file, at: at))
        }
        for prompt in command.samplePrompts {
            for p in texts.places(prompt) where p.value.count > 128 {
                c.report(.error(.cmd01, "sample prompt of \"\(command.id)\" is \(p.value.count) characters; at most 128", file: p.file, at: p.location))
            }
        }
    }

    /// CMD-02: two commands do not share a sample prompt (compared per language, ignoring
    /// case, spacing and final punctuation).
    static func identicalPrompts(_ commands: [Command], _ texts: LocalizedTexts, _ c: CheckContext) {
        for locale in c.localization.locales {
            var owner: [String: String] = [:]
            for command in commands {
                for prompt in command.samplePrompts {
                    let key = canonical(c.localization.resolve(prompt, locale: locale).value)
                    guard !key.isEmpty else { continue }
                    guard let other = owner[key] else {
                        owner[key] = command.id
                        continue
                    }
                    guard other != command.id else { continue }
                    let place = texts.places(prompt).first { canonical($0.value) == key }
                    c.report(
                        .error(
                            .cmd02, "command \"\(command.id)\" repeats a sample prompt of \"\(other)\"; two commands must not share a prompt",
                            file: place?.file ?? command.file, at: place?.location ?? command.location))
                }
            }
        }
    }

    static func canonical(_ s: String) -> String {
        let words = s.lowercased().split { $0.isWhitespace }.joined(separator: " ")
        return String(words.reversed().drop { $0.isPunctuation }.reversed())
    }

    /// CMD-03: a search command handles at least three parameters (compound utterances),
    /// and no two of them have the same name.
    static func parameters(_ command: Command, _ me: CatalogPackage.MessageExtension, _ c: CheckContext) {
        let node = c.node(of: command, in: me)
        let list = node?["parameters"]?.array ?? []
        if command.parameters.count < 3 {
            c.report(
                .warning(
                    .cmd03, "command \"\(command.id)\" has \(command.parameters.count) parameter\(command.parameters.count == 1 ? "" : "s"); store validation asks agents to handle compound utterances with 3 or more",
                    file: command.file, at: node?.object?.member("parameters")?.keyLocation ?? command.location))
        }
        var seen = Set<String>()
        for n in list {
            guard let name = n["name"]?.scalarText, !seen.insert(name.lowercased()).inserted else { continue }
            c.report(
                .warning(
                    .cmd03, "command \"\(command.id)\" has two parameters named \"\(name)\"; parameters must not be identical",
                    file: command.file, at: n["name"]?.location ?? n.location))
        }
    }
}
