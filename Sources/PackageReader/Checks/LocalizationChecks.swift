import CatalogDiagnostics
import JSONTree

/// LOC: `[[key]]` tokens, localization keys and the language files.
enum LocalizationChecks {
    static func run(_ c: CheckContext) {
        let texts = localizableTexts(c)
        tokens(texts, c)
        files(texts, c)
        lengths(c)
    }

    /// Every localizable text of the agent and the plugins, with its file.
    static func localizableTexts(_ c: CheckContext) -> [LocalizableText] {
        var texts: [LocalizableText] = []
        if let a = c.agent {
            texts += [a.name] + [a.description].compactMap { $0 }
            for s in a.conversationStarters { texts += [s.text] + [s.title].compactMap { $0 } }
        }
        for p in c.plugins {
            let i = p.info
            texts += [i.nameForHuman, i.descriptionForHuman, i.descriptionForModel, i.logoURL, i.legalInfoURL, i.privacyPolicyURL].compactMap { $0 }
            for s in i.conversationStarters { texts += [s.text] + [s.title].compactMap { $0 } }
            for f in p.functions { texts += [f.confirmationTitle, f.confirmationBody, f.description].compactMap { $0 } }
        }
        return texts
    }

    /// LOC-03 (token shape and key names), LOC-05 (a default language file), LOC-06 (every
    /// token in it) and LOC-07 (in every other language, through the language's own chain).
    static func tokens(_ texts: [LocalizableText], _ c: CheckContext) {
        for t in texts where t.token == nil && (t.raw.includes("[[") || t.raw.includes("]]")) {
            c.report(.error(.loc03, "a localizable value is either exactly one [[key]] token or has no brackets: \"\(t.raw.prefix(60))\"", file: t.file, at: t.location))
        }
        let tokens = texts.filter { $0.token != nil }
        guard let first = tokens.first else { return }
        for t in tokens {
            if let k = t.token, !LocalizableText.isValidKey(k) {
                c.report(.error(.loc03, "localization key \"\(k)\" does not match ^[a-zA-Z_][a-zA-Z0-9_]*$", file: t.file, at: t.location))
            }
        }
        let l = c.localization
        guard let defaultTag = l.defaultTag, let defaultFile = l.file(for: defaultTag) else {
            c.report(
                .error(
                    .loc05, "the package uses [[key]] tokens (\(first.raw) …) but localizationInfo names no default language file",
                    file: c.manifest?.display ?? first.file, at: c.manifest?.root["localizationInfo"]?.location ?? first.location))
            return
        }
        var reported = Set<String>()
        for t in tokens {
            guard let k = t.token, reported.insert(k).inserted, defaultFile.keys[k] == nil else { continue }
            c.report(.error(.loc06, "[[\(k)]] is not defined in the default language file \(defaultFile.file); it shows as written", file: t.file, at: t.location))
        }
        let keys = Set(tokens.compactMap(\.token))
        for lf in l.files where !Localization.sameTag(lf.tag, defaultTag) {
            // A region file may hold only what differs from its language file (the recommended
            // layout): a key counts as translated when the language's own chain has it.
            let chain = l.chain(for: lf.tag).map(\.0).filter { !Localization.sameTag($0.tag, defaultTag) }
            let missing = keys.filter { key in !chain.contains { $0.keys[key] != nil } }.sorted()
            if !missing.isEmpty {
                c.report(
                    .warning(
                        .loc07, "\(lf.tag) does not define \(missing.map { "[[\($0)]]" }.joined(separator: ", ")); readers in \(lf.tag) see the default language",
                        file: lf.file, at: lf.location))
            }
        }
        unusedKeys(keys, c)
    }

    /// LOC-08: keys of the default language file that no token uses.
    static func unusedKeys(_ used: Set<String>, _ c: CheckContext) {
        guard let defaultTag = c.localization.defaultTag, let file = c.localization.file(for: defaultTag) else { return }
        for key in file.keys.keys.sorted() where !used.contains(key) {
            c.report(.warning(.loc08, "localization key \"\(key)\" is not used by any [[\(key)]] token", file: file.file, at: file.keyLocations[key]))
        }
    }

    /// LOC-02 (a language file's schema version is the manifest's) and LOC-09 (a region
    /// language without its language-only file).
    static func files(_ texts: [LocalizableText], _ c: CheckContext) {
        let l = c.localization
        let version = c.manifest?.root["manifestVersion"]?.scalarText
        for lf in l.files {
            if let version, let schema = lf.schema, let declared = Self.schemaVersion(schema), declared != version {
                c.report(
                    .warning(
                        .loc02, "the language file's schema is v\(declared); the manifest's manifestVersion is \(version)", file: lf.file,
                        at: lf.location))
            }
            let parts = lf.tag.split(separator: "-")
            if parts.count > 1, !l.files.contains(where: { Localization.sameTag($0.tag, String(parts[0])) }),
                !Localization.sameTag(lf.tag, l.defaultTag ?? "")
            {
                c.report(
                    .warning(
                        .loc09, "\(lf.tag) has no language-only file (\(parts[0])); other \(parts[0]) readers see the default language",
                        file: c.manifest?.display ?? lf.file, at: lf.tagLocation))
            }
        }
    }

    /// `https://…/teams/v1.19/MicrosoftTeams.Localization.schema.json` → `1.19`.
    static func schemaVersion(_ url: String) -> String? {
        guard let r = url.range(of: "/v"), let end = url[r.upperBound...].firstIndex(of: "/") else { return nil }
        let v = String(url[r.upperBound..<end])
        return v.first?.isNumber == true ? v : nil
    }

    /// LOC-10: localized values within their field's limits, in every language file.
    static let limits: [String: Int] = ["name.short": 30, "name.full": 100, "description.short": 80, "description.full": 4_000]

    static func lengths(_ c: CheckContext) {
        var tokenLimits: [String: Int] = [:]
        if let a = c.agent {
            if let k = a.name.token { tokenLimits[k] = 100 }
            if let k = a.description?.token { tokenLimits[k] = 1_000 }
        }
        for p in c.plugins {
            if let k = p.info.nameForHuman.token { tokenLimits[k] = 20 }
            if let k = p.info.descriptionForHuman?.token { tokenLimits[k] = 100 }
        }
        for lf in c.localization.files {
            for (key, value) in lf.overrides.sorted(by: { $0.key < $1.key }) {
                guard let limit = limits[key], value.count > limit else { continue }
                c.report(.error(.loc10, "\(key) has at most \(limit) characters (\(lf.tag) has \(value.count))", file: lf.file, at: lf.valueLocations[key]))
            }
            for (key, value) in lf.keys.sorted(by: { $0.key < $1.key }) {
                guard let limit = tokenLimits[key], value.count > limit else { continue }
                c.report(
                    .error(
                        .loc10, "[[\(key)]] is used where at most \(limit) characters fit (\(lf.tag) has \(value.count))", file: lf.file,
                        at: lf.valueLocations["[[" + key + "]]"]))
            }
        }
    }
}
