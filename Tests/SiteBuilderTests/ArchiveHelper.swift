import Foundation
import PackageReader

enum ArchiveFileSystemForTests {
    static func entries(_ url: URL) throws -> [String: Data] {
        let fs = try ArchiveFileSystem(archive: url, displayRoot: url.lastPathComponent)
        var out: [String: Data] = [:]
        for p in fs.allFiles() {
            if case .success(let bytes) = fs.read(p) { out[p.description] = Data(bytes) }
        }
        return out
    }
}
