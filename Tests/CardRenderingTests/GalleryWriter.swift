import Foundation
import JSONTree
import Testing
import TestSupport
@testable import CardRendering

/// Writes an HTML page of rendered cards for looking at (screenshots), when
/// `AC_GALLERY=/some/dir` is set. Not an assertion; skipped otherwise.
/// A tool, not a check: `AC_GALLERY=DIR swift test --filter GalleryWriter` writes the gallery.
@Suite(.needsShared) struct GalleryWriter {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["AC_GALLERY"] != nil, "a tool: set AC_GALLERY=DIR to write the card gallery"))
    func writeGallery() throws {
        let dir = try #require(ProcessInfo.processInfo.environment["AC_GALLERY"])
        let filter = ProcessInfo.processInfo.environment["AC_GALLERY_FILTER"]
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let themes: [(String, HostConfig)] = [("teams-light", Fixtures.teamsLight), ("teams-dark", Fixtures.teamsDark), ("teams-contrast", Fixtures.teamsContrast)]
        var css = CardStylesheet.base
        for (n, h) in themes { css += CardStylesheet.css(for: h, scope: ".ac-theme-" + n) }
        let sets: [(String, [(String, JSONValue)])] = [("scenarios", Fixtures.scenarios), ("samples", Fixtures.samples)]
        for (setName, cards) in sets {
            let per = Int(ProcessInfo.processInfo.environment["AC_GALLERY_PER_PAGE"] ?? "") ?? 3
            var chunk = 0
            var items: [(String, JSONValue)] = []
            for (name, card) in cards where filter == nil || name.contains(filter!) { items.append((name, card)) }
            while chunk * per < items.count {
                var body = ""
                for (i, (name, card)) in items[(chunk * per)..<min(items.count, chunk * per + per)].enumerated() {
                    var options = RenderOptions(idPrefix: "c\(i)")
                    var htmlByTheme: [String: String] = [:]
                    // No network here: stand-in images (a tinted square) keep the layout realistic.
                    for (k, url) in CardRenderer.imageReferences(in: card).enumerated() {
                        let hue = (k * 67) % 360
                        let svg = "<svg xmlns='http://www.w3.org/2000/svg' width='40' height='40' viewBox='0 0 96 96'><rect width='96' height='96' fill='hsl(\(hue),45%,70%)'/><circle cx='48' cy='38' r='18' fill='hsl(\(hue),45%,45%)'/><rect x='18' y='62' width='60' height='20' rx='10' fill='hsl(\(hue),45%,45%)'/></svg>"
                        options.imageSources[url] = "data:image/svg+xml," + svg.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                    }
                    for (n, _) in themes {
                    options.idPrefix = "c\(i)-\(n)"
                    var r = CardRenderer.render(card: card, hostConfig: Fixtures.teamsLight, options: options)
                    if ProcessInfo.processInfo.environment["AC_GALLERY_OPEN"] != nil {
                        // Show cards open and toggles checked, to look at the other state.
                        r.html = r.html.replacingOccurrences(of: "<details class=\"ac-showCard\"", with: "<details open class=\"ac-showCard\"")
                            .replacingOccurrences(of: "<details class=\"ac-overflow\"", with: "<details open class=\"ac-overflow\"")
                            .replacingOccurrences(of: "class=\"ac-tv ", with: "checked class=\"ac-tv ")
                    }
                    htmlByTheme[n] = r.html
                    }
                    body += "<section><h2>\(name)</h2><div class=\"row\">"
                    for (n, _) in themes where ProcessInfo.processInfo.environment["AC_GALLERY_THEMES"].map({ $0.contains(n) }) ?? (n != "teams-contrast") {
                        body += "<div class=\"cell ac-host ac-theme-\(n)\">\(htmlByTheme[n] ?? "")</div>"
                    }
                    body += "</div></section>\n"
                }
                let page = """
                <!doctype html><html><head><meta charset="utf-8"><style>\(css)
                body{margin:0;padding:8px;font-family:sans-serif;background:#ddd}
                h2{font-size:13px;margin:8px 0 4px;font-family:monospace}
                .row{display:flex;gap:16px;align-items:flex-start}
                .cell{flex:0 0 440px;padding:16px;background:var(--ac-page-bg)}
                </style></head><body>\(body)</body></html>
                """
                try page.write(toFile: dir + "/\(setName)-\(chunk).html", atomically: false, encoding: .utf8)
                chunk += 1
            }
        }
    }
}
