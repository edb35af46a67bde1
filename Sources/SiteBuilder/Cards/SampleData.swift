import CardTemplating
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

        /// What a standalone card file says under its heading about its data.
        var note: String {
            switch self {
            case .synthesized: "Synthesized sample data: values made up from the response schema and the names the card binds, not a real response."
            case .none: "No sample data: the card is shown as its template is written."
            case .samplesFolder(let f): "Sample data: the sample response \(f)."
            case .besideTemplate(let f): "Sample data: \(f)."
            case .openAPIExample(let l): "Sample data: the OpenAPI \(l)."
            }
        }
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

extension SampleData {
    /// Fills in what the template binds and the items lack, so a preview made from
    /// synthesized data shows values instead of `${…}`; image fields get the placeholder
    /// image (a synthesized `https://contoso.example/…` is no image). Returns the items and
    /// the bindings whose values were invented because the data has no such field.
    static func fill(_ items: [JSONValue], bindings: [CardTemplate.Binding]) -> (items: [JSONValue], invented: [CardTemplate.Binding]) {
        var items = items.isEmpty ? [JSONValue.object([:])] : items
        var invented: [CardTemplate.Binding] = []
        for b in bindings {
            var any = false
            for i in items.indices.prefix(OperationCards.maxItems) {
                switch Filler.fill(&items[i], b.path[...], binding: b) {
                case .invented: any = true
                case .replaced, .present: break
                }
            }
            if any { invented.append(b) }
        }
        return (items, invented)
    }

    /// `items[].name` for `["items", "[]", "name"]` (`name` for `["[]", "name"]`).
    static func display(_ path: [String]) -> String {
        var out = ""
        for p in path.drop(while: { $0 == "[]" }) {
            if p == "[]" { out += "[]" } else { out += (out.isEmpty ? "" : ".") + p }
        }
        return out
    }
}

/// Sets a value at a binding's path, making the objects on the way.
enum Filler {
    enum Outcome { case present, replaced, invented }

    static func fill(_ value: inout JSONValue, _ path: ArraySlice<String>, binding: CardTemplate.Binding) -> Outcome {
        guard let key = path.first else { return .present }
        let rest = path.dropFirst()
        if key == "[]" {
            guard case .array(var items) = value else { return fill(&value, rest, binding: binding) }
            if items.isEmpty { items = [.object([:])] }
            var outcome = Outcome.present
            for i in items.indices.prefix(OperationCards.maxItems) {
                let o = fill(&items[i], rest, binding: binding)
                if o == .invented || outcome == .present { outcome = o }
            }
            value = .array(items)
            return outcome
        }
        if value.isNull { value = .object([:]) }
        guard case .object(var o) = value else { return .present }
        let existing = o[key]
        if rest.isEmpty {
            if let existing, !existing.isNull {
                guard binding.usage == .image, case .string(let s) = existing, !s.hasPrefix("data:image"), s != SampleSynthesizer.placeholderImageURL else {
                    return .present
                }
                o[key] = .string(SampleSynthesizer.placeholderImageURL)
                value = .object(o)
                return .replaced
            }
            o[key] = invent(key, usage: binding.usage)
            value = .object(o)
            return .invented
        }
        var child = existing ?? (rest.first == "[]" ? .array([.object([:])]) : .object([:]))
        let outcome = fill(&child, rest, binding: binding)
        if existing == nil && outcome == .present { return .present }
        o[key] = child
        value = .object(o)
        return outcome
    }

    static func invent(_ name: String, usage: CardTemplate.Binding.Usage) -> JSONValue {
        switch usage {
        case .image: .string(SampleSynthesizer.placeholderImageURL)
        case .link: .string(SampleSynthesizer.link(forField: name))
        case .text: .string(SampleSynthesizer.text(forField: name))
        }
    }
}
