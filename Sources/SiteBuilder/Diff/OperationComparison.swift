import Foundation
import JSONTree
import PackageReader

/// The changes of one operation present on both sides: what Copilot asks, where the data
/// goes, how it authenticates, what it sends and receives, and the text that steers the model.
struct OperationComparison {
    let base: CatalogPackage
    let head: CatalogPackage
    let b: OperationEntry
    let h: OperationEntry
    var list: ChangeList

    init(base: CatalogPackage, head: CatalogPackage, b: OperationEntry, h: OperationEntry) {
        self.base = base
        self.head = head
        self.b = b
        self.h = h
        list = ChangeList(package: head.id, operationId: h.operationId)
    }

    mutating func run() -> [Change] {
        moved()
        consequential()
        function()
        confirmation()
        servers()
        auth()
        ParameterComparison(base: base, head: head, b: b, h: h).run(into: &list)
        descriptions()
        return list.changes
    }

    mutating func moved() {
        guard let bo = b.api, let ho = h.api, bo.method != ho.method || bo.path != ho.path else { return }
        list.add(
            .operationMoved, .medium, "\(h.operationId) moved from \(bo.method) \(bo.path) to \(ho.method) \(ho.path)",
            before: "\(bo.method) \(bo.path)", after: "\(ho.method) \(ho.path)", at: h.place)
    }

    mutating func consequential() {
        let bc = b.consequential, hc = h.consequential
        guard bc.effective != hc.effective, !(bc.source == .notApplicable && hc.source == .notApplicable) else { return }
        let place = consequentialPlace(h)
        let before = bc.effective ? "consequential" : "not consequential", after = hc.effective ? "consequential" : "not consequential"
        if bc.effective {
            list.add(
                .consequentialRelaxed, .high, "\(h.label) is no longer consequential: Copilot now offers \"Always allow\" (decided by \(hc.source.rawValue))",
                before: before, after: after, at: place)
        } else {
            list.add(
                .consequentialTightened, .low, "\(h.label) is now consequential: Copilot asks before every call, with no \"Always allow\" (decided by \(hc.source.rawValue))",
                before: before, after: after, at: place)
        }
    }

    /// The flag that decides, else the operation.
    func consequentialPlace(_ e: OperationEntry) -> Place {
        if let op = e.api {
            for name in ["x-openai-isConsequential", "x-oai-isConsequential"] {
                if let node = op.extensions[name] { return Place(op.file, node.location) }
            }
        }
        if e.consequential.source == .isNonConsequential, let fn = e.function { return Place(fn.file, fn.location) }
        return e.place
    }

    mutating func function() {
        switch (b.function, h.function) {
        case (nil, let fn?):
            list.add(
                .functionAdded, h.changesData ? .high : .medium, "Copilot can now call \(h.label) (plugin function \(fn.name))",
                after: fn.name, at: Place(fn.file, fn.location))
        case (let fn?, nil):
            list.add(
                .functionRemoved, .medium, "Copilot can no longer call \(h.label): no plugin function exposes it (was \(fn.name))",
                before: fn.name, at: h.place)
        default:
            break
        }
    }

    /// The dialog text per locale, after localization; the dialog type once.
    mutating func confirmation() {
        guard let bf = b.function, let hf = h.function else { return }
        for locale in LocalizedTexts.commonLocales(base, head) {
            guard let bc = base.confirmation(for: b, locale: locale), let hc = head.confirmation(for: h, locale: locale) else { continue }
            let titleChanged = bc.title.value != hc.title.value
            guard titleChanged || bc.body?.value != hc.body?.value else { continue }
            let text: LocalizableText? = titleChanged ? (hf.confirmationTitle ?? nil) : (hf.confirmationBody ?? hf.description)
            let resolved = titleChanged ? hc.title : hc.body
            let place = text.flatMap { t in resolved.map { LocalizedTexts.place(of: t, resolved: $0, in: head) } } ?? Place(hf.file, hf.location)
            let what = titleChanged && bc.body?.value != hc.body?.value ? "title and body" : titleChanged ? "title" : "body"
            list.add(
                .confirmationChanged, .medium, "the confirmation \(what) of \(h.label) changed in \(locale)",
                before: Self.dialog(bc), after: Self.dialog(hc), at: place, locale: locale)
        }
        if bf.confirmationType != hf.confirmationType {
            list.add(
                .confirmationChanged, .medium, "the confirmation dialog type of \(h.label) changed",
                before: bf.confirmationType ?? "(default)", after: hf.confirmationType ?? "(default)", at: Place(hf.file, hf.location))
        }
    }

    /// The dialog as text: the title, a blank line, the body.
    static func dialog(_ c: Confirmation) -> String {
        c.title.value + "\n\n" + (c.body?.value ?? "")
    }

    /// Effective servers (the MCP server URL for tools).
    mutating func servers() {
        let bs = Self.servers(b), hs = Self.servers(h)
        guard bs != hs else { return }
        let hostChanged = Set(bs.map(Self.host)) != Set(hs.map(Self.host))
        let place = h.api?.servers.first.map { Place($0.file, $0.location) } ?? h.place
        let message = hostChanged ? "\(h.label) now sends its data to another host" : "the server URL of \(h.label) changed (same host)"
        list.add(.serverChanged, hostChanged ? .high : .medium, message, before: bs.joined(separator: "\n"), after: hs.joined(separator: "\n"), at: place)
    }

    static func servers(_ e: OperationEntry) -> [String] {
        if let op = e.api { return op.servers.map(\.resolvedURL) }
        if let r = e.runtime, r.kind == .remoteMCPServer, let url = r.specReference { return [url] }
        return []
    }

    /// The host of a URL (scheme and path left out; a `${{VAR}}` stays as written).
    static func host(_ url: String) -> String {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let end = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        return rest[..<end].lowercased()
    }

    mutating func auth() {
        AuthComparison(base: base, head: head, b: b, h: h).run(into: &list)
    }

    /// Function and command descriptions, and the function's reasoning and responding instructions.
    mutating func descriptions() {
        let bd = b.function?.description ?? b.command?.description, hd = h.function?.description ?? h.command?.description
        for d in LocalizedTexts.compare(bd, in: base, hd, in: head) {
            list.add(
                .functionDescriptionChanged, .medium, "the description the model reads for \(h.label) changed" + (d.locale.map { " in \($0)" } ?? ""),
                before: d.before, after: d.after, at: d.place, locale: d.locale)
        }
        if let bc = b.command, let hc = h.command, bc.semanticDescription != hc.semanticDescription {
            list.add(
                .functionDescriptionChanged, .medium, "the semantic description of command \(hc.id) changed",
                before: bc.semanticDescription, after: hc.semanticDescription, at: Place(hc.file, hc.location))
        }
        guard let bf = b.function, let hf = h.function else { return }
        for (label, before, after) in [("reasoning", bf.reasoningInstructions, hf.reasoningInstructions), ("responding", bf.respondingInstructions, hf.respondingInstructions)]
        where before != after {
            list.add(
                .instructionsChanged, .medium, "the \(label) instructions of function \(hf.name) changed",
                before: before.joined(separator: "\n"), after: after.joined(separator: "\n"), at: Place(hf.file, hf.location))
        }
    }
}
