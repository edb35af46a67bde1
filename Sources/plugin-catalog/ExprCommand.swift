import AdaptiveExpressions
import ArgumentParser
import Foundation
import JSONTree

/// `plugin-catalog expr 'EXPRESSION' [--scope FILE.json] [--now ISO]` and
/// `plugin-catalog expr --batch FILE.jsonl`.
struct ExprCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expr",
        abstract: "Evaluate an Adaptive Expression (or a JSON Lines batch of them).",
        discussion: """
            Prints the value as JSON, or the error (with its position for parse errors) and exits 1. \
            With --batch, reads one {"expression": …, "scope": …, "now": …} object a line and writes \
            one {"value": …} or {"error": …} a line; exits 1 when any line failed.
            """)

    @Argument(help: "The expression to evaluate.")
    var expression: String?

    @Option(name: .long, help: "A JSON file with the variables the expression reads.")
    var scope: String?

    @Option(name: .long, help: "The instant the clock functions see (ISO 8601, e.g. 2020-08-01T00:12:20Z).")
    var now: String?

    @Option(name: .long, help: "Evaluate every request of a JSON Lines file.")
    var batch: String?

    func run() async throws {
        if batch == nil && expression == nil { throw CLIFiles.usage("give an expression or --batch FILE.jsonl") }
        if batch != nil && (expression != nil || scope != nil) {
            throw CLIFiles.usage("--batch takes its expressions and scopes from the file")
        }
        let context = try CLIFiles.context(now: now)
        if let batch {
            let text = try CLIFiles.readText(batch)
            let outcome = ExpressionBatch.run(text, context: context)
            FileHandle.standardOutput.write(Data(outcome.output.utf8))
            if outcome.errorCount > 0 { throw ExitCode(ExitStatus.errors) }
            return
        }
        let scopeValue = try scope.map(CLIFiles.readJSON) ?? .null
        let answer = ExpressionBatch.answer(expression ?? "", scope: scopeValue, context: context)
        if let value = answer["value"] {
            print(JSONWriter.serialize(value, style: .pretty(indent: 2)))
            return
        }
        FileHandle.standardError.write(Data((Self.errorLine(answer) + "\n").utf8))
        throw ExitCode(ExitStatus.errors)
    }
}

extension ExprCommand {
    /// An error as every other finding prints: `expression:1:9: error[expr-syntax]: message`,
    /// the position said once (the engine's message repeats it, in the official wording).
    static func errorLine(_ answer: JSONValue) -> String {
        var message = answer["error"]?.stringValue ?? "error"
        let code = answer["code"]?.stringValue ?? "expr-error"
        let at = answer["at"]?.stringValue
        if let at, let r = message.range(of: "syntax error at line \(at): ") { message.removeSubrange(r) }
        if message.hasSuffix("; Invalid expression format.") { message.removeLast("; Invalid expression format.".count) }
        return "expression" + (at.map { ":" + $0 } ?? "") + ": error[\(code)]: " + message
    }
}

/// Reading the files the subcommands name.
enum CLIFiles {
    /// Reports a usage problem on standard error; the error to throw exits with status 2.
    static func usage(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        return ExitCode(ExitStatus.usage)
    }

    /// The evaluation context of `expr` and `template`: en-US, and the `--now` instant if given.
    static func context(now: String?) throws -> EvaluationContext {
        var context = EvaluationContext(locale: "en-US")
        if let now {
            guard let date = ExpressionBatch.parseInstant(now) else { throw usage("--now is not an ISO 8601 instant: \(now)") }
            context.now = date
        }
        return context
    }

    static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw usage("cannot read \(path)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func readJSON(_ path: String) throws -> JSONValue {
        let text = try readText(path)
        do {
            return try JSONValue.parse(text)
        } catch {
            throw usage("\(path):\(error.description)")
        }
    }
}
