import Foundation
import ZIPFoundation

/// Reads the bytes of zip entries without the loop in ZIPFoundation 0.9.20 that never
/// ends: on Linux its inflater reads on from the archive file until the deflate stream
/// ends, and when a crafted entry's stream is cut off by the end of the file, it asks for
/// more forever (weichsel/ZIPFoundation#389, found by `make fuzz`, FuzzZip).
///
/// Deflated entries are inflated here instead, from their own compressed bytes only: their
/// place comes from the archive's central directory and local headers, read the way
/// ZIPFoundation reads them, and zlib gets them from a provider that fails when they run
/// out. Stored entries are read by ZIPFoundation, whose reading of them is bounded.
struct ZipEntryReader {
    /// One central directory record.
    struct Record {
        var method: UInt16
        var crc: UInt32
        var compressedSize: UInt64
        var uncompressedSize: UInt64
        var localHeaderOffset: UInt64
    }

    let archive: Archive
    /// The archive file, mapped (not read) into memory.
    let bytes: Data
    /// The records in the order ZIPFoundation lists the entries; nil when the directory
    /// could not be read the same way (every deflated entry is then refused).
    let records: [Record]?

    init(archive: Archive, url: URL) {
        self.archive = archive
        let data = (try? Data(contentsOf: url, options: .alwaysMapped)) ?? Data()
        bytes = data
        records = ZipEntryReader.directory(in: data)
    }

    enum ReadError: Error {
        case unreadable(String)
        case tooLarge
    }

    /// The bytes of the `index`-th entry (in archive order), at most `limit` of them.
    func contents(of entry: Entry, at index: Int, limit: Int) -> Result<[UInt8], ReadError> {
        var out: [UInt8] = []
        out.reserveCapacity(min(limit, Int(clamping: entry.uncompressedSize)))
        let consumer: Consumer = { chunk in
            guard out.count + chunk.count <= limit else { throw ReadError.tooLarge }
            out.append(contentsOf: chunk)
        }
        do {
            if !entry.isCompressed {
                _ = try archive.extract(entry, skipCRC32: false, consumer: consumer)
                return .success(out)
            }
            guard let records, index < records.count else { return .failure(.unreadable("the archive's directory cannot be read")) }
            let record = records[index]
            guard record.method == 8, record.crc == entry.checksum, record.uncompressedSize == entry.uncompressedSize else {
                return .failure(.unreadable("the entry's compression method or directory record is not supported"))
            }
            guard let range = dataRange(record) else { return .failure(.unreadable("the entry's data lies outside the archive")) }
            let crc = try inflate(bytes[range], consumer: consumer)
            guard crc == record.crc else { return .failure(.unreadable("the entry's checksum does not match its contents")) }
            return .success(out)
        } catch ReadError.tooLarge {
            return .failure(.tooLarge)
        } catch ReadError.unreadable(let why) {
            return .failure(.unreadable(why))
        } catch {
            return .failure(.unreadable(error.localizedDescription))
        }
    }

    /// Inflates raw deflate data; fails when the data ends before the deflate stream does.
    ///
    /// zlib is told that every chunk holds `bufferSize` bytes, so a short last chunk would be
    /// read past its end: data up to 4 MB is one chunk of exactly its size; longer data goes
    /// in 64 KB chunks, the last one padded with zeros (after which the next request fails).
    private func inflate(_ compressed: Data, consumer: Consumer) throws -> CRC32 {
        guard !compressed.isEmpty else { throw ReadError.unreadable("the entry has no compressed data") }
        let chunkSize = compressed.count <= 4 << 20 ? compressed.count : 64 << 10
        var next = compressed.startIndex
        return try Data.decompress(
            size: Int64(compressed.count), bufferSize: chunkSize, skipCRC32: false,
            provider: { _, _ in
                guard next < compressed.endIndex else { throw ReadError.unreadable("the compressed data ends before the deflate stream") }
                let end = min(next + chunkSize, compressed.endIndex)
                var chunk = Data(compressed[next..<end])
                next = end
                if chunk.count < chunkSize { chunk.append(Data(count: chunkSize - chunk.count)) }
                return chunk
            }, consumer: consumer)
    }

    /// Where a record's compressed data is in the file: after its local header.
    private func dataRange(_ record: Record) -> Range<Int>? {
        guard record.localHeaderOffset <= UInt64(bytes.count), record.compressedSize <= UInt64(bytes.count) else { return nil }
        let header = Int(record.localHeaderOffset)
        guard Self.u32(bytes, header) == 0x0403_4B50, let nameLength = Self.u16(bytes, header + 26),
            let extraLength = Self.u16(bytes, header + 28)
        else { return nil }
        let start = header + 30 + Int(nameLength) + Int(extraLength)
        let end = start + Int(record.compressedSize)
        guard end <= bytes.count else { return nil }
        return (bytes.startIndex + start)..<(bytes.startIndex + end)
    }
}

extension ZipEntryReader {
    /// The end-of-directory record (22 bytes) is followed by a comment of 65,535 bytes at most.
    static let maxEndRecordDistance = 22 + 65_535

    /// Whether the file ends with a zip's end-of-directory record, read from its last 64 KB.
    /// ZIPFoundation looks for it byte by byte from the end to the start of the file, with a
    /// seek and a read per byte: 27 s for 50 MB that are not a zip.
    static func endsLikeAZip(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), size >= 22 else { return false }
        let start = size > UInt64(maxEndRecordDistance) ? size - UInt64(maxEndRecordDistance) : 0
        guard (try? handle.seek(toOffset: start)) != nil, let tail = try? handle.readToEnd() else { return false }
        var at = tail.count - 22
        while at >= 0, u32(tail, at) != 0x0605_4B50 { at -= 1 }
        return at >= 0
    }

    static func u16(_ d: Data, _ at: Int) -> UInt16? {
        guard at >= 0, at + 2 <= d.count else { return nil }
        let i = d.startIndex + at
        return UInt16(d[i]) | UInt16(d[i + 1]) << 8
    }

    static func u32(_ d: Data, _ at: Int) -> UInt32? {
        guard let lo = u16(d, at), let hi = u16(d, at + 2) else { return nil }
        return UInt32(lo) | UInt32(hi) << 16
    }

    static func u64(_ d: Data, _ at: Int) -> UInt64? {
        guard let lo = u32(d, at), let hi = u32(d, at + 4) else { return nil }
        return UInt64(lo) | UInt64(hi) << 32
    }

    /// The central directory, found as ZIPFoundation finds it: the last end-of-directory
    /// signature of the file, and the ZIP64 record just before its locator when there is one.
    static func directory(in d: Data) -> [Record]? {
        var eocd = d.count - 22
        let lowest = max(0, d.count - maxEndRecordDistance)
        while eocd >= lowest, u32(d, eocd) != 0x0605_4B50 { eocd -= 1 }
        guard eocd >= lowest, let count16 = u16(d, eocd + 10), let offset32 = u32(d, eocd + 16) else { return nil }
        var count = UInt64(count16), offset = UInt64(offset32)
        let locator = eocd - 20, record = locator - 56
        if record > 0, u32(d, locator) == 0x0706_4B50, u32(d, record) == 0x0606_4B50,
            let count64 = u64(d, record + 32), let offset64 = u64(d, record + 48)
        {
            count = count64
            offset = offset64
        }
        // Each record takes 46 bytes at least: a count the file cannot hold is refused.
        guard offset <= UInt64(d.count), count <= UInt64(d.count / 46) else { return nil }
        var records: [Record] = []
        var at = Int(offset)
        for _ in 0..<count {
            guard u32(d, at) == 0x0201_4B50, let record = centralRecord(d, at),
                let nameLength = u16(d, at + 28), let extraLength = u16(d, at + 30), let commentLength = u16(d, at + 32)
            else { return nil }
            records.append(record)
            at += 46 + Int(nameLength) + Int(extraLength) + Int(commentLength)
        }
        return records
    }

    /// A central directory record, with the ZIP64 extra field's sizes and offset applied
    /// where ZIPFoundation applies them.
    static func centralRecord(_ d: Data, _ at: Int) -> Record? {
        guard let method = u16(d, at + 10), let crc = u32(d, at + 16),
            let compressed = u32(d, at + 20), let uncompressed = u32(d, at + 24), let nameLength = u16(d, at + 28),
            let extraLength = u16(d, at + 30), let offset = u32(d, at + 42)
        else { return nil }
        var record = Record(
            method: method, crc: crc, compressedSize: UInt64(compressed),
            uncompressedSize: UInt64(uncompressed), localHeaderOffset: UInt64(offset))
        var field = at + 46 + Int(nameLength)
        let extraEnd = field + Int(extraLength)
        while field + 4 <= extraEnd, let id = u16(d, field), let size = u16(d, field + 2) {
            if id == 1 {
                // Present only for the fields that hold 0xFFFFFFFF, in this order.
                var p = field + 4
                func next(_ value: UInt32) -> UInt64? {
                    guard value == .max, p + 8 <= field + 4 + Int(size), let v = u64(d, p) else { return nil }
                    p += 8
                    return v
                }
                let u = next(uncompressed), c = next(compressed), o = next(offset)
                if let u, u > 0 { record.uncompressedSize = u }
                if let c, c > 0 { record.compressedSize = c }
                if let o, o > 0 { record.localHeaderOffset = o }
            }
            field += 4 + Int(size)
        }
        return record
    }
}
