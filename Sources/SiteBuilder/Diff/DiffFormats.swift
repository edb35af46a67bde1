import CatalogDiagnostics
import Foundation
import JSONTree

/// The forms a `diff` report is written in: for people (`text`), for a pull-request comment
/// (`markdown`), for programs (`json`) and for GitHub annotations on the Files tab (`github`).
public enum DiffFormat: String, Sendable, CaseIterable {
    case text, markdown, json, github

    public func render(_ report: DiffReport) -> String {
        switch self {
        case .text: DiffTextReport.render(report)
        case .markdown: DiffMarkdownReport.render(report)
        case .json: DiffJSONReport.render(report)
        case .github: DiffGitHubReport.render(report)
        }
    }
}

/// Grouped by package and operation (the group with the most severe change first), each
/// change as `path:line:col: risk[id]: message` with before and after below it.
enum DiffTextReport {
    static func render(_ report: DiffReport) -> String {
        var out = "Comparing \(report.base) (base) with \(report.head) (head): \(report.summary).\n"
        for d in report.failures { out += d.formatted + "\n" }
        for group in groups(report.changes) {
            out += "\n" + group.title + "\n"
            for c in group.changes {
                out += "  " + (c.place.map { $0 + ": " } ?? "") + "\(c.risk.rawValue)[\(c.id)]: \(c.message)\n"
                if c.before != nil || c.after != nil {
                    out += "      before: " + indent(c.before ?? "(none)") + "\n"
                    out += "      after:  " + indent(c.after ?? "(none)") + "\n"
                }
            }
        }
        return out
    }

    static func indent(_ s: String) -> String { s.replacingOccurrences(of: "\n", with: "\n              ") }

    struct Group {
        var title: String
        var changes: [Change]
    }

    /// Changes in `Change.order` are already most severe first: groups keep the order of their first change.
    static func groups(_ changes: [Change]) -> [Group] {
        var order: [String] = []
        var byKey: [String: Group] = [:]
        for c in changes {
            let key = c.package + "\u{0}" + (c.operationId ?? "")
            if byKey[key] == nil {
                order.append(key)
                byKey[key] = Group(title: DiffReport.packageName(c) + (c.operationId.map { " › " + $0 } ?? " (package)"), changes: [])
            }
            byKey[key]?.changes.append(c)
        }
        return order.compactMap { byKey[$0] }
    }
}

/// A pull-request comment: a one-line verdict, a table most severe first (long lists
/// folded), and confirmation text before and after, quoted.
enum DiffMarkdownReport {
    static let unfolded = 20

    static func render(_ report: DiffReport) -> String {
        var out = "### plugin-catalog: " + verdict(report) + "\n\n"
        out += "Comparing `\(code(report.base))` (base) with `\(code(report.head))` (head).\n"
        if !report.failures.isEmpty {
            out += "\n> [!CAUTION]\n> A side could not be read, so nothing was compared:\n"
            for d in report.failures { out += "> - `" + code(d.formatted) + "`\n" }
        }
        guard !report.changes.isEmpty else { return out }
        let header = "\n| Risk | Change | Operation | Locale | What |\n|---|---|---|---|---|\n"
        out += header
        for c in report.changes.prefix(unfolded) { out += row(c) }
        if report.changes.count > unfolded {
            out += "\n<details><summary>\(report.changes.count - unfolded) more changes</summary>\n" + header
            for c in report.changes.dropFirst(unfolded) { out += row(c) }
            out += "\n</details>\n"
        }
        let confirmations = report.changes.filter { $0.kind == .confirmationChanged && $0.locale != nil }
        if !confirmations.isEmpty {
            out += "\n#### Confirmation text\n"
            out += confirmations.count > 5 ? "\n<details><summary>\(confirmations.count) confirmations changed</summary>\n" : ""
            for c in confirmations {
                out += "\n**\(cell(c.packageTitle.isEmpty ? c.package : c.packageTitle)) › \(cell(c.operationId ?? "")) (\(cell(c.locale ?? "")))**\n\n"
                out += "Before:\n\n" + quote(c.before) + "\nAfter:\n\n" + quote(c.after)
            }
            out += confirmations.count > 5 ? "\n</details>\n" : ""
        }
        return out
    }

    static func verdict(_ report: DiffReport) -> String {
        if report.changes.isEmpty { return report.failures.isEmpty ? "no change in behaviour." : "a side could not be read." }
        let high = report.count(.high)
        let lead = high > 0 ? "⛔ **\(high) high-risk change\(high == 1 ? "" : "s")**" : report.count(.medium) > 0 ? "⚠️ medium-risk changes" : "ℹ️ low-risk changes only"
        return "\(lead): \(report.summary)."
    }

    static func row(_ c: Change) -> String {
        let risk =
            switch c.risk {
            case .high: "🔴 high"
            case .medium: "🟠 medium"
            case .low: "⚪ low"
            }
        let operation = (c.packageTitle.isEmpty ? c.package : c.packageTitle) + (c.operationId.map { " › " + $0 } ?? "")
        let place = c.place.map { " (`" + code($0) + "`)" } ?? ""
        return "| \(risk) | `\(c.id)` | \(cell(operation)) | \(cell(c.locale ?? "")) | \(cell(c.message))\(place) |\n"
    }

    /// Text safe in a table cell: no line breaks, pipes escaped, HTML and Markdown markup inert.
    static func cell(_ s: String) -> String {
        var out = ""
        for ch in s.split(whereSeparator: \.isNewline).joined(separator: " ") {
            switch ch {
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "*", "_", "`", "[", "]", "\\", "#", "~": out += "\\" + String(ch)
            default: out.append(ch)
            }
        }
        return out
    }

    /// Inside backticks: backticks cannot appear, so they become quotes.
    static func code(_ s: String) -> String { s.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "\n", with: " ") }

    static func quote(_ s: String?) -> String {
        guard let s, !s.isEmpty else { return "> *(none)*\n" }
        return s.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + cell(String($0)) }.joined(separator: "\n") + "\n"
    }
}

/// `{"format":1,"base":…,"head":…,"summary":{…},"changes":[…]}`.
enum DiffJSONReport {
    static func render(_ report: DiffReport) -> String {
        var summary = JSONObject()
        for r in Risk.allCases.reversed() { summary[r.rawValue] = .number(Double(report.count(r))) }
        var root = JSONObject()
        root["format"] = .number(1)
        root["base"] = .string(report.base)
        root["head"] = .string(report.head)
        root["summary"] = .object(summary)
        root["changes"] = .array(report.changes.map(change))
        if !report.failures.isEmpty { root["failures"] = .array(report.failures.map(CatalogJSON.diagnostic)) }
        return JSONWriter.serialize(.object(root), style: .pretty(indent: 2)) + "\n"
    }

    static func change(_ c: Change) -> JSONValue {
        var o = JSONObject()
        o["id"] = .string(c.id)
        o["risk"] = .string(c.risk.rawValue)
        o["package"] = .string(c.package)
        o["packageTitle"] = .string(c.packageTitle)
        o["operationId"] = c.operationId.map { .string($0) } ?? .null
        o["locale"] = c.locale.map { .string($0) } ?? .null
        o["message"] = .string(c.message)
        o["before"] = c.before.map { .string($0) } ?? .null
        o["after"] = c.after.map { .string($0) } ?? .null
        o["file"] = c.file.map { .string($0) } ?? .null
        o["line"] = c.location.map { .number(Double($0.line)) } ?? .null
        o["column"] = c.location.map { .number(Double($0.column)) } ?? .null
        o["side"] = .string(c.inBase ? "base" : "head")
        return .object(o)
    }
}

/// GitHub workflow commands: `::error` (high), `::warning` (medium), `::notice` (low) with
/// the file, line and column where the change is visible.
enum DiffGitHubReport {
    static func render(_ report: DiffReport) -> String {
        var out = report.failures.map(GitHubReport.line).joined()
        for c in report.changes { out += line(c) }
        return out + "::notice title=plugin-catalog diff::\(GitHubReport.data("\(report.base) → \(report.head): \(report.summary)"))\n"
    }

    static func line(_ c: Change) -> String {
        let command =
            switch c.risk {
            case .high: "error"
            case .medium: "warning"
            case .low: "notice"
            }
        var properties: [String] = []
        if let file = c.file {
            let (path, member) = ReportPaths.split(file)
            properties.append("file=\(GitHubReport.property(path))")
            if member == nil, let l = c.location { properties += ["line=\(l.line)", "col=\(l.column)"] }
        }
        let title = "\(c.id) · " + DiffReport.packageName(c) + (c.operationId.map { " › " + $0 } ?? "") + (c.locale.map { " (\($0))" } ?? "")
        properties.append("title=\(GitHubReport.property(title))")
        var message = c.message
        if c.before != nil || c.after != nil { message += "\nbefore: \(c.before ?? "(none)")\nafter: \(c.after ?? "(none)")" }
        return "::\(command) \(properties.joined(separator: ","))::\(GitHubReport.data(message))\n"
    }
}
