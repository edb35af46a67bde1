import Foundation
import JSONTree
import Testing
import TestSupport
@testable import CardRendering

@Suite struct HostConfigTests {
    @Test func defaultsAreTheOfficialRenderers() {
        let h = HostConfig(json: .object([:]))
        #expect(h == HostConfig())
        #expect(h.spacing.default == 8 && h.spacing.padding == 15 && h.spacing.small == 3)
        #expect(h.defaultFont.fontSizes.default == 14 && h.defaultFont.fontSizes.large == 21)
        #expect(h.imageSizes.medium == 80)
        #expect(h.actions.maxActions == 5 && h.actions.buttonSpacing == 20)
        #expect(h.factSet.title.appearance.weight == .bolder && h.factSet.titleMaxWidth == 150)
        #expect(h.textStyles.heading == TextAppearance(size: .large, weight: .bolder))
        #expect(h.containerStyles["default"].foregroundColors[.default].default == CardColor.parse("#333333"))
        #expect(h.lineHeight(.default, .default) == 14 * 1.33)
    }

    @Test(.needsShared) func readsTheTeamsHostConfigs() throws {
        let light = try #require(Fixtures.sharedHostConfig("microsoft-teams-light.json"))
        let h = HostConfig(json: light)
        #expect(h.spacing.default == 12 && h.spacing.padding == 16)
        #expect(h.imageSizes.small == 32 && h.imageSizes.large == 100)
        #expect(h.defaultFont.fontFamily == "'Segoe UI', Tahoma, Geneva, Verdana, sans-serif")
        #expect(h.defaultFont.fontSizes.large == 18 && h.defaultFont.fontSizes.medium == 14)
        #expect(h.containerStyles["emphasis"].backgroundColor == CardColor.rgba(red: 0xF9, green: 0xF8, blue: 0xF7, alpha: 0xFF))
        #expect(h.containerStyles["default"].foregroundColors[.default].subtle == CardColor.rgba(red: 0x25, green: 0x24, blue: 0x24, alpha: 0xBF))
        #expect(h.actions.maxActions == 6 && h.actions.buttonSpacing == 8 && h.actions.showCard.inlineTopMargin == 16)
        #expect(h.headingLevel == 2)
    }

    /// The built-in themes must carry exactly the Teams values on everything the renderer reads.
    @Test(.needsShared, arguments: [("teams-light", "microsoft-teams-light.json"), ("teams-dark", "microsoft-teams-dark.json")])
    func builtInThemesAgreeWithTheTeamsOriginals(_ theme: String, _ original: String) throws {
        let source = try #require(Fixtures.sharedHostConfig(original))
        let fromOriginal = HostConfig(json: source)
        var builtIn = Fixtures.theme(theme)
        #expect(builtIn.name != nil, "\(theme) has its x-pluginCatalog name")
        builtIn.name = nil
        builtIn.chrome = HostConfig.Chrome()
        #expect(builtIn == fromOriginal)
        // Spot checks that would catch a mistaken comparison.
        #expect(builtIn.spacing == fromOriginal.spacing)
        #expect(builtIn.containerStyles == fromOriginal.containerStyles)
        #expect(builtIn.containerStyles["accent"].backgroundColor != nil)
    }

    @Test func allThreeThemesShareTheMarkupSignature() {
        let signatures = Set(Fixtures.themeNames.map { Fixtures.theme($0).markupSignature })
        #expect(signatures.count == 1)
        #expect(Fixtures.teamsContrast.name == "Microsoft Teams (high contrast)")
        #expect(HostConfig().markupSignature != Fixtures.teamsLight.markupSignature)
    }

    /// WCAG 2 AA (4.5:1) for every text colour on every container background, and for the chrome.
    @Test func highContrastThemeMeetsWCAGAA() throws {
        let h = Fixtures.teamsContrast
        var checked = 0
        for (name, style) in h.containerStyles.styles {
            let bg = try #require(style.backgroundColor)
            for color in TextColor.allCases {
                for shade in [style.foregroundColors[color].default, style.foregroundColors[color].subtle] {
                    let ratio = try #require(shade.contrastRatio(over: bg))
                    #expect(ratio >= 4.5, "\(name) \(color) \(shade) on \(bg): \(ratio)")
                    checked += 1
                }
                // Highlighted text: the text colour over its highlight over the background.
                let c = style.foregroundColors[color]
                let hl = try #require(Self.composite(c.highlightDefault, over: bg))
                #expect((c.default.contrastRatio(over: hl) ?? 0) >= 4.5, "\(name) \(color) highlighted")
            }
        }
        #expect(checked == 6 * 7 * 2)
        let chrome = ResolvedChrome(h)
        let pairs: [(String, CardColor, CardColor)] = [
            ("button", chrome.buttonForeground, chrome.buttonBackground),
            ("button hover", chrome.buttonHoverForeground, chrome.buttonHoverBackground),
            ("primary button", chrome.primaryForeground, chrome.primaryBackground),
            ("destructive", chrome.destructive, chrome.buttonBackground),
            ("disabled", chrome.disabledForeground, chrome.disabledBackground),
            ("input", chrome.inputForeground, chrome.inputBackground),
            ("placeholder", chrome.placeholder, chrome.inputBackground),
            ("link", chrome.link, chrome.surface),
            ("focus ring", chrome.focus, chrome.surface),
            ("separator", h.separator.lineColor, chrome.surface),
        ]
        for (what, fg, bg) in pairs {
            let ratio = try #require(fg.contrastRatio(over: bg))
            #expect(ratio >= 4.5, "\(what): \(ratio)")
        }
        #expect(h.chrome.containerBorders)
    }

    static func composite(_ top: CardColor, over bottom: CardColor) -> CardColor? {
        guard case .rgba(let r, let g, let b, let a) = top, case .rgba(let r2, let g2, let b2, _) = bottom else { return nil }
        let alpha = Int(a)
        func mix(_ x: UInt8, _ y: UInt8) -> UInt8 {
            let top = Int(x) * alpha
            let under = Int(y) * (255 - alpha)
            return UInt8((top + under + 127) / 255)
        }
        return .rgba(red: mix(r, r2), green: mix(g, g2), blue: mix(b, b2), alpha: 255)
    }

    @Test func contrastRatioMatchesKnownValues() throws {
        let black = CardColor.black, white = CardColor.white
        #expect(abs(try #require(black.contrastRatio(over: white)) - 21) < 0.01)
        #expect(abs(try #require(CardColor.parse("#777777")?.contrastRatio(over: white)) - 4.48) < 0.02)
        #expect(abs(try #require(CardColor.parse("#FF0000")?.contrastRatio(over: black)) - 5.25) < 0.02)
    }

    /// Opaque colours read their channels from a table: the same values as the formula, and
    /// translucent colours still blend over the background.
    @Test func opaqueChannelTableIsTheFormula() throws {
        for c in 0...255 {
            let v = UInt8(c)
            let expected = 0.2126 * CardColor.linear(Double(c) / 255) + 0.7152 * CardColor.linear(0) + 0.0722 * CardColor.linear(1)
            #expect(CardColor.rgba(red: v, green: 0, blue: 255, alpha: 255).luminance() == expected)
        }
        let half = CardColor.rgba(red: 0, green: 0, blue: 0, alpha: 128)
        // Black at half opacity over white: every channel is 1 - alpha.
        let blended = CardColor.linear(1 - 128.0 / 255)
        #expect(abs(try #require(half.luminance(over: .white)) - blended) < 1e-12)
    }

    @Test func colorsParseAsAdaptiveCardsWriteThem() {
        #expect(CardColor.parse("#FFcc3300")?.css == "#cc3300")
        #expect(CardColor.parse("#bf252424")?.css == "rgba(37, 36, 36, 0.749)")
        #expect(CardColor.parse("#08000000")?.css == "rgba(0, 0, 0, 0.031)")
        #expect(CardColor.parse("#00000000")?.css == "rgba(0, 0, 0, 0)")
        #expect(CardColor.parse("#abc")?.css == "#aabbcc")
        #expect(CardColor.parse("Red")?.css == "red")
        for bad in ["", "#", "#12", "#12345", "#1234567", "#ggg", "red;x", "url(x)", "rgb(1,2,3)", "#fff;}", "expression(1)", "\u{0}"] {
            #expect(CardColor.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func oddInputNeverTrapsAndKeepsDefaults() {
        var odd: [JSONValue] = [.null, .number(3), .string("x"), .array([1, 2])]
        let texts = [
            ##"{"spacing": "big", "fontTypes": {"default": {"fontSizes": {"small": -3, "large": "x", "medium": 1e999}}}}"##,
            ##"{"spacing": {"small": -1, "default": 1e300, "padding": null}}"##,
            ##"{"containerStyles": {"default": {"backgroundColor": "url(javascript:x)", "foregroundColors": {"accent": {"default": 7}}}, "customStyles": [{"name": "x;y", "style": {}}, {"name": "ok-1", "style": {"backgroundColor": "#ff0000"}}, 5]}}"##,
            ##"{"actions": {"maxActions": -4, "actionsOrientation": 1, "showCard": {"style": "a b"}, "iconSize": "20px"}}"##,
            ##"{"fontFamily": "x;} body{color:red", "fontTypes": {"monospace": {"fontFamily": "</style><script>"}}}"##,
            ##"{"textBlock": {"headingLevel": 99}, "hostCapabilities": {"a": "1.0", "b": 3, "c": "*", "d": "x.y"}}"##,
            ##"{"x-pluginCatalog": {"link": "#zzz", "name": [], "cardRadius": -1}}"##,
        ]
        for t in texts { odd.append((try? JSONValue.parse(t)) ?? .null) }
        #expect(!odd.contains(.null) || odd.filter(\.isNull).count == 1)
        for value in odd {
            let h = HostConfig(json: value)
            let css = CardStylesheet.css(for: h, scope: ".t")
            #expect(!css.contains("<"))
            #expect(!css.contains("javascript"))
            #expect(!css.contains("color:red"))
        }
        let h = HostConfig(json: odd[6])
        #expect(h.containerStyles.contains("ok-1") && !h.containerStyles.contains("x;y"))
        #expect(h.containerStyles["default"].backgroundColor == nil)
        let a = HostConfig(json: odd[7])
        #expect(a.actions.maxActions == 5 && a.actions.showCard.style == "emphasis" && a.actions.iconSize == 20)
        let caps = HostConfig(json: odd[9])
        #expect(caps.hostCapabilities == ["a": "1.0", "c": "*"])
        #expect(caps.headingLevel == nil)
        #expect(HostConfig(json: odd[8]).defaultFont.fontFamily == HostConfig().defaultFont.fontFamily)
    }

    @Test func hostCapabilitiesAndSchemaVersions() {
        var h = HostConfig()
        h.hostCapabilities = ["acTest": "1.0", "any": "*"]
        #expect(h.hasCapability("adaptiveCards", version: "1.6"))
        #expect(!h.hasCapability("adaptiveCards", version: "1.7"))
        #expect(h.hasCapability("acTest", version: "1.0") && !h.hasCapability("acTest", version: "2.0"))
        #expect(h.hasCapability("acTest", version: "*") && h.hasCapability("any", version: "9.9"))
        #expect(!h.hasCapability("missing", version: "*"))
        #expect(SchemaVersion("1.10")! > SchemaVersion("1.9")!)
        #expect(SchemaVersion("x") == nil && SchemaVersion("1.") == nil && SchemaVersion("") == nil)
    }

    @Test func themeStylesheetCarriesTheHostConfigValues() {
        let css = CardStylesheet.css(for: Fixtures.teamsDark, scope: ".ac-theme-teams-dark")
        #expect(css.contains(".ac-theme-teams-dark{color-scheme:dark;"))
        #expect(css.contains("--ac-sp-default:12px;"))
        #expect(css.contains("--ac-fs-large:18px;"))
        #expect(css.contains("--ac-lh-default:18.62px;"))
        #expect(css.contains(".ac-theme-teams-dark .ac-style-default{--ac-bg:#2d2c2c;"))
        #expect(css.contains("--ac-c-accent:#a6a7dc;"))
        #expect(CardStylesheet.css(for: Fixtures.teamsLight, scope: ".x").contains(".x{color-scheme:light;"))
        // Hostile scopes fall back to a safe one.
        #expect(CardStylesheet.css(for: HostConfig(), scope: "x{}</style>").contains(".ac-host{"))
    }
}
