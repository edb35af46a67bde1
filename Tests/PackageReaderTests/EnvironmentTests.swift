import CatalogDiagnostics
import Foundation
import JSONTree
@testable import PackageReader
import Testing
import TestSupport

/// `--env NAME` and `--env-file`: clear findings, once per cause, no machine paths.
@Suite struct EnvironmentTests {
    @Test func aMissingEnvFileIsOneFindingNamingWhereItLooked() throws {
        let project = TestPaths.temporaryDirectory("noenv")
        let root = TestPackage.write(["spec.yml": """
            openapi: 3.0.0
            info: {title: T, version: '1'}
            servers: [{url: '${{OPENAPI_SERVER_URL}}/api'}]
            paths: {}
            """], in: project.appendingPathComponent("appPackage"))
        var options = LoadOptions(environmentName: "prod")
        options.displayBase = project
        let p = PackageLoader.load(PackageInput(kind: .folder, url: root, display: "appPackage", id: "p"), options: options)
        let missing = try #require(p.diagnostics.first { $0.rule == .placeholder })
        #expect(missing.severity == .error)
        #expect(missing.message.contains("--env prod: no env/.env.prod was found (looked in appPackage/env, env, ../env"))
        #expect(!missing.message.contains(project.path), "no machine paths")
        #expect(p.diagnostics.filter { $0.rule == .placeholder }.count == 1)
    }

    @Test func valuesFromUserFilesAndSECRETNamesAreSecrets() throws {
        let project = TestPaths.temporaryDirectory("secrets")
        TestPackage.write(["env/.env.dev": "API_URL=https://a.example\nSECRET_TOKEN=s1\n", "env/.env.dev.user": "PASSWORD=p2\n"], in: project)
        let (env, missing) = EnvironmentLookup.find(for: PackageInput(kind: .folder, url: project.appendingPathComponent("appPackage"), display: "a", id: "a"),
                                                     options: LoadOptions(environmentName: "dev"))
        #expect(missing == nil)
        let e = try #require(env)
        #expect(e.values["PASSWORD"] == "p2" && e.values["API_URL"] == "https://a.example")
        #expect(e.isSecret("PASSWORD") && e.isSecret("SECRET_TOKEN") && !e.isSecret("API_URL"))
    }
}
