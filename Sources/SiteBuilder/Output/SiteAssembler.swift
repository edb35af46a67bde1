import CatalogSupport
import CatalogDiagnostics
import Foundation
import PackageReader

/// Puts a new site together in a folder beside the output while pages are rendered, then
/// swaps it in: a failed or interrupted build leaves the old site as it was. Files whose
/// content is the same as in the current site are hard-linked from it instead of written.
/// Safe to use from several threads at once (each file is written by one thread).
final class SiteAssembler: @unchecked Sendable {
    let output: URL
    let aside: URL
    let old: URL
    /// `output.path` and `aside.path`, made once (every file joins them).
    private let outputPath: String
    private let asidePath: String
    let outputExists: Bool
    /// The current site's files and their content hashes (for linking unchanged files):
    /// waited for when the first file is put.
    private let pendingFiles: Pending<[String: String]>
    var currentFiles: [String: String] { outputExists ? pendingFiles.value : [:] }
    private let lock = NSLock()
    private var folders = Set<String>()
    private var hashes: [String: String] = [:]
    private(set) var written = 0
    private(set) var reused = 0
    private(set) var bytes = 0
    private var failure: Diagnostic?

    init(output: URL, currentFiles: Pending<[String: String]>) throws(Diagnostic) {
        let fm = FileManager.default
        self.output = output.standardizedFileURL
        outputExists = try SiteWriter.checkOutput(self.output)
        let parent = self.output.deletingLastPathComponent()
        let name = self.output.lastPathComponent
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .error(.siteOutput, "cannot create \(parent.path): \(error.localizedDescription)")
        }
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        aside = parent.appendingPathComponent(".\(name).building-\(token)")
        old = parent.appendingPathComponent(".\(name).old-\(token)")
        outputPath = self.output.path
        asidePath = aside.path
        pendingFiles = currentFiles
        do {
            try fm.createDirectory(at: aside, withIntermediateDirectories: false)
        } catch {
            throw .error(.siteOutput, "cannot create \(aside.path): \(error.localizedDescription)")
        }
    }

    /// The first failure, if any.
    var error: Diagnostic? {
        lock.lock()
        defer { lock.unlock() }
        return failure
    }

    /// Every file put so far, with its content hash.
    var files: [String: String] {
        lock.lock()
        defer { lock.unlock() }
        return hashes
    }

    private func fail(_ d: Diagnostic) {
        lock.lock()
        if failure == nil { failure = d }
        lock.unlock()
    }

    private func ensureFolder(of path: String) -> Bool {
        // By bytes: `lastIndex(of:)` on the characters walks grapheme breaks backwards.
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return true }
        let dir = String(path[..<slash])
        lock.lock()
        let known = folders.contains(dir)
        lock.unlock()
        if known { return true }
        do {
            try FileManager.default.createDirectory(atPath: asidePath + "/" + dir, withIntermediateDirectories: true)
        } catch {
            // Another thread may have made it a moment ago.
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: asidePath + "/" + dir, isDirectory: &isDirectory), isDirectory.boolValue else { return false }
        }
        lock.lock()
        folders.insert(dir)
        lock.unlock()
        return true
    }

    /// Adds a file with this content (linked from the current site when it is unchanged) and
    /// returns its content hash.
    @discardableResult
    func put(_ path: String, _ content: FileContent) -> String {
        switch content {
        case .text(let text): return put(path, text)
        case .bytes(let bytes): return put(path, bytes: bytes)
        }
    }

    @discardableResult
    func put(_ path: String, _ text: String) -> String {
        var text = text
        return text.withUTF8 { put(path, buffer: UnsafeRawBufferPointer($0)) }
    }

    @discardableResult
    func put(_ path: String, bytes content: [UInt8]) -> String {
        content.withUnsafeBytes { put(path, buffer: $0) }
    }

    private func put(_ path: String, buffer content: UnsafeRawBufferPointer) -> String {
        let hash = Hashing.hex(Hashing.content(content))
        guard SiteWriter.safe(path) else {
            fail(.error(.siteOutput, "refusing to write the unsafe path \"\(path)\""))
            return hash
        }
        guard ensureFolder(of: path) else {
            fail(.error(.siteOutput, "cannot create the folder of \(path)"))
            return hash
        }
        let target = asidePath + "/" + path
        var linked = false
        if currentFiles[path] == hash {
            linked = link(outputPath + "/" + path, target) == 0
        }
        if !linked && !SiteWriter.writeFile(target, content) {
            fail(.error(.siteOutput, "cannot write \(path)"))
            return hash
        }
        lock.lock()
        hashes[path] = hash
        if linked { reused += 1 } else { written += 1; bytes += content.count }
        lock.unlock()
        return hash
    }

    /// Adds files of the current site unchanged (a reused package's pages), sorted by path:
    /// each folder is made once, and the hashes are recorded under one lock.
    func reuse(_ files: ArraySlice<(key: String, value: String)>) {
        var folders = LinkFolders()
        defer { folders.close() }
        var done: [(String, String)] = []
        done.reserveCapacity(files.count)
        for (path, hash) in files {
            let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
            let dir = slash.map { path[..<$0] }
            // A new folder (the files come sorted): made in the new site, and both opened.
            let newFolder = folders.openFor != .some(dir)
            guard SiteWriter.safe(path), !newFolder || ensureFolder(of: path) else {
                fail(.error(.siteOutput, "refusing to reuse the unsafe path \"\(path)\""))
                continue
            }
            if newFolder {
                let sub = dir.map { "/" + $0 } ?? ""
                folders.open(outputPath + sub, asidePath + sub, for: dir)
            }
            let name = slash.map { String(path[path.utf8.index(after: $0)...]) } ?? path
            guard folders.link(name) || relink(path) else {
                fail(.error(.siteOutput, "cannot reuse \(path) from the current site"))
                continue
            }
            done.append((path, hash))
        }
        lock.lock()
        for (path, hash) in done { hashes[path] = hash }
        reused += done.count
        lock.unlock()
    }

    /// Links `path` from the current site into the new one by its full paths, or copies it
    /// when it cannot be linked (another file system).
    private func relink(_ path: String) -> Bool {
        let source = outputPath + "/" + path
        let target = asidePath + "/" + path
        if link(source, target) == 0 { return true }
        guard let data = FileManager.default.contents(atPath: source) else { return false }
        return data.withUnsafeBytes { SiteWriter.writeFile(target, $0) }
    }

    /// Writes the manifest files and swaps the new site in. Throws the first failure of the
    /// build (after removing the unfinished site).
    func finish(manifests: [String: FileContent]) throws(Diagnostic) {
        if let failure = error {
            abandon()
            throw failure
        }
        for (name, content) in manifests.sorted(by: { $0.key < $1.key }) {
            guard !content.withBytes({ SiteWriter.writeFile(asidePath + "/" + name, $0) }) else { continue }
            abandon()
            throw .error(.siteOutput, "cannot write \(name)")
        }
        let fm = FileManager.default
        do {
            if outputExists { try fm.moveItem(at: output, to: old) }
            do {
                try fm.moveItem(at: aside, to: output)
            } catch {
                if outputExists { try? fm.moveItem(at: old, to: output) }
                throw error
            }
        } catch {
            abandon()
            throw .error(.siteOutput, "cannot replace the site: \(error.localizedDescription)", file: output.path)
        }
        if outputExists { SiteWriter.removeTree(old) }
    }

    /// What the site put together so far changes in the current one (for a dry run). When
    /// the last build left no record of its files, the current files are hashed.
    func changes() -> SiteChanges {
        var current = currentFiles
        if current.isEmpty && outputExists { current = Self.hashes(under: output) }
        let made = files
        var changes = SiteChanges()
        for (path, hash) in made.sorted(by: { $0.key < $1.key }) {
            switch current[path] {
            case nil: changes.added.append(path)
            case hash?: changes.unchanged += 1
            default: changes.changed.append(path)
            }
        }
        changes.removed = current.keys.filter { made[$0] == nil && !$0.hasPrefix(".plugin-catalog") }.sorted()
        return changes
    }

    /// Every file under `folder` with its content hash.
    static func hashes(under folder: URL) -> [String: String] {
        var out: [String: String] = [:]
        let base = folder.standardizedFileURL.path
        guard let e = FileManager.default.enumerator(atPath: base) else { return out }
        while let relative = e.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = base + "/" + relative
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: path)
            else { continue }
            out[relative] = Hashing.hex(data.withUnsafeBytes { Hashing.content($0) })
        }
        return out
    }

    /// Removes the unfinished site.
    func abandon() {
        try? FileManager.default.removeItem(at: aside)
    }
}

/// A file of the site as it was made: text, or UTF-8 that a page renderer wrote directly
/// (pages are never turned into a `String` only to be written out as bytes again).
enum FileContent: Sendable {
    case text(String)
    case bytes([UInt8])

    /// Calls `body` with the content's UTF-8 bytes, without copying them.
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        switch self {
        case .text(var text): return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        case .bytes(let bytes): return bytes.withUnsafeBytes(body)
        }
    }
}

/// The current site's folder and the new site's, kept open while the files of one folder
/// are linked from one to the other: each link then looks up one name in each, rather than
/// walking both paths from the root (most of what linking a reused package's pages cost).
struct LinkFolders {
    private var source: Int32 = -1
    private var target: Int32 = -1
    /// The site folder they were opened for (nil: the site's root); none before the first.
    private(set) var openFor: Substring?? = .none

    var isOpen: Bool { source >= 0 && target >= 0 }

    mutating func open(_ sourcePath: String, _ targetPath: String, for folder: Substring?) {
        close()
        openFor = .some(folder)
        source = Foundation.open(sourcePath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        target = Foundation.open(targetPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    mutating func close() {
        if source >= 0 { _ = Foundation.close(source) }
        if target >= 0 { _ = Foundation.close(target) }
        source = -1
        target = -1
    }

    /// Links `name` from the source folder into the target folder; false when the folders
    /// are not open or the link fails (the caller then links or copies by path).
    func link(_ name: String) -> Bool {
        isOpen && linkat(source, name, target, name, 0) == 0
    }
}
