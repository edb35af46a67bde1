import JSONTree
import PackageReader

/// What an operation takes and returns: OpenAPI parameters, request body fields, a
/// function's own JSON Schema parameters (MCP tools), a command's parameters, and the
/// success response's fields. A field in a shared schema is reported on every operation
/// that uses it.
struct ParameterComparison {
    let base: CatalogPackage
    let head: CatalogPackage
    let b: OperationEntry
    let h: OperationEntry

    func run(into list: inout ChangeList) {
        compare(typedParameters(b, in: base), typedParameters(h, in: head), what: "parameter", into: &list)
        compare(body(b, in: base), body(h, in: head), what: "request body field", into: &list)
        let bf = JSONSchemaShapes.flatten(b.function?.parameters, place: Place(b.function?.file, b.function?.location))
        let hf = JSONSchemaShapes.flatten(h.function?.parameters, place: Place(h.function?.file, h.function?.location))
        compare(bf, hf, what: "function parameter", into: &list)
        compare(Self.commandParameters(b), Self.commandParameters(h), what: "command parameter", into: &list)
        response(into: &list)
    }

    /// OpenAPI parameters by `in` and name; a parameter that moved to another `in` is changed.
    static func parameters(_ e: OperationEntry) -> FlatSchema {
        var out = FlatSchema()
        guard let op = e.api else { return out }
        for p in op.parameters {
            let shape = FieldShape(type: "\(p.location.rawValue) parameter", format: nil, required: p.required, enumValues: [], nullable: false)
            out.fields[p.name] = (shape, Place(p.file ?? op.file, p.sourceLocation ?? op.location))
        }
        return out
    }

    /// Parameters with their schema's type, format and enum.
    func typedParameters(_ e: OperationEntry, in package: CatalogPackage) -> FlatSchema {
        var out = Self.parameters(e)
        guard let op = e.api, let table = e.specIndex.map({ package.specs[$0].schemas }) else { return out }
        for p in op.parameters {
            guard var field = out.fields[p.name], let schema = p.schema else { continue }
            let s = SchemaShapes.shape(schema, in: table, required: p.required)
            field.shape.type = "\(p.location.rawValue) " + s.type
            field.shape.format = s.format
            field.shape.enumValues = s.enumValues
            out.fields[p.name] = field
        }
        return out
    }

    func body(_ e: OperationEntry, in package: CatalogPackage) -> FlatSchema {
        guard let op = e.api, let rb = op.requestBody, let media = rb.primary, let schema = media.schema,
            let table = e.specIndex.map({ package.specs[$0].schemas })
        else { return FlatSchema() }
        var flat = FlatSchema(schema, in: table, file: op.file)
        if var root = flat.fields[""] {
            root.shape.required = rb.required
            root.shape.type = media.contentType.lowercased() + " " + root.shape.type
            flat.fields[""] = root
        }
        return flat
    }

    static func commandParameters(_ e: OperationEntry) -> FlatSchema {
        var out = FlatSchema()
        for p in e.command?.parameters ?? [] {
            out.fields[p.name] = (
                FieldShape(type: p.inputType ?? "text", format: nil, required: p.isRequired, enumValues: [], nullable: false),
                Place(e.command?.file, p.location)
            )
        }
        return out
    }

    /// Added, removed and changed fields, each a change; a new required field, or a field
    /// that became required, breaks callers (high).
    func compare(_ bf: FlatSchema, _ hf: FlatSchema, what: String, into list: inout ChangeList) {
        let (added, removed, changed) = FlatSchema.compare(bf, hf)
        for path in added {
            guard let f = hf.fields[path] else { continue }
            list.add(
                .parameterAdded, f.shape.required ? .high : .medium,
                "\(h.label) takes a new \(f.shape.required ? "required" : "optional") \(path.isEmpty ? "request body" : "\(what) \(path)")",
                after: f.shape.summary, at: f.place)
        }
        for path in removed {
            guard let f = bf.fields[path] else { continue }
            list.add(
                .parameterRemoved, .medium, "\(h.label) no longer takes \(path.isEmpty ? "a request body" : "\(what) \(path)")",
                before: f.shape.summary, at: f.place, inBase: true)
        }
        for path in changed {
            guard let bv = bf.fields[path], let hv = hf.fields[path] else { continue }
            let nowRequired = hv.shape.required && !bv.shape.required
            list.add(
                .parameterChanged, nowRequired ? .high : .medium,
                "\(path.isEmpty ? "the request body" : "\(what) \(path)") of \(h.label) changed" + (nowRequired ? " and is now required" : ""),
                before: bv.shape.summary, after: hv.shape.summary, at: hv.place)
        }
    }

    /// The success response's fields, as one change per operation.
    func response(into list: inout ChangeList) {
        let bf = responseFields(b, in: base), hf = responseFields(h, in: head)
        let (added, removed, changed) = FlatSchema.compare(bf, hf)
        guard !(added.isEmpty && removed.isEmpty && changed.isEmpty) else { return }
        func names(_ paths: [String]) -> String {
            let shown = paths.prefix(6).map { $0.isEmpty ? "(the response)" : $0 }
            return shown.joined(separator: ", ") + (paths.count > 6 ? " and \(paths.count - 6) more" : "")
        }
        var parts: [String] = []
        if !added.isEmpty { parts.append("added " + names(added)) }
        if !removed.isEmpty { parts.append("removed " + names(removed)) }
        if !changed.isEmpty { parts.append("changed " + names(changed)) }
        let first = (changed + added).first.flatMap { hf.fields[$0]?.place } ?? h.place
        let single = added.count + removed.count + changed.count == 1
        let path = (changed + added + removed).first ?? ""
        list.add(
            .responseChanged, .low, "the response of \(h.label): " + parts.joined(separator: "; "),
            before: single ? bf.fields[path]?.shape.summary : nil, after: single ? hf.fields[path]?.shape.summary : nil, at: first)
    }

    func responseFields(_ e: OperationEntry, in package: CatalogPackage) -> FlatSchema {
        guard let op = e.api, let r = op.successResponse else { return FlatSchema() }
        guard let media = r.primary, let schema = media.schema, let table = e.specIndex.map({ package.specs[$0].schemas }) else {
            var flat = FlatSchema()
            flat.fields[""] = (
                FieldShape(type: "\(r.status) " + (r.primary?.contentType ?? "no content"), format: nil, required: true, enumValues: [], nullable: false),
                Place(op.file, op.location)
            )
            return flat
        }
        var flat = FlatSchema(schema, in: table, file: op.file)
        if var root = flat.fields[""] {
            root.shape.type = "\(r.status) \(media.contentType.lowercased()) " + root.shape.type
            flat.fields[""] = root
        }
        return flat
    }
}
