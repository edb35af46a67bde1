import Foundation

/// The start of a PNG file of a given size: enough for a size check (signature and IHDR).
enum PNGFixture {
    /// As a string of Latin-1 code points, so `TestPackage.write` writes it byte for byte.
    static func sized(_ width: Int, _ height: Int) -> String {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        for v in [width, height] { bytes += [UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
        bytes += [8, 6, 0, 0, 0, 0, 0, 0, 0]
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }
}
