import Foundation
import Testing
import TestSupport

/// Secrets never published: with `--env`, the value of a `SECRET_*` variable or of any
/// variable from a `.env.*.user` file reaches no page, Markdown twin, `catalog.json`,
/// search index, curl example, report or terminal line. `‹NAME›` stands in its place, and
/// an `env-secret` finding says where the package would have published it.
@Suite struct SecretsTests {
    static let values = ["sk-live-4f9a11", "hunter2-b7c0", "vault-ref-93d2", "secret-host-e1"]

    /// The clean package with a secret in every kind of field: names, descriptions, the
    /// developer, instructions, function descriptions, confirmations, the auth reference,
    /// the server, operation texts, parameter descriptions, examples, cards and a locale.
    static func project() -> URL {
        let parent = TestPaths.temporaryDirectory("secrets")
        let folder = parent.appendingPathComponent("pkg")
        try? FileManager.default.copyItem(at: ValidateCommandTests.clean, to: folder)
        let edits: [(String, String, String)] = [
            ("manifest.json", "\"short\": \"Budgets\"", "\"short\": \"Budgets ${{SECRET_API_KEY}}\""),
            ("manifest.json", "\"name\": \"Contoso\"", "\"name\": \"Contoso ${{BOT_PASSWORD}}\""),
            ("manifest.json", "\"Track team budgets\"", "\"Track team budgets ${{SECRET_API_KEY}}\""),
            ("manifest.json", "https://contoso.example/privacy", "https://contoso.example/${{SECRET_API_KEY}}"),
            ("agent.json", "Answer questions about team budgets.", "Answer questions about team budgets with key ${{SECRET_API_KEY}}."),
            ("plugin.json", "charge expenses to them\"", "charge expenses to them ${{BOT_PASSWORD}}\""),
            ("plugin.json", "charges expenses to a budget.", "charges expenses to a budget ${{SECRET_API_KEY}}."),
            ("plugin.json", "with what is left in each.", "with what is left in each ${{BOT_PASSWORD}}."),
            ("plugin.json", "\"Charge a budget\"", "\"Charge a budget ${{SECRET_API_KEY}}\""),
            ("plugin.json", "to the {{function.parameters.name}} budget?", "to the {{function.parameters.name}} budget ${{BOT_PASSWORD}}?"),
            ("plugin.json", "${{OAUTH_REFERENCE_ID}}", "${{OAUTH_REFERENCE_ID}}"),
            ("openapi.yaml", "https://api.contoso.example/v1", "https://${{SECRET_HOST}}/v1?key=${{SECRET_API_KEY}}"),
            ("openapi.yaml", "summary: List budgets", "summary: List budgets ${{SECRET_API_KEY}}"),
            ("openapi.yaml", "description: Returns the budgets of the team.", "description: Returns the budgets of the team ${{BOT_PASSWORD}}."),
            ("openapi.yaml", "description: The budget's name.", "description: The budget's name ${{SECRET_API_KEY}}."),
            ("adaptiveCards/budget.json", "\"${name}\"", "\"${name} ${{SECRET_API_KEY}}\""),
            ("loc/fr.json", "\"Suivre les budgets\"", "\"Suivre les budgets ${{BOT_PASSWORD}}\""),
        ]
        for (file, old, new) in edits {
            let url = folder.appendingPathComponent(file)
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            #expect(text.contains(old), "no \(old) in \(file)")
            try? text.replacingOccurrences(of: old, with: new).write(to: url, atomically: false, encoding: .utf8)
        }
        let example = folder.appendingPathComponent("adaptiveCards").appendingPathComponent("budget.data.json")
        if FileManager.default.fileExists(atPath: example.path) {
            try? #"{"name": "Travel ${{SECRET_API_KEY}}", "owner": "Megan Bowen", "remaining": 1250.5}"#.write(to: example, atomically: false, encoding: .utf8)
        }
        TestPackage.write([
            "env/.env.dev": "SECRET_API_KEY=\(values[0])\nSECRET_HOST=\(values[3])\nTEAMS_APP_ID=00000000-0000-4000-8000-000000000001\n",
            "env/.env.dev.user": "BOT_PASSWORD=\(values[1])\nOAUTH_REFERENCE_ID=\(values[2])\n",
        ], in: parent)
        return parent
    }

    /// Every file under `folder` whose bytes hold one of the values.
    static func leaks(in folder: URL) -> [String] {
        let fm = FileManager.default
        var found: [String] = []
        for case let path as String in fm.enumerator(atPath: folder.path) ?? NSEnumerator() {
            guard let data = fm.contents(atPath: folder.appendingPathComponent(path).path) else { continue }
            for v in values where data.range(of: Data(v.utf8)) != nil { found.append("\(path): \(v)") }
        }
        return found
    }

    @Test func noSecretValueReachesAnyOutput() throws {
        let dir = Self.project()
        let build = try CLI.run(["build", "pkg", "--env", "dev", "-o", "site"], in: dir)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("site/index.html").path), "\(build.stderr)")
        var terminal = build.stdout + build.stderr
        let reports = dir.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        for format in ["text", "json", "sarif", "github", "junit"] {
            let r = try CLI.run(["validate", "pkg", "--env", "dev", "--format", format, "-o", "reports/report.\(format)"], in: dir)
            #expect(r.status != 2, "\(format): \(r.stderr)")
            terminal += r.stdout + r.stderr
        }
        let shown = try CLI.run(["validate", "pkg", "--env", "dev"], in: dir)
        terminal += shown.stdout + shown.stderr
        let site = dir.appendingPathComponent("site")
        #expect(Self.leaks(in: site) == [], "the site publishes a secret")
        #expect(Self.leaks(in: reports) == [], "a report holds a secret")
        #expect(Self.values.allSatisfy { !terminal.contains($0) }, "the terminal shows a secret")

        // What stands in for them, and the findings that say where they would have gone.
        let pages = Self.allText(in: site)
        #expect(pages.contains("\u{2039}SECRET_API_KEY\u{203A}") || pages.contains("&#8249;SECRET_API_KEY&#8250;") || pages.contains("‹SECRET_API_KEY›"))
        #expect(pages.contains("BOT_PASSWORD"), "a .user value is withheld under its name")
        #expect(shown.stdout.contains("pkg/manifest.json:17:14: warning[env-secret]: ${{SECRET_API_KEY}} is a secret"), "\(shown.stdout)")
        #expect(shown.stdout.contains("pkg/plugin.json") && shown.stdout.contains("${{OAUTH_REFERENCE_ID}} is a secret"))
        // The values that are not secrets are still filled in.
        #expect(pages.contains("00000000-0000-4000-8000-000000000001"))
    }

    static func allText(in folder: URL) -> String {
        let fm = FileManager.default
        var out = ""
        for case let path as String in fm.enumerator(atPath: folder.path) ?? NSEnumerator() where path.hasSuffix(".html") || path.hasSuffix(".json") || path.hasSuffix(".md") {
            out += (try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)) ?? ""
        }
        return out
    }
}
