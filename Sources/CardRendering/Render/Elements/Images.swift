import JSONTree
import MarkdownHTML

extension Renderer {
    /// The `alt` text of an image, warning when there is none.
    mutating func altText(_ o: JSONObject, path: String, what: String = "Image") -> String {
        if let alt = o["altText"]?.stringValue, !alt.trimmingSpaces.isEmpty { return alt }
        warn(.missingAltText, path, "\(what) has no altText; screen readers cannot describe it.")
        return ""
    }

    mutating func renderImage(_ o: JSONObject, path: String, ctx: RenderContext, common: String) -> Bool {
        renderImage(o, path: path, ctx: ctx, common: common, inSet: nil)
    }

    /// How an image sits in an `ImageSet`.
    struct ImageSetPlacement {
        var size: ImageSize
        var grid: Bool
        var stacked: Int?  // position in a stacked set (0, 1)
    }

    mutating func renderImage(
        _ o: JSONObject, path: String, ctx: RenderContext, common: String,
        inSet: ImageSetPlacement?
    ) -> Bool {
        guard let raw = text(o, "url", path: path) else {
            if o["url"] == nil { warn(.missingProperty, path, "Image has no url.") }
            return false
        }
        guard let url = imageURL(raw, path: path + "/url") else { return false }
        let alt = altText(o, path: path)

        var box = ClassList(inSet == nil ? "ac-image-box" : "ac-image-box ac-imageSet-item")
        let alignment = HorizontalAlignment.parse(o["horizontalAlignment"]) ?? ctx.horizontalAlignment
        if inSet == nil, let alignment, alignment != .left { box.add("ac-ha-" + alignment.rawValue) }
        if !common.isEmpty { box.add(common) }

        let (img, style) = imageClassesAndStyle(o, path: path, inSet: inSet)

        out.open("div", box.value)
        out.raw(">")
        let select = selectAction(o["selectAction"], path: path + "/selectAction")
        let writeImg: (inout Renderer) -> Void = { r in
            r.out.open("img", img.value)
            r.out.attr("src", url)
            r.out.attr("alt", alt)
            if !style.isEmpty { r.out.attr("style", style.value) }
            r.out.raw(" loading=\"lazy\" referrerpolicy=\"no-referrer\">")
        }
        if let select {
            writeInlineTrigger(select, ctx: ctx, extraClass: "ac-image-action", body: writeImg)
        } else {
            writeImg(&self)
        }
        out.raw("</div>")
        return true
    }

    /// The `<img>`'s classes and inline style: its size (pixels, a named size, or its image
    /// set's), its style (person, rounded corners) and background colour.
    mutating func imageClassesAndStyle(_ o: JSONObject, path: String, inSet: ImageSetPlacement?) -> (ClassList, InlineStyle) {
        var img = ClassList("ac-image")
        var style = InlineStyle()
        let width = CardSize.pixels(o["width"])
        var height: Double?
        if let h = o["height"] {
            switch CardSize.parse(h) {
            case .pixels(let px)?: height = px
            case .auto?, .stretch?: break
            default: warn(.invalidValue, path + "/height", "An image height must be \"auto\", \"stretch\" or pixels.")
            }
        }
        if o["width"] != nil, width == nil { warn(.invalidValue, path + "/width", "An image width must be in pixels (\"50px\").") }
        if let inSet {
            if inSet.grid {
                img.add("ac-img-grid-" + inSet.size.rawValue)
            } else {
                img.add("ac-img-set-" + inSet.size.rawValue)
            }
            if let n = inSet.stacked { img.add("ac-img-stacked ac-img-stacked-\(n)") }
        } else if width != nil || height != nil {
            if let width { style.add("width", CSS.px(width)) }
            if let height { style.add("height", CSS.px(height)) }
        } else {
            var size = ImageSize.auto
            if let v = o["size"] {
                if let s = ImageSize.parse(v) { size = s } else { warn(.invalidValue, path + "/size", "Unknown image size.") }
            }
            img.add("ac-img-" + size.rawValue)
        }
        if o["style"]?.stringValue?.lowercased() == "person" || o["style"]?.stringValue?.lowercased() == "roundedcorners" {
            img.add(o["style"]?.stringValue?.lowercased() == "person" ? "ac-person" : "ac-rounded")
        }
        if let bg = o["backgroundColor"]?.stringValue {
            if let c = CardColor.parse(bg) {
                style.add("background-color", c.css)
            } else {
                warn(.invalidValue, path + "/backgroundColor", "Not a colour (#RRGGBB or #AARRGGBB).")
            }
        }
        return (img, style)
    }

    mutating func renderImageSet(_ o: JSONObject, path: String, ctx: RenderContext, common: String) -> Bool {
        guard case .array(let images)? = o["images"], !images.isEmpty else { return false }
        var size = ImageSize.medium
        if let v = o["imageSize"] {
            if let s = ImageSize.parse(v) {
                size = (s == .small || s == .large) ? s : .medium
            } else {
                warn(.invalidValue, path + "/imageSize", "Unknown image size.")
            }
        }
        let presentation = o["style"]?.stringValue?.lowercased() ?? "default"
        let grid = presentation == "grid"
        let stacked = presentation == "stacked"
        var classes = ClassList("ac-imageSet")
        if grid { classes.add("ac-imageSet-grid") }
        if stacked { classes.add("ac-imageSet-stacked ac-imageSet-stacked-" + size.rawValue) }
        let alignment = HorizontalAlignment.parse(o["horizontalAlignment"]) ?? ctx.horizontalAlignment
        if let alignment, alignment != .left { classes.add("ac-ha-" + alignment.rawValue) }
        if !common.isEmpty { classes.add(common) }
        let mark = out.mark
        out.open("div", classes.value)
        out.raw(">")
        var wrote = false
        var n = 0
        for (i, item) in images.enumerated() {
            let p = path + "/images/" + String(i)
            guard case .object(let image) = item else {
                warn(.invalidValue, p, "Expected an Image object.")
                continue
            }
            guard spend(p) else { break }
            let placement = ImageSetPlacement(size: size, grid: grid, stacked: stacked && images.count <= 2 ? n : nil)
            if renderImage(image, path: p, ctx: ctx, common: "", inSet: placement) {
                wrote = true
                n += 1
            }
        }
        guard wrote else {
            out.rollBack(to: mark)
            return false
        }
        out.raw("</div>")
        return true
    }

    /// A Media element's sources: files a `<video>` or `<audio>` can play, and pages (a
    /// video site) that only a link can open. Sources that are not http(s) are dropped.
    mutating func mediaSources(_ sources: [JSONValue], path: String) -> (files: [(url: String, mime: String)], pages: [String]) {
        var files: [(url: String, mime: String)] = []
        var pages: [String] = []
        for (i, s) in sources.enumerated() {
            let p = path + "/sources/" + String(i)
            guard let raw = s["url"]?.stringValue else {
                warn(.missingProperty, p, "A media source has no url.")
                continue
            }
            guard let url = URLPolicy.cardLinks.sanitize(raw), URLPolicy.scheme(ofURL: url).map({ $0 == "http" || $0 == "https" }) == true else {
                noteTemplate(raw, p + "/url")
                warn(.unsafeURL, p + "/url", "Media URL \"\(raw.prefix(80))\" is not http or https; it is not used.")
                continue
            }
            let mime = (s["mimeType"]?.stringValue ?? "").lowercased()
            if (mime.hasPrefix("video/") || mime.hasPrefix("audio/")) && Self.isMediaType(mime) {
                files.append((url, mime))
            } else {
                pages.append(url)
            }
        }
        return (files, pages)
    }

    /// Media, as Teams shows it: the poster (or an empty grey box) with a round play button.
    /// For media files (`video/*`, `audio/*`) the poster is the `<summary>` of a `<details>`
    /// that holds the `<video>`/`<audio>` player with its caption tracks, so the play button
    /// opens the player in place without script; for other sources (YouTube, Vimeo… pages)
    /// the play button is a link that opens the source.
    mutating func renderMedia(_ o: JSONObject, path: String, ctx: RenderContext, common: String) -> Bool {
        guard case .array(let sources)? = o["sources"], !sources.isEmpty else {
            warn(.missingProperty, path, "Media has no sources.")
            return false
        }
        let (files, pages) = mediaSources(sources, path: path)
        var poster: String?
        if let raw = o["poster"]?.stringValue, !raw.isEmpty {
            poster = imageURL(raw, path: path + "/poster")
        } else if let p = host.media.defaultPoster {
            poster = URLPolicy.cardImages.sanitize(p)
        }
        let alt = altText(o, path: path, what: "Media")
        let label = alt.isEmpty ? "Play media" : "Play " + alt
        guard !files.isEmpty || !pages.isEmpty else { return false }
        var classes = ClassList("ac-media")
        if !common.isEmpty { classes.add(common) }
        out.open("div", classes.value)
        out.raw(">")
        func posterContent(_ r: inout Renderer) {
            if let poster {
                r.out.raw("<img class=\"ac-media-poster-image\" alt=\"\"")
                r.out.attr("src", poster)
                r.out.raw(" loading=\"lazy\" referrerpolicy=\"no-referrer\">")
            }
        }
        if files.isEmpty, let target = pages.first {
            out.raw("<div class=\"ac-media-poster\"")
            if !alt.isEmpty {
                out.raw(" role=\"img\"")
                out.attr("aria-label", alt)
            }
            out.raw(">")
            posterContent(&self)
            out.raw("</div><span class=\"ac-media-playLayer\"><a class=\"ac-media-playButton\" target=\"_blank\" rel=\"noopener noreferrer\"")
            out.attr("href", target)
            out.attr("aria-label", label)
            out.raw("><span class=\"ac-media-playButton-arrow\" aria-hidden=\"true\"></span></a></span></div>")
            return true
        }
        out.raw("<details class=\"ac-media-details\"><summary class=\"ac-media-poster\"")
        out.attr("aria-label", label)
        out.raw(">")
        posterContent(&self)
        out.raw("<span class=\"ac-media-playLayer\" aria-hidden=\"true\"><span class=\"ac-media-playButton\"><span class=\"ac-media-playButton-arrow\"></span></span></span></summary>")
        writeMediaPlayer(o, files: files, poster: poster, alt: alt, path: path)
        out.raw("</details></div>")
        return true
    }

    /// The `<video>` (or `<audio>`) element of a Media element with media files.
    private mutating func writeMediaPlayer(_ o: JSONObject, files: [(url: String, mime: String)], poster: String?, alt: String, path: String) {
        let audioOnly = files.allSatisfy { $0.mime.hasPrefix("audio/") }
        out.raw(audioOnly ? "<audio class=\"ac-media-player\" controls preload=\"none\"" : "<video class=\"ac-media-player\" controls preload=\"none\" playsinline")
        if let poster, !audioOnly { out.attr("poster", poster) }
        if !alt.isEmpty { out.attr("aria-label", alt) }
        out.raw(">")
        for f in files {
            out.raw("<source")
            out.attr("src", f.url)
            out.attr("type", f.mime)
            out.raw(">")
        }
        if case .array(let captions)? = o["captionSources"] {
            for (i, c) in captions.enumerated() {
                let p = path + "/captionSources/" + String(i)
                guard let raw = c["url"]?.stringValue, let url = URLPolicy.cardLinks.sanitize(raw),
                    URLPolicy.scheme(ofURL: url).map({ $0 == "http" || $0 == "https" }) == true
                else {
                    warn(.unsafeURL, p, "Caption URL is missing or not http(s).")
                    continue
                }
                out.raw("<track kind=\"captions\"")
                out.attr("src", url)
                if let label = c["label"]?.stringValue { out.attr("label", label) }
                out.raw(i == 0 ? " default>" : ">")
            }
        }
        out.raw(audioOnly ? "</audio>" : "</video>")
    }

    static func isMediaType(_ s: String) -> Bool {
        s.utf8.count <= 60
            && s.utf8.allSatisfy {
                ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
                    || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: ".")
            }
    }
}

extension URLPolicy {
    /// The lower-cased scheme of a URL, or nil for a relative one.
    static func scheme(ofURL url: String) -> String? {
        var scheme = ""
        for (i, c) in url.unicodeScalars.enumerated() {
            if c == ":" { return i == 0 ? nil : scheme.lowercased() }
            let isAlpha = (c >= "a" && c <= "z") || (c >= "A" && c <= "Z")
            let isOther = (c >= "0" && c <= "9") || c == "+" || c == "-" || c == "."
            if isAlpha || (i > 0 && isOther) { scheme.unicodeScalars.append(c) } else { return nil }
        }
        return nil
    }
}

extension String {
    var trimmingSpaces: Substring {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
