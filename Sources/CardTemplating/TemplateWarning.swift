import JSONTree

/// Something the expansion of a template could not do as written. The card is still
/// produced (the official engines either leave the text or empty it); the warning names
/// the place in the template as a JSON pointer (`/body/0/text`).
public struct TemplateWarning: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// `${…}` is not a valid expression; the text is kept as written.
        case syntax = "template-syntax"
        /// A call to a function that does not exist.
        case unknownFunction = "template-unknown-function"
        /// A path with no value in the data; `${path}` is left in the text.
        case missingPath = "template-missing-path"
        /// An expression failed while being evaluated.
        case failedExpression = "template-failed-expression"
        /// `$when` is not an expression or did not give a boolean; the element is dropped.
        case invalidWhen = "template-invalid-when"
        /// The template or its expansion is larger or deeper than the limits allow.
        case limit = "template-limit"
    }

    public var kind: Kind
    /// JSON pointer to the template value the warning is about.
    public var path: String
    public var message: String
    /// Where in that string value the `${` of the expression at fault starts, in Unicode
    /// scalars; nil when the warning is about the value as a whole.
    public var offset: Int?

    public init(_ kind: Kind, path: String, _ message: String, offset: Int? = nil) {
        self.kind = kind
        self.path = path
        self.message = message
        self.offset = offset
    }

    public var description: String { "\(path.isEmpty ? "/" : path): \(kind.rawValue): \(message)" }
}

/// The result of expanding a template with data.
public struct TemplateExpansion: Sendable {
    /// The expanded JSON (the card).
    public var value: JSONValue
    /// What went wrong on the way, in template order, without repeats.
    public var warnings: [TemplateWarning]
}
