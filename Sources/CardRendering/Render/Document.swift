import JSONTree

extension Renderer {
    /// Renders a whole card (the root of the output).
    mutating func renderDocument(_ card: JSONValue) {
        guard case .object(var o) = card else {
            warn(.notACard, "", "The card is not a JSON object.")
            out.raw("<div class=\"ac-adaptiveCard ac-root ac-style-default ac-bg\"></div>")
            return
        }
        let type = o["type"]?.stringValue
        if type != "AdaptiveCard" {
            if let type, Schema.elements[type] != nil {
                warn(.notACard, "", "The root is a \(type), not an AdaptiveCard; it is shown as a card holding that element.")
                o = ["type": "AdaptiveCard", "body": [card]]
            } else {
                warn(.notACard, "", type.map { "The root has type \"\($0)\", not \"AdaptiveCard\"." } ?? "The root has no \"type\": \"AdaptiveCard\".")
                out.raw("<div class=\"ac-adaptiveCard ac-root ac-style-default ac-bg\"></div>")
                return
            }
        }

        switch o["version"] {
        case .string(let s)?:
            if let v = SchemaVersion(s) {
                cardVersion = v
                if v > CardRenderer.schemaVersion {
                    warn(.versionTooNew, "/version", "The card declares schema \(v); this renderer implements \(CardRenderer.schemaVersion). Newer features may be missing.")
                }
            } else {
                warn(.invalidVersion, "/version", "\"\(s.prefix(40))\" is not a schema version.")
            }
        case nil:
            if type == "AdaptiveCard" { warn(.invalidVersion, "", "The card has no \"version\".") }
        default:
            warn(.invalidVersion, "/version", "\"version\" must be a string such as \"1.5\".")
        }

        toggles = ToggleIndex.build(.object(o), maxDepth: options.maxDepth * 4 + 8)
        for (path, id) in toggles.missingTargets {
            warn(.toggleTargetMissing, path, "No element has the id \"\(id.prefix(60))\".")
        }
        for path in toggles.overLimit {
            warn(.toggleLimit, path, "More than \(CardStylesheet.toggleSlots) toggle actions; this one does nothing without script.")
        }

        // A root `fallback` replaces the body when the content needs one.
        if case .object? = o["fallback"], childrenOfCardNeedFallback(o) {
            if let fb = o["fallback"] {
                o["body"] = [fb]
                o["actions"] = nil
            }
        }
        renderCard(o, path: "", ctx: RenderContext(), isRoot: true, suppressStyle: false)
    }

    private mutating func childrenOfCardNeedFallback(_ o: JSONObject) -> Bool {
        if case .array(let items)? = o["body"] {
            for (i, item) in items.enumerated() where resolve(item, path: "/body/" + String(i), slot: .element).bubbles { return true }
        }
        if case .array(let items)? = o["actions"] {
            for (i, item) in items.enumerated() where resolve(item, path: "/actions/" + String(i), slot: .anyAction).bubbles { return true }
        }
        return false
    }

    /// Renders an `AdaptiveCard` object: the root card, or the inline card of an
    /// `Action.ShowCard` (`isRoot` false).
    mutating func renderCard(
        _ o: JSONObject, path: String, ctx: RenderContext, isRoot: Bool, suppressStyle: Bool,
        bleed: Edges = .none
    ) {
        if !isRoot, ctx.depth >= options.maxDepth {
            if !depthWarned {
                depthWarned = true
                warn(.tooDeep, path, "Cards nested deeper than \(options.maxDepth) levels are not shown.")
            }
            out.raw("<div class=\"ac-limit\" role=\"note\">Content nested too deeply is not shown.</div>")
            return
        }
        var style = "default"
        if isRoot {
            if host.allowCustomStyle, let s = styleName(o["style"], path: path + "/style") { style = s }
        } else {
            style = suppressStyle ? ctx.style : host.actions.showCard.style
        }
        let background = backgroundImage(o["backgroundImage"], path: path + "/backgroundImage")
        var classes = ClassList("ac-adaptiveCard")
        classes.add(isRoot ? "ac-root" : "ac-inline")
        classes.add("ac-style-" + style)
        classes.add(suppressStyle ? "ac-bg ac-pad-x" : "ac-bg")
        if isRoot, o["msteams"]?["width"]?.stringValue?.lowercased() == "full" { classes.add("ac-full-width") }
        if bleed.start { classes.add("ac-bleed-s") }
        if bleed.end { classes.add("ac-bleed-e") }
        if bleed.bottom { classes.add("ac-bleed-b") }
        let vca = VerticalAlignment.parse(o["verticalContentAlignment"]) ?? .top
        if vca != .top { classes.add("ac-vca-" + vca.rawValue) }
        var inline = InlineStyle()
        if let minHeight = CardSize.pixels(o["minHeight"]) { inline.add("min-height", CSS.px(minHeight)) }
        if let background { background.apply(to: &classes, &inline) }
        let select = isRoot ? selectAction(o["selectAction"], path: path + "/selectAction") : nil
        if select != nil { classes.add("ac-selectable") }

        writeCardOpening(o, classes: classes, inline: inline, isRoot: isRoot)

        var inner = ctx.entering(style: style, backgroundImage: background != nil)
        inner.verticalContentAlignment = vca
        if let select { writeSelectOverlay(select, ctx: ctx); inner.inSelectable = true }

        renderCardContent(o, path: path, inner: inner)
        out.raw("</div>")
    }

    /// The card's `<div>`: direction, language, its spoken text as a label, inline style.
    mutating func writeCardOpening(_ o: JSONObject, classes: ClassList, inline: InlineStyle, isRoot: Bool) {
        out.open("div", classes.value)
        if let rtl = o["rtl"]?.boolValue { out.raw(rtl ? " dir=\"rtl\"" : " dir=\"ltr\"") }
        if isRoot, let lang = o["lang"]?.stringValue, Self.isLanguageTag(lang) { out.attr("lang", lang) }
        if isRoot, let speak = o["speak"]?.stringValue, !speak.isEmpty, speak.utf8.count < 2000 {
            // `speak` may hold SSML; only plain text makes a useful label. A plain `div` may not
            // be named (ARIA's generic role), so the labelled card is a group.
            if !speak.includes("<") {
                out.raw(" role=\"group\"")
                out.attr("aria-label", speak)
            }
        }
        if !inline.isEmpty { out.attr("style", inline.value) }
        out.raw(">")
    }

    /// The card's body, then its actions below a separator (left out when none is shown).
    mutating func renderCardContent(_ o: JSONObject, path: String, inner: RenderContext) {
        var hasActions = false
        if host.supportsInteractivity, case .array(let actions)? = o["actions"], !actions.isEmpty { hasActions = true }
        let wroteBody = renderItems(
            o["body"], path: path + "/body", ctx: inner, padded: true, edges: .all,
            trailingContent: hasActions)
        if hasActions, case .array(let actions)? = o["actions"] {
            let mark = out.mark
            if wroteBody, host.actions.spacing != .none {
                out.raw("<div class=\"ac-horizontal-separator ac-sp-" + host.actions.spacing.rawValue + "\" aria-hidden=\"true\"></div>")
            }
            let edges = Edges(top: !wroteBody, bottom: true, start: true, end: true)
            if !renderActionBar(
                actions, path: path + "/actions", ctx: inner, orientation: nil, alignment: nil,
                edges: edges, extraClasses: "")
            {
                out.rollBack(to: mark)
            }
        }
    }

    static func isLanguageTag(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= 35
            && s.utf8.allSatisfy {
                ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") || $0 == UInt8(ascii: "-")
                    || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
            }
    }

    // MARK: - Lists of elements

    /// One element of a list, after fallback resolution.
    struct Entry {
        var object: JSONObject
        var type: String
        var path: String
        /// The type of an unknown element shown as a marker (`object` is then empty).
        var unsupported: String?
        var visible: Bool
        var renders: Bool
        /// Visibility and toggle classes shared by the element and its separator.
        var visibility: String
    }

    /// Hidden elements come first: the spacing before the first visible one appears when a
    /// toggle reveals one of them, and disappears again while that element itself is hidden
    /// by a toggle.
    mutating func writeRevealedSeparator(before entry: Entry, hidden: ArraySlice<Entry>) {
        let reveal = hidden.flatMap { e in
            e.visibility.split(separator: " ").filter { $0.hasPrefix("ac-tt") || $0.hasPrefix("ac-ts") }
        }
        guard !reveal.isEmpty else { return }
        var seen = Set<Substring>()
        var classes = reveal.filter { seen.insert($0).inserted }.joined(separator: " ")
        for token in entry.visibility.split(separator: " ") where token.hasPrefix("ac-tt") || token.hasPrefix("ac-th") {
            classes += " ac-hx" + token.dropFirst(5)
        }
        writeSeparator(entry.object, path: entry.path, visibility: "ac-hidden " + classes, vertical: false)
    }

    /// Renders the elements of `value` (an array) with their separators. `padded` says
    /// whether the owner has padding (so bleeding children bleed into it); `edges` are the
    /// owner's own edges otherwise. `trailingContent`: actions follow the list.
    @discardableResult
    mutating func renderItems(
        _ value: JSONValue?, path: String, ctx: RenderContext, padded: Bool, edges: Edges,
        trailingContent: Bool
    ) -> Bool {
        guard let value else { return false }
        guard case .array(let items) = value else {
            warn(.invalidValue, path, "Expected an array of elements.")
            return false
        }
        var entries: [Entry] = []
        entries.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            let r = resolveToRender(item, path: path + "/" + String(i), slot: .element)
            switch r {
            case .render(let o, let type, let p):
                if !host.supportsInteractivity, Schema.interactive.contains(type) { continue }
                let (visible, visibility) = visibilityClasses(o, path: p)
                entries.append(
                    Entry(
                        object: o, type: type, path: p, unsupported: nil, visible: visible,
                        renders: willRender(o, type: type), visibility: visibility))
            case .unsupported(let type, let p) where !Self.isKnownType(type):
                report(r, isAction: false)
                entries.append(Entry(object: [:], type: "", path: p, unsupported: type, visible: true, renders: true, visibility: ""))
            default:
                report(r, isAction: false)
            }
        }
        let firstVisible = entries.firstIndex { $0.renders && $0.visible } ?? entries.count
        let lastVisible = entries.lastIndex { $0.renders && $0.visible } ?? -1
        var wrote = false
        for (k, entry) in entries.enumerated() {
            var childEdges = padded ? Edges.all : edges
            childEdges.top = childEdges.top && k == firstVisible
            childEdges.bottom = childEdges.bottom && k == lastVisible && !trailingContent
            let mark = out.mark
            if k > firstVisible {
                writeSeparator(entry.object, path: entry.path, visibility: entry.visibility, vertical: false)
            } else if k == firstVisible, k > 0 {
                writeRevealedSeparator(before: entry, hidden: entries[..<k])
            }
            var rendered: Bool
            if let type = entry.unsupported {
                writeUnsupported(type, visibility: entry.visibility)
                rendered = true
            } else {
                rendered = renderElement(entry, ctx: ctx, edges: childEdges)
            }
            if !rendered { out.rollBack(to: mark) }
            wrote = wrote || rendered
        }
        return wrote
    }

    /// `isVisible` and the toggle classes of an element.
    mutating func visibilityClasses(_ o: JSONObject, path: String) -> (visible: Bool, classes: String) {
        let id = o["id"]?.stringValue
        var visible = true
        if case .bool(false)? = o["isVisible"] { visible = false }
        var classes = toggles.classes(for: id) ?? ""
        if !visible {
            if let id, toggles.unserved.contains(id), !toggles.canReveal(id) {
                // Only a toggle that cannot work without script would reveal it: show it
                // rather than hide it for good.
                visible = true
                warn(.toggleLimit, path, "Shown although isVisible is false: the toggle that reveals it needs script.")
            } else {
                classes = classes.isEmpty ? "ac-hidden" : "ac-hidden " + classes
            }
        }
        return (visible, classes)
    }

    /// Whether an element will write anything (text blocks without text, images without
    /// URL and empty sets write nothing, as in the official renderer).
    func willRender(_ o: JSONObject, type: String) -> Bool {
        func nonEmptyArray(_ key: String) -> Bool {
            if case .array(let a)? = o[key] { return !a.isEmpty }
            return false
        }
        switch type {
        case "TextBlock":
            if case .string(let s)? = o["text"] { return !s.isEmpty }
            return false
        case "Image":
            if case .string(let s)? = o["url"] { return !s.isEmpty }
            return false
        case "ColumnSet": return nonEmptyArray("columns")
        case "FactSet": return nonEmptyArray("facts")
        case "ImageSet": return nonEmptyArray("images")
        case "RichTextBlock": return nonEmptyArray("inlines")
        case "ActionSet": return nonEmptyArray("actions")
        case "Table": return nonEmptyArray("rows")
        case "Media": return nonEmptyArray("sources")
        case "Carousel": return nonEmptyArray("pages")
        default: return true
        }
    }

    /// The spacing (and maybe line) before an element.
    mutating func writeSeparator(_ o: JSONObject, path: String, visibility: String, vertical: Bool) {
        var spacing = Spacing.default
        if let v = o["spacing"] {
            if let s = Spacing.parse(v) { spacing = s } else { warn(.invalidValue, path + "/spacing", "Unknown spacing; \"default\" is used.") }
        }
        let line = o["separator"]?.boolValue ?? false
        if spacing == .none && !line { return }
        out.raw(vertical ? "<div class=\"ac-vertical-separator ac-sp-" : "<div class=\"ac-horizontal-separator ac-sp-")
        out.raw(spacing.rawValue)
        if line { out.raw(" ac-line") }
        if !visibility.isEmpty {
            out.raw(" ")
            out.raw(visibility)
        }
        out.raw("\" aria-hidden=\"true\"></div>")
    }

    mutating func writeUnsupported(_ type: String, visibility: String) {
        out.raw("<div class=\"ac-unsupported")
        if !visibility.isEmpty { out.raw(" " + visibility) }
        out.raw("\" role=\"note\">")
        if type.isEmpty {
            out.raw("Unsupported element (no type)")
        } else {
            out.raw("Unsupported element: ")
            out.text(String(type.prefix(80)))
        }
        out.raw("</div>")
    }

    // MARK: - Dispatch

    /// Renders one resolved element; false when it wrote nothing.
    mutating func renderElement(_ entry: Entry, ctx: RenderContext, edges: Edges) -> Bool {
        if ctx.depth >= options.maxDepth {
            if !depthWarned {
                depthWarned = true
                warn(.tooDeep, entry.path, "Elements nested deeper than \(options.maxDepth) levels are not shown.")
            }
            out.raw("<div class=\"ac-limit\" role=\"note\">Content nested too deeply is not shown.</div>")
            return true
        }
        guard spend(entry.path) else { return false }
        checkVersion(entry.type, entry.path)
        var common = entry.visibility
        if entry.object["height"]?.stringValue?.lowercased() == "stretch", entry.type != "Image" {
            common = common.isEmpty ? "ac-stretch" : common + " ac-stretch"
        }
        let o = entry.object
        let p = entry.path
        switch entry.type {
        case "TextBlock": return renderTextBlock(o, path: p, ctx: ctx, common: common)
        case "RichTextBlock": return renderRichTextBlock(o, path: p, ctx: ctx, common: common)
        case "Image": return renderImage(o, path: p, ctx: ctx, common: common)
        case "ImageSet": return renderImageSet(o, path: p, ctx: ctx, common: common)
        case "Media": return renderMedia(o, path: p, ctx: ctx, common: common)
        case "Container": return renderContainer(o, path: p, ctx: ctx, edges: edges, common: common, kind: .container)
        case "ColumnSet": return renderColumnSet(o, path: p, ctx: ctx, edges: edges, common: common)
        case "FactSet": return renderFactSet(o, path: p, ctx: ctx, common: common)
        case "Table": return renderTable(o, path: p, ctx: ctx, edges: edges, common: common)
        case "ActionSet":
            guard case .array(let actions)? = o["actions"] else { return false }
            let orientation = Orientation.parse(o["orientation"])
            let alignment = HorizontalAlignment.parse(o["horizontalAlignment"]) ?? ctx.horizontalAlignment
            return renderActionBar(
                actions, path: p + "/actions", ctx: ctx, orientation: orientation, alignment: alignment,
                edges: edges, extraClasses: common)
        case "Carousel": return renderCarousel(o, path: p, ctx: ctx, common: common)
        case "Input.Text", "Input.Number", "Input.Date", "Input.Time", "Input.Toggle", "Input.ChoiceSet":
            return renderInput(o, type: entry.type, path: p, ctx: ctx, common: common)
        default:
            writeUnsupported(entry.type, visibility: entry.visibility)
            return true
        }
    }

    // MARK: - Shared property readers

    /// A valid container style name (built-in or defined by the host config).
    mutating func styleName(_ v: JSONValue?, path: String) -> String? {
        guard let v else { return nil }
        guard case .string(let s) = v else {
            warn(.invalidValue, path, "A style must be a string.")
            return nil
        }
        if let builtIn = BuiltInContainerStyle.parse(s) { return builtIn.rawValue }
        if host.containerStyles.contains(s) { return s }
        warn(.invalidValue, path, "Unknown container style \"\(s.prefix(40))\"; it is ignored.")
        return nil
    }
}
