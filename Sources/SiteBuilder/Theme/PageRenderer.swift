import Foundation
import CatalogDiagnostics
import JSONTree

/// Renders page views with the theme's Mustache templates, inside the `layout` template.
struct PageRenderer: Sendable {
    let templates: [String: MustacheTemplate]
    /// The templates that went past the rendering budget (`MustacheBudget`), from any thread.
    let overruns = Overruns()

    static let requiredTemplates = ["layout", "index", "package", "operation"]

    /// No templates: for work that needs a site context but writes no page (`diff`'s cards).
    static let empty = PageRenderer()

    private init() { templates = [:] }

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
        var l = layout
        let content = rendered(template, stack: [.map(layout), .map(view)])
        let size = content.count
        l["content"] = .rendered(content)
        return .bytes(rendered("layout", stack: [.map(l)], capacity: size + 8192))
    }

    /// A template rendered within the budget; one that goes past it ends with a note, and
    /// the build reports it (`overruns`).
    func rendered(_ template: String, stack: [TemplateValue], capacity: Int = 16_384) -> [UInt8] {
        guard let t = templates[template] else { return [] }
        var budget = MustacheBudget()
        var out = t.render(stack: stack, partials: templates, budget: &budget, capacity: capacity)
        if budget.exceeded {
            overruns.record(template)
            out += Array(Self.overrunNote.utf8)
        }
        return out
    }

    static let overrunNote = "\n<p class=\"render-limit\">This page is cut short: the theme's templates went past the rendering limit.</p>\n"

    /// The findings for templates that went past the budget during the build.
    func overrunDiagnostics() -> [Diagnostic] {
        overruns.templates.map { name in
            Diagnostic.error(
                .theme,
                "rendering went past the limit of \(MustacheBudget.standardSteps) steps or \(MustacheBudget.standardBytes >> 20) MB "
                    + "(partials that include each other, or sections nested over long lists?); the pages it renders are cut short",
                file: "templates/\(name).mustache")
        }
    }

    func render(_ template: String, view: View) -> String {
        templates[template]?.render(.map(view), partials: templates) ?? ""
    }
}

/// Names of templates that went past the rendering budget, collected across threads.
final class Overruns: @unchecked Sendable {
    private var names = Set<String>()
    private let lock = NSLock()

    func record(_ name: String) {
        lock.lock()
        defer { lock.unlock() }
        names.insert(name)
    }

    var templates: [String] {
        lock.lock()
        defer { lock.unlock() }
        return names.sorted()
    }
}
