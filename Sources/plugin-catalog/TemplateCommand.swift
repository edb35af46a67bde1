import AdaptiveExpressions
import ArgumentParser
import CardTemplating
import Foundation
import JSONTree

/// `plugin-catalog template TEMPLATE.json --data DATA.json [--host HOST.json]`.
struct TemplateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Expand an Adaptive Card template with data.",
        discussion: "Prints the expanded card as JSON; warnings (with the JSON pointer of the template value) go to standard error.")

    @Argument(help: "The card template (JSON).")
    var template: String

    @Option(name: .long, help: "The data the template binds to ($root).")
    var data: String?

    @Option(name: .long, help: "Host data ($host).")
    var host: String?

    @Option(name: .long, help: "The instant the clock functions see (ISO 8601).")
    var now: String?

    func run() async throws {
        let templateJSON = try CLIFiles.readJSON(template)
        let dataJSON = try data.map(CLIFiles.readJSON)
        let hostJSON = try host.map(CLIFiles.readJSON)
        let context = try CLIFiles.context(now: now)
        let expansion = CardTemplate(json: templateJSON).expand(data: dataJSON, host: hostJSON, context: context)
        print(JSONWriter.serialize(expansion.value, style: .pretty(indent: 2)))
        for warning in expansion.warnings {
            FileHandle.standardError.write(Data("warning: \(warning)\n".utf8))
        }
    }
}
