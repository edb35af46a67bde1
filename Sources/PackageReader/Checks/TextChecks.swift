import CatalogDiagnostics
import JSONTree

/// TXT: the texts Copilot reads and the store reviews (descriptions, semantic descriptions,
/// operationIds, the agent's instructions and conversation starters), in every locale of
/// the package. docs/text-checks.md says what each heuristic looks for and where.
enum TextChecks {
    /// What a text is, which decides the heuristics it gets.
    enum Kind {
        /// What the app, agent or plugin says about itself (app short description, agent
        /// description, `description_for_human`).
        case productDescription
        /// Other descriptions: for the model, of functions, commands, parameters, operations.
        case description
        /// The app's full description (only the names of other apps are looked for there).
        case longDescription
        /// The agent's instructions.
        case instructions
        /// Conversation starters: what a user types.
        case starter
        /// operationIds and API paths, looked at word by word.
        case identifier
    }

    /// One text and where each locale reads it.
    struct Item {
        let kind: Kind
        let what: String
        let places: [PlacedText]
    }

    static func run(_ c: CheckContext) {
        let names = otherNames(c)
        for item in items(c) {
            for place in item.places {
                check(place, item, names: names, c)
            }
        }
    }

    static func check(_ place: PlacedText, _ item: Item, names: OtherNames, _ c: CheckContext) {
        let matcher = TextMatcher(item.kind == .identifier ? TextMatcher.identifierWords(place.value) : place.value)
        for family in injectionFamilies(item.kind) {
            guard let hit = matcher.first(of: family.index) else { continue }
            c.report(
                .error(
                    .txt01, "\(item.what) contains \"\(hit.phrase)\" (\(family.name)); store validation refuses instructional phrases",
                    file: place.file, at: item.kind == .identifier ? place.location : place.location(at: hit.offset)))
            break
        }
        if [.productDescription, .description, .instructions, .starter].contains(item.kind), let found = TextMatcher.unusualContent(place.value) {
            c.report(
                .error(
                    .txt02, "\(item.what) contains \(found.what); store validation refuses URLs, emojis and hidden characters",
                    file: place.file, at: place.location(at: found.offset)))
        }
        let plain = item.kind == .identifier ? TextMatcher(place.value) : matcher
        if let hit = superlative(place, item.kind, matcher: plain) {
            c.report(
                .warning(
                    .txt03, "\(item.what) says \"\(hit.phrase)\" (\(hit.family)); store validation asks for plain, factual wording",
                    file: place.file, at: place.location(at: hit.offset)))
        }
        if [.productDescription, .description, .longDescription].contains(item.kind), let hit = otherApp(in: place.value, names: names, matcher: plain) {
            c.report(
                .warning(
                    .txt04, "\(item.what) names \"\(hit.name)\", another app of the catalog; descriptions must not name other apps",
                    file: place.file, at: place.location(at: hit.offset)))
        }
    }

    /// TXT-04: another app's name as it is written (letter case included), where it is
    /// not just a word starting a sentence ("Expenses are charged…" does not name the app
    /// "Expenses").
    static func otherApp(in text: String, names: OtherNames, matcher given: TextMatcher? = nil) -> (name: String, offset: Int)? {
        guard !names.catalog.index.isEmpty else { return nil }
        let matcher = given ?? TextMatcher(text)
        lazy var written = matcher.written
        for m in matcher.matches(of: names.catalog.index) {
            guard let name = names.name(m.phrase) else { continue }
            let wanted = TextMatcher(name).written
            guard Array(written[m.range]) == wanted else { continue }
            let offset = matcher.tokens[m.range.lowerBound].offset
            if wanted.count == 1 && startsSentence(text, at: offset) { continue }
            return (name, offset)
        }
        return nil
    }

    /// Whether only spaces, quotes or markup stand between `offset` and the start of the
    /// text or the end of a sentence.
    static func startsSentence(_ text: String, at offset: Int) -> Bool {
        for c in text.unicodeScalars.prefix(offset).reversed() {
            if ".!?:;\n".unicodeScalars.contains(c) { return true }
            if c.properties.isWhitespace || "\"'*_`([-•".unicodeScalars.contains(c) { continue }
            return false
        }
        return true
    }

    static func injectionFamilies(_ kind: Kind) -> [TextPhrases.Family] {
        switch kind {
        case .instructions, .identifier, .starter: return overrideOnly
        case .productDescription, .description: return allInjections
        case .longDescription: return []
        }
    }

    static let overrideOnly = [TextPhrases.override]
    static let allInjections = [TextPhrases.override, TextPhrases.newOrders, TextPhrases.userTrigger, TextPhrases.outputControl, TextPhrases.reset]

    static func superlative(_ place: PlacedText, _ kind: Kind, matcher given: TextMatcher? = nil) -> (phrase: String, family: String, offset: Int)? {
        guard [.productDescription, .description, .instructions].contains(kind) else { return nil }
        let matcher = given ?? TextMatcher(place.value)
        if let hit = matcher.first(of: TextPhrases.superlatives.index) { return (hit.phrase, TextPhrases.superlatives.name, hit.offset) }
        if kind == .productDescription, place.mayBeEnglish, let hit = matcher.first(of: TextPhrases.best.index, except: TextPhrases.bestExceptions) {
            return (hit.phrase, TextPhrases.best.name, hit.offset)
        }
        return nil
    }

    /// TXT-04: the catalog's names less those this package goes by (a catalog lists the
    /// package's own name too).
    static func otherNames(_ c: CheckContext) -> OtherNames {
        var own: [LocalizableText] = [c.app?.shortName, c.app?.fullName, c.agent?.name].compactMap { $0 }
        own += c.plugins.map(\.info.nameForHuman)
        let ownNames = Set(own.flatMap { t in c.localization.locales.map { c.localization.resolve(t, locale: $0).value.lowercased() } }).filter { $0.count >= 3 }
        return OtherNames(catalog: c.catalogNames, own: ownNames.sorted())
    }

    // MARK: The texts

    static func items(_ c: CheckContext) -> [Item] {
        let texts = LocalizedTexts(c)
        var out: [Item] = []
        func add(_ kind: Kind, _ what: String, _ text: LocalizableText?) {
            if let text { out.append(Item(kind: kind, what: what, places: texts.places(text))) }
        }
        func literal(_ kind: Kind, _ what: String, _ value: String?, file: String?, at: SourceLocation?) {
            if let value { out.append(Item(kind: kind, what: what, places: texts.literal(value, file: file, at: at))) }
        }
        add(.productDescription, "the app's short description", c.app?.shortDescription)
        add(.longDescription, "the app's full description", c.app?.fullDescription)
        if let a = c.agent {
            add(.productDescription, "the agent's description", a.description)
            out += instructions(a, c, texts)
            for s in a.conversationStarters {
                add(.starter, "a conversation starter", s.text)
                add(.starter, "a conversation starter's title", s.title)
            }
        }
        for p in c.plugins {
            add(.productDescription, "description_for_human", p.info.descriptionForHuman)
            add(.description, "description_for_model", p.info.descriptionForModel)
            for s in p.info.conversationStarters {
                add(.starter, "a conversation starter", s.text)
                add(.starter, "a conversation starter's title", s.title)
            }
            for f in p.functions {
                add(.description, "the description of function \"\(f.name)\"", f.description)
                let reasoning = c.node(of: f)?["states"]?["reasoning"]?["description"]
                literal(.description, "states.reasoning.description of \"\(f.name)\"", reasoning?.string, file: f.file, at: reasoning?.location)
            }
        }
        out += commandTexts(c, texts)
        out += operationTexts(c, texts)
        return out
    }

    /// The agent's instructions, inline or from their own file.
    static func instructions(_ a: CatalogPackage.Agent, _ c: CheckContext, _ texts: LocalizedTexts) -> [Item] {
        guard let text = a.instructions else { return [] }
        if let file = a.instructionsFile {
            return [
                Item(
                    kind: .instructions, what: "the agent's instructions",
                    places: [
                        PlacedText(
                            value: text, file: file, location: nil, isTextFile: true,
                            language: texts.literal(text, file: file, at: nil).first?.language)
                    ])
            ]
        }
        let at = c.agentDocument?.root["instructions"]?.location
        return [Item(kind: .instructions, what: "the agent's instructions", places: texts.literal(text, file: a.file, at: at))]
    }

    /// Message extension commands: descriptions, semantic descriptions, ids, parameters.
    static func commandTexts(_ c: CheckContext, _ texts: LocalizedTexts) -> [Item] {
        var out: [Item] = []
        for me in c.messageExtensions {
            for command in me.commands {
                let node = c.node(of: command, in: me)
                let name = "command \"\(command.id)\""
                if let d = command.description { out.append(Item(kind: .description, what: "the description of \(name)", places: texts.places(d))) }
                if let s = command.semanticDescription {
                    out.append(
                        Item(
                            kind: .description, what: "the semantic description of \(name)",
                            places: texts.literal(s, file: command.file, at: node?["semanticDescription"]?.location)))
                }
                out.append(
                    Item(
                        kind: .identifier, what: "the id of \(name)",
                        places: texts.literal(command.id, file: command.file, at: node?["id"]?.location ?? command.location)))
                let parameterNodes = node?["parameters"]?.array ?? []
                for p in command.parameters {
                    let pn = parameterNodes.first { $0["name"]?.scalarText == p.name }
                    if let d = p.description { out.append(Item(kind: .description, what: "the description of parameter \"\(p.name)\"", places: texts.places(d))) }
                    if let s = p.semanticDescription {
                        out.append(
                            Item(
                                kind: .description, what: "the semantic description of parameter \"\(p.name)\"",
                                places: texts.literal(s, file: command.file, at: pn?["semanticDescription"]?.location)))
                    }
                }
            }
        }
        return out
    }

    /// The operations a plugin or message extension calls: operationId, path, description.
    static func operationTexts(_ c: CheckContext, _ texts: LocalizedTexts) -> [Item] {
        var out: [Item] = []
        var seen = Set<String>()
        for e in c.entries where e.kind == .apiOperation && (e.command != nil || e.function != nil) {
            guard let op = e.api, seen.insert("\(op.file)|\(op.location)").inserted else { continue }
            let node = op.node
            if let id = op.operationId {
                out.append(
                    Item(
                        kind: .identifier, what: "operationId \"\(id)\"",
                        places: texts.literal(id, file: op.file, at: node?["operationId"]?.location ?? op.location)))
            }
            out.append(Item(kind: .identifier, what: "the path \(op.path)", places: texts.literal(op.path, file: op.file, at: op.location)))
            if let d = op.description {
                out.append(
                    Item(
                        kind: .description, what: "the description of \(op.method) \(op.path)",
                        places: texts.literal(d, file: op.file, at: node?["description"]?.location ?? op.location)))
            }
        }
        return out
    }
}
