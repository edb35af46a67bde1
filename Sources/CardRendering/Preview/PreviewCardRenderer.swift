import JSONTree
import MarkdownHTML

/// What a Teams message-extension result shows: the already expanded values of a response
/// rendering template's `previewCardTemplate`.
public struct PreviewCardContent: Sendable, Hashable {
    public var title: String
    public var subtitle: String?
    public var text: String?
    /// `image.url` of the preview template.
    public var imageURL: String?
    /// `image.alt`.
    public var imageAlt: String?

    public init(title: String, subtitle: String? = nil, text: String? = nil, imageURL: String? = nil, imageAlt: String? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.text = text
        self.imageURL = imageURL
        self.imageAlt = imageAlt
    }
}

/// A Copilot citation: the `response_semantics.properties` of an API plugin function,
/// already extracted to strings by the caller.
public struct CitationContent: Sendable, Hashable {
    public var title: String
    public var subtitle: String?
    public var url: String?
    public var thumbnailURL: String?

    public init(title: String, subtitle: String? = nil, url: String? = nil, thumbnailURL: String? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.url = url
        self.thumbnailURL = thumbnailURL
    }
}

/// `responseLayout` of a response rendering template.
public enum PreviewLayout: String, Sendable, Hashable, CaseIterable {
    case list, grid
}

/// The small previews hosts show around cards: Teams search result rows and tiles, and
/// Copilot's citation and response cards. Themed by the same stylesheets as cards
/// (`CardStylesheet`), host-independent HTML.
public enum PreviewCardRenderer {
    /// A Teams message-extension result list (`list`: rows with a thumbnail; `grid`: tiles).
    public static func searchResults(
        _ items: [PreviewCardContent], layout: PreviewLayout,
        options: RenderOptions = RenderOptions()
    ) -> RenderedCard {
        var r = PreviewWriter(options: options)
        r.out.raw("<div class=\"ac-preview ac-style-default ac-preview-" + layout.rawValue + "\" role=\"list\" aria-label=\"Search results\">")
        for (i, item) in items.prefix(500).enumerated() {
            let path = "/items/" + String(i)
            r.out.raw("<div class=\"ac-preview-item\" role=\"listitem\">")
            var image: String?
            if let raw = item.imageURL, !raw.isEmpty { image = r.imageURL(raw, path: path + "/image/url") }
            if let image {
                let alt = item.imageAlt ?? ""
                if alt.trimmingSpaces.isEmpty { r.warn(.missingAltText, path + "/image", "The preview image has no alt text.") }
                r.out.raw("<img class=\"ac-preview-thumb\"")
                r.out.attr("src", image)
                r.out.attr("alt", alt)
                r.out.raw(" loading=\"lazy\" referrerpolicy=\"no-referrer\">")
            } else if layout == .grid {
                r.out.raw("<div class=\"ac-preview-thumb ac-preview-thumb-empty\" aria-hidden=\"true\"></div>")
            }
            r.out.raw("<div class=\"ac-preview-text\">")
            if item.title.isEmpty { r.warn(.missingProperty, path + "/title", "The preview has no title.") }
            r.line("ac-preview-title", item.title, path: path + "/title")
            if let s = item.subtitle, !s.isEmpty { r.line("ac-preview-subtitle", s, path: path + "/subtitle") }
            if let t = item.text, !t.isEmpty, layout == .list { r.line("ac-preview-body", t, path: path + "/text") }
            r.out.raw("</div></div>")
        }
        r.out.raw("</div>")
        return RenderedCard(html: r.out.string, warnings: r.warnings)
    }

    /// Copilot's citation card: the reference number, title (a link when there is a URL),
    /// subtitle, source site and thumbnail.
    public static func citation(_ c: CitationContent, index: Int, options: RenderOptions = RenderOptions()) -> RenderedCard {
        var r = PreviewWriter(options: options)
        r.citation(c, index: index)
        return RenderedCard(html: r.out.string, warnings: r.warnings)
    }

    /// Copilot's response card: the rendered Adaptive Card in Copilot's frame, with its
    /// citation below when there is one.
    public static func copilotResponse(
        card: RenderedCard, citation: CitationContent?, index: Int = 1,
        options: RenderOptions = RenderOptions()
    ) -> RenderedCard {
        var r = PreviewWriter(options: options)
        r.out.raw("<div class=\"ac-copilot-response ac-style-default\" role=\"group\" aria-label=\"Copilot response card\">")
        r.out.raw("<div class=\"ac-copilot-card\">")
        r.out.raw(card.html)
        r.out.raw("</div>")
        if let citation { r.citation(citation, index: index) }
        r.out.raw("</div>")
        return RenderedCard(html: r.out.string, warnings: card.warnings + r.warnings)
    }
}

/// A small writer for preview markup (same escaping and URL policy as cards).
struct PreviewWriter {
    var out = HTMLBuffer(capacity: 2048)
    var warnings: [CardWarning] = []
    let options: RenderOptions

    init(options: RenderOptions) {
        self.options = options
    }

    mutating func warn(_ kind: CardWarning.Kind, _ path: String, _ message: String) {
        warnings.append(CardWarning(kind, path: path, message))
    }

    mutating func imageURL(_ raw: String, path: String) -> String? {
        if let replacement = options.imageSources[raw], let ok = URLPolicy.documentationImages.sanitize(replacement) { return ok }
        if let ok = URLPolicy.cardImages.sanitize(raw) { return ok }
        warn(.unsafeURL, path, "Image URL \"\(raw.prefix(80))\" is not http, https or data:image; it is not shown.")
        return nil
    }

    mutating func line(_ cls: String, _ text: String, path: String) {
        if !text.isEmpty, text.includes("${") { warn(.unexpandedTemplate, path, "Text holds a template expression (${…}).") }
        out.raw("<div class=\"" + cls + "\">")
        out.text(text)
        out.raw("</div>")
    }

    mutating func citation(_ c: CitationContent, index: Int) {
        out.raw("<div class=\"ac-citation ac-style-default\" role=\"group\"")
        out.attr("aria-label", "Reference \(index): " + c.title)
        out.raw("><span class=\"ac-citation-index\" aria-hidden=\"true\">" + String(index) + "</span>")
        if let raw = c.thumbnailURL, !raw.isEmpty, let thumb = imageURL(raw, path: "/thumbnail_url") {
            out.raw("<img class=\"ac-citation-thumb\" alt=\"\"")
            out.attr("src", thumb)
            out.raw(" loading=\"lazy\" referrerpolicy=\"no-referrer\">")
        }
        out.raw("<div class=\"ac-citation-text\">")
        var link: String?
        if let raw = c.url, !raw.isEmpty {
            link = URLPolicy.cardLinks.sanitize(raw)
            if link == nil { warn(.unsafeURL, "/url", "Citation URL \"\(raw.prefix(80))\" is not http, https, mailto or tel.") }
        }
        if c.title.isEmpty { warn(.missingProperty, "/title", "The citation has no title.") }
        if let link {
            out.raw("<a class=\"ac-citation-title\" target=\"_blank\" rel=\"noopener noreferrer\"")
            out.attr("href", link)
            out.raw(">")
            out.text(c.title)
            out.raw("</a>")
        } else {
            line("ac-citation-title", c.title, path: "/title")
        }
        if let s = c.subtitle, !s.isEmpty { line("ac-citation-subtitle", s, path: "/subtitle") }
        if let link, let host = Self.host(of: link) { line("ac-citation-source", host, path: "/url") }
        out.raw("</div></div>")
    }

    /// The host name of an http(s) URL, for the "source" line.
    static func host(of url: String) -> String? {
        let lower = url.lowercased()
        let start: String.Index
        if lower.hasPrefix("https://") {
            start = url.index(url.startIndex, offsetBy: 8)
        } else if lower.hasPrefix("http://") {
            start = url.index(url.startIndex, offsetBy: 7)
        } else {
            return nil
        }
        var host = url[start...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if host.lowercased().hasPrefix("www.") { host = host.dropFirst(4) }
        return host.isEmpty ? nil : String(host.prefix(100))
    }
}
