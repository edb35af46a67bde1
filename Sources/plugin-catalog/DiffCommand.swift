import ArgumentParser
import CatalogDiagnostics
import Foundation
import PackageReader
import SiteBuilder

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of packages: what changed in what Copilot and users do and see.",
        discussion: """
            BASE and HEAD are what build accepts (package folders, .zip files, folders of \
            packages, plugin manifests, OpenAPI files) or REV:PATH, read from the git \
            repository of the current folder without touching the work tree (main:appPackage, \
            HEAD~1:packages; PATH is relative to the repository root, or to the current \
            folder when it starts with ./). Exit status: 0 when it ran, 1 when a change at or \
            above --fail-on was found or a side could not be read, 2 for a usage error. \
            The change ids are listed in docs/changes.md.
            """)

    @Argument(help: "The version to compare against (e.g. main:appPackage).")
    var base: String

    @Argument(help: "The version under review (e.g. appPackage).")
    var head: String

    @Option(help: "text, markdown, json or github.")
    var format: String = "text"

    @Option(name: .customLong("fail-on"), help: "Exit with 1 when a change of this risk or higher is found: high, medium or low.")
    var failOn: String?

    @Option(help: "Substitute ${{VAR}} placeholders on both sides from each package's env/.env.NAME.")
    var env: String?

    @Option(name: .customLong("env-file"), help: "Substitute ${{VAR}} placeholders on both sides from this file (repeatable).")
    var envFiles: [String] = []

    @Option(name: [.short, .customLong("output")], help: "Write the report to this file instead of standard output.")
    var output: String?

    func validate() throws {
        guard DiffFormat(rawValue: format) != nil else {
            throw ValidationError("--format: \"\(format)\" is not one of \(DiffFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let failOn, Risk(rawValue: failOn) == nil { throw ValidationError("--fail-on: \"\(failOn)\" is not high, medium or low") }
        if let output {
            let folder = URL(fileURLWithPath: output).deletingLastPathComponent().path
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
                throw ValidationError("-o: no folder \(folder) to write \(output) in")
            }
        }
    }

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let sides = try [base, head].map { spec -> DiffSide in
            switch DiffSide.resolve(spec, in: cwd, environmentFolders: env != nil) {
            case .success(let side): return side
            case .failure(let problem):
                // A side that cannot be read (a revision or path git does not know) exits with 1, as a missing folder does.
                FileHandle.standardError.write(Data("error: \(problem.message)\n".utf8))
                throw ExitCode(ExitStatus.errors)
            }
        }
        defer { sides.forEach { $0.cleanUp() } }
        var load = LoadOptions(environmentName: env, environmentFiles: envFiles.map { URL(fileURLWithPath: $0, relativeTo: cwd) })
        load.displayBase = cwd
        let report = DiffAction(base: sides[0], head: sides[1], load: load).run()
        let text = (DiffFormat(rawValue: format) ?? .text).render(report)
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output, relativeTo: cwd), options: .atomic)
            } catch {
                throw CLIFiles.usage("-o: cannot write \(output)")
            }
            FileHandle.standardError.write(Data("\(report.summary) → \(output)\n".utf8))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        if !report.failures.isEmpty, format != "text" {
            FileHandle.standardError.write(Data((report.failures.map(\.formatted).joined(separator: "\n") + "\n").utf8))
        }
        let code = report.exitCode(failOn: failOn.flatMap(Risk.init(rawValue:)))
        if code != 0 { throw ExitCode(code) }
    }
}
