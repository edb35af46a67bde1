import JSONTree
import MarkdownHTML

extension Renderer {
    /// The classes for a text appearance; defaults write nothing.
    static func appearanceClasses(_ a: TextAppearance, into classes: inout ClassList) {
        if a.size != .default { classes.add("ac-size-" + a.size.rawValue) }
        if a.weight != .default { classes.add("ac-weight-" + a.weight.rawValue) }
        if a.color != .default { classes.add("ac-color-" + a.color.rawValue) }
        if a.isSubtle { classes.add("ac-subtle") }
        if a.fontType == .monospace { classes.add("ac-mono") }
    }

    /// `base` with the element's own size, weight, color, isSubtle and fontType applied.
    mutating func appearance(_ o: JSONObject, base: TextAppearance, path: String) -> TextAppearance {
        var a = base
        if let v = o["size"] {
            if let s = TextSize.parse(v) { a.size = s } else { warn(.invalidValue, path + "/size", "Unknown text size.") }
        }
        if let v = o["weight"] {
            if let w = TextWeight.parse(v) { a.weight = w } else { warn(.invalidValue, path + "/weight", "Unknown text weight.") }
        }
        if let v = o["color"] {
            if let c = TextColor.parse(v) { a.color = c } else { warn(.invalidValue, path + "/color", "Unknown text color.") }
        }
        if let v = o["isSubtle"] {
            if let b = v.boolValue { a.isSubtle = b } else { warn(.invalidValue, path + "/isSubtle", "isSubtle must be a boolean.") }
        }
        if let v = o["fontType"] {
            if let f = FontType.parse(v) { a.fontType = f } else { warn(.invalidValue, path + "/fontType", "Unknown font type.") }
        }
        return a
    }

    /// The text of `key` when it is a non-empty string (a warning for other types).
    mutating func text(_ o: JSONObject, _ key: String, path: String) -> String? {
        switch o[key] {
        case .string(let s)?:
            return s.isEmpty ? nil : s
        case nil, .null?:
            return nil
        default:
            warn(.invalidValue, path + "/" + key, "\"\(key)\" must be a string; it is not shown.")
            return nil
        }
    }

    mutating func renderTextBlock(_ o: JSONObject, path: String, ctx: RenderContext, common: String) -> Bool {
        guard let raw = text(o, "text", path: path) else { return false }
        noteTemplate(raw, path + "/text")
        var base = ctx.textStyle ?? TextAppearance()
        var heading = false
        if let v = o["style"] {
            switch v.stringValue?.lowercased() {
            case "heading"?:
                base = host.textStyles.heading
                heading = true
            case "columnheader"?:
                base = host.textStyles.columnHeader
            case "default"?:
                base = TextAppearance()
            default:
                warn(.invalidValue, path + "/style", "Unknown text style.")
            }
        }
        let a = appearance(o, base: base, path: path)
        checkContrast(a, ctx: ctx, path: path)
        var classes = ClassList("ac-textBlock")
        Self.appearanceClasses(a, into: &classes)
        let wrap = o["wrap"]?.boolValue ?? false
        if wrap { classes.add("ac-wrap") }
        let alignment = HorizontalAlignment.parse(o["horizontalAlignment"]) ?? ctx.horizontalAlignment
        if let alignment, alignment != .left { classes.add("ac-ha-" + alignment.rawValue) }
        var style = ""
        if wrap, let lines = o["maxLines"]?.intValue, lines > 0 {
            classes.add("ac-clamp")
            style = "--ac-max-lines:" + String(min(lines, 1000))
        }
        if !common.isEmpty { classes.add(common) }
        out.open("div", classes.value)
        if heading {
            out.raw(" role=\"heading\"")
            if let level = host.headingLevel { out.raw(" aria-level=\"" + String(level) + "\"") }
        }
        if !style.isEmpty { out.attr("style", style) }
        out.raw(">")
        out.raw(CardMarkdown.html(TextFunctions.apply(raw)))
        out.raw("</div>")
        return true
    }

    mutating func renderRichTextBlock(_ o: JSONObject, path: String, ctx: RenderContext, common: String) -> Bool {
        guard case .array(let inlines)? = o["inlines"], !inlines.isEmpty else { return false }
        var classes = ClassList("ac-richTextBlock")
        let alignment = HorizontalAlignment.parse(o["horizontalAlignment"]) ?? ctx.horizontalAlignment
        if let alignment, alignment != .left { classes.add("ac-ha-" + alignment.rawValue) }
        if !common.isEmpty { classes.add(common) }
        let mark = out.mark
        out.open("div", classes.value)
        out.raw("><p>")
        var wrote = false
        for (i, inline) in inlines.enumerated() {
            let p = path + "/inlines/" + String(i)
            switch inline {
            case .string(let s) where !s.isEmpty:
                noteTemplate(s, p)
                out.raw("<span class=\"ac-textRun\">")
                out.text(TextFunctions.apply(s))
                out.raw("</span>")
                wrote = true
            case .object(let run):
                let type = run["type"]?.stringValue ?? "TextRun"
                guard type == "TextRun" else {
                    // Inlines have no fallback (schema 1.2): an unknown one is left out.
                    warn(.unsupportedElement, p, "Unknown inline type \"\(type.prefix(60))\"; it is left out.")
                    continue
                }
                guard spend(p) else { break }
                if renderTextRun(run, path: p, ctx: ctx) { wrote = true }
            default:
                continue
            }
        }
        guard wrote else {
            out.rollBack(to: mark)
            return false
        }
        out.raw("</p></div>")
        return true
    }

    mutating func renderTextRun(_ o: JSONObject, path: String, ctx: RenderContext) -> Bool {
        guard let raw = text(o, "text", path: path) else { return false }
        noteTemplate(raw, path + "/text")
        let a = appearance(o, base: ctx.textStyle ?? TextAppearance(), path: path)
        checkContrast(a, ctx: ctx, path: path)
        var classes = ClassList("ac-textRun")
        Self.appearanceClasses(a, into: &classes)
        if o["italic"]?.boolValue == true { classes.add("ac-italic") }
        if o["strikethrough"]?.boolValue == true { classes.add("ac-strike") }
        if o["underline"]?.boolValue == true { classes.add("ac-underline") }
        if o["highlight"]?.boolValue == true { classes.add("ac-highlight") }
        out.open("span", classes.value)
        out.raw(">")
        let content = TextFunctions.apply(raw)
        if let action = selectAction(o["selectAction"], path: path + "/selectAction") {
            writeInlineTrigger(action, ctx: ctx) { r in r.out.text(content) }
        } else {
            out.text(content)
        }
        out.raw("</span>")
        return true
    }
}
