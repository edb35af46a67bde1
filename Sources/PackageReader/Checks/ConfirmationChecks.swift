import CatalogDiagnostics
import Foundation
import JSONTree

/// CNF: the confirmation Copilot shows before it calls a function. CNF-01 and CNF-04 are
/// decided with the operation's consequential flag (`ConsequentialPolicy`).
enum ConfirmationChecks {
    static func run(_ c: CheckContext) {
        let texts = LocalizedTexts(c)
        var seen = Set<String>()
        for e in c.entries where e.consequential.effective {
            guard let fn = e.function, fn.location != nil, fn.confirmationType != "None",
                seen.insert("\(fn.pluginIndex)|\(fn.name)").inserted
            else { continue }
            body(fn, e, texts, c)
        }
        for fn in c.plugins.flatMap(\.functions) where fn.confirmationType != "None" { fallback(fn, c) }
    }

    /// CNF-02: a function Copilot confirms every time has a `confirmation.body` that says what
    /// it will do and asks for permission, in every language (docs/text-checks.md).
    static func body(_ fn: CatalogPackage.Plugin.Function, _ e: OperationEntry, _ texts: LocalizedTexts, _ c: CheckContext) {
        guard let body = fn.confirmationBody else {
            c.report(
                .warning(
                    .cnf02, "Copilot confirms every call of \"\(fn.name)\" but it has no confirmation.body; the confirmation should say what it will do and ask for permission",
                    file: fn.file, at: c.node(of: fn)?["capabilities"]?.object?.member("confirmation")?.keyLocation ?? fn.location))
            return
        }
        for place in texts.places(body) {
            guard let problem = problem(place.value) else { continue }
            c.report(.warning(.cnf02, "the confirmation of \"\(fn.name)\" \(problem)", file: place.file, at: place.location))
        }
    }

    /// What is wrong with a confirmation body, if anything.
    static func problem(_ text: String) -> String? {
        let matcher = TextMatcher(text)
        if matcher.isExactly(one: TextPhrases.vagueConfirmations) {
            return "asks without saying what for (\"\(text)\"); name the action, as in \"Do you want to charge 120 dollars to the travel budget?\""
        }
        let asks = text.unicodeScalars.contains(where: isQuestionMark) || matcher.first(of: TextPhrases.permissionWords) != nil
        if !asks {
            return "does not ask for permission; write a question such as \"Do you want to …?\""
        }
        return nil
    }

    /// `?`, and the question marks of other scripts: `？`, `¿`, `؟`.
    static func isQuestionMark(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x3F, 0xFF1F, 0xBF, 0x61F: true
        default: false
        }
    }

    /// CNF-03: without `confirmation.body`, the function's description is what the
    /// confirmation shows; a function needs one or the other.
    static func fallback(_ fn: CatalogPackage.Plugin.Function, _ c: CheckContext) {
        guard fn.confirmationBody == nil, fn.description?.raw.isBlank ?? true else { return }
        c.report(
            .warning(
                .cnf03, "\"\(fn.name)\" has neither a description nor a confirmation.body; the confirmation has nothing to say what it does",
                file: fn.file, at: fn.location))
    }
}
