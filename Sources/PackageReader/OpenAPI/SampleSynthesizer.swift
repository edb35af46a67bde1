import CatalogSupport
import JSONTree

/// Builds a plausible JSON value from a schema: its own `example`, `default` or first enum
/// member where it has one, else a value that fits its type, format and property name
/// (`email` → an address, `imageUrl` → an image, `createdAt` → a timestamp). Used for request
/// examples and for card previews when a package ships no sample data.
public enum SampleSynthesizer {
    /// What a sample is for: a card preview shows images (a placeholder image inlined as a
    /// `data:` URL), a request example stays short (an image field gets a short URL).
    public enum Purpose: Sendable {
        case preview, request
    }

    /// How deep samples go unless asked otherwise.
    public static let standardDepth = 6

    /// The value for a schema (computed once per schema and table, then remembered).
    public static func value(for id: SchemaID, in table: SchemaTable, purpose: Purpose = .preview, maxDepth: Int = standardDepth) -> JSONValue {
        // Remembered for the standard depth only, by purpose (operations share schemas).
        let key = purpose == .preview ? id.index * 2 : id.index * 2 + 1
        let remembered = maxDepth == standardDepth
        if remembered, let cached = table.cachedSample(key) { return cached }
        var budget = 2_000
        var stack: [SchemaID] = []
        var v = make(id, table: table, name: nil, depth: 0, maxDepth: maxDepth, budget: &budget, stack: &stack)
        if purpose == .request { v = shortImages(v) }
        if remembered { table.cacheSample(v, for: key) }
        return v
    }

    /// The value with every inlined placeholder image replaced by a short image URL.
    static func shortImages(_ v: JSONValue) -> JSONValue {
        switch v {
        case .string(placeholderImage): return .string(exampleImageURL)
        case .array(let items): return .array(items.map(shortImages))
        case .object(let o): return .object(o.mapValues(shortImages))
        default: return v
        }
    }

    /// The URL previews give invented image fields: an address that is fine as a link too;
    /// previews draw it as `placeholderImage` (`RenderOptions.imageSources`).
    public static let placeholderImageURL = "https://contoso.example/placeholder-image.svg"

    /// A short stand-in for an image URL in request examples.
    public static let exampleImageURL = "https://contoso.example/image.png"

    /// A plausible text for a field of this name (`clientEmail` → an address).
    public static func text(forField name: String) -> String { stringFor(name: name, format: nil) }

    /// A link for a field of this name.
    public static func link(forField name: String) -> String {
        "https://contoso.example/\(Slug.make(words(name), fallback: "item"))"
    }

    /// A small neutral placeholder image (no network needed to show it).
    public static let placeholderImage =
        "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIxNjAiIGhlaWdodD0iMTIwIiB2aWV3Qm94PSIwIDAgMTYwIDEyMCI+PHJlY3Qgd2lkdGg9IjE2MCIgaGVpZ2h0PSIxMjAiIGZpbGw9IiNjOWNkZjQiLz48cGF0aCBkPSJNMjAgOTVsMzUtNDAgMjUgMjggMTgtMTggNDIgMzB6IiBmaWxsPSIjN2Y4NWY1Ii8+PGNpcmNsZSBjeD0iMTE1IiBjeT0iMzgiIHI9IjEyIiBmaWxsPSIjZmZmIi8+PC9zdmc+"

    static func make(
        _ id: SchemaID, table: SchemaTable, name: String?, depth: Int, maxDepth: Int,
        budget: inout Int, stack: inout [SchemaID]
    ) -> JSONValue {
        budget -= 1
        let s = table[id]
        if let e = s.example { return e }
        if let d = s.defaultValue { return parseLiteral(d) }
        if let c = s.constValue { return parseLiteral(c) }
        if let first = s.enumValues.first { return parseLiteral(first) }
        if budget <= 0 || depth > maxDepth || stack.contains(id) { return .null }
        stack.append(id)
        defer { stack.removeLast() }
        // Compositions: the first alternative, or all allOf members merged.
        if s.types.isEmpty && s.properties.isEmpty && s.items == nil {
            if let first = s.oneOf.first ?? s.anyOf.first {
                return make(first, table: table, name: name, depth: depth, maxDepth: maxDepth, budget: &budget, stack: &stack)
            }
        }
        if s.isArray {
            guard let items = s.items else { return [] }
            let item = make(items, table: table, name: name.map(singular), depth: depth + 1, maxDepth: maxDepth, budget: &budget, stack: &stack)
            return item.isNull ? [] : [item]
        }
        if s.isObjectLike {
            var out = JSONObject()
            for (prop, child) in table.mergedProperties(id).properties {
                if budget <= 0 { break }
                if table[child].writeOnly { continue }
                out[prop] = make(child, table: table, name: prop, depth: depth + 1, maxDepth: maxDepth, budget: &budget, stack: &stack)
            }
            return .object(out)
        }
        let type = s.types.first { $0 != "null" } ?? "string"
        switch type {
        case "integer": return .number(Double(integerFor(name)))
        case "number": return .number(numberFor(name))
        case "boolean": return .bool(true)
        default: return .string(stringFor(name: name, format: s.format))
        }
    }

    static func parseLiteral(_ text: String) -> JSONValue {
        if let v = try? JSONValue.parse(text) { return v }
        return .string(text)
    }

    static func singular(_ name: String) -> String {
        name.hasSuffix("s") ? String(name.dropLast()) : name
    }

    static func words(_ name: String?) -> String {
        guard let name else { return "" }
        var out = ""
        for c in name {
            if c.isUppercase, !out.isEmpty { out.append(" ") }
            out.append(c == "_" || c == "-" ? " " : Character(c.lowercased()))
        }
        return out
    }

    static func integerFor(_ name: String?) -> Int {
        let n = words(name)
        if n.includes("year") { return 2024 }
        if n.includes("count") || n.includes("total") || n.includes("quantity") || n.includes("number") { return 3 }
        if n.includes("age") { return 30 }
        if n == "id" || n.hasSuffix(" id") { return 1 }
        return 42
    }

    static func numberFor(_ name: String?) -> Double {
        let n = words(name)
        if n.includes("price") || n.includes("amount") || n.includes("cost") || n.includes("fund") || n.includes("budget") || n.includes("total") { return 1250.5 }
        if n.includes("rating") || n.includes("score") { return 4.5 }
        if n.includes("lat") { return 47.64 }
        if n.includes("lon") || n.includes("lng") { return -122.13 }
        return 3.14
    }

    static func stringFor(name: String?, format: String?) -> String {
        switch format {
        case "date-time": return "2024-05-06T11:47:00Z"
        case "date": return "2024-05-06"
        case "time": return "11:47:00"
        case "email": return "megan@contoso.example"
        case "uri", "url", "uri-reference", "iri":
            return isImage(name) ? placeholderImage : "https://contoso.example/\(Slug.make(words(name), fallback: "item"))"
        case "uuid": return "3fa85f64-5717-4562-b3fc-2c963f66afa6"
        case "byte": return "U2FtcGxl"
        case "ipv4": return "192.0.2.10"
        case "hostname": return "contoso.example"
        default: break
        }
        let n = words(name)
        if isImage(name) { return placeholderImage }
        if n.includes("email") || n.includes("mail") { return "megan@contoso.example" }
        if n.includes("url") || n.includes("link") || n.includes("href") || n.includes("website") { return "https://contoso.example/\(Slug.make(n, fallback: "item"))" }
        if n.hasSuffix(" at") || n.includes("date") || n.includes("time") || n.includes("created") || n.includes("updated") { return "2024-05-06T11:47:00Z" }
        if n == "id" || n.hasSuffix(" id") || n.hasSuffix("id") { return "a1b2c3" }
        if n.includes("phone") { return "+1 425 555 0100" }
        if n.includes("status") || n.includes("state") { return "Active" }
        if n.includes("first name") { return "Megan" }
        if n.includes("last name") { return "Bowen" }
        if n.includes("name") || n.includes("title") { return name.map { "Sample \(words($0))" } ?? "Sample" }
        if n.includes("description") || n.includes("summary") || n.includes("text") || n.includes("body") { return "A short description of this item." }
        if n.includes("city") { return "Redmond" }
        if n.includes("country") { return "United States" }
        if n.includes("currency") { return "USD" }
        if n.includes("category") || n.includes("type") || n.includes("kind") { return "General" }
        return name.map { "sample \(words($0))" } ?? "sample"
    }

    static func isImage(_ name: String?) -> Bool {
        let n = words(name)
        return ["image", "img", "thumbnail", "photo", "picture", "avatar", "logo", "icon"].contains { n.includes($0) }
    }
}
