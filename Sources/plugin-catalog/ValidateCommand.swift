import ArgumentParser
import CatalogDiagnostics
import CatalogSupport
import Foundation
import SiteBuilder

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check packages against every rule and the official schemas; write only the report.",
        discussion: """
            Inputs as for build (folders, zips, folders of packages, catalog.yml). The report goes \
            to standard output (or -o FILE) as text, json, sarif, github or junit. Exit status: \
            0 when nothing at or above --fail-on was found, 1 otherwise, 2 for a usage error. \
            A baseline (an earlier `validate --format json`) leaves out the findings a team \
            has accepted.
            """)

    @OptionGroup var packageOptions: PackageOptions

    @Option(help: "text, json, sarif, github or junit.")
    var format: String = "text"

    @Option(name: .customLong("fail-on"), help: "The lowest severity that fails the run: error or warning (or note).")
    var failOn: String = "error"

    @Option(name: [.short, .customLong("output")], help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "A `validate --format json` report whose findings are accepted and left out.")
    var baseline: String?

    func validate() throws {
        guard ReportFormat(rawValue: format) != nil else {
            throw ValidationError("--format: \"\(format)\" is not one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard Severity(rawValue: failOn) != nil else { throw ValidationError("--fail-on: \"\(failOn)\" is not error, warning or note") }
        if let baseline, !FileManager.default.fileExists(atPath: baseline) { throw ValidationError("--baseline: no file at \(baseline)") }
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
        try BuildCommand.refuseUnknownWords(packageOptions.inputs, in: cwd)
        var (configuration, catalogFindings) = try packageOptions.configuration(output: nil, in: cwd, verb: "validate")
        // Reports name files from where the command runs (the repository root in CI).
        configuration.displayBase = cwd
        var action = ValidateAction(configuration: configuration)
        if let baseline {
            switch Baseline.read(URL(fileURLWithPath: baseline, relativeTo: cwd)) {
            case .success(let b): action.baseline = b
            case .failure(let d): throw CLIFiles.usage("--baseline: \(d.message)")
            }
        }
        if configuration.load.schemaDirectory == nil { catalogFindings.append(PackageOptions.noSchemasNote) }
        action.catalogFindings = catalogFindings
        let report = action.run()
        let severity = Severity(rawValue: failOn) ?? .error
        let text = (ReportFormat(rawValue: format) ?? .text).render(report, failOn: severity)
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
        let code = report.exitCode(failOn: severity)
        if code != 0 { throw ExitCode(code) }
    }
}
