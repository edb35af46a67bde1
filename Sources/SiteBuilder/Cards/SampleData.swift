import CatalogDiagnostics
import JSONTree
import PackageReader

/// The data a card preview is made from, and where it came from, in this order:
/// `--samples DIR/<operationId>.json`, a `*.data.json` beside the template, the OpenAPI
/// response examples, else data synthesized from the response schema (labelled so).
/// `data_path` (plugins, JSONPath) or `jsonPath` (message extensions, a dot path) selects
/// the items; each item gives one card.
enum SampleData {
    enum Source: Sendable, Hashable {
        case samplesFolder(String)
        case besideTemplate(String)
        case openAPIExample(String)
        case synthesized
        case none

        var label: String {
            switch self {
            case .samplesFolder(let f): "sample response \(f)"
            case .besideTemplate(let f): "sample data \(f)"
            case .openAPIExample(let l): "OpenAPI \(l)"
            case .synthesized: "synthesized from the response schema"
            case .none: "no sample data"
            }
        }

        var isSynthesized: Bool { self == .synthesized }
    }

    static func choose(for spec: CardSpec, entry: OperationEntry, package: CatalogPackage) -> (value: JSONValue, source: Source) {
        if let sample = entry.sampleResponse {
            return (sample.value.jsonValue, .samplesFolder(Self.folderAndName(sample.file)))
        }
        if let data = spec.sampleData { return (data.value.jsonValue, .besideTemplate(Format.shortPath(data.file, in: package))) }
        if let example = entry.responseExamples.first { return (example.value, .openAPIExample(example.label)) }
        if let specIndex = entry.specIndex, let schema = entry.api?.successResponse?.primary?.schema {
            return (SampleSynthesizer.value(for: schema, in: package.specs[specIndex].schemas), .synthesized)
        }
        return (.object([:]), .none)
    }

    /// `samples/getBudgets.json` → the last folder and the file name, as pages show it.
    static func folderAndName(_ file: String) -> String {
        let parts = file.split(separator: "/")
        return parts.suffix(2).joined(separator: "/")
    }

    /// The items a card is rendered for.
    static func items(of data: JSONValue, spec: CardSpec) -> [JSONValue] {
        guard let path = spec.dataPath, !path.isEmpty else {
            if !spec.dataPathIsJSONPath, case .array(let a) = data { return a }
            return [data]
        }
        guard let query = try? JSONPath(path, allowDotPath: !spec.dataPathIsJSONPath || !path.hasPrefix("$")) else { return [] }
        return query.items(in: data)
    }

    /// A citation field (a JSONPath relative to the item) as text.
    static func string(_ path: String?, in item: JSONValue) -> String? {
        guard let path, let q = try? JSONPath(path) else { return nil }
        guard let v = q.select(in: item).first else { return nil }
        return v.stringValue ?? (v.isNull ? nil : JSONWriter.serialize(v))
    }
}
