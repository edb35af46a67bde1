import JSONTree
import MarkdownHTML

/// Inputs are shown as they would appear before anyone types: disabled controls with
/// their label, placeholder and initial value. Nothing can be submitted from a static page.
extension Renderer {
    mutating func renderInput(_ o: JSONObject, type: String, path: String, ctx: RenderContext, common: String) -> Bool {
        inputCounter += 1
        let id = prefix + "-i" + String(inputCounter)
        let label = o["label"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        let required = o["isRequired"]?.boolValue ?? false
        let inlineLabel = o["labelPosition"]?.stringValue?.lowercased() == "inline"
        if label == nil, options.warnOnMissingInputLabels, !(type == "Input.Toggle" && o["title"]?.stringValue != nil) {
            warn(.missingInputLabel, path, "\(type) has no label; screen readers cannot name it.")
        }

        let groupRole = type == "Input.ChoiceSet" ? Self.choiceSetGroupRole(o) : nil
        let group = groupRole != nil
        var outer = ClassList("ac-input-container-outer")
        if inlineLabel && label != nil { outer.add("ac-label-inline") }
        if !common.isEmpty { outer.add(common) }
        out.open("div", outer.value)
        out.raw(">")
        var widths = InlineLabelWidths()
        if let label {
            noteTemplate(label, path + "/label")
            if inlineLabel { widths = inlineLabelWidths(o) }
            writeInputLabel(label, id: id, required: required, group: group, style: widths.label, hostWidth: widths.hostWidth)
        }
        out.raw(
            widths.naturalControl
                ? "<div class=\"ac-input-container ac-input-natural\""
                : widths.hostWidth ? "<div class=\"ac-input-container ac-label-width\"" : "<div class=\"ac-input-container\"")
        out.raw(widths.control.isEmpty ? ">" : " style=\"" + widths.control + "\">")
        // `role=group` (multi-select) takes no `aria-required`; the label's suffix says it.
        let requiredAttr = required && groupRole != "group" ? " aria-required=\"true\"" : ""
        switch type {
        case "Input.Text": renderTextInput(o, path: path, id: id, extra: requiredAttr, ctx: ctx)
        case "Input.Number": renderNumberInput(o, path: path, id: id, extra: requiredAttr)
        case "Input.Date": renderDateTimeInput(o, path: path, id: id, extra: requiredAttr, date: true)
        case "Input.Time": renderDateTimeInput(o, path: path, id: id, extra: requiredAttr, date: false)
        case "Input.Toggle": renderToggleInput(o, path: path, id: id, extra: requiredAttr)
        default: renderChoiceSet(o, path: path, id: id, extra: requiredAttr, labelled: label != nil)
        }
        out.raw("</div></div>")
        return true
    }

    /// Inline styles for a label beside its control, and whether the control keeps its
    /// natural width.
    struct InlineLabelWidths {
        var label = ""
        var control = ""
        var naturalControl = false
        var hostWidth = false
    }

    /// The official renderer's widths for `labelPosition: inline`: a weight (or the host's
    /// default) splits the row in per cent; a pixel label leaves the control its natural width.
    func inlineLabelWidths(_ o: JSONObject) -> InlineLabelWidths {
        var w = InlineLabelWidths()
        switch CardSize.parse(o["labelWidth"]) {
        case .pixels(let px)?:
            w.label = "width:" + CSS.px(px)
            w.naturalControl = true
        case .weight(let share)? where share <= 100:
            w.label = "width:" + CSS.number(share) + "%"
            w.control = "width:" + CSS.number(100 - share) + "%"
        default:
            // The host's default width, from the theme's stylesheet (`ac-label-width`).
            w.hostWidth = true
        }
        return w
    }

    /// An input's label: the host's label style, and its "required" suffix.
    private mutating func writeInputLabel(_ label: String, id: String, required: Bool, group: Bool, style: String, hostWidth: Bool) {
        // An expanded choice set is a group of controls, named by `aria-labelledby`: a
        // label's `for` may only point at one form control.
        out.raw(hostWidth ? "<label class=\"ac-input-label ac-label-width\" id=\"" : "<label class=\"ac-input-label\" id=\"")
        out.raw(id + "-l\"" + (group ? "" : " for=\"" + id + "\""))
        if !style.isEmpty { out.attr("style", style) }
        out.raw(">")
        var runClasses = ClassList("ac-textRun")
        Self.appearanceClasses(required ? host.inputs.label.requiredInputs : host.inputs.label.optionalInputs, into: &runClasses)
        out.open("span", runClasses.value)
        out.raw(">")
        out.text(label)
        out.raw("</span>")
        if required {
            var suffixClasses = ClassList("ac-textRun ac-required-suffix")
            if host.inputs.label.requiredSuffixColor != .default { suffixClasses.add("ac-color-" + host.inputs.label.requiredSuffixColor.rawValue) }
            out.open("span", suffixClasses.value)
            out.raw(" aria-hidden=\"true\">")
            out.text(host.inputs.label.requiredSuffix)
            out.raw("</span>")
        }
        out.raw("</label>")
    }

    /// `radiogroup` or `group` when a choice set is drawn as a group of radio buttons or
    /// check boxes; nil when it is one control (a select or a type-ahead box).
    static func choiceSetGroupRole(_ o: JSONObject) -> String? {
        if o["isMultiSelect"]?.boolValue ?? false { return "group" }
        if o["choices.data"] != nil { return nil }  // a type-ahead box over dynamic choices
        return o["style"]?.stringValue?.lowercased() == "expanded" ? "radiogroup" : nil
    }

    private mutating func placeholder(_ o: JSONObject, path: String) {
        if let p = o["placeholder"]?.stringValue, !p.isEmpty {
            noteTemplate(p, path + "/placeholder")
            out.attr("placeholder", p)
        }
    }

    private mutating func renderTextInput(_ o: JSONObject, path: String, id: String, extra: String, ctx: RenderContext) {
        let style = o["style"]?.stringValue?.lowercased() ?? "text"
        let inputType: String
        switch style {
        case "tel": inputType = "tel"
        case "url": inputType = "url"
        case "email": inputType = "email"
        case "password": inputType = "password"
        default: inputType = "text"
        }
        let value = o["value"]?.stringValue ?? ""
        noteTemplate(value, path + "/value")
        let multiline = (o["isMultiline"]?.boolValue ?? false) && inputType != "password"
        if multiline {
            out.raw("<textarea class=\"ac-input ac-textInput ac-multiline\" id=\"" + id + "\" disabled" + extra)
            placeholder(o, path: path)
            if let max = o["maxLength"]?.intValue, max > 0 { out.raw(" maxlength=\"" + String(max) + "\"") }
            out.raw(">")
            out.text(value)
            out.raw("</textarea>")
        } else {
            out.raw("<input class=\"ac-input ac-textInput\" id=\"" + id + "\" type=\"" + inputType + "\" disabled" + extra)
            placeholder(o, path: path)
            if !value.isEmpty, inputType != "password" { out.attr("value", value) }
            if !value.isEmpty, inputType == "password" { out.attr("value", String(repeating: "•", count: min(value.count, 32))) }
            if let max = o["maxLength"]?.intValue, max > 0 { out.raw(" maxlength=\"" + String(max) + "\"") }
            out.raw(">")
        }
        if let v = o["inlineAction"], case .object = v {
            let r = resolveToRender(v, path: path + "/inlineAction", slot: .actionButShowCard)
            if case .render(let a, let t, let p) = r {
                if spend(p) { writeActionButton(a, type: t, path: p, ctx: ctx, place: .inline) }
            } else {
                report(r, isAction: true)
            }
        }
    }

    private mutating func renderNumberInput(_ o: JSONObject, path: String, id: String, extra: String) {
        out.raw("<input class=\"ac-input ac-numberInput\" id=\"" + id + "\" type=\"number\" disabled" + extra)
        placeholder(o, path: path)
        for key in ["min", "max", "value"] {
            switch o[key] {
            case .number(let d)? where d.isFinite:
                out.attr(key, JSNumber.format(d))
            case .string(let s)? where Double(s) != nil && s.utf8.count < 30:
                out.attr(key, s)
            case nil, .null?:
                break
            default:
                warn(.invalidValue, path + "/" + key, "\"\(key)\" must be a number.")
            }
        }
        out.raw(">")
    }

    private mutating func renderDateTimeInput(_ o: JSONObject, path: String, id: String, extra: String, date: Bool) {
        out.raw(
            date
                ? "<input class=\"ac-input ac-dateInput\" id=\"" + id + "\" type=\"date\" disabled"
                : "<input class=\"ac-input ac-timeInput\" id=\"" + id + "\" type=\"time\" disabled")
        out.raw(extra)
        // No placeholder: date and time fields show their own format (HTML allows none there).
        for key in ["min", "max", "value"] {
            guard let s = o[key]?.stringValue, !s.isEmpty else { continue }
            if date ? Self.isDate(s) : Self.isTime(s) {
                out.attr(key, s)
            } else {
                noteTemplate(s, path + "/" + key)
                warn(.invalidValue, path + "/" + key, date ? "A date must be written yyyy-MM-dd." : "A time must be written HH:mm.")
            }
        }
        out.raw(">")
    }

    static func isDate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return false }
        return [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { b[$0] >= 48 && b[$0] <= 57 }
    }

    static func isTime(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count == 5 || b.count == 8, b[2] == UInt8(ascii: ":") else { return false }
        if b.count == 8 && b[5] != UInt8(ascii: ":") { return false }
        return [0, 1, 3, 4].allSatisfy { b[$0] >= 48 && b[$0] <= 57 }
    }

    private mutating func renderToggleInput(_ o: JSONObject, path: String, id: String, extra: String) {
        let valueOn = o["valueOn"]?.stringValue ?? "true"
        let value = o["value"]?.stringValue ?? (o["value"]?.boolValue.map { $0 ? "true" : "false" }) ?? ""
        let title = o["title"]?.stringValue ?? ""
        if o["title"] == nil { warn(.missingProperty, path, "Input.Toggle has no title.") }
        var classes = ClassList("ac-input ac-toggleInput")
        if o["wrap"]?.boolValue == true { classes.add("ac-wrap") }
        out.open("div", classes.value)
        out.raw("><input type=\"checkbox\" id=\"" + id + "\" disabled" + extra)
        if value == valueOn { out.raw(" checked") }
        out.raw("><label class=\"ac-toggle-title\" for=\"" + id + "\">")
        noteTemplate(title, path + "/title")
        out.text(title)
        out.raw("</label></div>")
    }

    /// A ChoiceSet's choices (at most 1,000), each a title and a value.
    private mutating func choices(_ o: JSONObject, path: String) -> [(title: String, value: String)] {
        var choices: [(title: String, value: String)] = []
        guard case .array(let list)? = o["choices"] else { return choices }
        for (i, c) in list.enumerated() {
            guard case .object(let co) = c else {
                warn(.invalidValue, path + "/choices/" + String(i), "Expected a choice object.")
                continue
            }
            let title = co["title"]?.stringValue ?? ""
            let value = co["value"]?.stringValue ?? co["value"].map { $0.description } ?? ""
            noteTemplate(title, path + "/choices/" + String(i) + "/title")
            choices.append((title, value))
            if choices.count >= 1000 { break }
        }
        return choices
    }

    /// A compact ChoiceSet: a `<select>` with the placeholder as its hidden first option.
    private mutating func writeCompactChoiceSet(_ o: JSONObject, choices: [(title: String, value: String)], selected: Set<String>, id: String, extra: String) {
        out.raw("<select class=\"ac-input ac-multichoiceInput ac-choiceSetInput-compact\" id=\"" + id + "\" disabled" + extra + ">")
        let hasSelection = choices.contains { selected.contains($0.value) }
        out.raw(hasSelection ? "<option value=\"\" hidden>" : "<option value=\"\" selected hidden>")
        // An option may not be empty: a no-break space stands for no placeholder.
        if let p = o["placeholder"]?.stringValue, !p.isEmpty { out.text(p) } else { out.raw("&#160;") }
        out.raw("</option>")
        var chose = false
        for c in choices {
            out.raw("<option")
            out.attr("value", c.value)
            if !chose, selected.contains(c.value) {
                out.raw(" selected")
                chose = true
            }
            out.raw(">")
            out.text(c.title)
            out.raw("</option>")
        }
        out.raw("</select>")
    }

    private mutating func renderChoiceSet(_ o: JSONObject, path: String, id: String, extra: String, labelled: Bool) {
        let choices = choices(o, path: path)
        let multi = o["isMultiSelect"]?.boolValue ?? false
        let style = o["style"]?.stringValue?.lowercased() ?? "compact"
        let dynamic = o["choices.data"] != nil
        let rawValue = o["value"]?.stringValue ?? ""
        let separator = host.choiceSetInputValueSeparator
        let selected: Set<String> =
            multi
            ? Set(
                rawValue.split(separator: Character(separator.first.map(String.init) ?? ","), omittingEmptySubsequences: true)
                    .map { String(String($0).trimmingSpaces) })
            : (rawValue.isEmpty ? [] : [rawValue])
        let wrap = o["wrap"]?.boolValue ?? false

        let single = Self.choiceSetGroupRole(o) == nil
        if single && (style == "filtered" || dynamic) {
            // A type-ahead box: shows the chosen title (or the placeholder).
            out.raw("<input class=\"ac-input ac-textInput ac-choiceSetInput-filtered\" id=\"" + id + "\" type=\"text\" disabled" + extra)
            placeholder(o, path: path)
            if let chosen = choices.first(where: { selected.contains($0.value) }) { out.attr("value", chosen.title) }
            out.raw(">")
            return
        }
        if single {
            writeCompactChoiceSet(o, choices: choices, selected: selected, id: id, extra: extra)
            return
        }
        // Expanded: a group of radio buttons, or check boxes for multi-select.
        var classes = ClassList(multi ? "ac-input ac-choiceSetInput-multiSelect" : "ac-input ac-choiceSetInput-expanded")
        if wrap { classes.add("ac-wrap") }
        out.open("div", classes.value)
        out.raw(" id=\"" + id + "\" role=\"" + (multi ? "group" : "radiogroup") + "\"" + extra)
        if labelled { out.raw(" aria-labelledby=\"" + id + "-l\"") }
        out.raw(">")
        for (i, c) in choices.enumerated() {
            let optionID = id + "-" + String(i)
            out.raw("<div class=\"ac-choice\"><input type=\"" + (multi ? "checkbox" : "radio") + "\" id=\"" + optionID + "\" name=\"" + id + "\" disabled")
            out.attr("value", c.value)
            if selected.contains(c.value) { out.raw(" checked") }
            out.raw("><label for=\"" + optionID + "\">")
            out.text(c.title)
            out.raw("</label></div>")
        }
        out.raw("</div>")
    }
}
