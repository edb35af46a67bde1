import CardTemplating
import CatalogDiagnostics
import JSONTree

/// RRT: message extension response rendering templates. RRT-01 (the template's shape) is
/// checked where the template is read (`CardCollector.responseTemplateCard`).
enum ResponseTemplateChecks {
    static func run(_ c: CheckContext) {
        for doc in c.documents(.responseRenderingTemplate) {
            schemaReference(doc, c)
            previewImage(doc, c)
        }
        for e in c.entries where e.kind == .apiOperation {
            for card in e.cards where card.role == .responseCard {
                guard let root = responseRoot(e, c) else { continue }
                jsonPath(card, e, root: root, c)
                boundFields(card, e, root: root, c)
            }
        }
    }

    /// RRT-02: the template names its schema in `$schema`.
    static func schemaReference(_ doc: PackageDocument, _ c: CheckContext) {
        guard doc.root.object != nil, doc.root["$schema"] == nil else { return }
        c.report(
            .warning(
                .rrt02, "the response rendering template has no $schema; name the ResponseRenderingTemplate schema it follows",
                file: doc.display, at: doc.root.location))
    }

    /// RRT-04: `previewCardTemplate.image.url` is an https or a data URL (a `${…}` is
    /// filled in from the response and cannot be checked here).
    static func previewImage(_ doc: PackageDocument, _ c: CheckContext) {
        guard let node = doc.root["previewCardTemplate"]?["image"]?["url"], let url = node.string, !url.contains("${") else { return }
        let lower = url.lowercased()
        guard !lower.hasPrefix("https://"), !lower.hasPrefix("data:") else { return }
        c.report(.error(.rrt04, "previewCardTemplate.image.url \"\(url)\" must be an https or a data URL", file: doc.display, at: node.location))
    }

    /// The response an operation's result cards are made from: its schema, and the sample
    /// the description gives.
    struct ResponseRoot {
        let table: SchemaTable
        let schema: SchemaID?
        let example: (label: String, value: JSONValue)?
    }

    static func responseRoot(_ e: OperationEntry, _ c: CheckContext) -> ResponseRoot? {
        guard let op = e.api, let si = e.specIndex, si >= 0, si < c.specs.count else { return nil }
        return ResponseRoot(table: c.specs[si].schemas, schema: op.successResponse?.primary?.schema, example: e.responseExamples.first)
    }

    /// `results.items` → ["results", "items"] (a leading `$.` is tolerated).
    static func segments(_ path: String) -> [String] {
        var p = Substring(path)
        if p.hasPrefix("$") { p = p.dropFirst() }
        return p.split(separator: ".").map(String.init).filter { !$0.isEmpty }
    }

    /// RRT-03: `jsonPath` finds a list or an object in the sample response (or, without a
    /// sample, in the response schema).
    static func jsonPath(_ card: CardSpec, _ e: OperationEntry, root: ResponseRoot, _ c: CheckContext) {
        guard let path = card.dataPath, let source = card.dataPathSource else { return }
        let problem: String?
        if let example = root.example {
            problem = exampleProblem(segments(path), in: example.value).map { "\($0) in the sample response (\(example.label))" }
        } else if let schema = root.schema {
            problem = schemaProblem(segments(path), from: schema, root.table).map { "\($0) in the response schema" }
        } else {
            problem = nil
        }
        if let problem {
            c.report(
                .warning(
                    .rrt03, "jsonPath \"\(path)\" \(problem) of \(e.displayName); it should point at the list or object the cards show",
                    file: source.file, at: source.location))
        }
    }

    static func exampleProblem(_ path: [String], in value: JSONValue) -> String? {
        var current = value
        for (i, segment) in path.enumerated() {
            let next: JSONValue?
            if case .array(let a) = current, let index = Int(segment) {
                next = index >= 0 && index < a.count ? a[index] : nil
            } else {
                next = current[segment]
            }
            guard let next else { return "finds no \"\(path[...i].joined(separator: "."))\"" }
            current = next
        }
        switch current {
        case .array, .object: return nil
        default: return "points at a \(current.typeName), not a list or an object,"
        }
    }

    static func schemaProblem(_ path: [String], from root: SchemaID, _ table: SchemaTable) -> String? {
        var current = root
        for (i, segment) in path.enumerated() {
            let s = table[current]
            if s.isArray, let items = s.items, Int(segment) != nil {
                current = items
                continue
            }
            let props = table.mergedProperties(current).properties
            guard isClosed(s, props) else { return nil }
            guard let next = property(segment, in: props) else { return "finds no \"\(path[...i].joined(separator: "."))\"" }
            current = next
        }
        let s = table[current]
        if s.isArray || s.isObjectLike || s.types.isEmpty { return nil }
        return "points at a \(s.typeSummary(in: table)), not a list or an object,"
    }

    /// Whether a schema says which properties it has (an open or polymorphic one does not).
    static func isClosed(_ s: Schema, _ props: [(name: String, schema: SchemaID)]) -> Bool {
        guard !props.isEmpty, s.oneOf.isEmpty, s.anyOf.isEmpty, s.unresolvedReference == nil else { return false }
        switch s.additionalProperties {
        case .allowed, .schema: return false
        case .unspecified, .forbidden: return true
        }
    }

    /// A property by name (templates read data case-insensitively).
    static func property(_ name: String, in props: [(name: String, schema: SchemaID)]) -> SchemaID? {
        (props.first { $0.name == name } ?? props.first { $0.name.lowercased() == name.lowercased() })?.schema
    }

    // MARK: RRT-05

    /// RRT-05: every field the result and preview cards bind is in the response schema
    /// (below `jsonPath`; each item when it points at a list).
    static func boundFields(_ card: CardSpec, _ e: OperationEntry, root: ResponseRoot, _ c: CheckContext) {
        guard var item = root.schema else { return }
        let table = root.table
        for segment in segments(card.dataPath ?? "") {
            let s = table[item]
            if s.isArray, let items = s.items, Int(segment) != nil { item = items; continue }
            guard let next = property(segment, in: table.mergedProperties(item).properties) else { return }
            item = next
        }
        if table[item].isArray, let items = table[item].items { item = items }
        var templates = [card.template]
        if let preview = card.previewTemplate { templates.append(preview) }
        for template in templates {
            for binding in CardTemplate(json: template.jsonValue).bindings {
                guard let missing = missingField(binding.path, from: item, table) else { continue }
                c.report(
                    .warning(
                        .rrt05, "the card binds \"\(missing)\", which the response schema of \(e.displayName) does not have",
                        file: card.file, at: location(of: binding, in: template)))
            }
        }
    }

    /// The first part of `path` the schema does not have (nil when it has all, or cannot tell).
    static func missingField(_ path: [String], from root: SchemaID, _ table: SchemaTable) -> String? {
        var current = root
        var walked: [String] = []
        for segment in path {
            let s = table[current]
            if segment == "[]" || Int(segment) != nil {
                if s.isArray, let items = s.items { current = items }
                continue
            }
            walked.append(segment)
            let props = table.mergedProperties(current).properties
            guard isClosed(s, props) else { return nil }
            guard let next = property(segment, in: props) else { return walked.joined(separator: ".") }
            current = next
        }
        return nil
    }

    /// Where a binding's `${` is written in the template.
    static func location(of binding: CardTemplate.Binding, in template: SourceNode) -> SourceLocation {
        guard let node = template.resolve(pointer: binding.pointer) else { return template.location }
        var at = node.location
        if let offset = binding.offset, let text = node.string {
            at.column += 1 + sourceWidth(of: text.unicodeScalars.prefix(offset))
        }
        return at
    }

    /// How many columns JSON source takes to write these characters (escapes count double).
    static func sourceWidth(of scalars: some Sequence<Unicode.Scalar>) -> Int {
        var width = 0
        for c in scalars {
            switch c {
            case "\"", "\\", "\n", "\t", "\r", "\u{8}", "\u{C}": width += 2
            case _ where c.value < 0x20: width += 6
            default: width += 1
            }
        }
        return width
    }
}
