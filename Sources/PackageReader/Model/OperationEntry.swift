import CatalogDiagnostics
import JSONTree

/// One documented operation: an OpenAPI operation (with the plugin function or message
/// extension command bound to it), or an MCP tool. Each gets its own page.
public struct OperationEntry: Sendable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case apiOperation = "api-operation"
        case mcpTool = "mcp-tool"
        /// A command of a bot-based message extension: the bot serves it, there is no
        /// OpenAPI operation.
        case botCommand = "bot-command"
    }

    /// The fields, held once: entries are copied often (pages, checks, digests), and copying
    /// the box is one retain rather than one per field. Copied before a change when shared.
    @usableFromInline final class Box: @unchecked Sendable {
        // Changed only while the entry holding it is its only owner (`unique()`).
        @exclusivity(unchecked) @usableFromInline var fields: Fields
        @usableFromInline init(_ fields: Fields) { self.fields = fields }
    }

    @usableFromInline struct Fields {
        @usableFromInline var slug: String
        @usableFromInline var kind: Kind
        @usableFromInline var operationId: String
        @usableFromInline var api: APIOperation? = nil
        @usableFromInline var specIndex: Int? = nil
        @usableFromInline var function: CatalogPackage.Plugin.Function? = nil
        @usableFromInline var runtime: CatalogPackage.Plugin.Runtime? = nil
        @usableFromInline var command: CatalogPackage.MessageExtension.Command? = nil
        @usableFromInline var consequential: Consequential
        @usableFromInline var cards: [CardSpec]
        @usableFromInline var responseExamples: [(label: String, value: JSONValue)]
        @usableFromInline var toolTitle: String? = nil
        @usableFromInline var sampleResponse: SampleFile? = nil
        @usableFromInline var diagnostics: [Diagnostic] = []
    }

    @usableFromInline var box: Box

    public init(
        slug: String, kind: Kind, operationId: String, api: APIOperation?, specIndex: Int?, function: CatalogPackage.Plugin.Function?,
        runtime: CatalogPackage.Plugin.Runtime?, command: CatalogPackage.MessageExtension.Command?, consequential: Consequential,
        cards: [CardSpec], responseExamples: [(label: String, value: JSONValue)], toolTitle: String? = nil, sampleResponse: SampleFile? = nil
    ) {
        box = Box(
            Fields(
                slug: slug, kind: kind, operationId: operationId, api: api, specIndex: specIndex, function: function, runtime: runtime,
                command: command, consequential: consequential, cards: cards, responseExamples: responseExamples, toolTitle: toolTitle,
                sampleResponse: sampleResponse))
    }

    @inlinable mutating func unique() {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
    }

    /// Unique in the package, safe as a file name.
    @inlinable public var slug: String {
        _read { yield box.fields.slug }
        _modify {
            unique()
            yield &box.fields.slug
        }
    }

    @inlinable public var kind: Kind {
        _read { yield box.fields.kind }
        _modify {
            unique()
            yield &box.fields.kind
        }
    }

    /// The OpenAPI `operationId`, the MCP tool name, or a synthesized `method_path` id.
    @inlinable public var operationId: String {
        _read { yield box.fields.operationId }
        _modify {
            unique()
            yield &box.fields.operationId
        }
    }

    @inlinable public var api: APIOperation? {
        _read { yield box.fields.api }
        _modify {
            unique()
            yield &box.fields.api
        }
    }

    /// The spec the operation comes from (index into `CatalogPackage.specs`).
    @inlinable public var specIndex: Int? {
        _read { yield box.fields.specIndex }
        _modify {
            unique()
            yield &box.fields.specIndex
        }
    }

    @inlinable public var function: CatalogPackage.Plugin.Function? {
        _read { yield box.fields.function }
        _modify {
            unique()
            yield &box.fields.function
        }
    }

    @inlinable public var runtime: CatalogPackage.Plugin.Runtime? {
        _read { yield box.fields.runtime }
        _modify {
            unique()
            yield &box.fields.runtime
        }
    }

    @inlinable public var command: CatalogPackage.MessageExtension.Command? {
        _read { yield box.fields.command }
        _modify {
            unique()
            yield &box.fields.command
        }
    }

    @inlinable public var consequential: Consequential {
        _read { yield box.fields.consequential }
        _modify {
            unique()
            yield &box.fields.consequential
        }
    }

    @inlinable public var cards: [CardSpec] {
        _read { yield box.fields.cards }
        _modify {
            unique()
            yield &box.fields.cards
        }
    }

    /// Examples from the OpenAPI description usable as sample response data (response
    /// `example`/`examples`, then the response schema's `example`), in that order.
    @inlinable public var responseExamples: [(label: String, value: JSONValue)] {
        _read { yield box.fields.responseExamples }
        _modify {
            unique()
            yield &box.fields.responseExamples
        }
    }

    /// The MCP tool's `title` (the confirmation title Copilot shows for it).
    @inlinable public var toolTitle: String? {
        _read { yield box.fields.toolTitle }
        _modify {
            unique()
            yield &box.fields.toolTitle
        }
    }

    /// `<operationId>.json` from a folder of sample responses (`--samples`), when there is one.
    @inlinable public var sampleResponse: SampleFile? {
        _read { yield box.fields.sampleResponse }
        _modify {
            unique()
            yield &box.fields.sampleResponse
        }
    }

    /// The findings about this operation: those inside its operation object or its plugin
    /// function object (worked out once, when the package is read).
    @inlinable public internal(set) var diagnostics: [Diagnostic] {
        _read { yield box.fields.diagnostics }
        _modify {
            unique()
            yield &box.fields.diagnostics
        }
    }

    public var method: String? { api?.method }
    public var path: String? { api?.path }

    public var displayName: String {
        if let m = api?.method, let p = api?.path { return "\(m) \(p)" }
        return operationId
    }
}

/// Whether Copilot asks before every call and whether it offers "Always allow".
public struct Consequential: Sendable, Hashable {
    public enum Source: String, Sendable, Hashable, Codable {
        /// `x-openai-isConsequential` on the operation.
        case openAIExtension = "x-openai-isConsequential"
        /// The `x-oai-isConsequential` spelling (accepted with a warning).
        case oaiExtension = "x-oai-isConsequential"
        /// The plugin function's `capabilities.confirmation.isNonConsequential` (schema 2.4).
        case isNonConsequential = "isNonConsequential"
        /// MCP tool `annotations.readOnlyHint`.
        case readOnlyHint = "readOnlyHint"
        /// An MCP tool without `readOnlyHint`: treated as one that changes data.
        case toolDefault = "tool-default"
        /// No flag: GET is not consequential, every other method is.
        case methodDefault = "method-default"
        /// Message extension search commands run without a confirmation prompt.
        case notApplicable = "not-applicable"
    }

    /// The value written in the package, if any.
    public var explicit: Bool?
    /// What Copilot does: true = asks every time, no "Always allow".
    public var effective: Bool
    public var source: Source

    public var offersAlwaysAllow: Bool { !effective && source != .notApplicable }
}

/// An Adaptive Card a response is rendered with, and how to get its data.
public struct CardSpec: Sendable {
    public enum Role: String, Sendable, Hashable, Codable {
        /// A plugin function's `response_semantics.static_template` (inline or `{file}`).
        case staticTemplate = "static-template"
        /// The `responseCardTemplate` of a message extension's response rendering template.
        case responseCard = "response-card"
        /// Kiota's `x-ai-adaptive-card` on the operation.
        case openAPIExtension = "x-ai-adaptive-card"
    }

    public var role: Role
    /// The template, with the position of every value in `file`.
    public var template: SourceNode
    /// Where the template is: its own file, or the manifest holding it inline.
    public var file: String
    /// JSONPath (`$.results`) for plugins; a dot path (`results`) for response rendering templates.
    public var dataPath: String?
    public var dataPathIsJSONPath: Bool
    /// Where the data path is written (the file and the value's position), for findings about it.
    public var dataPathSource: (file: String, location: SourceLocation)?
    /// `response_semantics.properties` (citation title/subtitle/url/thumbnail_url), JSONPaths relative to an item.
    public var citation: [String: String] = [:]
    /// The template selector JSONPath, when the function has one.
    public var templateSelector: String?
    /// A message extension's preview card template (title/subtitle/text/image) and layout.
    public var previewTemplate: SourceNode?
    public var responseLayout: String?
    /// Sample data found beside the template (`x.data.json` next to `x.json`).
    public var sampleData: SampleFile?

    /// Where the template starts.
    public var location: SourceLocation { template.location }

    public init(role: Role, template: SourceNode, file: String, dataPath: String?, dataPathIsJSONPath: Bool) {
        self.role = role
        self.template = template
        self.file = file
        self.dataPath = dataPath
        self.dataPathIsJSONPath = dataPathIsJSONPath
    }
}

/// A JSON file of sample data (a card's `x.data.json`, a `--samples` response), as read.
public struct SampleFile: Sendable {
    public var value: SourceNode
    /// The file as diagnostics name it.
    public var file: String

    public init(value: SourceNode, file: String) {
        self.value = value
        self.file = file
    }
}
