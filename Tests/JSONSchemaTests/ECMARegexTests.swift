import ECMARegex
import Testing

/// The ECMA-262 engine the schema patterns (and Adaptive Expressions' isMatch) use.
@Suite struct ECMARegexTests {
    /// A pattern as JSON Schema reads it: code points, the web-compatible grammar, unanchored.
    static func schemaPattern(_ pattern: String) throws -> JSRegex {
        try JSRegex(pattern, flags: .unicode)
    }

    static func matches(_ pattern: String, _ text: String) throws -> Bool? {
        try schemaPattern(pattern).test(text)
    }

    @Test func codePointsUnderTheUnicodeFlag() throws {
        #expect(try Self.matches("^🐲*$", "🐲🐲") == true)
        #expect(try Self.matches("^.$", "🐲") == true)
        #expect(try JSRegex("^.$").test("🐲") == false, "without u: two UTF-16 units")
        #expect(try Self.matches("^\\u{1F432}$", "🐲") == true)
        #expect(try Self.matches("^\\uD83D\\uDC32$", "🐲") == true)
    }

    @Test func propertyEscapes() throws {
        #expect(try Self.matches("^[\\p{L}][\\p{L}0-9._]*$", "Überschrift_2") == true)
        #expect(try Self.matches("^[\\p{L}][\\p{L}0-9._]*$", "2abc") == false)
        #expect(try Self.matches("^\\p{Lu}\\P{Lu}+$", "Éclair") == true)
        #expect(try Self.matches("^\\p{digit}+$", "৪২") == true)
        #expect(try Self.matches("^\\p{General_Category=Nd}+$", "42") == true)
        #expect(throws: JSRegex.SyntaxError.self) { try Self.schemaPattern("\\p{Script=Greek}") }
        #expect(throws: JSRegex.SyntaxError.self) { try Self.schemaPattern("\\p{NoSuchProperty}") }
        #expect(try JSRegex("^\\p{L}$").test("p{L}") == true, "without u, \\p is a p")
    }

    @Test func classEscapesFollowECMAScript() throws {
        #expect(try Self.matches("^\\d$", "߀") == false, "\\d is ASCII")
        #expect(try Self.matches("^\\w$", "é") == false, "\\w is ASCII")
        #expect(try Self.matches("^\\s$", "\u{2003}") == true, "\\s is Unicode white space")
        #expect(try Self.matches("^\\s$", "\u{FEFF}") == true)
        #expect(try Self.matches("^[\\d-z]+$", "1-z") == true, "a class escape then - is a literal -")
        #expect(try Self.matches("^[\\d-z]+$", "5") == true)
        #expect(try Self.matches("^[\\d-z]+$", "m") == false)
    }

    @Test func anchorsAndSearch() throws {
        #expect(try Self.matches("^abc$", "abc\n") == false, "$ is the end of the text, not a line")
        #expect(try JSRegex("^b$", flags: .multiline).test("a\nb\nc") == true)
        #expect(try Self.matches("b+", "aabbc") == true, "patterns are unanchored")
        #expect(try Self.matches("^b", "ab") == false)
        // An anchored literal prefix is checked before matching.
        #expect(try Self.matches("^extensions\\[[0]\\]", "extensions[0].x") == true)
        #expect(try Self.matches("^extensions\\[[0]\\]", "name.short") == false)
        #expect(try Self.matches("^ab|cd", "xcd") == true)
        #expect(try JSRegex("^ab", flags: .ignoreCase).test("AB") == true)
        #expect(try JSRegex("^ab$", flags: .multiline).test("x\nab") == true)
    }

    @Test func lookaroundAndGroups() throws {
        let localizationKey = "^(?!\\[\\[)((.|\\n)*?)(?<!\\]\\])$"
        #expect(try Self.matches(localizationKey, "plain text\nover lines") == true)
        #expect(try Self.matches(localizationKey, "[[key]]") == false)
        #expect(try Self.matches(localizationKey, "ends with ]]") == false)
        #expect(try Self.matches("(?<=a+)b", "aaab") == true, "variable-width look-behind")
        #expect(try Self.matches("(?<!a)b", "ab") == false)
        #expect(try Self.matches("^(?<q>['\"]).*\\k<q>$", "'x'") == true)
        #expect(try Self.matches("^(?<q>['\"]).*\\k<q>$", "'x\"") == false)
        #expect(try Self.matches("^(a)\\1$", "aa") == true)
    }

    /// The published Teams localization schema has `\b]` with an unescaped `]`: the web grammar
    /// reads it as a literal, the strict grammar (format "regex") rejects it.
    @Test func webCompatibleAndStrictGrammars() throws {
        let published = "^activities.activityTypes\\[\\b([0-9]|[1-8][0-9]|9[0-9]|1[01][0-9]|12[0-7])\\b]\\.description$"
        #expect(try Self.matches(published, "activities.activityTypes[12].description") == true)
        #expect(throws: JSRegex.SyntaxError.self) { try JSRegex(published, flags: .unicode, syntax: .strict) }
        for invalid in ["\\a", "(?i)abc", "(?P<n>x)", "a{", "]", "\\1", "[\\d-z]", "(?#c)"] {
            #expect(throws: JSRegex.SyntaxError.self, "\(invalid)") { try JSRegex(invalid, flags: .unicode, syntax: .strict) }
        }
        for valid in ["[]", "[^]", "\\cA", "(?<n>a)\\k<n>", "(?<=a+)b", "\\u{41}", "a{2,3}?"] {
            #expect((try? JSRegex(valid, flags: .unicode, syntax: .strict)) != nil, "\(valid)")
        }
        #expect(try JSRegex("^\\101$").test("A") == true, "Annex B octal escape")
        #expect(try JSRegex("^a{$").test("a{") == true, "a lone brace is a literal")
    }

    @Test func budgetStopsCatastrophicBacktracking() throws {
        let regex = try JSRegex("^(a+)+$")
        var budget = 10_000
        #expect(regex.test(String(repeating: "a", count: 40) + "!", budget: &budget) == nil)
        #expect(budget < 0)
        #expect(regex.test("aaaa") == true)
    }

    @Test func expressionFlavour() throws {
        // Adaptive Expressions strips (?i)/(?m)/(?s) anywhere in the pattern.
        #expect(try JSRegex("(?i)^ABC$", inlineFlags: true).test("abc") == true)
        #expect(throws: JSRegex.SyntaxError.self) { try JSRegex("(?i)^ABC$") }
        var budget = JSRegex.defaultBudget
        let swapped = try JSRegex("(?<first>\\w+) (?<second>\\w+)").replaceAll(in: "hello world", with: "$<second> $<first>", budget: &budget)
        #expect(swapped == "world hello")
        #expect(try JSRegex("o", flags: .ignoreCase).replaceAll(in: "FOO", with: "0", budget: &budget) == "F00")
    }
}
