import CatalogDiagnostics
import Foundation
import JSONTree

/// AC (and TM-11): what can be seen in a card template without rendering it. The rendering
/// itself reports AC-01 (version) and AC-04 (alt text), at the same places.
enum CardChecks {
    static func run(_ c: CheckContext) {
        var seen = Set<String>()
        let domains = c.app.map { DomainList($0.validDomains) }
        for card in c.entries.flatMap(\.cards) where seen.insert("\(card.file)\u{0}\(card.location)").inserted {
            let f = card.file
            let t = card.template
            guard t.object != nil, t["type"]?.string == "AdaptiveCard" else { continue }
            if card.role == .responseCard { actionCount(t, file: f, c) }
            if t["metadata"]?["webUrl"] == nil {
                c.report(.warning(.ac05, "the card has no metadata.webUrl; Copilot and Teams link the card to its source with it", file: f, at: t.location))
            }
            var walk = CardWalk(file: f, domains: domains, context: c)
            walk.visit(t, depth: 0)
            walk.unguardedArrays()
        }
    }

    /// AC-02: a message extension's card has one to four actions.
    static func actionCount(_ card: SourceNode, file: String, _ c: CheckContext) {
        let actions = card["actions"]?.array ?? []
        if actions.isEmpty {
            c.report(.warning(.ac02, "the card has no action; a message extension's card should offer one to four", file: file, at: card.location))
        } else if actions.count > 4 {
            c.report(.warning(.ac02, "the card has \(actions.count) actions; Teams asks for at most four", file: file, at: actions[4].location))
        }
    }
}

/// The app's `validDomains`, matched as Teams does: exact hosts and `*.` subdomains.
struct DomainList {
    let exact: Set<String>
    let suffixes: [String]
    /// A domain is written with a `${{VAR}}` placeholder: nothing can be decided.
    let undecidable: Bool

    init(_ domains: [String]) {
        let lower = domains.map { $0.lowercased().split(separator: "/").first.map(String.init) ?? "" }
        exact = Set(lower.filter { !$0.hasPrefix("*.") })
        suffixes = lower.filter { $0.hasPrefix("*.") }.map { String($0.dropFirst(1)) }
        undecidable = domains.contains { LocalizableText.token(in: $0) != nil || $0.contains("{{") }
    }

    func allows(_ host: String) -> Bool {
        let h = host.lowercased()
        return undecidable || exact.contains(h) || suffixes.contains { h.hasSuffix($0) }
    }
}

/// One pass over a card template: TM-11 domains, AC-03 imBack/messageBack, AC-07 array
/// bindings without `$when`, AC-08 layout.
struct CardWalk {
    let file: String
    let domains: DomainList?
    let context: CheckContext
    /// `$data` bindings to arrays, and the text of every `$when`, for AC-07.
    var arrayBindings: [(path: String, node: SourceNode)] = []
    var guards: [String] = []
    var pixelWidths = 0

    mutating func visit(_ node: SourceNode, depth: Int) {
        guard depth < 64 else { return }
        if case .object = node.value { element(node) }
        // Only arrays and objects are walked into.
        node.forEachChild(containersOnly: true) { _, child in visit(child, depth: depth + 1) }
    }

    mutating func element(_ node: SourceNode) {
        let type = node["type"]?.string
        if type == "Image" || type == "Action.OpenUrl" { domain(node["url"]) }
        if let kind = node["msteams"]?["type"], let k = kind.string, k == "imBack" || k == "messageBack" {
            context.report(.warning(.ac03, "\(k) actions post into the conversation; Teams asks cards not to use them", file: file, at: kind.location))
        }
        if let when = node["$when"]?.string { guards.append(when) }
        if type != "AdaptiveCard", let data = node["$data"], let text = data.string, text.hasPrefix("${"), node["$when"] == nil {
            let path = String(text.dropFirst(2).dropLast())
            // `${$root}` and `${$data}` rename the scope; they bind no array of their own.
            if path != "$root" && path != "$data" { arrayBindings.append((path, data)) }
        }
        if type == "ColumnSet", let columns = node["columns"]?.array, columns.count > 3 {
            context.report(.warning(.ac08, "a ColumnSet of \(columns.count) columns; Copilot and Teams mobile fit three at most", file: file, at: columns[3].location))
        }
        if let width = node["width"], width.string?.hasSuffix("px") == true {
            pixelWidths += 1
            if pixelWidths == 2 {
                context.report(.warning(.ac08, "a second fixed pixel width; cards reflow to the width of the host, keep one at most", file: file, at: width.location))
            }
        }
    }

    /// TM-11: a URL's host is one of the app's valid domains, when the host is written out
    /// (`https://x.example/${id}` is checked, `${url}` is not).
    func domain(_ url: SourceNode?) {
        guard let url, let domains, let host = Self.literalHost(url.string ?? ""), !domains.allows(host) else { return }
        context.report(
            .warning(
                .tm11, "\(host) is not in the app's validDomains; Copilot does not show images from it and Teams warns before opening links to it",
                file: file, at: url.location))
    }

    static func literalHost(_ text: String) -> String? {
        let literal = text.components(separatedBy: "${")[0]
        guard let scheme = literal.range(of: "://"), literal == text || literal[scheme.upperBound...].contains("/"),
            let components = URLComponents(string: literal), components.scheme == "https" || components.scheme == "http"
        else { return nil }
        return components.host.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// AC-07: an array binding shows nothing when the array is empty; a `$when` (on the
    /// element or on an empty-state element naming the same array) says what the user sees.
    func unguardedArrays() {
        for (path, node) in arrayBindings {
            let name = path.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).last.map(String.init) ?? path
            guard !guards.contains(where: { $0.contains(name) }) else { continue }
            context.report(.warning(.ac07, "$data binds \(path) without a $when; when it is empty the card shows nothing in its place", file: file, at: node.location))
        }
    }
}
