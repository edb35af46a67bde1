import ArgumentParser

struct TemplateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "template", abstract: "Not yet available.")

    func run() async throws {
        print("template: not yet available")
        throw ExitCode(ExitStatus.usage)
    }
}
