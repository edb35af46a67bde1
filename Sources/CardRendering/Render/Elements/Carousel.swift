import JSONTree

extension Renderer {
    /// Carousel (Teams, 1.6), paged without script as Teams shows it: one page at a time
    /// (the others keep their place, hidden, so the carousel is as tall as its tallest page),
    /// previous and next arrows at the sides and a row of page dots below. The dots are
    /// labels of radio buttons, one per page, that the stylesheet follows (`:has`); the arrows
    /// are labels of the neighbouring pages' radio buttons. Keyboard users move between pages
    /// with the arrow keys on the radio group. At most `CardStylesheet.carouselPages` pages
    /// are shown, as the official renderer's host default (`maxCarouselPages`).
    mutating func renderCarousel(_ o: JSONObject, path: String, ctx: RenderContext, common: String) -> Bool {
        guard case .array(let pages)? = o["pages"], !pages.isEmpty else { return false }
        var resolved: [(JSONObject, String)] = []
        for (i, page) in pages.enumerated() {
            let r = resolveToRender(page, path: path + "/pages/" + String(i), slot: .part("CarouselPage"))
            if case .render(let po, _, let p) = r {
                if resolved.count == CardStylesheet.carouselPages {
                    warn(.invalidValue, p, "A carousel shows at most \(CardStylesheet.carouselPages) pages; the rest are not shown.")
                    break
                }
                resolved.append((po, p))
            } else {
                report(r, isAction: false)
            }
        }
        guard !resolved.isEmpty else { return false }
        let count = resolved.count
        var initial = 0
        if let v = o["initialPage"]?.intValue {
            if v >= 0, v < count { initial = v } else { warn(.invalidValue, path + "/initialPage", "No page has this index; the first page is shown.") }
        }
        let loop = o["loop"]?.boolValue ?? true
        groupCounter += 1
        let group = prefix + "-c" + String(groupCounter)

        var inner = ctx.entering(style: nil, backgroundImage: false)
        if let v = o["verticalContentAlignment"] {
            if let parsed = VerticalAlignment.parse(v) {
                inner.verticalContentAlignment = parsed
            } else {
                warn(.invalidValue, path + "/verticalContentAlignment", "Unknown alignment.")
            }
        }
        var classes = ClassList("ac-carousel")
        if !common.isEmpty { classes.add(common) }
        out.open("div", classes.value)
        out.raw(" role=\"region\" aria-roledescription=\"carousel\" aria-label=\"Carousel, ")
        out.raw(String(count) + (count == 1 ? " page" : " pages") + "\">")
        out.raw(
            inner.verticalContentAlignment == .top
                ? "<div class=\"ac-carousel-viewport\""
                : "<div class=\"ac-carousel-viewport ac-carousel-" + inner.verticalContentAlignment.rawValue + "\"")
        if let height = CardSize.pixels(o["heightInPixels"]) { out.attr("style", "height:" + CSS.px(height)) }
        out.raw(">")
        for (k, (po, p)) in resolved.enumerated() {
            guard spend(p) else { break }
            checkVersion("CarouselPage", p)
            _ = renderContainer(
                po, path: p, ctx: inner, edges: .none, common: "", kind: .carouselPage,
                attributes: " role=\"group\" aria-roledescription=\"slide\" aria-label=\"\(k + 1) of \(count)\"")
        }
        out.raw("</div>")
        writeCarouselNavigation(count: count, initial: initial, loop: loop, group: group)
        out.raw("</div>")
        return true
    }

    /// The arrows of each page (only the current page's show; hidden from assistive
    /// technology, which pages with the radio group) and the page dots.
    private mutating func writeCarouselNavigation(count: Int, initial: Int, loop: Bool, group: String) {
        out.raw("<div class=\"ac-carousel-nav\">")
        for k in 0..<count {
            let previous = k > 0 ? k - 1 : (loop ? count - 1 : nil)
            let next = k + 1 < count ? k + 1 : (loop ? 0 : nil)
            out.raw("<span class=\"ac-carousel-arrows\" aria-hidden=\"true\">")
            writeCarouselArrow(previous, group: group, direction: "prev")
            writeCarouselArrow(next, group: group, direction: "next")
            out.raw("</span>")
        }
        out.raw("<span class=\"ac-carousel-pagination\">")
        for k in 0..<count {
            out.raw("<label class=\"ac-carousel-bullet\"><input type=\"radio\" class=\"ac-carousel-radio\" name=\"" + group + "\" id=\"" + group + "-" + String(k) + "\"")
            out.raw(" aria-label=\"Page \(k + 1) of \(count)\"")
            if k == initial { out.raw(" checked") }
            out.raw("></label>")
        }
        out.raw("</span></div>")
    }

    /// A previous or next arrow: a label of that page's radio button, or a dimmed arrow at
    /// the end of a carousel that does not loop.
    private mutating func writeCarouselArrow(_ target: Int?, group: String, direction: String) {
        if let target {
            out.raw("<label class=\"ac-carousel-" + direction + "\" for=\"" + group + "-" + String(target) + "\"></label>")
        } else {
            out.raw("<span class=\"ac-carousel-" + direction + " ac-carousel-end\"></span>")
        }
    }
}
