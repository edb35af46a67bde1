import ArgumentParser

struct ExprCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "expr", abstract: "Not yet available.")

    func run() async throws {
        print("expr: not yet available")
        throw ExitCode(ExitStatus.usage)
    }
}
