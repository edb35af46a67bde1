import JSONTree
import MarkdownHTML

/// Teams Toolkit placeholders in text people read: environment variables (`${{VAR}}`,
/// filled when the app is provisioned) and template values (`{{appName}}` in `.tpl` files,
/// filled when the project is created). They show as a token naming the value, never as
/// the raw syntax: `Trey-Research${{APP_NAME_SUFFIX}}` reads "Trey-Research ‹APP_NAME_SUFFIX›",
/// the token styled as a placeholder in HTML.
enum PlaceholderTokens {
    enum Piece: Equatable {
        case text(String)
        case placeholder(String, template: Bool)
    }

    /// The text cut at each `${{NAME}}` or `{{name}}` (names of letters, digits and `_`).
    static func pieces(_ text: String) -> [Piece] {
        guard text.includes("{{") else { return [.text(text)] }
        var out: [Piece] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            let after = rest[open.upperBound...]
            guard let close = after.range(of: "}}"), case let name = after[..<close.lowerBound],
                !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
            else {
                out.append(.text(String(rest[..<open.upperBound])))
                rest = after
                continue
            }
            let isVariable = open.lowerBound > rest.startIndex && rest[rest.index(before: open.lowerBound)] == "$"
            let textEnd = isVariable ? rest.index(before: open.lowerBound) : open.lowerBound
            if textEnd > rest.startIndex { out.append(.text(String(rest[..<textEnd]))) }
            out.append(.placeholder(String(name), template: !isVariable))
            rest = after[close.upperBound...]
        }
        if !rest.isEmpty { out.append(.text(String(rest))) }
        return out
    }

    /// Plain text: `‹NAME›` for each placeholder (titles of pages, search entries).
    static func plain(_ text: String) -> String {
        guard text.includes("{{") else { return text }
        return pieces(text).map { piece in
            switch piece {
            case .text(let t): t
            case .placeholder(let name, _): "‹\(name)›"
            }
        }.joined()
    }

    /// Text for a command line, where angle brackets already mark placeholders: `<NAME>`.
    static func angled(_ text: String) -> String {
        guard text.includes("{{") else { return text }
        return pieces(text).map { piece in
            switch piece {
            case .text(let t): t
            case .placeholder(let name, _): "<\(name)>"
            }
        }.joined()
    }

    /// HTML: the text escaped, each placeholder a token that says what it is.
    static func html(_ text: String) -> String {
        guard text.includes("{{") else { return HTML.escape(text) }
        return pieces(text).map { piece in
            switch piece {
            case .text(let t): HTML.escape(t)
            case .placeholder(let name, let template):
                "<span class=\"placeholder\" title=\""
                    + (template
                        ? "Teams Toolkit template value \(HTML.escape(name)), filled in when the project is created"
                        : "Teams Toolkit variable \(HTML.escape(name)), set when the app is provisioned") + "\">" + HTML.escape(name) + "</span>"
            }
        }.joined()
    }

    /// A card with each Teams Toolkit variable (`${{NAME}}`) in its strings shown as
    /// `‹NAME›`; nil when it has none. Only variables: in a card, `{{DATE(…)}}` and `{{…}}`
    /// are the card's own syntax.
    static func variablesShown(in value: JSONValue) -> JSONValue? {
        // Most cards have none: looked for first without copying anything.
        hasVariable(value) ? withVariablesShown(value) : nil
    }

    /// Whether any string of `value` has `${{` (read in place).
    static func hasVariable(_ value: JSONValue) -> Bool {
        switch value {
        case .string(let s): return s.includes("${{")
        case .array(let items): return items.withUnsafeBufferPointer { $0.contains(where: hasVariable) }
        case .object(let members): return members.values.elements.withUnsafeBufferPointer { $0.contains(where: hasVariable) }
        default: return false
        }
    }

    private static func withVariablesShown(_ value: JSONValue) -> JSONValue? {
        switch value {
        case .string(let s):
            guard s.includes("${{") else { return nil }
            let shown = pieces(s).map { piece -> String in
                switch piece {
                case .text(let t): t
                case .placeholder(let name, let template): template ? "{{\(name)}}" : "‹\(name)›"
                }
            }.joined()
            return shown == s ? nil : .string(shown)
        case .array(let items):
            var out = items
            var changed = false
            for (i, item) in items.enumerated() {
                if let v = withVariablesShown(item) { out[i] = v; changed = true }
            }
            return changed ? .array(out) : nil
        case .object(let members):
            var out = members
            var changed = false
            // URLs keep the variable: the renderer knows it is no link yet and says nothing.
            for (key, member) in members where !(key == "url" || key.hasSuffix("Url") || key.hasSuffix("URL")) {
                if let v = withVariablesShown(member) { out[key] = v; changed = true }
            }
            return changed ? .object(out) : nil
        default:
            return nil
        }
    }
}
