import AdaptiveExpressions
import ArgumentParser
import CatalogDiagnostics
import Foundation
import SiteBuilder

/// `plugin-catalog template TEMPLATE.json [--data DATA.json] [--host HOST.json] [--now ISO]`.
struct TemplateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Expand an Adaptive Card template with data.",
        discussion: """
            Prints the expanded card as JSON. Without --data, X.data.json beside X.json (or \
            X.template.json) is used when it exists. Warnings go to standard error as \
            file:line:column: warning[card-template]: message, at the ${…} that caused them. \
            Exit status: 0 expanded (warnings allowed), 1 errors, 2 usage.
            """)

    @Argument(help: "The card template (JSON).")
    var template: String

    @Option(name: .long, help: "The data the template binds to ($root).")
    var data: String?

    @Option(name: .long, help: "Host data ($host).")
    var host: String?

    @Option(name: .long, help: "The instant the clock functions see (ISO 8601).")
    var now: String?

    func run() async throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let url = URL(fileURLWithPath: template, relativeTo: cwd).standardizedFileURL
        guard FileManager.default.fileExists(atPath: url.path) else { throw CLIFiles.usage("no template at \(template)") }
        let action = TemplateAction(
            template: url, data: data.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL },
            host: host.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL },
            context: try CLIFiles.context(now: now))
        let result = action.run()
        if let json = result.json { print(json) }
        if !result.diagnostics.isEmpty {
            FileHandle.standardError.write(Data((result.diagnostics.map(\.formatted).joined(separator: "\n") + "\n").utf8))
        }
        if result.exitCode != 0 { throw ExitCode(result.exitCode) }
    }
}
