import JSONTree

extension Renderer {
    /// Carousel (Teams, 1.6): the pages side by side in a horizontally scrolling strip that
    /// snaps to each page; every page stays reachable without script.
    mutating func renderCarousel(_ o: JSONObject, path: String, ctx: RenderContext, common: String) -> Bool {
        guard case .array(let pages)? = o["pages"], !pages.isEmpty else { return false }
        var resolved: [(JSONObject, String, String)] = []
        for (i, page) in pages.enumerated() {
            let r = resolve(page, path: path + "/pages/" + String(i), slot: .part("CarouselPage"))
            if case .render(let po, _, let p) = r {
                let (_, visibility) = visibilityClasses(po, path: p)
                resolved.append((po, p, visibility))
            } else {
                report(r, isAction: false)
            }
        }
        guard !resolved.isEmpty else { return false }
        var classes = ClassList("ac-carousel")
        if !common.isEmpty { classes.add(common) }
        out.open("div", classes.value)
        out.raw(" role=\"region\" aria-roledescription=\"carousel\" aria-label=\"Carousel, ")
        out.raw(String(resolved.count) + (resolved.count == 1 ? " page" : " pages") + "\"><div class=\"ac-carousel-track\" tabindex=\"0\">")  // scrolls sideways: reachable by keyboard
        let inner = ctx.entering(style: nil, backgroundImage: false)
        for (k, (po, p, visibility)) in resolved.enumerated() {
            guard spend(p) else { break }
            checkVersion("CarouselPage", p)
            _ = renderContainer(po, path: p, ctx: inner, edges: .none, common: visibility, kind: .carouselPage,
                                attributes: " role=\"group\" aria-roledescription=\"slide\" aria-label=\"\(k + 1) of \(resolved.count)\"")
        }
        out.raw("</div></div>")
        return true
    }
}
