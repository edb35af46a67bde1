import ArgumentParser
import CatalogDiagnostics
import Foundation
import JSONTree
import SiteBuilder

/// `plugin-catalog card TEMPLATE.json [--data DATA.json] [--host-config NAME|FILE] [-o card.html]`.
struct CardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "card",
        abstract: "Render an Adaptive Card template to one self-contained HTML file.",
        discussion: """
            The file has its CSS inline, the card's local images inlined as data: URLs, no script and a \
            Content-Security-Policy that forbids it, so it can be mailed to someone who will never open \
            Teams. Without --data, X.data.json beside X.json (or X.template.json) is used when it exists; \
            without any data, the card binds values made up from the names it uses, and says so. When \
            the data (or what --data-path selects in it) is a list, the card shows its first item, or \
            the one --item names. The page says, under its heading, where its data came from. \
            Warnings go to standard error. Exit status: 0 written, 1 errors (nothing written), 2 usage.
            """)

    @Argument(help: "The card template (JSON).")
    var template: String

    @Option(name: .long, help: "The data the template binds to ($root).")
    var data: String?

    @Option(name: .customLong("data-path"), help: "A JSONPath to the data the card binds, within the data ($.results).")
    var dataPath: String?

    @Option(help: "When the data is a list, which item the card shows (1 = the first).")
    var item: Int?

    @Option(
        name: .customLong("host-config"),
        help: "teams-light (default), teams-dark, teams-contrast, or a host config JSON file.")
    var hostConfig: String = "teams-light"

    @Option(help: "The page heading and title (default: the template's file name).")
    var title: String?

    @Option(name: [.short, .customLong("output")], help: "The HTML file to write (default: standard output).")
    var output: String?

    @Flag(help: "Write the card element alone (no heading, page padding or frame; as wide as the window).")
    var bare = false

    @Flag(name: [.short, .long], help: "Print only errors.")
    var quiet = false

    /// An unknown host config name is a usage error listing the known ones.
    func validate() throws {
        if let item, item < 1 { throw ValidationError("--item \(item): items are counted from 1") }
        if let dataPath, (try? JSONPath(dataPath)) == nil { throw ValidationError("--data-path \(dataPath) is not a JSONPath (for example $.results)") }
        let known = CardAction.Host.names
        guard !known.contains(hostConfig) else { return }
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        if !FileManager.default.fileExists(atPath: URL(fileURLWithPath: hostConfig, relativeTo: cwd).path) {
            var message = "--host-config: \"\(hostConfig)\" is neither \(known.joined(separator: ", ")) nor a host config file"
            if let near = Suggestions.nearest(hostConfig, among: known) { message += "; did you mean \"\(near)\"?" }
            throw ValidationError(message)
        }
    }

    func run() async throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var action = CardAction(
            template: URL(fileURLWithPath: template, relativeTo: cwd).standardizedFileURL,
            data: data.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL },
            host: CardAction.Host(argument: hostConfig, relativeTo: cwd),
            title: title)
        action.bare = bare
        action.item = item
        action.dataPath = dataPath
        if !FileManager.default.fileExists(atPath: action.template.path) {
            throw CLIFiles.usage("no template at \(template)")
        }
        var result = action.run()
        if let html = result.html, result.exitCode == 0 {
            if let output {
                if let problem = CardAction.write(html, to: URL(fileURLWithPath: output, relativeTo: cwd)) {
                    result.diagnostics.append(problem)
                }
            } else {
                FileHandle.standardOutput.write(Data(html.utf8))
            }
        }
        let shown = result.diagnostics.filter { !quiet || $0.severity == .error }
        if !shown.isEmpty {
            FileHandle.standardError.write(Data((shown.map(\.formatted).joined(separator: "\n") + "\n").utf8))
        }
        if result.exitCode != 0 { throw ExitCode(result.exitCode) }
    }
}
