import Foundation

/// Paths as the user would type them: relative to a base folder (the catalog file's folder,
/// or the current one), with `..` where the file is outside it. Output never names the
/// build machine's own folders.
public enum DisplayPath {
    public static func relative(_ url: URL, to base: URL?) -> String {
        let target = url.standardizedFileURL.pathComponents
        let from = (base ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL.pathComponents
        var common = 0
        while common < target.count, common < from.count, target[common] == from[common] { common += 1 }
        let parts = Array(repeating: "..", count: from.count - common) + target[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
