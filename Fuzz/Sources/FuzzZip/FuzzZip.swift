import FuzzSupport
import Foundation
import PackageReader

/// The zip reader on any bytes, as packages are read: ZIPFoundation's archive reader
/// (central directory, local headers, deflate, CRC) and the project's unpacker with the
/// standard limits (entry count, sizes, compression ratio, unsafe paths, links, entries
/// that lie about their size), then every file read back. Every file kept must respect
/// the limits.
///
/// The bytes are written to one file in /dev/shm (memory) and read through
/// `ArchiveFileSystem`, the production path. ZIPFoundation's own in-memory archives
/// (`Archive(data:)`) are not used: the project never reads them, and their reader traps
/// on a seek past the end (docs/fuzzing.md).
let file: URL = {
    let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let url = URL(fileURLWithPath: folder).appendingPathComponent("plugin-catalog-fuzz-\(getpid()).zip")
    atexit { removeArchive() }
    return url
}()

func removeArchive() { try? FileManager.default.removeItem(at: file) }

let limits = ReadLimits.standard

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZip(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    guard (try? Data(bytes).write(to: file)) != nil else { return 0 }
    let archive: ArchiveFileSystem
    do {
        archive = try ArchiveFileSystem(archive: file, displayRoot: "fuzz.zip", limits: limits)
    } catch {
        _ = error.message
        return 0
    }
    var total = 0
    let all = archive.allFiles()
    for path in all {
        guard case .success(let contents) = archive.read(path) else {
            fuzzCheck(false, "a listed file cannot be read: \(path)")
            return 0
        }
        fuzzCheck(contents.count <= limits.maxFileBytes, "\(path) is larger than the limit")
        fuzzCheck(!path.components.contains(".."), "an unsafe path was kept: \(path)")
        fuzzCheck(archive.exists(path), "a listed file does not exist: \(path)")
        _ = archive.displayPath(path)
        total += contents.count
    }
    fuzzCheck(total <= limits.maxArchiveBytes, "the archive unpacked to more than the limit")
    fuzzCheck(all.count <= limits.maxArchiveEntries, "more entries than the limit")
    for refused in archive.refusedEntries { _ = refused.reason }
    return 0
}
