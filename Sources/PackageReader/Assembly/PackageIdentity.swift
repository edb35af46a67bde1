import CatalogSupport
import Foundation
import Foundation
import JSONTree
import ZIPFoundation

/// Package ids (the folder names of the site) come from the package itself, so the same
/// package built from two checkouts gets the same pages: the app id when it is a literal
/// GUID, else the app's short name (its `${{VAR}}` and `{{value}}` placeholders left out),
/// else the file or folder name. Packages that would share an id take the name of their
/// folder relative to the catalog root instead (`samples/da-trey-research/appPackage` →
/// `da-trey-research`).
enum PackageIdentity {
    static func ids(for inputs: [(PackageInput.Kind, URL)], base: URL?) -> [String] {
        let natural = parallelMap(inputs.map { Candidate(kind: $0.0, url: $0.1) }) { naturalID($0) ?? "" }
        let fallback = inputs.map { InputDiscovery.packageSlug($0.1, base: base) }
        let wanted = zip(natural, fallback).map { $0.isEmpty ? $1 : $0 }
        var counts: [String: Int] = [:]
        for id in wanted { counts[id, default: 0] += 1 }
        var taken = Set<String>()
        return inputs.indices.map { i in
            let id = (counts[wanted[i]] ?? 0) > 1 ? fallback[i] : wanted[i]
            return Slug.unique(id, in: &taken)
        }
    }

    /// The short names of the packages' app manifests (for TXT-04), placeholders left out.
    static func shortNames(_ inputs: [PackageInput]) -> [String] {
        let names = parallelMap(inputs.map { Candidate(kind: $0.kind, url: $0.url) }) { c -> String in
            guard let bytes = manifestBytes(c), let root = try? JSONParser.parse(bytes).root, let name = root["name"]?["short"]?.string else { return "" }
            return withoutPlaceholders(name).trimmingCharacters(in: .whitespaces)
        }
        return Array(Set(names.filter { $0.count >= 3 })).sorted()
    }

    struct Candidate: Sendable {
        var kind: PackageInput.Kind
        var url: URL
    }

    /// The id the package gives itself, when it has an app manifest that names one.
    static func naturalID(_ c: Candidate) -> String? {
        guard let manifest = manifestBytes(c) else { return nil }
        guard let root = try? JSONParser.parse(manifest).root else { return nil }
        if let id = root["id"]?.string, isGUID(id) { return id.lowercased() }
        guard let name = root["name"]?["short"]?.string else { return nil }
        let slug = Slug.make(withoutPlaceholders(name), fallback: "")
        return slug.isEmpty ? nil : slug
    }

    /// `manifest.json` (or its `.tpl`) of a folder or archive, when small enough to be one.
    static func manifestBytes(_ c: Candidate) -> [UInt8]? {
        let limit = 1 << 20
        switch c.kind {
        case .folder:
            for name in ["manifest.json", "manifest.json.tpl"] {
                let url = c.url.appendingPathComponent(name)
                if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size <= limit,
                    let data = FileManager.default.contents(atPath: url.path)
                {
                    return [UInt8](data)
                }
            }
            return nil
        case .archive:
            guard ZipEntryReader.endsLikeAZip(c.url), let archive = try? Archive(url: c.url, accessMode: .read, pathEncoding: nil) else { return nil }
            var found: (offset: Int, element: Entry)? = nil
            for (index, entry) in archive.enumerated() {
                if entry.path == "manifest.json" { found = (index, entry); break }
                if found == nil, entry.path.hasSuffix("/manifest.json"), entry.type == .file { found = (index, entry) }
            }
            guard let (index, entry) = found, entry.uncompressedSize <= UInt64(limit) else { return nil }
            return try? ZipEntryReader(archive: archive, url: c.url).contents(of: entry, at: index, limit: limit).get()
        case .pluginManifest, .openAPI:
            return nil
        }
    }

    static func isGUID(_ s: String) -> Bool {
        let groups = s.split(separator: "-", omittingEmptySubsequences: false).map(\.count)
        return groups == [8, 4, 4, 4, 12] && s.allSatisfy { $0 == "-" || $0.isHexDigit }
    }

    /// The name without `${{VAR}}` and `{{value}}` placeholders.
    static func withoutPlaceholders(_ name: String) -> String {
        var out = ""
        var rest = Substring(name)
        while let open = rest.range(of: "{{") {
            var textEnd = open.lowerBound
            if textEnd > rest.startIndex, rest[rest.index(before: textEnd)] == "$" { textEnd = rest.index(before: textEnd) }
            out += rest[..<textEnd]
            guard let close = rest[open.upperBound...].range(of: "}}") else { return out }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}
