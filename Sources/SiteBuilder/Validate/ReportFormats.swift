import CatalogDiagnostics
import Foundation
import JSONTree

/// The forms a `validate` report is written in: for people (`text`), for programs and
/// baselines (`json`), for code scanning (`sarif`), for GitHub workflow annotations
/// (`github`) and for the test tabs of GitLab and Azure DevOps (`junit`).
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, sarif, github, junit

    public func render(_ report: ValidateAction.Report, failOn: Severity = .error) -> String {
        switch self {
        case .text: TextReport.render(report)
        case .json: JSONReport.render(report)
        case .sarif: SARIFReport.render(report)
        case .github: GitHubReport.render(report)
        case .junit: JUnitReport.render(report, failOn: failOn)
        }
    }
}

extension ValidateAction.Report {
    /// "2 errors, 1 warning and 3 notes in 4 packages".
    public var summary: String {
        let all = self.all
        let counts = Severity.allCases.reversed().map { s in Self.count(all.filter { $0.severity == s }.count, s.rawValue) }
        var text = "\(counts[0]), \(counts[1]) and \(counts[2]) in \(Self.count(packages.count, "package"))"
        if suppressed > 0 { text += " (\(suppressed) accepted in the baseline)" }
        return text
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// The findings in the order reports list them: catalog first, then by file and place.
    var sorted: [Diagnostic] { all.sorted(by: Diagnostic.sortKey) }
}

/// `path:line:column: severity[rule]: message` with notes, a summary, and the checklist of
/// the rules a reviewer checks by hand.
enum TextReport {
    static func render(_ report: ValidateAction.Report) -> String {
        var out = report.sorted.map { $0.formatted + "\n" }.joined()
        out += "\n\(report.summary).\n"
        out += "\nChecks for a reviewer (a tool cannot make them from the package):\n"
        for rule in ValidateAction.manualRules {
            out += "  [ ] \(rule.id) \(rule.summary) — \(rule.manual ?? "")\n"
        }
        return out
    }
}

/// `{"format":1,"summary":{…},"diagnostics":[…]}`: the objects of `catalog.json`; a baseline
/// for later runs.
enum JSONReport {
    static func render(_ report: ValidateAction.Report) -> String {
        let all = report.all
        var summary = JSONObject()
        summary["packages"] = .number(Double(report.packages.count))
        for s in Severity.allCases.reversed() { summary[s.rawValue + "s"] = .number(Double(all.filter { $0.severity == s }.count)) }
        summary["suppressed"] = .number(Double(report.suppressed))
        var root = JSONObject()
        root["format"] = .number(1)
        root["summary"] = .object(summary)
        root["diagnostics"] = .array(report.sorted.map(CatalogJSON.diagnostic))
        return JSONWriter.serialize(.object(root), style: .pretty(indent: 2)) + "\n"
    }
}

/// GitHub workflow commands: `::error file=…,line=…,col=…,title=RULE::message`.
enum GitHubReport {
    static func render(_ report: ValidateAction.Report) -> String {
        report.sorted.map(line).joined() + "::notice title=plugin-catalog::\(data(report.summary))\n"
    }

    static func line(_ d: Diagnostic) -> String {
        let command =
            switch d.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
        var properties: [String] = []
        if let file = d.file {
            let (path, member) = ReportPaths.split(file)
            properties.append("file=\(property(path))")
            if member == nil, let l = d.location { properties += ["line=\(l.line)", "col=\(l.column)"] }
        }
        properties.append("title=\(property(d.rule.id))")
        let prefix = ReportPaths.split(d.file ?? "").member.map { "\($0): " } ?? ""
        let message = ([prefix + d.message] + d.notes).joined(separator: "\n")
        return "::\(command) \(properties.joined(separator: ","))::\(data(message))\n"
    }

    /// The escapes of the runner's command parser.
    static func data(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    static func property(_ s: String) -> String {
        data(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

/// Paths in reports: a member of a zip (`app.zip!/manifest.json`) is reported on the zip,
/// since no editor or code-scanning view can open a line inside an archive.
enum ReportPaths {
    static func split(_ file: String) -> (path: String, member: String?) {
        guard let bang = file.range(of: "!/") else { return (file, nil) }
        return (String(file[..<bang.lowerBound]), String(file[bang.upperBound...]))
    }
}
