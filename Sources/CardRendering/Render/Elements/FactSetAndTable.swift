import JSONTree
import MarkdownHTML

extension Renderer {
    /// FactSet: a description list, one `<div>` per fact, laid out as the official renderer's
    /// table (automatic table layout: the title column takes its share of the width by the
    /// lengths of titles and values), titles and values styled by the host config.
    mutating func renderFactSet(_ o: JSONObject, path: String, ctx: RenderContext, common: String) -> Bool {
        guard case .array(let facts)? = o["facts"], !facts.isEmpty else { return false }
        var classes = ClassList("ac-factset")
        if !common.isEmpty { classes.add(common) }
        out.open("dl", classes.value)
        out.raw(">")
        let titleClasses = Self.factClasses(host.factSet.title, "ac-fact-title")
        let valueClasses = Self.factClasses(host.factSet.value, "ac-fact-value")
        for (i, fact) in facts.enumerated() {
            let p = path + "/facts/" + String(i)
            guard case .object(let f) = fact else {
                warn(.invalidValue, p, "Expected a fact object.")
                continue
            }
            guard spend(p) else { break }
            let title = f["title"]?.stringValue ?? ""
            let value = f["value"]?.stringValue ?? ""
            if f["title"] == nil, f["value"] == nil { warn(.missingProperty, p, "A fact has neither title nor value.") }
            noteTemplate(title, p + "/title")
            noteTemplate(value, p + "/value")
            out.raw("<div class=\"ac-fact\"><dt class=\"" + titleClasses + "\">")
            if !title.isEmpty { out.raw(CardMarkdown.html(TextFunctions.apply(title))) }
            out.raw("</dt><dd class=\"" + valueClasses + "\">")
            if !value.isEmpty { out.raw(CardMarkdown.html(TextFunctions.apply(value))) }
            out.raw("</dd></div>")
        }
        out.raw("</dl>")
        return true
    }

    static func factClasses(_ d: HostConfig.FactTextDefinition, _ base: String) -> String {
        var c = ClassList(base + " ac-textBlock")
        appearanceClasses(d.appearance, into: &c)
        if d.wrap { c.add("ac-wrap") }
        return c.value
    }

    /// A table column's width and alignments.
    struct TableColumn {
        var width: CardSize
        var h: HorizontalAlignment?
        var v: VerticalAlignment?
    }

    /// What every row of a table shares.
    struct TableLayout {
        var columns: [TableColumn]
        /// Each column's CSS flex: weights share the row, pixels are fixed (as the official renderer does).
        var widths: [String]
        var grid: Bool
        var firstRowAsHeaders: Bool
        var h: HorizontalAlignment?
        var v: VerticalAlignment?
    }

    /// Table (1.5): rows of cells with the ARIA table roles (`table`, `row`, `columnheader`
    /// for the first row's cells, `cell`), laid out as the official renderer does: each row a
    /// flex row where weighted columns share the width and pixel columns keep theirs; grid
    /// lines in the grid style's border colour, or the host's cell spacing between cells.
    mutating func renderTable(_ o: JSONObject, path: String, ctx: RenderContext, edges: Edges, common: String) -> Bool {
        guard case .array(let rows)? = o["rows"], !rows.isEmpty, let columns = tableColumns(o, rows: rows, path: path) else { return false }
        let totalWeight = columns.reduce(0.0) { if case .weight(let w) = $1.width { return $0 + w } else { return $0 } }
        let widths: [String] = columns.map { c in
            switch c.width {
            case .pixels(let px): return "flex:0 0 " + CSS.px(px)
            case .weight(let w): return "flex:1 1 " + CSS.number(totalWeight > 0 ? 100 * w / totalWeight : 0) + "%"
            default: return ""
            }
        }
        let layout = TableLayout(
            columns: columns, widths: widths, grid: o["showGridLines"]?.boolValue ?? true,
            firstRowAsHeaders: o["firstRowAsHeaders"]?.boolValue ?? true,
            h: HorizontalAlignment.parse(o["horizontalCellContentAlignment"]),
            v: VerticalAlignment.parse(o["verticalCellContentAlignment"]))
        let gridStyle = styleName(o["gridStyle"], path: path + "/gridStyle") ?? "default"
        var classes = ClassList("ac-table")
        classes.add(layout.grid ? "ac-grid ac-grid-" + gridStyle : "ac-nogrid")
        if !common.isEmpty { classes.add(common) }
        out.open("div", classes.value)
        out.raw(" role=\"table\">")
        let inner = ctx.entering(style: nil, backgroundImage: false)
        for (r, row) in rows.enumerated() {
            let resolution = resolveToRender(row, path: path + "/rows/" + String(r), slot: .part("TableRow"))
            guard case .render(let ro, _, let rp) = resolution else {
                report(resolution, isAction: false)
                continue
            }
            guard spend(rp) else { break }
            renderTableRow(ro, path: rp, header: r == 0 && layout.firstRowAsHeaders, layout: layout, inner: inner, ctx: ctx)
        }
        out.raw("</div>")
        return true
    }

    /// The columns a table declares, or as many as its widest row when it declares none
    /// (with a warning); nil when there is nothing to show.
    mutating func tableColumns(_ o: JSONObject, rows: [JSONValue], path: String) -> [TableColumn]? {
        var columns: [TableColumn] = []
        if case .array(let defs)? = o["columns"] {
            for (i, d) in defs.enumerated() {
                var width = CardSize.weight(1)
                if let w = d["width"] {
                    if let s = CardSize.parse(w), s != .auto, s != .stretch {
                        width = s
                    } else {
                        warn(.invalidValue, path + "/columns/\(i)/width", "A table column width must be a weight or pixels.")
                    }
                }
                columns.append(
                    TableColumn(
                        width: width, h: HorizontalAlignment.parse(d["horizontalCellContentAlignment"]),
                        v: VerticalAlignment.parse(d["verticalCellContentAlignment"])))
            }
        }
        if columns.isEmpty {
            let most = rows.map { ($0["cells"]?.arrayValue?.count) ?? 0 }.max() ?? 0
            guard most > 0 else { return nil }
            warn(.missingProperty, path + "/columns", "The table defines no columns; hosts show no cells. Columns are inferred here.")
            columns = Array(repeating: TableColumn(width: .weight(1), h: nil, v: nil), count: min(most, 100))
        }
        return columns
    }

    mutating func renderTableRow(_ ro: JSONObject, path rp: String, header: Bool, layout: TableLayout, inner: RenderContext, ctx: RenderContext) {
        let rowStyle = styleName(ro["style"], path: rp + "/style")
        var rowClasses = ClassList("ac-tableRow")
        if let rowStyle { rowClasses.add("ac-style-" + rowStyle) }
        if inner.hasBackground(explicitStyle: rowStyle, backgroundImage: false) { rowClasses.add("ac-bg") }
        let (_, rowVisibility) = visibilityClasses(ro, path: rp)
        if !rowVisibility.isEmpty { rowClasses.add(rowVisibility) }
        out.open("div", rowClasses.value)
        out.raw(" role=\"row\">")
        var rowCtx = inner.entering(style: rowStyle, backgroundImage: false)
        if header { rowCtx.textStyle = host.textStyles.columnHeader }
        let rowH = HorizontalAlignment.parse(ro["horizontalCellContentAlignment"])
        let rowV = VerticalAlignment.parse(ro["verticalCellContentAlignment"])
        let cells = ro["cells"]?.arrayValue ?? []
        for c in 0..<layout.columns.count {
            let cellPath = rp + "/cells/" + String(c)
            var cell: JSONObject = [:]
            var cellPathUsed = cellPath
            if c < cells.count {
                let cr = resolveToRender(cells[c], path: cellPath, slot: .part("TableCell"))
                if case .render(let co, _, let cp) = cr {
                    cell = co
                    cellPathUsed = cp
                } else {
                    report(cr, isAction: false)
                }
            }
            var cellCtx = rowCtx
            cellCtx.horizontalAlignment = HorizontalAlignment.parse(cell["horizontalAlignment"]) ?? rowH ?? layout.columns[c].h ?? layout.h ?? ctx.horizontalAlignment
            cellCtx.verticalContentAlignment = rowV ?? layout.columns[c].v ?? layout.v ?? .top
            let (_, cellVisibility) = visibilityClasses(cell, path: cellPathUsed)
            _ = renderContainer(
                cell, path: cellPathUsed, ctx: cellCtx, edges: .none, common: cellVisibility,
                kind: .tableCell, extraClasses: layout.grid ? "ac-grid-cell" : "", extraStyle: layout.widths[c],
                attributes: header ? " role=\"columnheader\"" : " role=\"cell\"")
        }
        if cells.count > layout.columns.count {
            warn(.invalidValue, rp + "/cells", "The row has more cells than the table has columns; the extra cells are not shown.")
        }
        out.raw("</div>")
    }
}
