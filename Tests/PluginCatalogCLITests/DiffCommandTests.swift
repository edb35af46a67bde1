import Foundation
import JSONTree
import Testing
import TestSupport

/// `plugin-catalog diff`: REV:PATH sides read from git, exit statuses, --fail-on and every format.
@Suite struct DiffCommandTests {
    static let clean = TestPaths.repositoryRoot.appendingPathComponent("Tests/RuleTests/Fixtures/clean")

    /// A git repository with the clean package committed as `main`, then changed in the work
    /// tree (consequential flag relaxed, a confirmation title changed) and, optionally, committed.
    static func repository(commitChange: Bool = false) throws -> URL {
        let repo = TestPaths.temporaryDirectory("git-repo")
        try FileManager.default.copyItem(at: clean, to: repo.appendingPathComponent("appPackage"))
        for args in [["init", "-q", "-b", "main"], ["config", "user.name", "Test"], ["config", "user.email", "test@example.com"],
                     ["config", "commit.gpgsign", "false"], ["add", "."], ["commit", "-q", "-m", "first"]] {
            try git(args, in: repo)
        }
        edit(repo, "appPackage/openapi.yaml", "x-openai-isConsequential: true", "x-openai-isConsequential: false")
        edit(repo, "appPackage/plugin.json", "\"Charge a budget\"", "\"Charge \\\"it\\\" | now\"")
        if commitChange { try git(["commit", "-q", "-am", "second"], in: repo) }
        return repo
    }

    static func edit(_ repo: URL, _ file: String, _ old: String, _ new: String) {
        let url = repo.appendingPathComponent(file)
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        precondition(text.contains(old))
        try? text.replacingOccurrences(of: old, with: new).write(to: url, atomically: false, encoding: .utf8)
    }

    @discardableResult
    static func git(_ arguments: [String], in dir: URL) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git"] + arguments
        p.currentDirectoryURL = dir
        let out = Pipe()
        p.standardOutput = out
        p.standardError = Pipe()
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
        return String(decoding: data, as: UTF8.self)
    }

    @Test func aRevisionAgainstTheWorkTreeLeavesTheRepositoryAlone() throws {
        let repo = try Self.repository()
        let statusBefore = try Self.git(["status", "--porcelain"], in: repo)
        let r = try CLI.run(["diff", "main:appPackage", "appPackage"], in: repo)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Comparing main:appPackage (base) with appPackage (head): 1 high, 3 medium and 0 low-risk changes."), "\(r.stdout)")
        #expect(r.stdout.contains("appPackage/openapi.yaml:75:33: high[consequential-relaxed]"), "\(r.stdout)")
        #expect(!r.stdout.contains("/tmp/") && !r.stderr.contains("/tmp/") && !r.stdout.contains("plugin-catalog-diff-"), "no temporary path is shown")
        #expect(try Self.git(["status", "--porcelain"], in: repo) == statusBefore)
    }

    @Test func twoRevisionsAndAPathRelativeToTheCurrentFolder() throws {
        let repo = try Self.repository(commitChange: true)
        let r = try CLI.run(["diff", "HEAD~1:appPackage", "HEAD:appPackage", "--format", "json"], in: repo)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONParser.parse(Array(r.stdout.utf8)).root.jsonValue
        #expect(json["base"]?.stringValue == "HEAD~1:appPackage")
        #expect(json["summary"]?["high"]?.intValue == 1)
        let first = try #require(json["changes"]?[0])
        #expect(first["id"]?.stringValue == "consequential-relaxed")
        #expect(first["file"]?.stringValue == "appPackage/openapi.yaml" && first["line"]?.intValue == 75 && first["column"]?.intValue == 33)
        // From inside the package folder, ./ names the current folder.
        let inside = try CLI.run(["diff", "HEAD~1:./", "HEAD:./", "--format", "json"], in: repo.appendingPathComponent("appPackage"))
        #expect(inside.status == 0, "\(inside.stderr)")
        #expect(inside.stdout.contains("\"file\": \"openapi.yaml\""), "\(inside.stdout)")
    }

    @Test func anUnknownRevisionOrPathIsAReadError() throws {
        let repo = try Self.repository()
        let bad = try CLI.run(["diff", "no-such-branch:appPackage", "appPackage"], in: repo)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("\"no-such-branch\" is not a revision of this repository"), "\(bad.stderr)")
        let missing = try CLI.run(["diff", "main:nothing-here", "appPackage"], in: repo)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("main has no nothing-here"), "\(missing.stderr)")
        let notAFolder = try CLI.run(["diff", "gone", "appPackage"], in: repo)
        #expect(notAFolder.status == 1, "\(notAFolder.stdout)\(notAFolder.stderr)")
        #expect(notAFolder.stdout.contains("error[input-kind]"), "\(notAFolder.stdout)")
        // A side that cannot be read is not compared: no "package removed" for a mistyped HEAD.
        let typo = try CLI.run(["diff", "appPackage", "appPackge"], in: repo)
        #expect(typo.status == 1)
        #expect(typo.stdout.contains("not compared: a side could not be read"), "\(typo.stdout)")
        #expect(!typo.stdout.contains("package-removed"), "\(typo.stdout)")
    }

    @Test func failOnDecidesTheExitStatus() throws {
        let repo = try Self.repository()
        for (level, status) in [("high", Int32(1)), ("medium", 1), ("low", 1)] {
            #expect(try CLI.run(["diff", "main:appPackage", "appPackage", "--fail-on", level], in: repo).status == status, "\(level)")
        }
        Self.edit(repo, "appPackage/openapi.yaml", "x-openai-isConsequential: false", "x-openai-isConsequential: true")
        Self.edit(repo, "appPackage/plugin.json", "\"Charge \\\"it\\\" | now\"", "\"Charge a budget\"")
        Self.edit(repo, "appPackage/adaptiveCards/budget.json", "\"title\": \"Owner\"", "\"title\": \"Owned by\"")
        #expect(try CLI.run(["diff", "main:appPackage", "appPackage", "--fail-on", "medium"], in: repo).status == 0, "only a low change")
        #expect(try CLI.run(["diff", "main:appPackage", "appPackage", "--fail-on", "low"], in: repo).status == 1)
        #expect(try CLI.run(["diff", "main:appPackage", "appPackage"], in: repo).status == 0, "no --fail-on: 0 whatever changed")
    }

    @Test func usageErrorsExitTwo() throws {
        let repo = try Self.repository()
        for arguments in [["--format", "xml"], ["--fail-on", "critical"], ["-o", "no-such-folder/x.md"]] {
            let r = try CLI.run(["diff", "main:appPackage", "appPackage"] + arguments, in: repo)
            #expect(r.status == 2, "\(arguments): \(r.stderr)")
        }
        #expect(try CLI.run(["diff", "appPackage"], in: repo).status == 2)
    }

    @Test func githubAnnotationsAndTheMarkdownComment() throws {
        let repo = try Self.repository()
        let gh = try CLI.run(["diff", "main:appPackage", "appPackage", "--format", "github"], in: repo)
        let lines = gh.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("::error file=appPackage/openapi.yaml,line=75,col=33,title=consequential-relaxed · Budgets") == true, "\(gh.stdout)")
        #expect(lines.contains { $0.hasPrefix("::warning file=appPackage/plugin.json,line=29,col=20,title=confirmation-changed") && $0.contains("(fr)") })
        #expect(lines.last == "::notice title=plugin-catalog diff::main:appPackage → appPackage: 1 high, 3 medium and 0 low-risk changes", "\(lines.last ?? "")")
        let out = repo.appendingPathComponent("comment.md")
        let md = try CLI.run(["diff", "main:appPackage", "appPackage", "--format", "markdown", "-o", out.path], in: repo)
        #expect(md.status == 0)
        #expect(md.stderr.contains("1 high, 3 medium and 0 low-risk changes → "))
        let text = try String(contentsOf: out, encoding: .utf8)
        let golden = """
            ### plugin-catalog: ⛔ **1 high-risk change**: 1 high, 3 medium and 0 low-risk changes.

            Comparing `main:appPackage` (base) with `appPackage` (head).

            | Risk | Change | Operation | Locale | What |
            |---|---|---|---|---|
            | 🔴 high | `consequential-relaxed` | Budgets › chargeBudget |  | POST /budgets/charge is no longer consequential: Copilot now offers "Always allow" (decided by x-openai-isConsequential) (`appPackage/openapi.yaml:75:33`) |
            | 🟠 medium | `version-not-bumped` | Budgets |  | the app version is still 1.0.0 though the package changed (`appPackage/manifest.json:4:14`) |
            | 🟠 medium | `confirmation-changed` | Budgets › chargeBudget | en | the confirmation title of POST /budgets/charge changed in en (`appPackage/plugin.json:29:20`) |
            | 🟠 medium | `confirmation-changed` | Budgets › chargeBudget | fr | the confirmation title of POST /budgets/charge changed in fr (`appPackage/plugin.json:29:20`) |

            #### Confirmation text

            **Budgets › chargeBudget (en)**

            Before:

            > Charge a budget
            > 
            > Do you want to charge \\*\\*{{function.parameters.amount}}\\*\\* to the {{function.parameters.name}} budget?

            After:

            > Charge "it" \\| now
            > 
            > Do you want to charge \\*\\*{{function.parameters.amount}}\\*\\* to the {{function.parameters.name}} budget?

            **Budgets › chargeBudget (fr)**

            """
        #expect(text.hasPrefix(golden), "\(text)")
    }

    @Test func theJSONReportHasTheDocumentedShape() throws {
        let repo = try Self.repository()
        let r = try CLI.run(["diff", "main:appPackage", "appPackage", "--format", "json"], in: repo)
        let json = try JSONParser.parse(Array(r.stdout.utf8)).root.jsonValue
        #expect(json.objectValue.map { Array($0.keys) } == ["format", "base", "head", "summary", "changes"])
        #expect(json["summary"]?.objectValue.map { Array($0.keys) } == ["high", "medium", "low"])
        let change = try #require(json["changes"]?[0]?.objectValue)
        #expect(Array(change.keys) == ["id", "risk", "package", "packageTitle", "operationId", "locale", "message", "before", "after", "file", "line", "column", "side"])
        #expect(json["changes"]?.arrayValue?.count == 4)
        // Deterministic: the same run gives the same bytes.
        #expect(try CLI.run(["diff", "main:appPackage", "appPackage", "--format", "json"], in: repo).stdout == r.stdout)
    }

    @Test func buildCompareWritesTheReviewSite() throws {
        let repo = try Self.repository()
        let r = try CLI.run(["build", "appPackage", "--compare", "main:appPackage", "-o", "review"], in: repo)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("Compared with main:appPackage: 1 high, 3 medium and 0 low-risk changes (changes.html)"), "\(r.stderr)")
        let changes = try String(contentsOf: repo.appendingPathComponent("review/changes.html"), encoding: .utf8)
        #expect(changes.contains("<code>consequential-relaxed</code>") && changes.contains("<code>main:appPackage</code>"))
        #expect(!changes.contains("plugin-catalog-diff-"), "no temporary path is shown")
        let bad = try CLI.run(["build", "appPackage", "--compare", "nope:appPackage", "-o", "review2"], in: repo)
        #expect(bad.status == 1 && bad.stderr.contains("--compare: nope:appPackage"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: repo.appendingPathComponent("review2").path))
        // A BASE path that holds no package: the site is built, the review says it compared
        // nothing, and the exit status says the review failed.
        let missing = try CLI.run(["build", "appPackage", "--compare", "gone", "-o", "review3"], in: repo)
        #expect(missing.status == 1, "\(missing.stderr)")
        #expect(missing.stderr.contains("not compared: a side could not be read"), "\(missing.stderr)")
    }
}
