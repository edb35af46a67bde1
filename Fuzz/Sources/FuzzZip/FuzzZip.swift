import FuzzSupport
import Foundation
@testable import PackageReader
import ZIPFoundation

/// The zip reader on any bytes, in memory: ZIPFoundation's archive reader (central
/// directory, local headers, deflate, CRC) and the project's unpacker with its limits
/// (entry count, sizes, compression ratio, unsafe paths, links, entries that lie about
/// their size). Every file kept must respect the limits, which are the standard ones
/// (the size checks are reached through what the headers declare).
let limits = ReadLimits.standard

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZip(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    guard let archive = try? Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil) else { return 0 }
    var unpacker = ArchiveUnpacker(limits: limits)
    for entry in archive {
        guard unpacker.add(entry, from: archive) else { break }
    }
    var total = 0
    for (path, contents) in unpacker.files {
        fuzzCheck(contents.count <= limits.maxFileBytes, "\(path) is larger than the limit")
        fuzzCheck(!path.components.isEmpty && !path.components.contains(".."), "an unsafe path was kept: \(path)")
        total += contents.count
    }
    fuzzCheck(total <= limits.maxArchiveBytes, "the archive unpacked to more than the limit")
    fuzzCheck(unpacker.files.count <= limits.maxArchiveEntries, "more entries than the limit")
    for refused in unpacker.refused { _ = refused.reason }
    return 0
}
