import JSONTree
import MarkdownHTML

/// Which sides of an element touch the padding of its nearest padded ancestor; a bleeding
/// element extends into that padding on those sides.
struct Edges: Sendable, Hashable {
    var top: Bool, bottom: Bool, start: Bool, end: Bool
    static let all = Edges(top: true, bottom: true, start: true, end: true)
    static let none = Edges(top: false, bottom: false, start: false, end: false)
}

/// What an element inherits from where it sits. Passed down by value.
struct RenderContext {
    var depth = 0
    /// The effective container style (the nearest explicit `style`).
    var style = "default"
    /// The distinct effective styles of the stylable ancestors (cards, containers, columns,
    /// column sets, tables, rows, cells): an element with an explicit style different from
    /// any of them gets a background and padding, as in the official renderer.
    var ancestorStyles: [String] = []
    /// Whether a stylable ancestor has a background image.
    var ancestorBackgroundImage = false
    var horizontalAlignment: HorizontalAlignment?
    var verticalContentAlignment: VerticalAlignment = .top
    /// The host text style for text that sets none (`columnHeader` in table header rows).
    var textStyle: TextAppearance?
    /// Inside an element that has a `selectAction`.
    var inSelectable = false

    /// Whether an element with explicit style `style` (and maybe a background image) has a
    /// background of its own.
    func hasBackground(explicitStyle: String?, backgroundImage: Bool) -> Bool {
        if backgroundImage { return true }
        guard let s = explicitStyle else { return false }
        return ancestorBackgroundImage || ancestorStyles.contains { $0 != s }
    }

    /// The context for the children of a stylable element.
    func entering(style explicit: String?, backgroundImage: Bool) -> RenderContext {
        var c = self
        c.depth += 1
        if let explicit { c.style = explicit }
        if !c.ancestorStyles.contains(c.style) { c.ancestorStyles.append(c.style) }
        if backgroundImage { c.ancestorBackgroundImage = true }
        return c
    }
}

/// The renderer's working state for one card.
struct Renderer {
    let host: HostConfig
    let options: RenderOptions
    let prefix: String
    var out: HTMLBuffer
    var warnings: [CardWarning] = []
    var elementCount = 0
    var inputCounter = 0
    var groupCounter = 0
    var budgetWarned = false
    var depthWarned = false
    var templateWarned = false
    var cardVersion: SchemaVersion?
    var toggles = ToggleIndex()
    /// Memo of `childrenNeedFallback` by JSON path.
    var bubbleMemo: [String: Bool] = [:]
    /// The cards of the show-card buttons of the action bar being written: slot, card, path
    /// and the sides it bleeds to.
    var pendingShowCards: [(slot: Int, card: JSONObject, path: String, bleed: Edges)] = []
    /// Elements whose content needs a fallback they do not have, by JSON path.
    var keptWithoutFallback: [String: (JSONObject, String)] = [:]
    /// Contrast findings already reported (theme, style, colour).
    var contrastReported = Set<String>()

    init(host: HostConfig, options: RenderOptions) {
        self.host = host
        self.options = options
        prefix = Self.idPrefix(options.idPrefix)
        out = HTMLBuffer(capacity: 8 * 1024)
    }

    /// The element id prefix: the ASCII letters, digits, `-` and `_` of the first 40
    /// characters asked for, starting with a letter (`ac` is put first otherwise).
    static func idPrefix(_ asked: String) -> String {
        var p: [UInt8] = []
        for s in asked.unicodeScalars.prefix(40) where s.isASCII {
            let b = UInt8(truncatingIfNeeded: s.value)
            if isASCIILetter(b) || (0x30...0x39).contains(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") { p.append(b) }
        }
        let kept = String(decoding: p, as: UTF8.self)
        return p.first.map(isASCIILetter) == true ? kept : "ac" + kept
    }

    static func isASCIILetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }

    mutating func warn(_ kind: CardWarning.Kind, _ path: String, _ message: String) {
        warnings.append(CardWarning(kind, path: path, message))
    }

    /// Counts one element or action against the budget; false (with one warning) once spent.
    mutating func spend(_ path: String) -> Bool {
        elementCount += 1
        if elementCount <= options.maxElements { return true }
        if !budgetWarned {
            budgetWarned = true
            warn(.tooLarge, path, "The card has more than \(options.maxElements) elements and actions; the rest is not shown.")
            out.raw("<div class=\"ac-limit\" role=\"note\">Content not shown: the card is too large.</div>")
        }
        return false
    }

    /// Notes (once per card) text that still holds template expressions. The path is only
    /// worked out for the note.
    mutating func noteTemplate(_ s: String, _ path: @autoclosure () -> String) {
        if !templateWarned, s.includes("${") {
            templateWarned = true
            warn(.unexpandedTemplate, path(), "Text holds a template expression (${…}); the card looks unexpanded.")
        }
    }
}

// MARK: - Schema registry

enum Schema {
    /// Element types that may appear in `body`/`items`, with the schema version that added them.
    static let elements: [String: SchemaVersion] = [
        "TextBlock": SchemaVersion(1, 0), "Image": SchemaVersion(1, 0), "Container": SchemaVersion(1, 0),
        "ColumnSet": SchemaVersion(1, 0), "FactSet": SchemaVersion(1, 0), "ImageSet": SchemaVersion(1, 0),
        "Input.Text": SchemaVersion(1, 0), "Input.Number": SchemaVersion(1, 0), "Input.Date": SchemaVersion(1, 0),
        "Input.Time": SchemaVersion(1, 0), "Input.Toggle": SchemaVersion(1, 0), "Input.ChoiceSet": SchemaVersion(1, 0),
        "Media": SchemaVersion(1, 1), "ActionSet": SchemaVersion(1, 2), "RichTextBlock": SchemaVersion(1, 2),
        "Table": SchemaVersion(1, 5), "Carousel": SchemaVersion(1, 6)
    ]

    static let actions: [String: SchemaVersion] = [
        "Action.OpenUrl": SchemaVersion(1, 0), "Action.Submit": SchemaVersion(1, 0),
        "Action.ShowCard": SchemaVersion(1, 0), "Action.ToggleVisibility": SchemaVersion(1, 2),
        "Action.Execute": SchemaVersion(1, 4), "Action.OpenUrlDialog": SchemaVersion(1, 5)
    ]

    /// Element types that only appear inside one parent, with the parent's collection.
    static let parts: [String: SchemaVersion] = [
        "Column": SchemaVersion(1, 0), "TableRow": SchemaVersion(1, 5), "TableCell": SchemaVersion(1, 5),
        "CarouselPage": SchemaVersion(1, 6), "TextRun": SchemaVersion(1, 2)
    ]

    static let interactive: Set<String> = [
        "Input.Text", "Input.Number", "Input.Date", "Input.Time", "Input.Toggle", "Input.ChoiceSet", "ActionSet"
    ]
}

/// What a place in a card holds: elements, actions, or one kind of part.
enum Slot: Equatable {
    case element
    case action(forbidden: Set<String>)
    /// A part such as `Column`; a missing `type` means this type.
    case part(String)

    static let anyAction = Slot.action(forbidden: [])
    /// Where a `selectAction` or `inlineAction` goes: any action but `Action.ShowCard`.
    static let actionButShowCard = Slot.action(forbidden: ["Action.ShowCard"])
}

/// The outcome of `fallback` and `requires` for one element or action.
enum Resolution {
    case render(JSONObject, type: String, path: String)
    /// `fallback: "drop"`.
    case drop
    /// An unknown type and no fallback: a marker is shown.
    case unsupported(type: String, path: String)
    /// The host lacks a required capability, or the content needs a fallback, and there is
    /// none: nothing is shown.
    case unmet(path: String)
    /// The schema forbids this action here.
    case forbidden(type: String, path: String)
    /// Not an object.
    case invalid(path: String)

    /// Whether the parent must fall back instead (the official "bubbling" rule).
    var bubbles: Bool {
        switch self {
        case .unsupported, .unmet: return true
        default: return false
        }
    }
}

extension Renderer {
    /// Applies `requires` and `fallback` (repeatedly, for fallbacks of fallbacks). Pure:
    /// warnings are left to the caller.
    mutating func resolve(_ value: JSONValue, path: String, slot: Slot, depth: Int = 0) -> Resolution {
        var current = value
        var p = path
        for _ in 0..<16 {
            guard case .object(let o) = current else { return .invalid(path: p) }
            let declared = o["type"]?.stringValue
            let type: String
            var known: Bool
            switch slot {
            case .element:
                type = declared ?? ""
                known = Schema.elements[type] != nil
            case .action(let forbidden):
                type = declared ?? ""
                if forbidden.contains(type) { return .forbidden(type: type, path: p) }
                known = Schema.actions[type] != nil
            case .part(let expected):
                type = declared ?? expected
                known = type == expected
            }
            var childrenNeedIt = false
            if known {
                var needsFallback = false
                if case .object(let requires)? = o["requires"] {
                    for (capability, version) in requires {
                        let v = version.stringValue ?? ""
                        if !host.hasCapability(capability, version: v) { needsFallback = true; break }
                    }
                }
                if !needsFallback, childrenNeedFallback(o, type: type, path: p, depth: depth) {
                    needsFallback = true
                    childrenNeedIt = true
                }
                if !needsFallback { return .render(o, type: type, path: p) }
            }
            switch o["fallback"] {
            case .string(let s)? where s.lowercased() == "drop":
                return .drop
            case .object?:
                if let fb = o["fallback"] {
                    current = fb
                    p += "/fallback"
                    continue
                }
            default:
                break
            }
            // Content that needs a fallback nobody gives: the element stays, as in the
            // official renderer, unless an ancestor falls back (the need bubbles up to it).
            if childrenNeedIt { keptWithoutFallback[p] = (o, type) }
            return known ? .unmet(path: p) : .unsupported(type: type, path: p)
        }
        return .unmet(path: p)
    }

    /// `resolve` for rendering: an element unmet only because some of its content needs a
    /// fallback that no ancestor gives is rendered (that content is then left out or marked).
    mutating func resolveToRender(_ value: JSONValue, path: String, slot: Slot) -> Resolution {
        let r = resolve(value, path: path, slot: slot)
        if case .unmet(let p) = r, let kept = keptWithoutFallback[p] { return .render(kept.0, type: kept.1, path: p) }
        return r
    }

    /// Whether some child of this element is unknown (or unmet) without a fallback of its
    /// own, which makes this element use its fallback. Memoised by path.
    mutating func childrenNeedFallback(_ o: JSONObject, type: String, path: String, depth: Int) -> Bool {
        // Content below the rendering depth limit is never shown, so it cannot matter; the
        // bound also keeps this recursion shallow whatever the input.
        if depth > options.maxDepth + 4 { return false }
        if let memo = bubbleMemo[path] { return memo }
        var result = false
        func check(_ key: String, _ slot: Slot, into result: inout Bool, _ r: inout Renderer) {
            guard !result, case .array(let items)? = o[key] else { return }
            for (i, item) in items.enumerated() where r.resolve(item, path: path + "/" + key + "/" + String(i), slot: slot, depth: depth + 1).bubbles {
                result = true
                return
            }
        }
        func checkOne(_ key: String, _ slot: Slot, into result: inout Bool, _ r: inout Renderer) {
            guard !result, let item = o[key], case .object = item else { return }
            if r.resolve(item, path: path + "/" + key, slot: slot, depth: depth + 1).bubbles { result = true }
        }
        switch type {
        case "Container", "Column", "TableCell", "CarouselPage":
            check("items", .element, into: &result, &self)
            checkOne("selectAction", .actionButShowCard, into: &result, &self)
        case "ColumnSet":
            check("columns", .part("Column"), into: &result, &self)
            checkOne("selectAction", .actionButShowCard, into: &result, &self)
        case "Table":
            check("rows", .part("TableRow"), into: &result, &self)
        case "TableRow":
            check("cells", .part("TableCell"), into: &result, &self)
        case "Carousel":
            check("pages", .part("CarouselPage"), into: &result, &self)
        case "ActionSet":
            check("actions", .anyAction, into: &result, &self)
        case "Image":
            checkOne("selectAction", .actionButShowCard, into: &result, &self)
        case "Input.Text":
            checkOne("inlineAction", .actionButShowCard, into: &result, &self)
        case "Action.ShowCard":
            if case .object(let card)? = o["card"] {
                let inner = path + "/card"
                if case .array(let items)? = card["body"] {
                    for (i, item) in items.enumerated() where resolve(item, path: inner + "/body/" + String(i), slot: .element, depth: depth + 1).bubbles {
                        result = true
                        break
                    }
                }
                if !result, case .array(let items)? = card["actions"] {
                    for (i, item) in items.enumerated() where resolve(item, path: inner + "/actions/" + String(i), slot: .anyAction, depth: depth + 1).bubbles {
                        result = true
                        break
                    }
                }
            }
        default:
            break
        }
        bubbleMemo[path] = result
        return result
    }

    /// Whether `type` is a schema type (so an "unsupported" resolution means misplaced).
    static func isKnownType(_ type: String) -> Bool {
        Schema.elements[type] != nil || Schema.parts[type] != nil || Schema.actions[type] != nil
    }

    /// Reports what a resolution dropped.
    mutating func report(_ r: Resolution, isAction: Bool) {
        switch r {
        case .unsupported(let type, let path) where Self.isKnownType(type):
            warn(.misplacedElement, path, "\(type) cannot appear here; it is not shown.")
        case .unsupported(let type, let path):
            if isAction {
                warn(.unsupportedAction, path, type.isEmpty ? "An action has no type." : "Unknown action type \"\(type)\" and no fallback.")
            } else {
                warn(.unsupportedElement, path, type.isEmpty ? "An element has no type." : "Unknown element type \"\(type)\" and no fallback.")
            }
        case .unmet(let path):
            warn(.requirementsNotMet, path, "The host lacks a capability this element requires (or its content needs a fallback), and it has no fallback; it is not shown.")
        case .forbidden(let type, let path):
            warn(.forbiddenAction, path, "\(type) is not allowed here; it is not shown.")
        case .invalid(let path):
            warn(.invalidValue, path, "Expected an object.")
        case .render, .drop:
            break
        }
    }

    /// Warns when an element or action is newer than the card's declared version.
    mutating func checkVersion(_ type: String, _ path: String) {
        guard let cardVersion, let since = Schema.elements[type] ?? Schema.actions[type] ?? Schema.parts[type],
            since > cardVersion
        else { return }
        warn(.newerThanCardVersion, path, "\(type) needs schema \(since) but the card declares \(cardVersion); hosts on the declared version may not show it.")
    }
}
