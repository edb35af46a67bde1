import CatalogDiagnostics
import Foundation

/// A file of the new site: new content, or the same content as the current site's file at
/// the same path (which is then linked, not rewritten).
enum SiteFile: Sendable {
    case write([UInt8], String)
    case reuse(String)

    var hash: String {
        switch self {
        case .write(_, let h), .reuse(let h): return h
        }
    }
}

/// Writes a site without ever leaving a half-written or deleted one: the new site is put
/// together in a folder beside the output (unchanged files hard-linked from the current
/// site, the rest written), which then replaces the old site in two renames. A folder the
/// tool did not create is never replaced (it must be empty or carry the tool's manifest),
/// and nothing is written outside the output folder and its temporary siblings.
enum SiteWriter {
    static var marker: String { BuildManifest.fileName }

    struct Stats {
        var written = 0
        var reused = 0
        var bytes = 0
    }

    static func checkOutput(_ output: URL) throws(Diagnostic) -> Bool {
        let fm = FileManager.default
        guard !output.lastPathComponent.isEmpty, output.path != "/" else {
            throw .error(.siteOutput, "refusing to write a site to \(output.path)")
        }
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return false }
        guard isDirectory.boolValue else { throw .error(.siteOutput, "the output exists and is not a folder", file: output.path) }
        let contents = (try? fm.contentsOfDirectory(atPath: output.path)) ?? []
        if !contents.isEmpty && !fm.fileExists(atPath: output.appendingPathComponent(marker).path) {
            throw .error(.siteOutput, "the output folder is not empty and was not made by plugin-catalog; refusing to replace it", file: output.path)
        }
        return true
    }

    /// Rewrites only the manifest (atomically, inside the output folder).
    static func replaceManifest(_ text: String, in output: URL) throws(Diagnostic) {
        _ = try checkOutput(output.standardizedFileURL)
        let temp = output.appendingPathComponent(marker + ".tmp")
        guard FileManager.default.createFile(atPath: temp.path, contents: Data(text.utf8)),
              rename(temp.path, output.appendingPathComponent(marker).path) == 0 else {
            throw .error(.siteOutput, "cannot update the build manifest", file: output.path)
        }
    }

    static func write(_ files: [String: SiteFile], manifest: String, to output: URL, reusingFrom current: URL?) throws(Diagnostic) -> Stats {
        let fm = FileManager.default
        let output = output.standardizedFileURL
        let exists = try checkOutput(output)
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .error(.siteOutput, "cannot create \(parent.path): \(error.localizedDescription)")
        }
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let aside = parent.appendingPathComponent(".\(name).building-\(token)")
        let old = parent.appendingPathComponent(".\(name).old-\(token)")
        var stats = Stats()
        do {
            try fm.createDirectory(at: aside, withIntermediateDirectories: false)
            // Folders first (sorted, each once), then files in parallel.
            let paths = files.keys.sorted()
            for path in paths where !safe(path) {
                throw Diagnostic.error(.siteOutput, "refusing to write the unsafe path \"\(path)\"")
            }
            var folders = Set<String>()
            for path in paths {
                let dir = (path as NSString).deletingLastPathComponent
                if !dir.isEmpty { folders.insert(dir) }
            }
            for dir in folders.sorted() {
                try fm.createDirectory(atPath: aside.appendingPathComponent(dir).path, withIntermediateDirectories: true)
            }
            let asidePath = aside.path
            let currentPath = exists ? current?.standardizedFileURL.path : nil
            let results = parallelMap(chunks(paths, count: 64)) { chunk -> (Int, Int, Int, String?) in
                var written = 0, reused = 0, bytes = 0
                for path in chunk {
                    let target = asidePath + "/" + path
                    switch files[path] {
                    case .reuse(let hash)?:
                        if let currentPath, link(currentPath + "/" + path, target) == 0 {
                            reused += 1
                            continue
                        }
                        // The old file is gone (or links are not possible): copy it if it is still there.
                        if let currentPath, let data = FileManager.default.contents(atPath: currentPath + "/" + path) {
                            if !writeFile(target, [UInt8](data)) { return (written, reused, bytes, path) }
                            written += 1
                            continue
                        }
                        return (written, reused, bytes, path + " (expected content \(hash) is missing)")
                    case .write(let content, _)?:
                        if !writeFile(target, content) { return (written, reused, bytes, path) }
                        written += 1
                        bytes += content.count
                    case nil:
                        continue
                    }
                }
                return (written, reused, bytes, nil)
            }
            for r in results {
                if let failed = r.3 { throw Diagnostic.error(.siteOutput, "cannot write \(failed)") }
                stats.written += r.0
                stats.reused += r.1
                stats.bytes += r.2
            }
            guard writeFile(aside.appendingPathComponent(marker).path, Array(manifest.utf8)) else {
                throw Diagnostic.error(.siteOutput, "cannot write the build manifest")
            }
        } catch {
            try? fm.removeItem(at: aside)
            if let d = error as? Diagnostic { throw d }
            throw .error(.siteOutput, "cannot write the site: \(error.localizedDescription)", file: output.path)
        }
        // Swap: old → aside-old, new → output, then delete the old site.
        do {
            if exists { try fm.moveItem(at: output, to: old) }
            do {
                try fm.moveItem(at: aside, to: output)
            } catch {
                if exists { try? fm.moveItem(at: old, to: output) }
                throw error
            }
        } catch {
            try? fm.removeItem(at: aside)
            throw .error(.siteOutput, "cannot replace the site: \(error.localizedDescription)", file: output.path)
        }
        if exists { try? fm.removeItem(at: old) }
        return stats
    }

    static func chunks(_ paths: [String], count: Int) -> [[String]] {
        guard !paths.isEmpty else { return [] }
        let size = max(1, (paths.count + count - 1) / count)
        return stride(from: 0, to: paths.count, by: size).map { Array(paths[$0..<min($0 + size, paths.count)]) }
    }

    /// One file, written with plain POSIX calls (no temporary file: the whole folder is new).
    static func writeFile(_ path: String, _ bytes: [UInt8]) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var offset = 0
        return bytes.withUnsafeBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            while offset < buffer.count {
                let n = Foundation.write(fd, base + offset, buffer.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
    }

    /// Site paths are generated from slugs; this is the last guard against `..`, absolute
    /// paths and odd characters reaching the file system.
    static func safe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        for c in path.split(separator: "/", omittingEmptySubsequences: false) {
            if c.isEmpty || c == "." || c == ".." || c.hasPrefix(".") { return false }
            if !c.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }) { return false }
        }
        return true
    }
}
