import CatalogDiagnostics
import Foundation
import JSONTree

/// SARIF 2.1.0 for GitHub code scanning and Azure DevOps: one run, every rule of the tool in
/// `tool.driver.rules`, one result per finding with a repository-relative location.
enum SARIFReport {
    static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// Where `docs/rules.md` is published; each rule's help is an anchor in it.
    static let rulesPage = "https://github.com/plugin-catalog/plugin-catalog/blob/main/docs/rules.md"

    static func render(_ report: ValidateAction.Report) -> String {
        let rules = Rule.all
        let index = Dictionary(rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var driver = JSONObject()
        driver["name"] = .string("plugin-catalog")
        driver["informationUri"] = .string(rulesPage)
        driver["rules"] = .array(rules.map(rule))
        var run = JSONObject()
        run["tool"] = .object(["driver": .object(driver)])
        run["columnKind"] = .string("unicodeCodePoints")
        run["results"] = .array(report.sorted.map { result($0, ruleIndex: index[$0.rule.id]) })
        var root = JSONObject()
        root["$schema"] = .string(schema)
        root["version"] = .string("2.1.0")
        root["runs"] = .array([.object(run)])
        return JSONWriter.serialize(.object(root), style: .pretty(indent: 2)) + "\n"
    }

    static func level(_ s: Severity) -> String {
        switch s {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    static func rule(_ r: Rule) -> JSONValue {
        var o = JSONObject()
        o["id"] = .string(r.id)
        o["shortDescription"] = .object(["text": .string(r.summary)])
        o["helpUri"] = .string(rulesPage + "#" + r.id.lowercased())
        o["defaultConfiguration"] = .object(["level": .string(level(r.referenceSeverity ?? .warning))])
        return .object(o)
    }

    static func result(_ d: Diagnostic, ruleIndex: Int?) -> JSONValue {
        var o = JSONObject()
        o["ruleId"] = .string(d.rule.id)
        if let ruleIndex { o["ruleIndex"] = .number(Double(ruleIndex)) }
        o["level"] = .string(level(d.severity))
        let (path, member) = ReportPaths.split(d.file ?? "")
        let text = ([(member.map { "\($0): " } ?? "") + d.message] + d.notes).joined(separator: "\n")
        o["message"] = .object(["text": .string(text)])
        if d.file != nil {
            var physical = JSONObject()
            physical["artifactLocation"] = .object(["uri": .string(uri(path))])
            if member == nil, let l = d.location {
                physical["region"] = .object(["startLine": .number(Double(l.line)), "startColumn": .number(Double(l.column))])
            }
            o["locations"] = .array([.object(["physicalLocation": .object(physical)])])
        }
        return .object(o)
    }

    /// A relative path as a URI reference: each segment percent-encoded.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#[]@!$&'()*+,;=:")
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0) }.joined(separator: "/")
    }
}

/// JUnit XML: a test suite per package (and one for the catalog's own findings), a test case
/// per rule a tool checks; findings at or above `--fail-on` are failures, the rest are shown
/// as the case's output.
enum JUnitReport {
    static func render(_ report: ValidateAction.Report, failOn: Severity) -> String {
        let rules = Rule.all.filter { $0.manual == nil }
        var suites: [(name: String, findings: [Diagnostic])] = report.packages.map { ($0.source, $0.diagnostics) }
        if !report.catalog.isEmpty { suites.insert(("catalog", report.catalog), at: 0) }
        var body = ""
        var totalTests = 0, totalFailures = 0
        for suite in suites {
            let byRule = Dictionary(grouping: suite.findings, by: { $0.rule.id })
            let ids = rules.map(\.id) + byRule.keys.filter { id in !rules.contains { $0.id == id } }.sorted()
            var cases = ""
            var failures = 0
            for id in ids {
                let found = (byRule[id] ?? []).sorted(by: Diagnostic.sortKey)
                let failing = found.filter { $0.severity >= failOn }
                if !failing.isEmpty { failures += 1 }
                cases += testCase(suite: suite.name, rule: id, failing: failing, other: found.filter { $0.severity < failOn })
            }
            totalTests += ids.count
            totalFailures += failures
            body += "  <testsuite name=\"\(XML.attribute(suite.name))\" tests=\"\(ids.count)\" failures=\"\(failures)\" errors=\"0\">\n\(cases)  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"plugin-catalog validate\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\">\n"
            + body + "</testsuites>\n"
    }

    static func testCase(suite: String, rule: String, failing: [Diagnostic], other: [Diagnostic]) -> String {
        var out = "    <testcase classname=\"\(XML.attribute(suite))\" name=\"\(XML.attribute(rule))\""
        guard !failing.isEmpty || !other.isEmpty else { return out + "/>\n" }
        out += ">\n"
        if let first = failing.first {
            let text = failing.map(\.formatted).joined(separator: "\n")
            out += "      <failure type=\"\(first.severity.rawValue)\" message=\"\(XML.attribute(first.message))\">\(XML.text(text))</failure>\n"
        }
        if !other.isEmpty { out += "      <system-out>\(XML.text(other.map(\.formatted).joined(separator: "\n")))</system-out>\n" }
        return out + "    </testcase>\n"
    }
}

/// XML 1.0 escaping; characters XML cannot hold at all (most C0 controls, U+FFFE/U+FFFF,
/// lone surrogates) become U+FFFD.
enum XML {
    static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                let allowed = v >= 0x20 && v != 0xFFFE && v != 0xFFFF
                out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// In an attribute, line breaks and tabs are kept as character references.
    static func attribute(_ s: String) -> String {
        text(s).replacingOccurrences(of: "\n", with: "&#10;").replacingOccurrences(of: "\r", with: "&#13;").replacingOccurrences(of: "\t", with: "&#9;")
    }
}
