import CatalogDiagnostics
import Foundation

/// File-system helpers for `SiteAssembler`. A folder the tool did not create is never
/// replaced (it must be empty or carry the tool's state file), and nothing is written
/// outside the output folder and its temporary siblings.
enum SiteWriter {
    static var marker: String { BuildState.fileName }

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
