import CatalogDiagnostics
import Foundation
import JSONTree

/// Card files outside packages (gallery folders, `plugin-catalog card`), read like package
/// files: with the position of every value, and every failure a finding.
public enum CardFiles {
    /// A card template and the data beside it.
    public struct Card: Sendable {
        public var template: SourceNode
        /// The template file as findings name it.
        public var file: String
        public var data: SampleFile?
    }

    /// Reads a JSON file; nil (with an error finding) when it cannot be read or parsed.
    public static func readJSON(_ url: URL, display: String, into findings: inout [Diagnostic]) -> SourceNode? {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        if let size = attributes?[.size] as? Int, size > ReadLimits.standard.maxFileBytes {
            findings.append(.error(.sizeLimit, "the file is larger than \(ReadLimits.standard.maxFileBytes / 1_048_576) MB", file: display))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            findings.append(.error(.fileUnreadable, "cannot read the file", file: display))
            return nil
        }
        do {
            let parsed = try JSONParser.parse([UInt8](data))
            for w in parsed.warnings { findings.append(.warning(.jsonTolerated, w.message, file: display, at: w.location)) }
            return parsed.root
        } catch {
            findings.append(.error(.jsonSyntax, error.message, file: display, at: error.location))
            return nil
        }
    }

    /// A template and its data file (if any); nil when the template cannot be read.
    public static func read(_ url: URL, display: String, data: URL?, dataDisplay: String?, into findings: inout [Diagnostic]) -> Card? {
        guard let template = readJSON(url, display: display, into: &findings) else { return nil }
        var card = Card(template: template, file: display, data: nil)
        if let data {
            let shown = dataDisplay ?? data.lastPathComponent
            if let value = readJSON(data, display: shown, into: &findings) { card.data = SampleFile(value: value, file: shown) }
        }
        return card
    }

    /// `X.data.json` beside `X.json` or `X.template.json`, when it exists.
    public static func dataFile(beside template: URL) -> URL? {
        let name = template.lastPathComponent
        let stem =
            name.hasSuffix(".template.json")
            ? String(name.dropLast(".template.json".count))
            : name.hasSuffix(".json") ? String(name.dropLast(".json".count)) : name
        let candidate = template.deletingLastPathComponent().appendingPathComponent(stem + ".data.json")
        return candidate != template && FileManager.default.fileExists(atPath: candidate.path) ? candidate : nil
    }

    /// Every card file of a folder (not `*.data.json`, not `*.host.json`), sorted, with its
    /// data file when there is one; at most `limit`.
    public static func cardFiles(in folder: URL, limit: Int) -> [(card: URL, data: URL?)] {
        guard let e = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) else { return [] }
        var all: [URL] = []
        while let url = e.nextObject() as? URL {
            if url.pathExtension.lowercased() == "json" { all.append(url) }
            if all.count > limit * 3 { break }
        }
        all.sort { $0.path < $1.path }
        var out: [(URL, URL?)] = []
        for url in all where !url.lastPathComponent.hasSuffix(".data.json") && !url.lastPathComponent.hasSuffix(".host.json") {
            out.append((url, dataFile(beside: url)))
            if out.count >= limit { break }
        }
        return out
    }
}
