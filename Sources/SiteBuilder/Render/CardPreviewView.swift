import CardRendering

/// The view of one card preview block (the theme's `card-preview` partial).
enum CardPreviewView {
    /// `toRoot`: the way from the page to its package folder in the root tree, where the
    /// standalone documents are.
    static func view(_ b: CardPreviewBlock, toRoot: String) -> View {
        var v = View(minimumCapacity: 15)
        v["number"] = .int(b.number)
        v["role"] = .string(b.roleLabel)
        v["file"] = .string(b.file)
        v["dataPath"] = Format.value(b.dataPath)
        v["source"] = .string(b.source.label)
        v["synthesized"] = .bool(b.source.isSynthesized)
        v["invented"] = b.invented.isEmpty ? false : .string(b.invented.joined(separator: ", "))
        v["partial"] = b.total > b.cardsHTML.count ? ["shown": .int(b.cardsHTML.count), "total": .int(b.total)] : false
        v["standaloneHref"] = b.standaloneName.map { .string(toRoot + "cards/" + $0 + ".html") } ?? false
        v["preview"] = preview(b)
        v["hasCards"] = .bool(!b.cardsHTML.isEmpty)
        v["cardsHTML"] = .strings(b.cardsHTML)
        return v
    }

    /// A message extension's search results as the compose box lists them.
    static func preview(_ b: CardPreviewBlock) -> TemplateValue {
        guard !b.previews.isEmpty else { return false }
        let layout = PreviewLayout(rawValue: b.responseLayout ?? "list") ?? .list
        let rendered = PreviewCardRenderer.searchResults(b.previews, layout: layout, options: RenderOptions(idPrefix: "p\(b.number)"))
        return ["layout": .string(layout.rawValue), "html": .string(rendered.html)]
    }
}
