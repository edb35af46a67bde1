import CatalogDiagnostics
import Foundation
import JSONTree
@testable import PackageReader
import Testing
import TestSupport

@Suite struct LocalizationTests {
    func localizedPackage(fr: String = #""agent_name": "Agent budgétaire""#) -> CatalogPackage {
        let root = TestPackage.write([
            "manifest.json": TestPackage.appManifest(extra: """
                "localizationInfo": {"defaultLanguageTag": "en", "defaultLanguageFile": "loc/en.json",
                  "additionalLanguages": [{"languageTag": "fr", "file": "loc/fr.json"}, {"languageTag": "fr-CA", "file": "loc/fr-CA.json"},
                                          {"languageTag": "de", "file": "loc/de.json"}]},
                """),
            "agent.json": TestPackage.agent(actions: ["plugin.json"], name: "[[agent_name]]"),
            "instructions.txt": "x",
            "plugin.json": TestPackage.plugin(spec: "b.yml", functions: """
                {"name": "ChargeBudget", "description": "[[charge_description]]",
                 "capabilities": {"confirmation": {"type": "AdaptiveCard", "title": "[[charge_title]]"}}}
                """),
            "b.yml": budgetsSpec,
            "loc/en.json": #"{"name.short": "Budgets", "description.short": "Track budgets", "localizationKeys": {"agent_name": "Budget agent", "charge_title": "Charge a budget", "charge_description": "Charge {{function.parameters.amount}} to the budget?"}}"#,
            "loc/fr.json": "{\"name.short\": \"Budgets FR\", \"localizationKeys\": {\(fr), \"charge_title\": \"Débiter un budget\"}}",
            "loc/fr-CA.json": #"{"localizationKeys": {"charge_title": "Porter au budget"}}"#,
            "loc/de.json": #"{"name.short": "Budgets DE", "localizationKeys": {"[[agent_name]]": "Budget-Agent"}}"#,
        ])
        return load(root)
    }

    @Test func fallbackChainPerKey() throws {
        let p = localizedPackage()
        #expect(p.localization.locales == ["en", "fr", "fr-CA", "de"])
        let agent = try #require(p.agent)
        #expect(p.localization.resolve(agent.name, locale: "en") == ResolvedText("Budget agent", source: .localized(tag: "en")))
        #expect(p.localization.resolve(agent.name, locale: "fr") == ResolvedText("Agent budgétaire", source: .localized(tag: "fr")))
        // fr-CA has no agent_name: the language-only file answers.
        #expect(p.localization.resolve(agent.name, locale: "fr-CA") == ResolvedText("Agent budgétaire", source: .fallback(tag: "fr")))
        // Bracketed keys are read too (with a note).
        #expect(p.localization.resolve(agent.name, locale: "de") == ResolvedText("Budget-Agent", source: .localized(tag: "de")))
        #expect(p.diagnostics.contains { $0.rule == "LOC-08" })
        // A locale the package does not ship: the default language.
        #expect(p.localization.resolve(agent.name, locale: "ja") == ResolvedText("Budget agent", source: .fallback(tag: "en")))
        // App manifest fields are overridden by JSONPath keys.
        let short = try #require(p.app?.shortName)
        #expect(p.localization.resolve(short, locale: "fr-CA").value == "Budgets FR")
        #expect(p.localization.resolve(short, locale: "en") == ResolvedText("Budgets", source: .localized(tag: "en")))
        #expect(p.title(locale: "de").value == "Budgets DE")
    }

    @Test func confirmationPerLocaleWithSources() throws {
        let p = localizedPackage()
        let charge = try #require(p.operations.first { $0.operationId == "ChargeBudget" })
        let en = try #require(p.confirmation(for: charge, locale: "en"))
        #expect(en.title == ResolvedText("Charge a budget", source: .localized(tag: "en")))
        #expect(en.titleSource == .confirmationTitle)
        #expect(en.bodySource == .functionDescription)
        #expect(en.bodySegments == [.text("Charge "), .parameter("amount"), .text(" to the budget?")])
        let frCA = try #require(p.confirmation(for: charge, locale: "fr-CA"))
        #expect(frCA.title == ResolvedText("Porter au budget", source: .localized(tag: "fr-CA")))
        // No French description: the default file's.
        #expect(frCA.body == ResolvedText("Charge {{function.parameters.amount}} to the budget?", source: .fallback(tag: "en")))
        // Every additional language that lacks a token is named.
        let missing = p.diagnostics.filter { $0.rule == "LOC-07" }
        #expect(missing.map(\.message).contains { $0.hasPrefix("fr-CA does not define [[charge_description]];") })
        // fr-CA has no agent_name of its own, but its language file fr does: not reported.
        #expect(!missing.contains { $0.message.hasPrefix("fr-CA") && $0.message.contains("agent_name") })
        #expect(missing.allSatisfy { $0.severity == .warning })
    }

    @Test func missingKeyInDefaultFileIsAnError() {
        let root = TestPackage.write([
            "manifest.json": TestPackage.appManifest(extra: #""localizationInfo": {"defaultLanguageTag": "en", "defaultLanguageFile": "en.json"},"#),
            "agent.json": TestPackage.agent(actions: [], name: "[[nope]]"),
            "instructions.txt": "x",
            "en.json": #"{"localizationKeys": {"other": "x", "bad-key": "y"}}"#,
        ])
        let p = load(root)
        #expect(p.diagnostics.contains { $0.rule == "LOC-06" && $0.severity == .error && $0.message.contains("[[nope]]") })
        #expect(p.diagnostics.contains { $0.rule == "LOC-03" && $0.message.contains("\"bad-key\"") && $0.location == SourceLocation(line: 1, column: 37) })
        #expect(p.localization.resolve(p.agent?.name ?? .literal(""), locale: "en") == ResolvedText("[[nope]]", source: .missing(key: "nope")))
    }

    @Test func tokensWithoutLanguageFiles() {
        let root = TestPackage.write([
            "manifest.json": TestPackage.appManifest(),
            "agent.json": TestPackage.agent(actions: [], name: "[[agent_name]]"),
            "instructions.txt": "x",
        ])
        let p = load(root)
        #expect(p.diagnostics.contains { $0.rule == "LOC-05" && $0.severity == .error })
    }

    @Test func languageTagsAreComparedIgnoringCase() {
        #expect(Localization.sameTag("fr-CA", "FR-ca"))
        #expect(Localization.sameTag("en", "EN"))
        #expect(!Localization.sameTag("en", "en-US"))
        #expect(!Localization.sameTag("fr", "fy"))
        // Only letters fold: "@" and "`" are 0x20 apart from letters' neighbours.
        #expect(!Localization.sameTag("a@", "a`"))
        #expect(!Localization.sameTag("[", "{"))
        // Beyond ASCII, as Foundation compares.
        #expect(Localization.sameTag("ÉN", "én"))
        #expect(!Localization.sameTag("é", "e"))
    }
}

@Suite struct ConsequentialTests {
    func package(_ extensions: [String: String], functions: String? = nil) -> CatalogPackage {
        var spec = budgetsSpec
        for (op, ext) in extensions {
            spec = spec.replacingOccurrences(of: "operationId: \(op)", with: "operationId: \(op)\n      \(ext)")
        }
        let root = TestPackage.write([
            "plugin.json": TestPackage.plugin(spec: "b.yml", functions: functions ?? #"{"name": "GetBudgets", "description": "g"}, {"name": "ChargeBudget", "description": "c"}"#),
            "b.yml": spec,
        ])
        return load(root.appendingPathComponent("plugin.json"), kind: .pluginManifest, display: "plugin.json")
    }

    @Test func methodDefaults() {
        let p = package([:])
        #expect(p.operations[0].consequential == Consequential(explicit: nil, effective: false, source: .methodDefault))
        #expect(p.operations[0].consequential.offersAlwaysAllow)
        #expect(p.operations[1].consequential == Consequential(explicit: nil, effective: true, source: .methodDefault))
        #expect(!p.operations[1].consequential.offersAlwaysAllow)
    }

    @Test func explicitFlagsWin() {
        let p = package(["GetBudgets": "x-openai-isConsequential: true", "ChargeBudget": "x-openai-isConsequential: false"])
        #expect(p.operations[0].consequential == Consequential(explicit: true, effective: true, source: .openAIExtension))
        #expect(p.operations[1].consequential == Consequential(explicit: false, effective: false, source: .openAIExtension))
        // A POST marked not consequential is legal but fails store validation.
        #expect(p.diagnostics.contains { $0.rule == "CNF-01" && $0.severity == .warning })
    }

    @Test func alternativeSpellingAndStringsAreReadWithWarnings() {
        let p = package(["GetBudgets": "x-oai-isConsequential: true", "ChargeBudget": "x-openai-isConsequential: 'false'"])
        #expect(p.operations[0].consequential.source == .oaiExtension)
        #expect(p.operations[0].consequential.effective)
        #expect(p.operations[1].consequential == Consequential(explicit: false, effective: false, source: .openAIExtension))
        #expect(p.diagnostics.filter { $0.rule == "CNF-04" }.count == 2)
    }

    @Test func isNonConsequentialAppliesToGetOnly() {
        let fns = """
            {"name": "GetBudgets", "description": "g", "capabilities": {"confirmation": {"isNonConsequential": true}}},
            {"name": "ChargeBudget", "description": "c", "capabilities": {"confirmation": {"isNonConsequential": true}}}
            """
        let p = package([:], functions: fns)
        #expect(p.operations[0].consequential == Consequential(explicit: false, effective: false, source: .isNonConsequential))
        #expect(p.operations[1].consequential == Consequential(explicit: nil, effective: true, source: .methodDefault))
        #expect(p.diagnostics.contains { $0.rule == "PLG-18" })
        // The OpenAPI extension wins over isNonConsequential.
        let q = package(["GetBudgets": "x-openai-isConsequential: true"], functions: fns)
        #expect(q.operations[0].consequential.source == .openAIExtension)
    }

    @Test func confirmationFallbacks() throws {
        let fns = """
            {"name": "GetBudgets"},
            {"name": "ChargeBudget", "capabilities": {"confirmation": {"type": "AdaptiveCard", "body": "Charge it?"}}}
            """
        let p = package([:], functions: fns)
        let get = try #require(p.confirmation(for: p.operations[0]))
        // No confirmation and no function description: the operation's description.
        #expect(get.bodySource == .operationDescription)
        #expect(get.body?.value == "Returns **budgets**, optionally filtered by name.")
        #expect(get.titleSource == .operationSummary)
        #expect(get.title.value == "Get budgets")
        let charge = try #require(p.confirmation(for: p.operations[1]))
        #expect(charge.bodySource == .confirmationBody)
        #expect(charge.body == ResolvedText("Charge it?", source: .literal))
        #expect(charge.type == "AdaptiveCard")
    }
}
