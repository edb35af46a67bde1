import JSONTree

/// Where `Action.ToggleVisibility` works without script.
///
/// Each toggle action gets a numbered slot (1…`CardStylesheet.toggleSlots`) and renders as
/// a checkbox `ac-tv<n>`; each element it targets gets a class `ac-tt<n>` (toggle),
/// `ac-ts<n>` (show) or `ac-th<n>` (hide). The base stylesheet flips visibility while the
/// checkbox is checked, so unchecking always undoes it: nothing is hidden for good.
struct ToggleIndex {
    enum Mode: Sendable { case toggle, show, hide }

    /// Slot by the JSON path of the action.
    var slotByPath: [String: Int] = [:]
    /// Per element id: the slots that target it.
    var bindings: [String: [(slot: Int, mode: Mode)]] = [:]
    /// Ids targeted by toggle actions that got no slot (over the limit).
    var unserved: Set<String> = []
    /// Toggle actions (paths) whose targets are missing: `(path, id)`.
    var missingTargets: [(path: String, id: String)] = []
    /// Toggle actions (paths) beyond the slot limit.
    var overLimit: [String] = []

    /// Walks the whole card (every object, whatever the key), so that actions in show
    /// cards, fallbacks and select actions are all found, in document order.
    static func build(_ card: JSONValue, maxDepth: Int) -> ToggleIndex {
        var index = ToggleIndex()
        guard containsToggle(card, maxDepth: maxDepth) else { return index }
        var ids = Set<String>()
        var actions: [(path: String, targets: [(String, Mode)])] = []
        var stack: [(JSONValue, String, Int)] = [(card, "", 0)]
        var visited = 0
        // Iterative walk (no recursion on input), with a visit budget.
        while let (value, path, depth) = stack.popLast(), visited < 200_000 {
            visited += 1
            switch value {
            case .object(let o):
                if let id = o["id"]?.stringValue { ids.insert(id) }
                if o["type"]?.stringValue == "Action.ToggleVisibility" { actions.append((path, Self.targets(of: o))) }
                guard depth < maxDepth else { continue }
                // Push in reverse so that members are visited in order.
                for (k, v) in o.reversed() {
                    switch v {
                    case .object, .array: stack.append((v, path + "/" + Self.escape(k), depth + 1))
                    default: continue
                    }
                }
            case .array(let a):
                guard depth < maxDepth else { continue }
                for (i, v) in a.enumerated().reversed() {
                    switch v {
                    case .object, .array: stack.append((v, path + "/" + String(i), depth + 1))
                    default: continue
                    }
                }
            default:
                continue
            }
        }
        index.assign(actions, ids: ids)
        return index
    }

    /// What a ToggleVisibility action targets: each id, and whether it shows, hides or toggles it.
    static func targets(of o: JSONObject) -> [(String, Mode)] {
        var targets: [(String, Mode)] = []
        guard case .array(let list)? = o["targetElements"] else { return targets }
        for t in list {
            switch t {
            case .string(let id):
                targets.append((id, .toggle))
            case .object(let to):
                guard let id = to["elementId"]?.stringValue else { continue }
                switch to["isVisible"] {
                case .bool(true)?: targets.append((id, .show))
                case .bool(false)?: targets.append((id, .hide))
                default: targets.append((id, .toggle))
                }
            default:
                continue
            }
        }
        return targets
    }

    /// Gives each action a stylesheet slot (up to the stylesheet's number), and notes the
    /// targets no element has and the actions past the last slot.
    mutating func assign(_ actions: [(path: String, targets: [(String, Mode)])], ids: Set<String>) {
        for (n, action) in actions.enumerated() {
            let slot = n + 1
            if slot <= CardStylesheet.toggleSlots {
                slotByPath[action.path] = slot
                for (id, mode) in action.targets {
                    bindings[id, default: []].append((slot, mode))
                    if !ids.contains(id) { missingTargets.append((action.path, id)) }
                }
            } else {
                overLimit.append(action.path)
                for (id, _) in action.targets { unserved.insert(id) }
            }
        }
    }

    /// Whether the card has any toggle action (most have none; then nothing else is built).
    static func containsToggle(_ card: JSONValue, maxDepth: Int) -> Bool {
        var stack: [(JSONValue, Int)] = [(card, 0)]
        var visited = 0
        while let (value, depth) = stack.popLast(), visited < 200_000 {
            visited += 1
            switch value {
            case .object(let o):
                if case .string("Action.ToggleVisibility")? = o["type"] { return true }
                guard depth < maxDepth else { continue }
                for v in o.values {
                    switch v {
                    case .object, .array: stack.append((v, depth + 1))
                    default: continue
                    }
                }
            case .array(let a):
                guard depth < maxDepth else { continue }
                for v in a {
                    switch v {
                    case .object, .array: stack.append((v, depth + 1))
                    default: continue
                    }
                }
            default:
                continue
            }
        }
        return false
    }

    /// JSON Pointer escaping of one reference token.
    static func escape(_ key: String) -> String {
        guard key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return key }
        return key.replacingAll("~", with: "~0").replacingAll("/", with: "~1")
    }

    /// The classes an element with `id` carries, or nil when no toggle targets it.
    func classes(for id: String?) -> String? {
        guard let id, let list = bindings[id] else { return nil }
        var s = ""
        for (slot, mode) in list {
            if !s.isEmpty { s += " " }
            switch mode {
            case .toggle: s += "ac-tt\(slot)"
            case .show: s += "ac-ts\(slot)"
            case .hide: s += "ac-th\(slot)"
            }
        }
        return s
    }

    /// Whether some working toggle can make the element with `id` visible.
    func canReveal(_ id: String?) -> Bool {
        guard let id, let list = bindings[id] else { return false }
        return list.contains { $0.mode != .hide }
    }
}
