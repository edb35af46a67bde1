import ArgumentParser

struct CardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "card", abstract: "Not yet available.")

    func run() async throws {
        print("card: not yet available")
        throw ExitCode(ExitStatus.usage)
    }
}
