/// What a schema resource's keywords mean: its draft, the 2020-12 vocabularies its
/// meta-schema enables, and whether later drafts' keywords are honoured in an older draft.
struct Dialect: Sendable, Hashable {
    struct Vocabularies: OptionSet, Sendable, Hashable {
        let rawValue: Int
        static let applicator = Vocabularies(rawValue: 1)
        static let validation = Vocabularies(rawValue: 2)
        static let unevaluated = Vocabularies(rawValue: 4)
        static let formatAssertion = Vocabularies(rawValue: 8)
        static let standard: Vocabularies = [.applicator, .validation, .unevaluated]
    }

    var draft: Draft
    var vocabularies: Vocabularies = .standard
    var lenient = false
    /// Draft 2019-09, read as 2020-12 except for arrays: `items` may be an array (with
    /// `additionalItems`), and `prefixItems` is not a keyword.
    var draft2019 = false

    init(_ draft: Draft, lenient: Bool = false) {
        self.draft = draft
        self.lenient = lenient
    }

    /// The dialect a known meta-schema URI names (drafts 3 to 2020-12), or nil.
    init?(metaSchemaURI uri: String, lenient: Bool) {
        guard let draft = Draft(metaSchemaURI: uri) else { return nil }
        self.init(draft, lenient: lenient)
        draft2019 = uri.contains("2019-09")
    }

    var applicators: Bool { vocabularies.contains(.applicator) }
    var validation: Bool { vocabularies.contains(.validation) }

    /// Whether the draft (or, when lenient, a later draft) defines `keyword`.
    func has(_ keyword: Keyword) -> Bool {
        switch keyword {
        case .const, .contains, .propertyNames, .booleanSchemas:
            return draft != .draft4 || lenient
        case .ifThenElse:
            return draft == .draft7 || draft == .draft2020_12 || lenient
        case .legacy:
            return draft != .draft2020_12
        case .modern:
            return draft == .draft2020_12
        case .arrayItems:
            return draft != .draft2020_12 || draft2019
        case .prefixItems:
            return draft == .draft2020_12 && !draft2019
        }
    }

    enum Keyword {
        case const, contains, propertyNames, booleanSchemas, ifThenElse
        /// `definitions`, `dependencies`, `additionalItems`, array-form `items`, `$ref` hiding its siblings.
        case legacy
        /// `$defs`, `prefixItems`, `dependentRequired`, `dependentSchemas`, `min/maxContains`,
        /// `unevaluated*`, `$anchor`, `$dynamicRef`, `$dynamicAnchor`.
        case modern
        /// `additionalItems` and `items` as an array of schemas (before 2020-12).
        case arrayItems
        /// `prefixItems` (2020-12).
        case prefixItems
    }

    /// The keyword that names a schema resource: `id` in draft 4, `$id` after.
    var idKeyword: String { draft == .draft4 ? "id" : "$id" }

    static let vocabularyURIs: [String: Vocabularies] = [
        "https://json-schema.org/draft/2020-12/vocab/applicator": .applicator,
        "https://json-schema.org/draft/2020-12/vocab/validation": .validation,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": .unevaluated,
        "https://json-schema.org/draft/2020-12/vocab/format-assertion": .formatAssertion,
        "https://json-schema.org/draft/2019-09/vocab/applicator": [.applicator, .unevaluated],
        "https://json-schema.org/draft/2019-09/vocab/validation": .validation
    ]
}
