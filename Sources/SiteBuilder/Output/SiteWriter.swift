import CatalogSupport
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
        bytes.withUnsafeBytes { writeFile(path, $0) }
    }

    static func writeFile(_ path: String, _ buffer: UnsafeRawBufferPointer) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        guard let base = buffer.baseAddress else { return true }
        var offset = 0
        while offset < buffer.count {
            let n = Foundation.write(fd, base + offset, buffer.count - offset)
            if n <= 0 { return false }
            offset += n
        }
        return true
    }

    /// Removes a folder the build made (the previous site, once replaced): its folders and
    /// their folders in parallel, as a site of thousands of pages takes a while to unlink.
    static func removeTree(_ url: URL) {
        let fm = FileManager.default
        func children(_ u: URL) -> [URL] {
            ((try? fm.contentsOfDirectory(atPath: u.path)) ?? []).sorted().map { u.appendingPathComponent($0) }
        }
        let top = children(url)
        let nested = top.flatMap { u in (try? fm.destinationOfSymbolicLink(atPath: u.path)) == nil ? children(u) : [] }
        _ = parallelMap(nested) { try? fm.removeItem(at: $0) }
        _ = parallelMap(top) { try? fm.removeItem(at: $0) }
        try? fm.removeItem(at: url)
    }

    /// Site paths are generated from slugs; this is the last guard against `..`, absolute
    /// paths and odd characters reaching the file system.
    static func safe(_ path: String) -> Bool {
        // Segments: non-empty (so no leading `/`), not starting with a dot; bytes: ASCII
        // letters, digits, `-_.` (so no backslash, NUL or anything else).
        var path = path
        return path.withUTF8 { safe(bytes: $0) }
    }

    private static func safe(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return false }
        var segmentStart = true
        for b in bytes {
            if b == UInt8(ascii: "/") {
                if segmentStart { return false }
                segmentStart = true
                continue
            }
            if segmentStart && b == UInt8(ascii: ".") { return false }
            segmentStart = false
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                continue
            default:
                return false
            }
        }
        return !segmentStart
    }
}
