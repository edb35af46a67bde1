import ArgumentParser
import Foundation

/// The command-line shell. Each subcommand lives in its own file and only turns arguments
/// into a call on a library value that tests use directly.
@main
struct PluginCatalog: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugin-catalog",
        abstract: "Turn Microsoft 365 Copilot and Teams plugin packages into a static documentation site.",
        version: "0.1.0",
        subcommands: [BuildCommand.self, ValidateCommand.self, DiffCommand.self, ExprCommand.self, TemplateCommand.self, CardCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    /// Like ArgumentParser's own entry point, but a usage error exits with 2 (its default is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

/// Exit statuses shared by every subcommand: 0 clean, 1 errors reported, 2 usage.
enum ExitStatus {
    static let clean: Int32 = 0
    static let errors: Int32 = 1
    static let usage: Int32 = 2
}
