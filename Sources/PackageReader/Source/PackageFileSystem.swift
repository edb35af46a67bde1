import Foundation
import ZIPFoundation

/// Why a package file could not be read.
public enum FileAccessError: Error, Sendable, Hashable {
    case notFound
    case outsidePackage(String)
    case tooLarge(Int)
    case unreadable(String)

    public var message: String {
        switch self {
        case .notFound: return "not found"
        case .outsidePackage(let why): return why
        case .tooLarge(let n): return "larger than the \(n / 1_048_576) MB limit for one file"
        case .unreadable(let why): return why
        }
    }
}

/// Limits that keep hostile packages from exhausting memory or disk.
public struct ReadLimits: Sendable, Hashable {
    public var maxFileBytes = 64 * 1_048_576
    public var maxArchiveEntries = 10_000
    public var maxArchiveBytes = 256 * 1_048_576
    /// Largest accepted ratio of unpacked to packed size for one archive entry.
    public var maxCompressionRatio = 200
    public init() {}
    public static let standard = ReadLimits()
}

/// Where a package's files come from: a folder or a `.zip`, read-only.
public protocol PackageFileSystem: Sendable {
    /// How the package is named in diagnostics (the folder or archive path the user gave).
    var displayRoot: String { get }
    /// Reads a file. Never follows links out of the package.
    func read(_ path: PackagePath) -> Result<[UInt8], FileAccessError>
    func exists(_ path: PackagePath) -> Bool
    /// Every file, sorted (used for "did you mean" suggestions and template look-ups).
    func allFiles() -> [PackagePath]
    /// The file as the user would find it: `<root>/<path>`, or `<archive>!/<entry>`.
    func displayPath(_ path: PackagePath) -> String
}

/// A package in a folder on disk.
public struct FolderFileSystem: PackageFileSystem {
    public let root: URL
    public let displayRoot: String
    let limits: ReadLimits
    /// The root with symbolic links resolved: files must stay under it.
    let realRoot: String

    public init(root: URL, displayRoot: String? = nil, limits: ReadLimits = .standard) {
        self.root = root.standardizedFileURL
        self.displayRoot = displayRoot ?? root.path
        self.limits = limits
        self.realRoot = FolderFileSystem.realPath(root.path) ?? root.standardizedFileURL.path
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    func url(_ path: PackagePath) -> URL {
        path.components.reduce(root) { $0.appendingPathComponent($1) }
    }

    public func displayPath(_ path: PackagePath) -> String {
        if displayRoot.isEmpty || displayRoot == "." { return path.description }
        return displayRootEndsInSlash ? displayRoot + path.description : displayRoot + "/" + path.description
    }

    /// Whether the display root's last character is `/`: asked for every file of the
    /// package. An ASCII byte before a last `/` makes that `/` a character of its own.
    var displayRootEndsInSlash: Bool {
        let utf8 = displayRoot.utf8
        guard utf8.last == UInt8(ascii: "/") else { return false }
        guard utf8.count > 1, utf8[utf8.index(utf8.endIndex, offsetBy: -2)] >= 0x80 else { return true }
        return displayRoot.hasSuffix("/")
    }

    public func exists(_ path: PackagePath) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url(path).path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    public func read(_ path: PackagePath) -> Result<[UInt8], FileAccessError> {
        let fileURL = url(path)
        guard exists(path) else { return .failure(.notFound) }
        // A symbolic link (anywhere on the way) must not lead out of the package.
        guard let real = FolderFileSystem.realPath(fileURL.path) else { return .failure(.notFound) }
        let prefix = realRoot.hasSuffix("/") ? realRoot : realRoot + "/"
        guard real.hasPrefix(prefix) else {
            return .failure(.outsidePackage("\"\(path)\" is a symbolic link that leads outside the package"))
        }
        guard let handle = FileHandle(forReadingAtPath: real) else {
            return .failure(.unreadable("cannot open \(path)"))
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: limits.maxFileBytes + 1) ?? Data()
            if data.count > limits.maxFileBytes { return .failure(.tooLarge(limits.maxFileBytes)) }
            return .success([UInt8](data))
        } catch {
            return .failure(.unreadable("cannot read \(path): \(error.localizedDescription)"))
        }
    }

    public func allFiles() -> [PackagePath] {
        var out: [PackagePath] = []
        guard
            let e = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles])
        else { return [] }
        let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in e {
            if out.count >= limits.maxArchiveEntries { break }
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let p = url.standardizedFileURL.path
            guard p.hasPrefix(base) else { continue }
            out.append(PackagePath(components: p.dropFirst(base.count).split(separator: "/").map(String.init)))
        }
        return out.sorted()
    }
}

/// A package in a `.zip`, unpacked into memory once, entry by entry, under the limits.
public struct ArchiveFileSystem: PackageFileSystem {
    public let displayRoot: String
    let files: [PackagePath: [UInt8]]
    /// The folder inside the archive that holds the package (when it is not the archive root).
    let prefix: PackagePath
    /// Entries refused while reading (unsafe paths, links, limits), for diagnostics.
    public let refusedEntries: [(entry: String, reason: String)]

    public init(archive url: URL, displayRoot: String? = nil, limits: ReadLimits = .standard) throws(FileAccessError) {
        self.displayRoot = displayRoot ?? url.path
        let archive: Archive
        guard ZipEntryReader.endsLikeAZip(url) else {
            throw .unreadable("not a readable zip archive (no end of central directory record at its end)")
        }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .unreadable("not a readable zip archive (\(error.localizedDescription))")
        }
        var unpacker = ArchiveUnpacker(limits: limits, reader: ZipEntryReader(archive: archive, url: url))
        for (index, entry) in archive.enumerated() {
            guard unpacker.add(entry, at: index) else { break }
        }
        let files = unpacker.files
        let refused = unpacker.refused
        // A package zipped with its folder (`appPackage/manifest.json`) is read from that folder.
        var prefix = PackagePath.root
        let hasRootManifest = files.keys.contains { $0.components == ["manifest.json"] }
        if !hasRootManifest {
            let manifests = files.keys.filter { $0.name == "manifest.json" }.sorted { $0.components.count < $1.components.count }
            if let m = manifests.first { prefix = m.parent }
        }
        self.files = files
        self.prefix = prefix
        self.refusedEntries = refused
    }

    func key(_ path: PackagePath) -> PackagePath { PackagePath(components: prefix.components + path.components) }

    public func displayPath(_ path: PackagePath) -> String { displayRoot + "!/" + key(path).description }

    public func exists(_ path: PackagePath) -> Bool { files[key(path)] != nil }

    public func read(_ path: PackagePath) -> Result<[UInt8], FileAccessError> {
        guard let bytes = files[key(path)] else { return .failure(.notFound) }
        return .success(bytes)
    }

    public func allFiles() -> [PackagePath] {
        files.keys.compactMap { k -> PackagePath? in
            guard k.components.starts(with: prefix.components) else { return nil }
            return PackagePath(components: Array(k.components.dropFirst(prefix.components.count)))
        }.sorted()
    }
}

/// A single file given on the command line (a bare plugin manifest or OpenAPI description):
/// its folder is the package root.
extension FolderFileSystem {
    public static func forFile(_ file: URL, displayRoot: String? = nil) -> (FolderFileSystem, PackagePath) {
        let folder = file.deletingLastPathComponent()
        return (FolderFileSystem(root: folder, displayRoot: displayRoot), PackagePath(components: [file.lastPathComponent]))
    }
}

/// Unpacks a zip's entries within the reader's limits, refusing (with the reason) links,
/// unsafe paths, oversized entries and compression ratios that look like a zip bomb.
struct ArchiveUnpacker {
    let limits: ReadLimits
    let reader: ZipEntryReader
    private(set) var files: [PackagePath: [UInt8]] = [:]
    private(set) var refused: [(entry: String, reason: String)] = []
    private var total = 0
    private var count = 0

    init(limits: ReadLimits, reader: ZipEntryReader) {
        self.limits = limits
        self.reader = reader
    }

    /// Reads the `index`-th entry; false when the archive's limits are reached and the rest is ignored.
    mutating func add(_ entry: Entry, at index: Int) -> Bool {
        count += 1
        if count > limits.maxArchiveEntries {
            refused.append((entry.path, "the archive has more than \(limits.maxArchiveEntries) entries; the rest is ignored"))
            return false
        }
        switch entry.type {
        case .directory: return true
        case .symlink:
            refused.append((entry.path, "symbolic links are not followed in archives"))
            return true
        case .file: break
        }
        let name = entry.path
        guard case .success(let resolved) = PackagePath.resolve(name, from: nil), !resolved.usedParent else {
            refused.append((name, "the entry's path is absolute or leads outside the archive"))
            return true
        }
        let declared = Int(clamping: entry.uncompressedSize)
        if let problem = sizeProblem(entry, declared: declared) {
            refused.append((name, problem))
            return true
        }
        if total + declared > limits.maxArchiveBytes {
            refused.append((name, "the archive unpacks to more than \(limits.maxArchiveBytes / 1_048_576) MB; the rest is ignored"))
            return false
        }
        guard let bytes = unpack(entry, at: index, declared: declared) else { return true }
        total += bytes.count
        files[resolved.path] = bytes
        return true
    }

    func sizeProblem(_ entry: Entry, declared: Int) -> String? {
        if declared > limits.maxFileBytes { return "the entry unpacks to more than \(limits.maxFileBytes / 1_048_576) MB" }
        if entry.compressedSize > 0, declared / max(1, Int(clamping: entry.compressedSize)) > limits.maxCompressionRatio {
            return "the entry's compression ratio is suspicious (a zip bomb?)"
        }
        return nil
    }

    /// The entry's bytes, never more than it declared (an entry that lies about its size is refused).
    mutating func unpack(_ entry: Entry, at index: Int, declared: Int) -> [UInt8]? {
        switch reader.contents(of: entry, at: index, limit: declared) {
        case .success(let bytes):
            return bytes
        case .failure(.tooLarge):
            refused.append((entry.path, "the entry unpacks to more than its declared size"))
        case .failure(.unreadable(let why)):
            refused.append((entry.path, "the entry cannot be unpacked (\(why))"))
        }
        return nil
    }
}
