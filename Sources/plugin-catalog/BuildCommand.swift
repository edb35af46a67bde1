import ArgumentParser

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the catalog site.")

    func run() async throws {
        print("build: not yet available")
        throw ExitCode(ExitStatus.usage)
    }
}
