import ArgumentParser

/// The command-line shell. Each subcommand lives in its own file and only turns arguments
/// into a call on a library value that tests use directly.
@main
struct PluginCatalog: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugin-catalog",
        abstract: "Turn Microsoft 365 Copilot and Teams plugin packages into a static documentation site.",
        version: "0.1.0",
        subcommands: [BuildCommand.self, ExprCommand.self, TemplateCommand.self, CardCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}

/// Exit statuses shared by every subcommand: 0 clean, 1 errors reported, 2 usage.
enum ExitStatus {
    static let clean: Int32 = 0
    static let errors: Int32 = 1
    static let usage: Int32 = 2
}
