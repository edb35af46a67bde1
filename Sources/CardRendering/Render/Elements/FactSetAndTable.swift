import JSONTree
import MarkdownHTML

extension Renderer {
    /// FactSet: a description list, titles and values styled by the host config.
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
            out.raw("<dt class=\"" + titleClasses + "\">")
            if !title.isEmpty { out.raw(CardMarkdown.html(TextFunctions.apply(title))) }
            out.raw("</dt><dd class=\"" + valueClasses + "\">")
            if !value.isEmpty { out.raw(CardMarkdown.html(TextFunctions.apply(value))) }
            out.raw("</dd>")
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

    /// Table (1.5): a real `<table>` with a header row of `<th scope="col">` cells.
    mutating func renderTable(_ o: JSONObject, path: String, ctx: RenderContext, edges: Edges, common: String) -> Bool {
        guard case .array(let rows)? = o["rows"], !rows.isEmpty else { return false }
        // Columns: their widths and alignments.
        struct Column { var width: CardSize; var h: HorizontalAlignment?; var v: VerticalAlignment? }
        var columns: [Column] = []
        if case .array(let defs)? = o["columns"] {
            for (i, d) in defs.enumerated() {
                var width = CardSize.weight(1)
                if let w = d["width"] {
                    if let s = CardSize.parse(w), s != .auto, s != .stretch { width = s } else {
                        warn(.invalidValue, path + "/columns/\(i)/width", "A table column width must be a weight or pixels.")
                    }
                }
                columns.append(Column(width: width, h: HorizontalAlignment.parse(d["horizontalCellContentAlignment"]),
                                      v: VerticalAlignment.parse(d["verticalCellContentAlignment"])))
            }
        }
        if columns.isEmpty {
            let most = rows.map { ($0["cells"]?.arrayValue?.count) ?? 0 }.max() ?? 0
            guard most > 0 else { return false }
            warn(.missingProperty, path + "/columns", "The table defines no columns; hosts show no cells. Columns are inferred here.")
            columns = Array(repeating: Column(width: .weight(1), h: nil, v: nil), count: min(most, 100))
        }
        let totalWeight = columns.reduce(0.0) { if case .weight(let w) = $1.width { return $0 + w } else { return $0 } }
        let grid = o["showGridLines"]?.boolValue ?? true
        let gridStyle = styleName(o["gridStyle"], path: path + "/gridStyle") ?? "default"
        let firstRowAsHeaders = o["firstRowAsHeaders"]?.boolValue ?? true
        let tableH = HorizontalAlignment.parse(o["horizontalCellContentAlignment"])
        let tableV = VerticalAlignment.parse(o["verticalCellContentAlignment"])

        var classes = ClassList("ac-table")
        classes.add(grid ? "ac-grid ac-grid-" + gridStyle : "ac-nogrid")
        if !common.isEmpty { classes.add(common) }
        out.open("table", classes.value)
        out.raw("><colgroup>")
        // Weighted columns share what the pixel columns leave.
        let pixels = columns.reduce(0.0) { if case .pixels(let p) = $1.width { return $0 + p } else { return $0 } }
        for c in columns {
            switch c.width {
            case .pixels(let px):
                out.raw("<col style=\"width:" + CSS.px(px) + "\">")
            case .weight(let w):
                let share = CSS.number(totalWeight > 0 ? 100 * w / totalWeight : 0)
                if pixels > 0 {
                    out.raw("<col style=\"width:calc((100% - " + CSS.px(pixels) + ") * " + CSS.number(totalWeight > 0 ? w / totalWeight : 0) + ")\">")
                } else {
                    out.raw("<col style=\"width:" + share + "%\">")
                }
            default:
                out.raw("<col>")
            }
        }
        out.raw("</colgroup>")
        let inner = ctx.entering(style: nil, backgroundImage: false)
        var inBody = false
        for (r, row) in rows.enumerated() {
            let rowPath = path + "/rows/" + String(r)
            let resolution = resolveToRender(row, path: rowPath, slot: .part("TableRow"))
            guard case .render(let ro, _, let rp) = resolution else {
                report(resolution, isAction: false)
                continue
            }
            guard spend(rp) else { break }
            let header = r == 0 && firstRowAsHeaders
            if header {
                out.raw("<thead>")
            } else if !inBody {
                out.raw("<tbody>")
                inBody = true
            }
            let rowStyle = styleName(ro["style"], path: rp + "/style")
            let rowBackground = inner.hasBackground(explicitStyle: rowStyle, backgroundImage: false)
            var rowClasses = ClassList("ac-tableRow")
            if let rowStyle { rowClasses.add("ac-style-" + rowStyle) }
            if rowBackground { rowClasses.add("ac-bg") }
            let (_, rowVisibility) = visibilityClasses(ro, path: rp)
            if !rowVisibility.isEmpty { rowClasses.add(rowVisibility) }
            out.open("tr", rowClasses.value)
            out.raw(">")
            var rowCtx = inner.entering(style: rowStyle, backgroundImage: false)
            if header { rowCtx.textStyle = host.textStyles.columnHeader }
            let rowH = HorizontalAlignment.parse(ro["horizontalCellContentAlignment"])
            let rowV = VerticalAlignment.parse(ro["verticalCellContentAlignment"])
            let cells = ro["cells"]?.arrayValue ?? []
            for c in 0..<columns.count {
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
                cellCtx.horizontalAlignment = HorizontalAlignment.parse(cell["horizontalAlignment"]) ?? rowH ?? columns[c].h ?? tableH ?? ctx.horizontalAlignment
                cellCtx.verticalContentAlignment = rowV ?? columns[c].v ?? tableV ?? .top
                let tag = header ? "th" : "td"
                let (_, cellVisibility) = visibilityClasses(cell, path: cellPathUsed)
                _ = renderContainer(cell, path: cellPathUsed, ctx: cellCtx, edges: .none, common: cellVisibility,
                                    kind: .tableCell, extraClasses: grid ? "ac-grid-cell" : "",
                                    tag: tag, attributes: header ? " scope=\"col\"" : "")
            }
            if cells.count > columns.count {
                warn(.invalidValue, rp + "/cells", "The row has more cells than the table has columns; the extra cells are not shown.")
            }
            out.raw("</tr>")
            if header { out.raw("</thead>") }
        }
        if inBody { out.raw("</tbody>") }
        out.raw("</table>")
        return true
    }
}
