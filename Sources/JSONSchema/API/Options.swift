/// The JSON Schema drafts the validator implements.
public enum Draft: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case draft4 = "draft-04"
    case draft6 = "draft-06"
    case draft7 = "draft-07"
    case draft2020_12 = "2020-12"

    public var description: String { rawValue }

    /// The draft a `$schema` URI names (`http://json-schema.org/draft-04/schema#`,
    /// `https://json-schema.org/draft/2020-12/schema`…); nil for any other URI. Draft 2019-09
    /// is read as 2020-12 and draft 3 as draft 4, their nearest implemented neighbours.
    public init?(metaSchemaURI: String) {
        var s = metaSchemaURI.lowercased()
        if s.hasSuffix("#") { s.removeLast() }
        for prefix in ["https://", "http://"] where s.hasPrefix(prefix) { s.removeFirst(prefix.count) }
        switch s {
        case "json-schema.org/draft-04/schema", "json-schema.org/draft-03/schema": self = .draft4
        case "json-schema.org/draft-06/schema": self = .draft6
        case "json-schema.org/draft-07/schema": self = .draft7
        case "json-schema.org/draft/2020-12/schema", "json-schema.org/draft/2019-09/schema": self = .draft2020_12
        default: return nil
        }
    }

    /// The canonical meta-schema URI of the draft.
    public var metaSchemaURI: String {
        switch self {
        case .draft4: return "http://json-schema.org/draft-04/schema#"
        case .draft6: return "http://json-schema.org/draft-06/schema#"
        case .draft7: return "http://json-schema.org/draft-07/schema#"
        case .draft2020_12: return "https://json-schema.org/draft/2020-12/schema"
        }
    }
}

/// How a schema is read.
public struct CompileOptions: Sendable {
    /// The draft of a schema that names none in `$schema` (or names a meta-schema that is not
    /// a known draft and not in the registry).
    public var defaultDraft: Draft = .draft2020_12

    /// Honour keywords of later drafts in schemas that declare an older one: `const`,
    /// `contains`, `propertyNames` (draft 6) and `if`/`then`/`else` (draft 7) in draft-04 and
    /// draft-06 schemas, and the numeric `exclusiveMaximum`/`exclusiveMinimum` in draft-04.
    /// The official Teams and Copilot schemas declare draft-04 but use these keywords, and the
    /// tools that check packages (AJV in Teams Toolkit) apply them. Off by default, as the
    /// JSON Schema Test Suite expects.
    public var laterDraftKeywords = false

    public init(defaultDraft: Draft = .draft2020_12, laterDraftKeywords: Bool = false) {
        self.defaultDraft = defaultDraft
        self.laterDraftKeywords = laterDraftKeywords
    }
}

/// How an instance is checked.
public struct ValidationOptions: Sendable {
    /// Check `format` (date-time, email, uri…) as an assertion. Off by default: the drafts make
    /// it an annotation unless asked for. A 2020-12 schema whose meta-schema lists the
    /// format-assertion vocabulary asserts formats either way.
    public var assertFormats = false

    /// Strings for which `pattern`, `maxLength`, `minLength` and `format` are not checked;
    /// see `skippingStringConstraints(where:)` and `placeholderStrings`.
    public var skipStringConstraints: (@Sendable (String) -> Bool)? = nil

    public init(assertFormats: Bool = false, skipStringConstraints: (@Sendable (String) -> Bool)? = nil) {
        self.assertFormats = assertFormats
        self.skipStringConstraints = skipStringConstraints
    }

    /// These options, exempting the strings `predicate` accepts from `pattern`, `maxLength`,
    /// `minLength` and `format`.
    public func skippingStringConstraints(where predicate: @escaping @Sendable (String) -> Bool) -> ValidationOptions {
        var o = self
        o.skipStringConstraints = predicate
        return o
    }

    /// A string holding an unresolved Teams Toolkit placeholder `${{NAME}}`: the toolkit
    /// substitutes it before the package is checked, so its length and pattern are not the
    /// final value's.
    public static let placeholderStrings: @Sendable (String) -> Bool = { s in
        // `${{`, then `}}`: a byte scan (this runs for every constrained string).
        var inside = false
        var before: UInt8 = 0, last: UInt8 = 0
        for b in s.utf8 {
            if !inside && before == UInt8(ascii: "$") && last == UInt8(ascii: "{") && b == UInt8(ascii: "{") {
                inside = true
                (before, last) = (0, 0)
                continue
            }
            if inside && last == UInt8(ascii: "}") && b == UInt8(ascii: "}") { return true }
            (before, last) = (last, b)
        }
        return false
    }
}
