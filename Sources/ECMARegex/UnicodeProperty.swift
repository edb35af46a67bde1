/// A Unicode property of `\p{…}`: a General_Category value or group (`L`, `Letter`, `Nd`,
/// `General_Category=Lu`) or a binary property (`Alphabetic`, `White_Space`, `ASCII`, `Any`…).
/// Names are matched loosely (case, `_`, `-` and spaces ignored), so `\p{digit}` and
/// `\p{decimal number}` are `Nd`. Scripts (`\p{Script=Greek}`) are not supported: the standard
/// library does not expose them.
enum UnicodeProperty: Sendable {
    case categories(Set<Unicode.GeneralCategory>)
    case binary(Binary)

    enum Binary: Sendable {
        case any, ascii, assigned, alphabetic, whiteSpace, uppercase, lowercase, hexDigit, asciiHexDigit
        case math, idStart, idContinue, emoji, emojiPresentation, dash, ideographic, noncharacter
    }

    init?(_ raw: String) {
        var name = raw
        if let eq = raw.firstIndex(of: "=") {
            let key = UnicodeProperty.loose(String(raw[..<eq]))
            guard key == "gc" || key == "generalcategory" else { return nil }
            name = String(raw[raw.index(after: eq)...])
        }
        let key = UnicodeProperty.loose(name)
        if let set = UnicodeProperty.categoryNames[key] {
            self = .categories(set)
        } else if let b = UnicodeProperty.binaryNames[key], !raw.contains("=") {
            self = .binary(b)
        } else {
            return nil
        }
    }

    func contains(_ c: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(c) else {
            // A lone surrogate: category Cs.
            if case .categories(let set) = self { return set.contains(.surrogate) }
            return binaryOfSurrogate
        }
        switch self {
        case .categories(let set): return set.contains(scalar.properties.generalCategory)
        case .binary(let b): return UnicodeProperty.test(b, scalar)
        }
    }

    private var binaryOfSurrogate: Bool {
        if case .binary(let b) = self { return b == .any || b == .assigned }
        return false
    }

    private static func test(_ b: Binary, _ s: Unicode.Scalar) -> Bool {
        let p = s.properties
        switch b {
        case .any: return true
        case .ascii: return s.value < 0x80
        case .assigned: return p.generalCategory != .unassigned
        case .alphabetic: return p.isAlphabetic
        case .whiteSpace: return p.isWhitespace
        case .uppercase: return p.isUppercase
        case .lowercase: return p.isLowercase
        case .hexDigit: return p.isHexDigit
        case .asciiHexDigit: return p.isASCIIHexDigit
        case .math: return p.isMath
        case .idStart: return p.isIDStart
        case .idContinue: return p.isIDContinue
        case .emoji: return p.isEmoji
        case .emojiPresentation: return p.isEmojiPresentation
        case .dash: return p.isDash
        case .ideographic: return p.isIdeographic
        case .noncharacter: return p.isNoncharacterCodePoint
        }
    }

    private static func loose(_ s: String) -> String {
        String(s.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
    }

    private static let binaryNames: [String: Binary] = [
        "any": .any, "ascii": .ascii, "assigned": .assigned, "alphabetic": .alphabetic, "alpha": .alphabetic,
        "whitespace": .whiteSpace, "space": .whiteSpace, "wspace": .whiteSpace, "uppercase": .uppercase,
        "upper": .uppercase, "lowercase": .lowercase, "lower": .lowercase, "hexdigit": .hexDigit, "hex": .hexDigit,
        "asciihexdigit": .asciiHexDigit, "ahex": .asciiHexDigit, "math": .math, "idstart": .idStart, "ids": .idStart,
        "idcontinue": .idContinue, "idc": .idContinue, "emoji": .emoji, "emojipresentation": .emojiPresentation,
        "epres": .emojiPresentation, "dash": .dash, "ideographic": .ideographic, "ideo": .ideographic,
        "noncharactercodepoint": .noncharacter, "nchar": .noncharacter
    ]

    private static let categoryNames: [String: Set<Unicode.GeneralCategory>] = {
        typealias G = Unicode.GeneralCategory
        let single: [(String, String, G)] = [
            ("lu", "uppercaseletter", .uppercaseLetter), ("ll", "lowercaseletter", .lowercaseLetter),
            ("lt", "titlecaseletter", .titlecaseLetter), ("lm", "modifierletter", .modifierLetter),
            ("lo", "otherletter", .otherLetter), ("mn", "nonspacingmark", .nonspacingMark),
            ("mc", "spacingmark", .spacingMark), ("me", "enclosingmark", .enclosingMark),
            ("nd", "decimalnumber", .decimalNumber), ("nl", "letternumber", .letterNumber),
            ("no", "othernumber", .otherNumber), ("pc", "connectorpunctuation", .connectorPunctuation),
            ("pd", "dashpunctuation", .dashPunctuation), ("ps", "openpunctuation", .openPunctuation),
            ("pe", "closepunctuation", .closePunctuation), ("pi", "initialpunctuation", .initialPunctuation),
            ("pf", "finalpunctuation", .finalPunctuation), ("po", "otherpunctuation", .otherPunctuation),
            ("sm", "mathsymbol", .mathSymbol), ("sc", "currencysymbol", .currencySymbol),
            ("sk", "modifiersymbol", .modifierSymbol), ("so", "othersymbol", .otherSymbol),
            ("zs", "spaceseparator", .spaceSeparator), ("zl", "lineseparator", .lineSeparator),
            ("zp", "paragraphseparator", .paragraphSeparator), ("cc", "control", .control),
            ("cf", "format", .format), ("cs", "surrogate", .surrogate), ("co", "privateuse", .privateUse),
            ("cn", "unassigned", .unassigned)
        ]
        var table: [String: Set<G>] = [:]
        for (short, long, g) in single {
            table[short] = [g]
            table[long] = [g]
        }
        table["digit"] = [.decimalNumber]
        table["cntrl"] = [.control]
        let groups: [(String, String, [G])] = [
            ("l", "letter", [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter]),
            ("lc", "casedletter", [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter]),
            ("m", "mark", [.nonspacingMark, .spacingMark, .enclosingMark]),
            ("n", "number", [.decimalNumber, .letterNumber, .otherNumber]),
            (
                "p", "punctuation",
                [
                    .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                    .initialPunctuation, .finalPunctuation, .otherPunctuation
                ]
            ),
            ("s", "symbol", [.mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol]),
            ("z", "separator", [.spaceSeparator, .lineSeparator, .paragraphSeparator]),
            ("c", "other", [.control, .format, .surrogate, .privateUse, .unassigned])
        ]
        for (short, long, gs) in groups {
            table[short] = Set(gs)
            table[long] = Set(gs)
        }
        table["punct"] = table["p"]
        table["combiningmark"] = table["m"]
        return table
    }()
}
