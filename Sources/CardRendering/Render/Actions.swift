import JSONTree
import MarkdownHTML

/// An action after fallback resolution.
struct ResolvedAction {
    var object: JSONObject
    var type: String
    var path: String
}

/// Where an action button sits.
enum ActionPlace {
    /// In an action bar (card actions, ActionSet).
    case bar
    /// In the "more actions" menu of an action bar.
    case overflow
    /// Beside a text input (`inlineAction`).
    case inline
}

/// Actions without script:
/// - `Action.OpenUrl` / `Action.OpenUrlDialog`: a real link (new tab).
/// - `Action.Submit` / `Action.Execute`: a button (there is no bot to send to).
/// - `Action.ShowCard`: `<details>`/`<summary>`; the card opens below the buttons.
/// - `Action.ToggleVisibility`: a check box inside a `<label>` styled as a button; the
///   stylesheet shows and hides the targets while it is checked (see `ToggleIndex`).
extension Renderer {
    static func actionKind(_ type: String) -> String {
        switch type {
        case "Action.OpenUrl": return "openUrl"
        case "Action.OpenUrlDialog": return "openUrlDialog"
        case "Action.Submit": return "submit"
        case "Action.Execute": return "execute"
        case "Action.ShowCard": return "showCard"
        case "Action.ToggleVisibility": return "toggleVisibility"
        default: return "unknown"
        }
    }

    /// Resolves a `selectAction` (Action.ShowCard is not allowed there).
    mutating func selectAction(_ v: JSONValue?, path: String) -> ResolvedAction? {
        guard let v else { return nil }
        guard case .object = v else {
            if !v.isNull { warn(.invalidValue, path, "A selectAction must be an action object.") }
            return nil
        }
        guard host.supportsInteractivity else { return nil }
        let r = resolveToRender(v, path: path, slot: .actionButShowCard)
        guard case .render(let o, let type, let p) = r else {
            report(r, isAction: true)
            return nil
        }
        guard spend(p) else { return nil }
        checkVersion(type, p)
        return ResolvedAction(object: o, type: type, path: p)
    }

    /// The checked link of an OpenUrl-like action, warning when refused.
    mutating func actionURL(_ o: JSONObject, path: String) -> String? {
        guard let raw = o["url"]?.stringValue, !raw.isEmpty else {
            warn(.missingProperty, path, "The action has no url.")
            return nil
        }
        if let ok = URLPolicy.cardLinks.sanitize(raw) { return ok }
        noteTemplate(raw, path + "/url")
        warn(.unsafeURL, path + "/url", "Link \"\(raw.prefix(80))\" is not http, https, mailto or tel; it is not linked.")
        return nil
    }

    /// An accessible name for an action that shows no text of its own.
    static func actionLabel(_ o: JSONObject, type: String, url: String?) -> String {
        if let t = o["title"]?.stringValue, !t.isEmpty { return t }
        if let t = o["tooltip"]?.stringValue, !t.isEmpty { return t }
        if let url { return url }
        switch type {
        case "Action.ToggleVisibility": return "Show or hide details"
        default: return "Select"
        }
    }

    /// A `selectAction` as a transparent layer over the whole element (the element's own
    /// links and controls stay above it), so no interactive element nests in another.
    mutating func writeSelectOverlay(_ a: ResolvedAction, ctx: RenderContext) {
        let enabled = a.object["isEnabled"]?.boolValue ?? true
        switch a.type {
        case "Action.OpenUrl", "Action.OpenUrlDialog":
            let url = actionURL(a.object, path: a.path)
            if let url, enabled {
                out.raw("<a class=\"ac-selectAction\" target=\"_blank\" rel=\"noopener noreferrer\"")
                out.attr("href", url)
                out.attr("aria-label", Self.actionLabel(a.object, type: a.type, url: url))
                if let tip = a.object["tooltip"]?.stringValue, !tip.isEmpty { out.attr("title", tip) }
                out.raw("></a>")
            }
        case "Action.ToggleVisibility":
            if let slot = toggles.slotByPath[a.path], enabled {
                out.raw("<label class=\"ac-selectAction\"><input type=\"checkbox\" class=\"ac-tv ac-tv" + String(slot) + "\"")
                out.attr("aria-label", Self.actionLabel(a.object, type: a.type, url: nil))
                out.raw("></label>")
            }
        default:
            out.raw("<button type=\"button\" class=\"ac-selectAction\"")
            out.attr("aria-label", Self.actionLabel(a.object, type: a.type, url: nil))
            if !enabled { out.raw(" disabled") }
            out.raw("></button>")
        }
    }

    /// Wraps inline content (a text run, an image) in the element its action needs.
    mutating func writeInlineTrigger(
        _ a: ResolvedAction, ctx: RenderContext, extraClass: String = "",
        body: (inout Renderer) -> Void
    ) {
        let enabled = a.object["isEnabled"]?.boolValue ?? true
        let cls = extraClass.isEmpty ? "ac-inline-action" : "ac-inline-action " + extraClass
        switch a.type {
        case "Action.OpenUrl", "Action.OpenUrlDialog":
            if let url = actionURL(a.object, path: a.path), enabled {
                out.raw("<a class=\"ac-anchor " + cls + "\" target=\"_blank\" rel=\"noopener noreferrer\"")
                out.attr("href", url)
                if let tip = a.object["tooltip"]?.stringValue ?? a.object["title"]?.stringValue, !tip.isEmpty { out.attr("title", tip) }
                out.raw(">")
                body(&self)
                out.raw("</a>")
            } else {
                body(&self)
            }
        case "Action.ToggleVisibility":
            if let slot = toggles.slotByPath[a.path], enabled {
                out.raw("<label class=\"" + cls + "\"><input type=\"checkbox\" class=\"ac-tv ac-tv" + String(slot) + "\"")
                out.attr("aria-label", Self.actionLabel(a.object, type: a.type, url: nil))
                out.raw(">")
                body(&self)
                out.raw("</label>")
            } else {
                body(&self)
            }
        default:
            out.raw("<button type=\"button\" class=\"" + cls + "\"")
            if let t = a.object["title"]?.stringValue, !t.isEmpty { out.attr("title", t) }
            if !enabled { out.raw(" disabled") }
            out.raw(">")
            body(&self)
            out.raw("</button>")
        }
    }

    // MARK: - Action bars

    /// An action bar's actions, resolved (fallbacks, `$when`): the primary ones, the
    /// secondary ones (`mode: secondary`), and where an unknown action stands among them.
    mutating func resolveActions(
        _ actions: [JSONValue], path: String
    )
        -> (primary: [ResolvedAction], secondary: [ResolvedAction], markers: [(index: Int, type: String)])
    {
        var primary: [ResolvedAction] = []
        var secondary: [ResolvedAction] = []
        var markers: [(index: Int, type: String)] = []
        for (i, item) in actions.enumerated() {
            let r = resolveToRender(item, path: path + "/" + String(i), slot: .anyAction)
            switch r {
            case .render(let o, let type, let p):
                guard spend(p) else { break }
                checkVersion(type, p)
                let a = ResolvedAction(object: o, type: type, path: p)
                if o["mode"]?.stringValue?.lowercased() == "secondary" { secondary.append(a) } else { primary.append(a) }
            case .unsupported(let type, _) where !Self.isKnownType(type):
                report(r, isAction: true)
                markers.append((primary.count, type))
            default:
                report(r, isAction: true)
            }
        }
        return (primary, secondary, markers)
    }

    /// Card actions and ActionSet: the buttons in a row (or column), show cards opening
    /// below them, secondary actions in a "more" menu. False when nothing was written.
    mutating func renderActionBar(
        _ actions: [JSONValue], path: String, ctx: RenderContext, orientation: Orientation?,
        alignment: HorizontalAlignment?, edges: Edges, extraClasses: String
    ) -> Bool {
        guard host.supportsInteractivity, !actions.isEmpty else { return false }
        let resolved = resolveActions(actions, path: path)
        var primary = resolved.primary
        let (secondary, markers) = (resolved.secondary, resolved.markers)
        if primary.count > host.actions.maxActions {
            let dropped = primary[host.actions.maxActions...]
            warn(
                .tooManyActions, dropped.first?.path ?? path,
                "The host shows at most \(host.actions.maxActions) actions; \(dropped.count) more are not shown.")
            primary.removeSubrange(host.actions.maxActions...)
        }
        guard !primary.isEmpty || !secondary.isEmpty || !markers.isEmpty else { return false }

        // One show card, pre-expanded: the card without a button.
        if host.actions.preExpandSingleShowCardAction, primary.count == 1, secondary.isEmpty, markers.isEmpty,
            primary[0].type == "Action.ShowCard", case .object(let card)? = primary[0].object["card"]
        {
            var classes = ClassList("ac-actionBar ac-preexpanded")
            if !extraClasses.isEmpty { classes.add(extraClasses) }
            out.open("div", classes.value)
            out.raw(">")
            renderCard(card, path: primary[0].path + "/card", ctx: ctx, isRoot: false, suppressStyle: true, bleed: edges)
            out.raw("</div>")
            return true
        }

        groupCounter += 1
        let group = prefix + "-g" + String(groupCounter)
        var outer = ClassList("ac-actionBar")
        if !extraClasses.isEmpty { outer.add(extraClasses) }
        out.open("div", outer.value)
        out.raw(">")
        var classes = ClassList("ac-actionSet")
        if let orientation { classes.add("ac-orient-" + orientation.rawValue) }
        if let alignment, alignment != .left { classes.add("ac-ha-" + alignment.rawValue) }
        out.open("div", classes.value)
        out.raw(">")
        let outerCards = pendingShowCards
        pendingShowCards = []
        writeActionRow(primary: primary, secondary: secondary, markers: markers, ctx: ctx, group: group, edges: edges)
        out.raw("</div>")
        // The cards of the show-card buttons, below the buttons at the full width of the
        // card; the stylesheet shows the one whose button is open.
        let cards = pendingShowCards
        pendingShowCards = outerCards
        for sc in cards {
            out.raw("<div class=\"ac-sc-card ac-sc" + String(sc.slot) + "\">")
            renderCard(sc.card, path: sc.path, ctx: ctx, isRoot: false, suppressStyle: false, bleed: sc.bleed)
            out.raw("</div>")
        }
        out.raw("</div>")
        return true
    }

    /// The buttons of an action row, markers of unknown actions in their places, and the
    /// "..." menu of secondary actions.
    private mutating func writeActionRow(
        primary: [ResolvedAction], secondary: [ResolvedAction], markers: [(index: Int, type: String)],
        ctx: RenderContext, group: String, edges: Edges
    ) {
        var markerIndex = 0
        for (i, a) in primary.enumerated() {
            while markerIndex < markers.count, markers[markerIndex].index <= i {
                writeUnsupportedAction(markers[markerIndex].type)
                markerIndex += 1
            }
            writeActionButton(a.object, type: a.type, path: a.path, ctx: ctx, place: .bar, group: group, edges: edges)
        }
        while markerIndex < markers.count {
            writeUnsupportedAction(markers[markerIndex].type)
            markerIndex += 1
        }
        guard !secondary.isEmpty else { return }
        out.raw(
            "<details class=\"ac-overflow\"><summary class=\"ac-pushButton ac-overflow-button\" aria-label=\"More actions\" title=\"More actions\"><span aria-hidden=\"true\">...</span></summary><div class=\"ac-overflow-menu\" role=\"group\" aria-label=\"More actions\">"
        )
        for a in secondary {
            writeActionButton(a.object, type: a.type, path: a.path, ctx: ctx, place: .overflow, group: group, edges: edges)
        }
        out.raw("</div></details>")
    }

    /// An `Action.ShowCard` button: a `<details>` holding only its `<summary>`; the card is
    /// written after the row (`pendingShowCards`), paired with the button by a slot class.
    private mutating func writeShowCard(
        _ card: JSONObject, path: String, ctx: RenderContext, group: String, edges: Edges,
        summary: (inout Renderer) -> Void
    ) {
        let slot = pendingShowCards.count + 1
        out.raw("<details class=\"ac-showCard")
        if slot <= CardStylesheet.showCardSlots { out.raw(" ac-sc" + String(slot)) }
        out.raw("\"")
        if !group.isEmpty { out.raw(" name=\"" + group + "\"") }
        out.raw(">")
        summary(&self)
        if slot <= CardStylesheet.showCardSlots {
            pendingShowCards.append((slot, card, path + "/card", Edges(top: false, bottom: edges.bottom, start: edges.start, end: edges.end)))
        } else {
            // Beyond the stylesheet's slots the card opens in place, after its button.
            if slot == CardStylesheet.showCardSlots + 1 {
                warn(.toggleLimit, path, "More than \(CardStylesheet.showCardSlots) show cards in one action set; the others open beside their button.")
            }
            renderCard(card, path: path + "/card", ctx: ctx, isRoot: false, suppressStyle: false, bleed: .none)
        }
        out.raw("</details>")
    }

    mutating func writeUnsupportedAction(_ type: String) {
        out.raw("<span class=\"ac-pushButton ac-unsupported\" role=\"note\">Unsupported action")
        if !type.isEmpty {
            out.raw(": ")
            out.text(String(type.prefix(60)))
        }
        out.raw("</span>")
    }

    /// What every kind of action button shows: its title or icon, tooltip and label.
    struct ActionButton {
        let o: JSONObject
        let type: String
        let title: String
        let tooltip: String?
        let icon: String?
        let iconOnly: Bool
        let enabled: Bool

        func content(_ r: inout Renderer) {
            if let icon {
                r.out.raw("<img class=\"ac-action-icon\" alt=\"\"")
                r.out.attr("src", icon)
                r.out.raw(">")
            }
            if !iconOnly {
                r.out.raw("<span class=\"ac-action-title\">")
                r.out.text(title)
                r.out.raw("</span>")
            } else {
                // Shown in place of an icon that is not there (the official renderer shows the
                // title, or "Inline Action", when the icon fails to load).
                r.out.raw("<span class=\"ac-icon-fallback\" aria-hidden=\"true\">")
                r.out.text(title.isEmpty ? "Inline Action" : title)
                r.out.raw("</span>")
            }
        }

        func commonAttributes(_ r: inout Renderer) {
            if let tooltip { r.out.attr("title", tooltip) }
            if title.isEmpty || iconOnly {
                r.out.attr("aria-label", Renderer.actionLabel(o, type: type, url: nil))
            }
        }

        func button(_ r: inout Renderer, _ classes: ClassList, disabled: Bool? = nil) {
            r.out.open("button", classes.value)
            r.out.raw(" type=\"button\"")
            if disabled ?? !enabled { r.out.raw(" disabled") }
            commonAttributes(&r)
            r.out.raw(">")
            content(&r)
            r.out.raw("</button>")
        }
    }

    /// The button's parts and classes: where it sits, its style, its icon.
    mutating func actionButton(_ o: JSONObject, type: String, path: String, ctx: RenderContext, place: ActionPlace) -> (ActionButton, ClassList) {
        let enabled = o["isEnabled"]?.boolValue ?? true
        let title = o["title"]?.stringValue ?? ""
        noteTemplate(title, path + "/title")
        var classes = ClassList(place == .inline ? "ac-inlineActionButton" : "ac-pushButton")
        classes.add("ac-action-" + Self.actionKind(type))
        switch o["style"]?.stringValue?.lowercased() {
        case "positive"?: if enabled { classes.add("primary style-positive") }
        case "destructive"?: if enabled { classes.add("style-destructive") }
        case "default"?, nil: break
        default: warn(.invalidValue, path + "/style", "An action style is \"default\", \"positive\" or \"destructive\".")
        }
        if ctx.style != "default" { classes.add("style-" + ctx.style) }
        if type == "Action.ShowCard" { classes.add("expandable") }
        var icon: String?
        if let raw = o["iconUrl"]?.stringValue, !raw.isEmpty {
            // Fluent icon references (`icon:Name`) need the host's icon font: left out quietly.
            if !raw.lowercased().hasPrefix("icon:") { icon = imageURL(raw, path: path + "/iconUrl") }
        }
        if icon != nil { classes.add("ac-has-icon") }
        let iconOnly = place == .inline && icon != nil
        if iconOnly { classes.add("ac-icon-only") }
        let tooltip = o["tooltip"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        return (ActionButton(o: o, type: type, title: title, tooltip: tooltip, icon: icon, iconOnly: iconOnly, enabled: enabled), classes)
    }

    /// One action as a button-like element.
    mutating func writeActionButton(
        _ o: JSONObject, type: String, path: String, ctx: RenderContext, place: ActionPlace,
        group: String = "", edges: Edges = .none
    ) {
        var (b, classes) = actionButton(o, type: type, path: path, ctx: ctx, place: place)
        switch type {
        case "Action.OpenUrl", "Action.OpenUrlDialog":
            if let url = actionURL(o, path: path), b.enabled {
                out.open("a", classes.value)
                out.attr("href", url)
                out.raw(" target=\"_blank\" rel=\"noopener noreferrer\"")
            } else {
                classes.add("ac-pushButton-disabled")
                out.open("a", classes.value)
                out.raw(" role=\"link\" aria-disabled=\"true\"")
            }
            b.commonAttributes(&self)
            out.raw(">")
            b.content(&self)
            out.raw("</a>")
        case "Action.ToggleVisibility":
            if let slot = toggles.slotByPath[path], b.enabled {
                out.open("label", classes.value)
                b.commonAttributes(&self)
                out.raw("><input type=\"checkbox\" class=\"ac-tv ac-tv" + String(slot) + "\">")
                b.content(&self)
                out.raw("</label>")
            } else {
                b.button(&self, classes)
            }
        case "Action.ShowCard":
            writeShowCardButton(b, classes, path: path, ctx: ctx, group: group, edges: edges)
        default:
            // Submit, Execute: a button that does nothing here.
            if !b.enabled { classes.add("ac-pushButton-disabled") }
            b.button(&self, classes)
        }
    }

    /// An Action.ShowCard: a `<details>` whose summary is the button, its card below.
    mutating func writeShowCardButton(_ b: ActionButton, _ classes: ClassList, path: String, ctx: RenderContext, group: String, edges: Edges) {
        var classes = classes
        guard case .object(let card)? = b.o["card"] else {
            warn(.missingProperty, path, "Action.ShowCard has no card.")
            b.button(&self, classes, disabled: true)
            return
        }
        if !b.enabled {
            classes.add("ac-pushButton-disabled")
            b.button(&self, classes)
            return
        }
        if ctx.depth >= options.maxDepth {
            if !depthWarned {
                depthWarned = true
                warn(.tooDeep, path, "Show cards nested deeper than \(options.maxDepth) levels are not shown.")
            }
            out.raw("<span class=\"ac-limit\" role=\"note\">Content nested too deeply is not shown.</span>")
            return
        }
        let summaryClasses = classes
        writeShowCard(card, path: path, ctx: ctx, group: group, edges: edges) { r in
            r.out.open("summary", summaryClasses.value)
            b.commonAttributes(&r)
            r.out.raw(">")
            b.content(&r)
            r.out.raw("</summary>")
        }
    }
}
