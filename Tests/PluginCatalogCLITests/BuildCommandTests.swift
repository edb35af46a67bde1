import Foundation
import Testing
import TestSupport

/// Runs the real `plugin-catalog` executable (built by `swift build --build-tests`).
enum CLI {
    static var executable: URL {
        // The test bundle lives next to the executable in the build folder.
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("plugin-catalog")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return TestPaths.repositoryRoot.appendingPathComponent(".build/debug/plugin-catalog")
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in directory: URL? = nil, stdin: String? = nil, environment: [String: String] = [:]) throws -> Output {
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        if !environment.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new } }
        if let directory { p.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        if let stdin {
            let input = Pipe()
            p.standardInput = input
            try p.run()
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        } else {
            try p.run()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Output(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}

@Suite struct BuildCommandTests {
    @Test func nothingToBuildIsAUsageError() throws {
        let r = try CLI.run(["build"], in: TestPaths.temporaryDirectory("empty"))
        #expect(r.status == 2)
        #expect(r.stderr.contains("nothing to build"))
    }

    @Test func unknownOptionIsAUsageError() throws {
        let r = try CLI.run(["build", "--no-such-option"])
        #expect(r.status == 2)
    }

    @Test func buildsTheCatalogFileInTheCurrentFolder() throws {
        let folder = TestPackage.write([
            "catalog.yml": "title: Mine\npackages:\n  - spec.yaml\n",
            "spec.yaml": "openapi: 3.0.0\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://t.example'}]\npaths:\n  /t:\n    get: {operationId: t, responses: {'200': {description: ok}}}\n",
        ])
        let r = try CLI.run(["build"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("Built 1 package, 1 operations"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("_site/packages/spec/t.html").path))
    }

    /// `build docs/catalog.yml` (a catalog file as the only input) reads it as --config would:
    /// its packages relative to its folder, its output.
    @Test func aCatalogFileGivenAsTheInputIsReadAsTheConfig() throws {
        let folder = TestPackage.write([
            "docs/catalog.yml": "title: Mine\npackages:\n  - spec.yaml\noutput: site\n",
            "docs/spec.yaml": "openapi: 3.0.0\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://t.example'}]\npaths:\n  /t:\n    get: {operationId: t, responses: {'200': {description: ok}}}\n",
        ])
        let r = try CLI.run(["build", "docs/catalog.yml"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("docs/site/packages/spec/t.html").path))
        let v = try CLI.run(["validate", "docs/catalog.yml"], in: folder)
        #expect(v.status == 0, "\(v.stdout)\(v.stderr)")
    }

    /// Any YAML file with `packages:` is a catalog file, whatever its name; an OpenAPI
    /// description in YAML stays a package input.
    @Test func aCatalogFileOfAnyNameIsReadAsTheConfig() throws {
        let spec = "openapi: 3.0.0\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://t.example'}]\npaths:\n  /t:\n    get: {operationId: t, responses: {'200': {description: ok}}}\n"
        let folder = TestPackage.write([
            "staging.yml": "title: Staging\npackages:\n  - spec.yaml\noutput: staging-site\n",
            "spec.yaml": spec,
            // An OpenAPI description that happens to have a `packages` path segment.
            "odd.yaml": spec.replacingOccurrences(of: "/t:", with: "/packages:"),
        ])
        let r = try CLI.run(["build", "staging.yml"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("staging-site/packages/spec/t.html").path))
        let o = try CLI.run(["build", "odd.yaml", "-o", "odd-site"], in: folder)
        #expect(o.status == 0, "\(o.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("odd-site/index.html").path))
    }

    @Test func errorsPrintAsPathLineColumnAndExitOne() throws {
        let folder = TestPackage.write(["bad/manifest.json": "{\n  \"name\": }\n"])
        let r = try CLI.run(["build", "bad", "-o", "out"], in: folder)
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad/manifest.json:2:11: error[json-syntax]: unexpected '}'; expected a value"))
        // The rest still builds: the site exists.
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/index.html").path))
    }

    @Test func catalogOptionsAreAlsoOnTheCommandLine() throws {
        let folder = TestPackage.write([
            "spec.yaml": "openapi: 3.0.0\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://t.example'}]\npaths:\n  /t:\n    get: {operationId: t, responses: {'200': {description: ok}}}\n",
            "cards/hello.json": #"{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Hello gallery"}]}"#,
        ])
        let r = try CLI.run(["build", "spec.yaml", "-o", "site", "--title", "Ours", "--description", "All *our* APIs.",
                             "--locale", "de", "--gallery", "cards", "--base-url", "https://docs.example/apis/"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        let site = folder.appendingPathComponent("site")
        let home = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("<em>our</em>"))
        #expect(home.contains("Ours"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("de/index.html").path))
        let gallery = try String(contentsOf: site.appendingPathComponent("galleries/gallery-cards.html"), encoding: .utf8)
        #expect(gallery.contains("Hello gallery"))
        let sitemap = try String(contentsOf: site.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("https://docs.example/apis/packages/spec/t.html"))
    }

    @Test func quietPrintsOnlyErrors() throws {
        let folder = TestPackage.write(["spec.yaml": "openapi: 3.0.0\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://t.example'}]\npaths:\n  /t:\n    get: {responses: {'200': {description: ok}}}\n"])
        let r = try CLI.run(["build", "spec.yaml", "-q"], in: folder)
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        let loud = try CLI.run(["build", "spec.yaml"], in: folder)
        #expect(loud.stderr.contains("warning[OAS-09]"))
    }
}
