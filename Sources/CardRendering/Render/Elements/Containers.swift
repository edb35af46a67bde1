import JSONTree
import MarkdownHTML

/// A checked background image: URL and placement.
struct BackgroundImage {
    var url: String
    var fillMode = "cover"
    var horizontal: HorizontalAlignment = .left
    var vertical: VerticalAlignment = .top

    func apply(to classes: inout ClassList, _ style: inout InlineStyle) {
        classes.add("ac-bgimg-" + fillMode)
        if horizontal != .left { classes.add("ac-bgimg-h-" + horizontal.rawValue) }
        if vertical != .top { classes.add("ac-bgimg-v-" + vertical.rawValue) }
        style.add("background-image", CSS.url(url))
    }
}

enum ContainerKind {
    case container, column, tableCell, carouselPage
}

extension Renderer {
    /// A usable image URL: a caller-provided replacement, or the card's URL if the image
    /// policy allows it (warning otherwise).
    mutating func imageURL(_ raw: String, path: String) -> String? {
        if let replacement = options.imageSources[raw] {
            if let ok = URLPolicy.documentationImages.sanitize(replacement) { return ok }
        }
        if let ok = URLPolicy.cardImages.sanitize(raw) { return ok }
        noteTemplate(raw, path)
        if !raw.isEmpty {
            warn(.unsafeURL, path, "Image URL \"\(raw.prefix(80))\" is not http, https or data:image; it is not shown.")
        }
        return nil
    }

    mutating func backgroundImage(_ v: JSONValue?, path: String) -> BackgroundImage? {
        switch v {
        case nil, .null?:
            return nil
        case .string(let s)?:
            guard !s.isEmpty, let url = imageURL(s, path: path) else { return nil }
            return BackgroundImage(url: url)
        case .object(let o)?:
            guard let raw = o["url"]?.stringValue, !raw.isEmpty else { return nil }
            guard let url = imageURL(raw, path: path + "/url") else { return nil }
            var b = BackgroundImage(url: url)
            switch o["fillMode"]?.stringValue?.lowercased() {
            case "repeat"?: b.fillMode = "repeat"
            case "repeathorizontally"?: b.fillMode = "repeat-x"
            case "repeatvertically"?: b.fillMode = "repeat-y"
            default: b.fillMode = "cover"
            }
            b.horizontal = HorizontalAlignment.parse(o["horizontalAlignment"]) ?? .left
            b.vertical = VerticalAlignment.parse(o["verticalAlignment"]) ?? .top
            return b
        default:
            warn(.invalidValue, path, "A background image must be a URL or an object.")
            return nil
        }
    }

    /// Bleed classes for the sides in `edges`.
    static func bleedClasses(_ edges: Edges, into classes: inout ClassList) {
        if edges.top { classes.add("ac-bleed-t") }
        if edges.bottom { classes.add("ac-bleed-b") }
        if edges.start { classes.add("ac-bleed-s") }
        if edges.end { classes.add("ac-bleed-e") }
    }

    /// Container, Column, TableCell and CarouselPage: a vertical stack of elements with an
    /// optional style (background, padding), background image, bleed and select action.
    mutating func renderContainer(
        _ o: JSONObject, path: String, ctx: RenderContext, edges: Edges, common: String,
        kind: ContainerKind, extraClasses: String = "", extraStyle: String = "",
        attributes: String = ""
    ) -> Bool {
        let explicit = styleName(o["style"], path: path + "/style")
        let background = backgroundImage(o["backgroundImage"], path: path + "/backgroundImage")
        let gridCell = kind == .tableCell && extraClasses.includes("ac-grid-cell")
        let hasBackground = ctx.hasBackground(explicitStyle: explicit, backgroundImage: background != nil)
        let padded = hasBackground || gridCell
        var classes: ClassList
        switch kind {
        case .container: classes = ClassList("ac-container")
        case .column: classes = ClassList("ac-container ac-column")
        case .tableCell: classes = ClassList("ac-tableCell")
        case .carouselPage: classes = ClassList("ac-container ac-carousel-page")
        }
        if !extraClasses.isEmpty { classes.add(extraClasses) }
        if let explicit { classes.add("ac-style-" + explicit) }
        if hasBackground { classes.add("ac-bg") }
        // A background image without a style of its own lies on the default style's colour
        // (the official renderer's rule), whatever the surrounding style.
        if hasBackground, explicit == nil, background != nil { classes.add("ac-bg-base") }
        if hasBackground, o["bleed"]?.boolValue == true { Self.bleedClasses(edges, into: &classes) }
        var vca = ctx.verticalContentAlignment
        if let v = o["verticalContentAlignment"] {
            if let parsed = VerticalAlignment.parse(v) { vca = parsed } else { warn(.invalidValue, path + "/verticalContentAlignment", "Unknown alignment.") }
        }
        if vca != .top { classes.add("ac-vca-" + vca.rawValue) }
        let select = selectAction(o["selectAction"], path: path + "/selectAction")
        if select != nil { classes.add("ac-selectable") }
        if !common.isEmpty { classes.add(common) }

        var style = InlineStyle()
        if !extraStyle.isEmpty { style.value = extraStyle }
        if let minHeight = CardSize.pixels(o["minHeight"]) { style.add("min-height", CSS.px(minHeight)) }
        if let background { background.apply(to: &classes, &style) }

        out.open("div", classes.value)
        if !attributes.isEmpty { out.raw(attributes) }
        if let rtl = o["rtl"]?.boolValue { out.raw(rtl ? " dir=\"rtl\"" : " dir=\"ltr\"") }
        if !style.isEmpty { out.attr("style", style.value) }
        out.raw(">")

        var inner = ctx.entering(style: explicit, backgroundImage: background != nil)
        inner.verticalContentAlignment = vca
        if let h = o["horizontalAlignment"] {
            if let parsed = HorizontalAlignment.parse(h) { inner.horizontalAlignment = parsed }
        }
        if let select {
            writeSelectOverlay(select, ctx: ctx)
            inner.inSelectable = true
        }
        renderItems(o["items"], path: path + "/items", ctx: inner, padded: padded, edges: edges, trailingContent: false)
        out.raw("</div>")
        return true
    }

    /// A ColumnSet's columns, resolved (fallbacks, `$when`), and the sum of their weights.
    mutating func columnEntries(_ columns: [JSONValue], path: String) -> (entries: [Entry], totalWeight: Double) {
        var entries: [Entry] = []
        var totalWeight = 0.0
        for (i, item) in columns.enumerated() {
            let r = resolveToRender(item, path: path + "/columns/" + String(i), slot: .part("Column"))
            switch r {
            case .render(let c, _, let p):
                let (visible, visibility) = visibilityClasses(c, path: p)
                if case .weight(let w)? = CardSize.parse(c["width"]) { totalWeight += w }
                entries.append(Entry(object: c, type: "Column", path: p, unsupported: nil, visible: visible, renders: true, visibility: visibility))
            case .unsupported(let type, let p) where !Self.isKnownType(type):
                report(r, isAction: false)
                entries.append(Entry(object: [:], type: "", path: p, unsupported: type, visible: true, renders: true, visibility: ""))
            default:
                report(r, isAction: false)
            }
        }
        return (entries, totalWeight)
    }

    /// A column's width class and style: auto, stretch, pixels, or its share of the weights.
    mutating func columnWidth(_ entry: Entry, totalWeight: Double) -> (class: String, style: String) {
        guard let w = entry.object["width"] else { return ("ac-col-stretch", "") }
        switch CardSize.parse(w) {
        case .auto?: return ("ac-col-auto", "")
        case .stretch?: return ("ac-col-stretch", "")
        case .pixels(let px)?: return ("ac-col-px", "width:" + CSS.px(px))
        case .weight(let weight)?:
            let share = totalWeight > 0 ? 100 * weight / totalWeight : 0
            return ("ac-col-weight", "flex:1 1 " + CSS.number(share) + "%")
        case nil:
            warn(.invalidValue, entry.path + "/width", "A column width must be \"auto\", \"stretch\", a weight or pixels; \"auto\" is used.")
            return ("ac-col-auto", "")
        }
    }

    /// ColumnSet: columns side by side with auto, stretch, weighted or pixel widths.
    mutating func renderColumnSet(_ o: JSONObject, path: String, ctx: RenderContext, edges: Edges, common: String) -> Bool {
        guard case .array(let columns)? = o["columns"], !columns.isEmpty else { return false }
        let explicit = styleName(o["style"], path: path + "/style")
        let hasBackground = ctx.hasBackground(explicitStyle: explicit, backgroundImage: false)
        var classes = ClassList("ac-columnSet")
        if let explicit { classes.add("ac-style-" + explicit) }
        if hasBackground { classes.add("ac-bg") }
        if hasBackground, o["bleed"]?.boolValue == true { Self.bleedClasses(edges, into: &classes) }
        let alignment = HorizontalAlignment.parse(o["horizontalAlignment"]) ?? ctx.horizontalAlignment
        if let alignment, alignment != .left { classes.add("ac-ha-" + alignment.rawValue) }
        let select = selectAction(o["selectAction"], path: path + "/selectAction")
        if select != nil { classes.add("ac-selectable") }
        if !common.isEmpty { classes.add(common) }

        // Resolve the columns first: their weights share out the width.
        let (entries, totalWeight) = columnEntries(columns, path: path)
        guard !entries.isEmpty else { return false }

        out.open("div", classes.value)
        if let rtl = o["rtl"]?.boolValue { out.raw(rtl ? " dir=\"rtl\"" : " dir=\"ltr\"") }
        if let minHeight = CardSize.pixels(o["minHeight"]) { out.attr("style", "min-height:" + CSS.px(minHeight)) }
        out.raw(">")
        var inner = ctx.entering(style: explicit, backgroundImage: false)
        inner.horizontalAlignment = alignment
        if let select {
            writeSelectOverlay(select, ctx: ctx)
            inner.inSelectable = true
        }
        let firstVisible = entries.firstIndex { $0.visible } ?? entries.count
        let lastVisible = entries.lastIndex { $0.visible } ?? -1
        for (k, entry) in entries.enumerated() {
            let base = hasBackground ? Edges.all : edges
            let columnEdges = Edges(
                top: base.top, bottom: base.bottom, start: base.start && k == firstVisible,
                end: base.end && k == lastVisible)
            if k > firstVisible {
                writeSeparator(entry.object, path: entry.path, visibility: entry.visibility, vertical: true)
            }
            if let type = entry.unsupported {
                writeUnsupported(type, visibility: entry.visibility)
                continue
            }
            if ctx.depth + 1 >= options.maxDepth {
                _ = renderElement(entry, ctx: inner, edges: columnEdges)  // writes the depth marker
                continue
            }
            guard spend(entry.path) else { break }
            checkVersion("Column", entry.path)
            let (widthClass, widthStyle) = columnWidth(entry, totalWeight: totalWeight)
            var common = entry.visibility
            if entry.object["height"]?.stringValue?.lowercased() == "stretch" {
                common = common.isEmpty ? "ac-stretch" : common + " ac-stretch"
            }
            _ = renderContainer(
                entry.object, path: entry.path, ctx: inner, edges: columnEdges, common: common,
                kind: .column, extraClasses: widthClass, extraStyle: widthStyle)
        }
        out.raw("</div>")
        return true
    }
}
