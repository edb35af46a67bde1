import CatalogDiagnostics
import JSONTree

/// Renders page views with the theme's Mustache templates, inside the `layout` template.
struct PageRenderer: Sendable {
    let templates: [String: MustacheTemplate]

    static let requiredTemplates = ["layout", "index", "package", "operation"]

    /// Parses every template once. A template that does not parse is an error with its
    /// line and column; the build stops before anything is written.
    init(theme: Theme) throws(Diagnostic) {
        var templates: [String: MustacheTemplate] = [:]
        for (name, text) in theme.templates.sorted(by: { $0.key < $1.key }) {
            do {
                templates[name] = try MustacheTemplate(text)
            } catch {
                throw Diagnostic.error(.theme, "the template does not parse: \(error.message)", file: "templates/\(name).mustache", at: error.location)
            }
        }
        for name in Self.requiredTemplates where templates[name] == nil {
            throw Diagnostic.error(.theme, "the theme has no \(name).mustache template", file: "templates/\(name).mustache")
        }
        self.templates = MustacheTemplate.withIndentedPartials(templates)
    }

    /// `template` rendered with `view`, placed in the layout as `content`. The content
    /// template sees the layout's keys too (`site`, `root`, `lang`…), its own keys winning.
    func page(_ template: String, view: View, layout: View) -> FileContent {
        // The layout's view encloses the page's: Mustache finds the page's keys first.
        let content = templates[template]?.render(stack: [.map(layout), .map(view)], partials: templates) ?? []
        var l = layout
        l["content"] = .rendered(content)
        return .bytes(templates["layout"]?.render(stack: [.map(l)], partials: templates) ?? [])
    }

    func render(_ template: String, view: View) -> String {
        templates[template]?.render(.map(view), partials: templates) ?? ""
    }
}
