import AdaptiveExpressions
import CardTemplating
import CatalogDiagnostics
import CatalogSupport
import Foundation
import JSONTree
import PackageReader

/// `plugin-catalog template`: expands one card template with its data, as `card` and the
/// build do (the data file beside the template by default), and locates every warning at
/// the `${…}` that caused it.
public struct TemplateAction: Sendable {
    public var template: URL
    /// The data (`$root`); nil means `<name>.data.json` beside the template when it exists.
    public var data: URL?
    /// Host data (`$host`).
    public var host: URL?
    public var context: EvaluationContext

    public init(template: URL, data: URL? = nil, host: URL? = nil, context: EvaluationContext = EvaluationContext(locale: "en-US")) {
        self.template = template
        self.data = data
        self.host = host
        self.context = context
    }

    public struct Result: Sendable {
        /// The expanded card, pretty-printed; nil when the template could not be read.
        public var json: String?
        public var diagnostics: [Diagnostic] = []
        public var dataFile: URL?
        public var exitCode: Int32 { diagnostics.hasErrors || json == nil ? 1 : 0 }
    }

    public func run() -> Result {
        var result = Result()
        result.dataFile = data ?? CardFiles.dataFile(beside: template)
        let shown = DisplayPath.relative(template, to: nil)
        guard
            let card = CardFiles.read(
                template, display: shown, data: result.dataFile, dataDisplay: result.dataFile.map { DisplayPath.relative($0, to: nil) },
                into: &result.diagnostics),
            result.dataFile == nil || card.data != nil
        else { return result }
        var hostData: JSONValue? = nil
        if let host {
            guard let node = CardFiles.readJSON(host, display: DisplayPath.relative(host, to: nil), into: &result.diagnostics) else { return result }
            hostData = node.jsonValue
        }
        let compiled = CompiledCard(card.template, file: shown)
        let expansion = compiled.template.expand(data: card.data?.value.jsonValue, host: hostData, context: context)
        let locator = CardLocator(template: card.template, file: shown)
        result.diagnostics = (result.diagnostics + expansion.warnings.map { locator.finding(for: $0) }).normalized
        result.json = JSONWriter.serialize(expansion.value, style: .pretty(indent: 2))
        return result
    }
}
