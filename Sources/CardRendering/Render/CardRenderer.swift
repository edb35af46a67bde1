import JSONTree

/// Renders an expanded Adaptive Card (plain JSON, templates already applied) to static HTML.
///
/// The HTML has no script, no event handler and no `javascript:` URL; every string from the
/// card is escaped, every URL checked (links: http, https, mailto, tel; images: http, https,
/// data:image). Sizes and colours are not in the HTML but in CSS from `CardStylesheet`, so
/// one rendering can be shown under several themes by switching a wrapper class:
///
/// ```swift
/// let card = CardRenderer.render(card: json, hostConfig: teamsLight)
/// // page: <style>CardStylesheet.base + CardStylesheet.css(for: teamsLight, scope: ".ac-theme-teams-light")…</style>
/// //       <div class="ac-host ac-theme-teams-light">\(card.html)</div>
/// ```
///
/// Rendering is a pure function of its arguments (no shared state), so cards may be
/// rendered concurrently, and the same input always gives the same bytes.
public enum CardRenderer {
    /// The newest schema version this renderer implements.
    public static let schemaVersion = SchemaVersion(1, 6)

    public static func render(card: JSONValue, hostConfig: HostConfig, options: RenderOptions = RenderOptions()) -> RenderedCard {
        var renderer = Renderer(host: hostConfig, options: options)
        renderer.renderDocument(card)
        return RenderedCard(html: renderer.out.string, warnings: renderer.warnings)
    }

    /// The image URLs a card refers to (images, posters, background images, action icons),
    /// in document order without duplicates — for callers that want to replace some of them
    /// (`RenderOptions.imageSources`), e.g. to inline local files as `data:` URLs.
    public static func imageReferences(in card: JSONValue) -> [String] {
        var collector = ImageReferenceCollector()
        collector.collect(card, depth: 0)
        return collector.urls
    }
}

/// How to render.
public struct RenderOptions: Sendable, Hashable {
    /// Prefix for the few `id` and `name` attributes the HTML needs (input labels, grouped
    /// show cards). Give each card on a page its own prefix. Anything but ASCII letters,
    /// digits, `-` and `_` is dropped; an empty result becomes `ac`.
    public var idPrefix = "ac"
    /// Replacement URLs for images, by the URL the card gives: e.g. a `data:` URL for a
    /// local file, or the site's copy of it. Replacements may be relative.
    public var imageSources: [String: String] = [:]
    /// Deepest element nesting rendered; deeper content is replaced by a marker.
    public var maxDepth = 40
    /// Most elements and actions rendered; the rest is replaced by a marker.
    public var maxElements = 5_000
    /// Most `Action.ToggleVisibility` actions that work without script in one card (the
    /// base stylesheet has rules for this many); further ones render as inert buttons.
    public var maxToggleActions: Int { CardStylesheet.toggleSlots }
    /// Warn about inputs that have no `label` (accessibility).
    public var warnOnMissingInputLabels = true
    /// Host configs in which text the card colours itself must meet WCAG AA contrast
    /// (`lowContrast` warnings); none by default.
    public var contrastChecks: [ContrastCheck] = []

    public init() {}

    public init(idPrefix: String) {
        self.idPrefix = idPrefix
    }
}

/// The result of rendering one card.
public struct RenderedCard: Sendable, Hashable {
    /// One `<div class="ac-adaptiveCard ac-root …">…</div>` element.
    public var html: String
    /// Problems found, in document order.
    public var warnings: [CardWarning]

    public init(html: String, warnings: [CardWarning]) {
        self.html = html
        self.warnings = warnings
    }
}

/// Something a card does that the renderer could not show as written, or that a host or a
/// reader would stumble over.
public struct CardWarning: Sendable, Hashable, CustomStringConvertible {
    /// Stable identifiers; the raw value is what reports and tests use.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The root is not an object with `"type": "AdaptiveCard"`.
        case notACard = "not-a-card"
        /// An element type this renderer does not know, without a usable fallback.
        case unsupportedElement = "unsupported-element"
        /// An action type this renderer does not know, without a usable fallback.
        case unsupportedAction = "unsupported-action"
        /// A known element where it cannot be (a `TableRow` outside a table, a `Container` in
        /// `columns`); not shown, as in the official renderer.
        case misplacedElement = "misplaced-element"
        /// An action where the schema forbids it (e.g. `Action.ShowCard` as a `selectAction`).
        case forbiddenAction = "forbidden-action"
        /// `requires` names a capability the host lacks, and there is no fallback.
        case requirementsNotMet = "requirements-not-met"
        /// The card declares a schema version newer than this renderer's.
        case versionTooNew = "version-too-new"
        /// `version` is missing or not a version number.
        case invalidVersion = "invalid-version"
        /// An element or action is newer than the schema version the card declares.
        case newerThanCardVersion = "newer-than-card-version"
        /// An image without `altText`.
        case missingAltText = "missing-alt-text"
        /// An input without a `label`.
        case missingInputLabel = "missing-input-label"
        /// A URL refused by the URL policy (it is not written to the page).
        case unsafeURL = "unsafe-url"
        /// A required property is missing (e.g. an `Image` without `url`).
        case missingProperty = "missing-property"
        /// A property has a value of the wrong type or outside its allowed values.
        case invalidValue = "invalid-value"
        /// More actions than the host shows (`actions.maxActions`); the rest are not shown.
        case tooManyActions = "too-many-actions"
        /// `Action.ToggleVisibility` names an element id that does not exist.
        case toggleTargetMissing = "toggle-target-missing"
        /// More toggle actions than work without script; the rest are inert.
        case toggleLimit = "toggle-limit"
        /// Nesting deeper than `RenderOptions.maxDepth`.
        case tooDeep = "too-deep"
        /// More elements than `RenderOptions.maxElements`.
        case tooLarge = "too-large"
        /// Text still holds a `${…}` template expression (the card was not expanded).
        case unexpandedTemplate = "unexpanded-template"
        /// Text the card colours itself is below WCAG AA contrast in a checked host config
        /// (`RenderOptions.contrastChecks`).
        case lowContrast = "low-contrast"
    }

    public var kind: Kind
    /// A JSON Pointer into the card, e.g. `/body/2/items/0`.
    public var path: String
    public var message: String

    public init(_ kind: Kind, path: String, _ message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    public var description: String { "\(kind.rawValue) at \(path.isEmpty ? "/" : path): \(message)" }
}
