import JSONTree
import MarkdownHTML

/// One self-contained HTML file showing one card: inline CSS, images inlined by the caller,
/// and a Content-Security-Policy that forbids script, so the file can be mailed around.
public enum StandaloneCard {
    /// The Content-Security-Policy of standalone documents: no script, no frames, no
    /// forms; inline styles, and images and media from `data:` and the web.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data: https: http:; media-src https: http:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    /// Renders `card` and wraps it in a document. `inlineImage` is asked about every image
    /// URL the card uses (`CardRenderer.imageReferences`); return a `data:` URL to inline
    /// it (e.g. for a file next to the template), or nil to leave the URL as it is.
    public static func document(
        card: JSONValue, hostConfig: HostConfig, title: String, themeClass: String = "ac-theme",
        options: RenderOptions = RenderOptions(),
        inlineImage: (String) -> String? = { _ in nil }
    ) -> (html: String, warnings: [CardWarning]) {
        var opts = options
        for url in CardRenderer.imageReferences(in: card) where opts.imageSources[url] == nil {
            if let data = inlineImage(url) { opts.imageSources[url] = data }
        }
        let rendered = CardRenderer.render(card: card, hostConfig: hostConfig, options: opts)
        let theme = sanitizedClass(themeClass)
        let css = CardStylesheet.complete(for: hostConfig, scope: "." + theme)
        return (document(rendered: rendered, stylesheets: [css], title: title, themeClass: theme), rendered.warnings)
    }

    /// Wraps an already rendered card (or preview) in a document. `stylesheets` are inlined
    /// in order (typically `CardStylesheet.base` and one `CardStylesheet.css(for:scope:)`
    /// whose scope is `.` + `themeClass`).
    public static func document(
        rendered: RenderedCard, stylesheets: [String], title: String,
        themeClass: String = "ac-theme"
    ) -> String {
        Prepared(stylesheets: stylesheets, themeClass: themeClass).document(rendered: rendered, title: title)
    }

    /// The parts of a standalone document that do not depend on the card, prepared once
    /// (for a site that writes one document per card).
    ///
    /// With `subsetting`, each document carries only the CSS rules its card can use (a few
    /// kilobytes instead of the whole stylesheet).
    public struct Prepared: Sendable {
        let top: String
        let css: String
        let subset: StylesheetSubset?
        let bottom: String
        let bareBottom: String
        let theme: String
        /// The classes every document uses, whatever its card.
        let alwaysUsed: Set<String>

        public init(stylesheets: [String], themeClass: String = "ac-theme", subsetting: Bool = false) {
            theme = StandaloneCard.sanitizedClass(themeClass)
            alwaysUsed = ["ac-standalone", "ac-host", "ac-standalone-title", theme]
            top =
                "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + StandaloneCard.contentSecurityPolicy + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n<title>"
            var sheets = ""
            for sheet in stylesheets { sheets += StandaloneCard.safeStyleText(sheet) }
            css = sheets
            subset = subsetting ? StylesheetSubset(sheets) : nil
            bottom = StandaloneCard.pageCSS + "</style>\n</head>\n<body class=\"ac-standalone " + theme + "\">\n<main>\n"
            bareBottom = StandaloneCard.pageCSS + "</style>\n</head>\n<body class=\"ac-standalone ac-bare " + theme + "\">\n<main>\n"
        }

        /// The document. With `bare`, the page holds the card element alone: no heading, no
        /// page padding and no frame, at the full width of the window (for screenshots and
        /// for comparing with other renderers' card elements).
        /// `note` says, under the heading, where the card's data came from (sample or
        /// synthesized data); a bare page has no room for it.
        public func document(rendered: RenderedCard, title: String, bare: Bool = false, note: String? = nil) -> String {
            let escaped = HTML.escape(title)
            let sheet = subset?.css(for: rendered.html, alwaysUsed: alwaysUsed) ?? css
            let noteHTML = note.flatMap { $0.isEmpty || bare ? nil : HTML.escape($0) }
            var html = ""
            html.reserveCapacity(
                top.utf8.count + sheet.utf8.count + bottom.utf8.count + rendered.html.utf8.count + 2 * escaped.utf8.count
                    + (noteHTML?.utf8.count ?? 0) + theme.utf8.count + 200)
            // Appended piece by piece: a concatenated piece is a string of its own first.
            html += top
            html += escaped
            html += "</title>\n<style>\n"
            html += sheet
            html += bare ? bareBottom : bottom
            if !title.isEmpty, !bare {
                html += "<h1 class=\"ac-standalone-title\">"
                html += escaped
                html += "</h1>\n"
            }
            if let noteHTML {
                html += "<p class=\"ac-standalone-note\">"
                html += noteHTML
                html += "</p>\n"
            }
            html += "<div class=\"ac-host "
            html += theme
            html += "\">"
            html += rendered.html
            html += "</div>\n</main>\n</body>\n</html>\n"
            return html
        }
    }

    /// CSS can never end the `<style>` element early: the stylesheets hold no `<`, and any
    /// that slipped in is dropped.
    static func safeStyleText(_ css: String) -> String {
        css.utf8.contains(UInt8(ascii: "<")) ? String(css.filter { $0 != "<" }) : css
    }

    static func sanitizedClass(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars where c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_") {
            out.unicodeScalars.append(c)
        }
        if out.isEmpty || !(out.unicodeScalars.first?.properties.isAlphabetic ?? false) { return "ac-theme" }
        return String(out.prefix(60))
    }

    static let pageCSS = """
        html,body{margin:0;padding:0}
        body.ac-standalone{min-height:100vh;background-color:var(--ac-page-bg);color:var(--ac-c-default);font-family:var(--ac-font);--ac-c-default:inherit}
        .ac-standalone main{box-sizing:border-box;max-width:760px;margin:0 auto;padding:32px 24px}
        .ac-standalone-title{margin:0 0 16px;font-size:18px;font-weight:600;color:var(--ac-link)}
        .ac-standalone-note{margin:-8px 0 16px;font-size:13px;color:var(--ac-placeholder)}
        .ac-standalone .ac-host{max-width:500px}
        .ac-standalone .ac-host:has(.ac-full-width){max-width:none}
        .ac-bare main{max-width:none;padding:0}
        .ac-standalone.ac-bare .ac-host{max-width:none}
        .ac-bare .ac-root{border:0;border-radius:0}

        """
}
