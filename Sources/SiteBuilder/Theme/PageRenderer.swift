import CatalogDiagnostics
import JSONTree
import Mustache

/// Renders page views with the theme's Mustache templates, inside the `layout` template.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    static let requiredTemplates = ["layout", "index", "package", "operation"]

    /// Parses every template once. A template that does not parse is an error with its
    /// line and column; the build stops before anything is written.
    init(theme: Theme) throws(Diagnostic) {
        var library = MustacheLibrary()
        for (name, text) in theme.templates.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw Diagnostic.error(.theme, "the template does not parse: \(error.error)", file: "templates/\(name).mustache",
                                       at: SourceLocation(line: error.context.lineNumber, column: error.context.columnNumber + 1))
            } catch {
                throw Diagnostic.error(.theme, "the template does not parse: \(error)", file: "templates/\(name).mustache")
            }
        }
        for name in Self.requiredTemplates where library.getTemplate(named: name) == nil {
            throw Diagnostic.error(.theme, "the theme has no \(name).mustache template", file: "templates/\(name).mustache")
        }
        self.library = library
    }

    /// `template` rendered with `view`, placed in the layout as `content`.
    /// The content template sees the layout's keys too (`site`, `root`, `lang`…), its own
    /// keys winning.
    func page(_ template: String, view: View, layout: View) -> String {
        let content = library.render(layout.merging(view) { _, own in own }, withTemplate: template) ?? ""
        var l = layout
        l["content"] = content
        return library.render(l, withTemplate: "layout") ?? content
    }

    func render(_ template: String, view: View) -> String {
        library.render(view, withTemplate: template) ?? ""
    }
}
