import CatalogDiagnostics
import JSONTree

/// LOC: tokens, keys and language files.
enum LocalizationChecks {
    static func run(_ c: CheckContext) {
        tokens(c)
    }

    /// LOC-03/05/06/07 over every localizable text of the package.
    static func tokens(_ c: CheckContext) {
        let agent = c.agent, plugins = c.plugins, localization = c.localization, store = c.store, app = c.app
        var texts: [(LocalizableText, String)] = []
        if let a = agent {
            texts.append((a.name, a.file))
            if let d = a.description { texts.append((d, a.file)) }
            for s in a.conversationStarters {
                texts.append((s.text, a.file))
                if let t = s.title { texts.append((t, a.file)) }
            }
        }
        for p in plugins {
            let i = p.info
            for t in [i.nameForHuman, i.descriptionForHuman, i.descriptionForModel, i.logoURL, i.legalInfoURL, i.privacyPolicyURL].compactMap({ $0 }) {
                texts.append((t, i.file))
            }
            for s in i.conversationStarters {
                texts.append((s.text, i.file))
                if let t = s.title { texts.append((t, i.file)) }
            }
            for f in p.functions {
                for t in [f.confirmationTitle, f.confirmationBody, f.description].compactMap({ $0 }) { texts.append((t, i.file)) }
            }
        }
        let tokens = texts.filter { $0.0.token != nil }
        for (t, file) in texts where t.token == nil && (t.raw.contains("[[") || t.raw.contains("]]")) {
            store.report(.error(.loc03, "a localizable value is either exactly one [[key]] token or has no brackets: \"\(t.raw.prefix(60))\"", file: file))
        }
        guard !tokens.isEmpty else { return }
        for (t, file) in tokens {
            if let k = t.token, !LocalizableText.isValidKey(k) {
                store.report(.error(.loc03, "localization key \"\(k)\" does not match ^[a-zA-Z_][a-zA-Z0-9_]*$", file: file))
            }
        }
        guard let defaultTag = localization.defaultTag, localization.file(for: defaultTag) != nil else {
            store.report(.error(.loc05, "the package uses [[key]] tokens (\(tokens[0].0.raw) …) but localizationInfo names no default language file",
                                file: app?.file))
            return
        }
        var reported = Set<String>()
        for (t, file) in tokens {
            guard let k = t.token, reported.insert(k).inserted else { continue }
            if localization.file(for: defaultTag)?.keys[k] == nil {
                store.report(.error(.loc06, "[[\(k)]] is not defined in the default language file \(localization.file(for: defaultTag)?.file ?? defaultTag); it shows as written",
                                    file: file))
            }
        }
        for lf in localization.files where lf.tag.caseInsensitiveCompare(defaultTag) != .orderedSame {
            // A region file may hold only what differs from its language file (the recommended
            // layout): a key counts as translated when the language's own chain has it.
            let chain = localization.chain(for: lf.tag).map(\.0).filter { $0.tag.caseInsensitiveCompare(defaultTag) != .orderedSame }
            let missing = Array(Set(tokens.compactMap { $0.0.token }.filter { key in !chain.contains { $0.keys[key] != nil } })).sorted()
            if !missing.isEmpty {
                store.report(.warning(.loc07, "\(lf.tag) does not define \(missing.map { "[[\($0)]]" }.joined(separator: ", ")); readers in \(lf.tag) see the default language",
                                      file: lf.file))
            }
        }
    }
}
