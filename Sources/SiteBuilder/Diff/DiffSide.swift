import CatalogSupport
import Foundation

/// One side of a comparison: what `build` accepts (package folders, archives, folders of
/// packages, plugin manifests, OpenAPI files), or `REV:PATH`, read from the git repository
/// of the current folder without touching the work tree.
public struct DiffSide: Sendable {
    /// The side as the user wrote it (`main:appPackage`, `appPackage`): reports name it so.
    public var label: String
    /// What the reader is given.
    public var urls: [URL]
    /// What file names in findings and changes are relative to.
    public var displayBase: URL?
    /// The private folder a git revision was written into (removed by `cleanUp`).
    public private(set) var temporary: URL?

    public init(label: String, urls: [URL], displayBase: URL?) {
        self.label = label
        self.urls = urls
        self.displayBase = displayBase
    }

    /// Why a side cannot be read: a revision or path git does not know, or no git at all.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// `spec` as a path when it exists on disk, else as `REV:PATH` (PATH relative to the
    /// repository root, or to the current folder when it starts with `./` or `../`).
    /// `environmentFolders`: also take the `env/` folders beside and above PATH (for `--env`).
    public static func resolve(_ spec: String, in cwd: URL, environmentFolders: Bool = false) -> Result<DiffSide, Problem> {
        let onDisk = URL(fileURLWithPath: spec, relativeTo: cwd).standardizedFileURL
        if FileManager.default.fileExists(atPath: onDisk.path) || !spec.contains(":") {
            return .success(DiffSide(label: spec, urls: [onDisk], displayBase: cwd))
        }
        guard let colon = spec.firstIndex(of: ":") else { return .success(DiffSide(label: spec, urls: [onDisk], displayBase: cwd)) }
        let rev = String(spec[..<colon])
        let path = String(spec[spec.index(after: colon)...])
        guard !rev.isEmpty else { return .failure(Problem(message: "\(spec): no revision before \":\" (write REV:PATH, e.g. main:appPackage)")) }
        return GitRevision.extract(rev: rev, path: path, label: spec, in: cwd, environmentFolders: environmentFolders)
    }

    /// Removes the folder a revision was written into.
    public func cleanUp() {
        if let temporary { try? FileManager.default.removeItem(at: temporary) }
    }

    fileprivate static func extracted(label: String, url: URL, displayBase: URL, temporary: URL) -> DiffSide {
        var side = DiffSide(label: label, urls: [url], displayBase: displayBase)
        side.temporary = temporary
        return side
    }
}

/// Reads a path of a git revision into a private folder with `git archive`, leaving the
/// work tree and the index alone.
enum GitRevision {
    static func extract(rev: String, path: String, label: String, in cwd: URL, environmentFolders: Bool) -> Result<DiffSide, DiffSide.Problem> {
        let top = run(["rev-parse", "--show-toplevel"], in: cwd)
        guard top.status == 0 else {
            return .failure(.init(message: "\(label): no such file or folder, and not in a git repository to read a revision from (\(top.errorLine))"))
        }
        let root = URL(fileURLWithPath: top.output.trimmingCharacters(in: .whitespacesAndNewlines))
        let prefix = run(["rev-parse", "--show-prefix"], in: cwd).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let verify = run(["rev-parse", "--verify", "--quiet", "--end-of-options", rev + "^{tree}"], in: root)
        guard verify.status == 0 else { return .failure(.init(message: "\(label): \"\(rev)\" is not a revision of this repository")) }
        guard let repoPath = repositoryPath(path, prefix: prefix) else {
            return .failure(.init(message: "\(label): the path leaves the repository"))
        }
        var wanted = repoPath.isEmpty ? [] : [repoPath]
        if environmentFolders { wanted += environmentCandidates(repoPath) }
        let listed =
            repoPath.isEmpty
            ? []
            : run(["ls-tree", "--name-only", "--full-tree", rev, "--"] + wanted, in: root)
                .output.split(separator: "\n").map(String.init)
        guard repoPath.isEmpty || listed.contains(repoPath) else {
            return .failure(.init(message: "\(label): \(rev) has no \(repoPath)"))
        }
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("plugin-catalog-diff-\(UUID().uuidString)")
        let tree = temporary.appendingPathComponent("tree")
        let tar = temporary.appendingPathComponent("side.tar")
        do {
            try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
        } catch {
            return .failure(.init(message: "\(label): cannot make a temporary folder to read the revision into"))
        }
        let paths = repoPath.isEmpty ? [] : wanted.filter { listed.contains($0) }
        let archive = run(["archive", "--format=tar", "--output=" + tar.path, rev, "--"] + paths, in: root)
        let untar = archive.status == 0 ? run(["-xf", tar.path, "-C", tree.path], in: root, tool: "/usr/bin/env", toolName: "tar") : archive
        try? FileManager.default.removeItem(at: tar)
        guard archive.status == 0, untar.status == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            return .failure(.init(message: "\(label): the revision could not be read (\(untar.errorLine))"))
        }
        let url = repoPath.isEmpty ? tree : tree.appendingPathComponent(repoPath)
        let displayBase = prefix.isEmpty ? tree : tree.appendingPathComponent(prefix)
        return .success(DiffSide.extracted(label: label, url: url.standardizedFileURL, displayBase: displayBase, temporary: temporary))
    }

    /// PATH as a path from the repository root; nil when it leaves the repository.
    static func repositoryPath(_ path: String, prefix: String) -> String? {
        let relativeToCurrent = path.hasPrefix("./") || path.hasPrefix("../") || path == "." || path == ".."
        var parts: [String] = relativeToCurrent ? prefix.split(separator: "/").map(String.init) : []
        for piece in path.split(separator: "/") {
            switch piece {
            case ".", "": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }

    /// `env` folders in PATH's folder and up to three folders above (where `--env` looks).
    static func environmentCandidates(_ repoPath: String) -> [String] {
        var parts = repoPath.split(separator: "/").map(String.init)
        var out: [String] = []
        for _ in 0..<5 {
            out.append((parts + ["env"]).joined(separator: "/"))
            guard !parts.isEmpty else { break }
            parts.removeLast()
        }
        return out
    }

    struct Output {
        var status: Int32
        var output: String
        var error: String
        var errorLine: String { error.split(separator: "\n").first.map(String.init) ?? "exit status \(status)" }
    }

    /// Runs git (or `toolName` through `tool`) and waits; the output is small (names, not contents).
    static func run(_ arguments: [String], in directory: URL, tool: String = "/usr/bin/env", toolName: String = "git") -> Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = [toolName] + arguments
        p.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        p.environment = environment
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        do {
            try p.run()
        } catch {
            return Output(status: 127, output: "", error: "\(toolName) cannot be run")
        }
        // Read both pipes to the end before waiting, so a full pipe never blocks the child.
        let errorData = ErrorReader(err.fileHandleForReading)
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = errorData.finish()
        p.waitUntilExit()
        return Output(status: p.terminationStatus, output: String(decoding: o, as: UTF8.self), error: String(decoding: e, as: UTF8.self))
    }
}

/// Reads a pipe on another thread (the error output, while the main output is read).
final class ErrorReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    func finish() -> Data {
        done.wait()
        return data
    }
}
