/// The host-config-specific part of the card CSS: custom properties and a few rules under
/// one scope selector.
enum ThemeStylesheet {
    static func make(_ h: HostConfig, scope s: String) -> String {
        var css = ""
        css.reserveCapacity(8 * 1024)
        let chrome = ResolvedChrome(h)
        css += "/* Adaptive Card theme" + (h.name.map { ": " + sanitizeComment($0) } ?? "") + " */\n"

        // Scope-wide values.
        var v = Declarations()
        v.add("color-scheme", chrome.isDark ? "dark" : "light")
        v.add("--ac-font", h.defaultFont.fontFamily)
        v.add("--ac-font-mono", h.monospaceFont.fontFamily)
        for size in TextSize.allCases {
            v.add("--ac-fs-" + size.rawValue, CSS.px(h.defaultFont.fontSizes[size]))
            v.add("--ac-lh-" + size.rawValue, CSS.px(h.lineHeight(size, .default)))
            v.add("--ac-fsm-" + size.rawValue, CSS.px(h.monospaceFont.fontSizes[size]))
            v.add("--ac-lhm-" + size.rawValue, CSS.px(h.lineHeight(size, .monospace)))
        }
        for w in TextWeight.allCases {
            v.add("--ac-fw-" + w.rawValue, CSS.number(h.defaultFont.fontWeights[w]))
            v.add("--ac-fwm-" + w.rawValue, CSS.number(h.monospaceFont.fontWeights[w]))
        }
        for sp in Spacing.allCases where sp != .none {
            v.add("--ac-sp-" + sp.rawValue, CSS.px(h.spacing[sp]))
        }
        v.add("--ac-sp-none", "0px")
        v.add("--ac-sep-width", CSS.px(h.separator.lineThickness))
        v.add("--ac-sep-color", h.separator.lineColor.css)
        v.add("--ac-img-small", CSS.px(h.imageSizes.small))
        v.add("--ac-img-medium", CSS.px(h.imageSizes.medium))
        v.add("--ac-img-large", CSS.px(h.imageSizes.large))
        v.add("--ac-imageset-max", CSS.px(h.imageSet.maxImageHeight))
        v.add("--ac-btn-gap", CSS.px(h.actions.buttonSpacing))
        v.add("--ac-sc-margin", CSS.px(h.actions.showCard.inlineTopMargin))
        v.add("--ac-icon-size", CSS.px(h.actions.iconSize))
        v.add("--ac-btn-white-space", h.actions.allowTitleToWrap ? "normal" : "nowrap")
        v.add("--ac-btn-font-size", CSS.px(h.defaultFont.fontSizes.default))
        v.add("--ac-btn-weight", CSS.number(h.chrome.buttonFontWeight))
        v.add("--ac-btn-height", CSS.px(h.chrome.buttonHeight))
        v.add("--ac-fact-title-max", CSS.px(h.factSet.titleMaxWidth))
        v.add("--ac-cell-spacing", CSS.px(h.tableCellSpacing))
        v.add("--ac-label-gap", CSS.px(h.spacing[h.inputs.label.inputSpacing]))
        v.add("--ac-label-width", CSS.number(h.inputs.label.width) + "%")
        for style in BuiltInContainerStyle.allCases {
            let def = h.containerStyles[style.rawValue]
            v.add("--ac-border-" + style.rawValue, (def.borderColor ?? chrome.border).css)
        }
        v.add("--ac-bg-base", h.containerStyles["default"].backgroundColor?.css ?? "transparent")
        v.add("--ac-surface", chrome.surface.css)
        v.add("--ac-page-bg", chrome.page.css)
        v.add("--ac-card-border", chrome.cardBorder.css)
        v.add("--ac-card-border-width", CSS.px(h.chrome.cardBorderWidth))
        v.add("--ac-card-radius", CSS.px(h.chrome.cardRadius))
        v.add("--ac-link", chrome.link.css)
        v.add("--ac-focus", chrome.focus.css)
        v.add("--ac-hover-tint", chrome.isDark ? "rgba(255, 255, 255, 0.1)" : "rgba(0, 0, 0, 0.06)")
        // Carousel page dots: the official renderer's 20 % black, made visible on dark cards.
        v.add("--ac-dot", chrome.isDark ? "rgba(255, 255, 255, 0.3)" : "rgba(0, 0, 0, 0.2)")
        v.add("--ac-btn-fg", chrome.buttonForeground.css)
        v.add("--ac-btn-bg", chrome.buttonBackground.css)
        v.add("--ac-btn-border", chrome.buttonBorder.css)
        v.add("--ac-btn-hover-fg", chrome.buttonHoverForeground.css)
        v.add("--ac-btn-hover-bg", chrome.buttonHoverBackground.css)
        v.add("--ac-btn-primary-fg", chrome.primaryForeground.css)
        v.add("--ac-btn-primary-bg", chrome.primaryBackground.css)
        v.add("--ac-btn-destructive-fg", chrome.destructive.css)
        v.add("--ac-btn-disabled-fg", chrome.disabledForeground.css)
        v.add("--ac-btn-disabled-bg", chrome.disabledBackground.css)
        v.add("--ac-input-fg", chrome.inputForeground.css)
        v.add("--ac-input-bg", chrome.inputBackground.css)
        v.add("--ac-input-border", chrome.inputBorder.css)
        v.add("--ac-placeholder", chrome.placeholder.css)
        css += s + "{" + v.text + "}\n"

        // Container styles: background, border and the foreground palette.
        for (name, def) in h.containerStyles.styles {
            var d = Declarations()
            d.add("--ac-bg", def.backgroundColor?.css ?? "transparent")
            d.add("--ac-border", (def.borderColor ?? chrome.border).css)
            for color in TextColor.allCases {
                let c = def.foregroundColors[color]
                d.add("--ac-c-" + color.rawValue, c.default.css)
                d.add("--ac-c-" + color.rawValue + "-s", c.subtle.css)
                d.add("--ac-hl-" + color.rawValue, (def.highlightBackgroundColor ?? c.highlightDefault).css)
                d.add("--ac-hl-" + color.rawValue + "-s", (def.highlightBackgroundColor ?? c.highlightSubtle).css)
            }
            css += s + " .ac-style-" + name + "{" + d.text + "}\n"
        }
        if h.chrome.containerBorders {
            css += s + " .ac-bg:not(.ac-root){outline:1px solid var(--ac-border);outline-offset:-1px}\n"
        }

        // Actions layout: orientation and alignment of the host, overridable per ActionSet.
        let horizontalByDefault = h.actions.actionsOrientation == .horizontal
        let hSel = horizontalByDefault ? ".ac-actionSet:not(.ac-orient-vertical)" : ".ac-actionSet.ac-orient-horizontal"
        let vSel = horizontalByDefault ? ".ac-actionSet.ac-orient-vertical" : ".ac-actionSet:not(.ac-orient-horizontal)"
        let justify: String
        let items: String
        switch h.actions.actionAlignment {
        case .left: (justify, items) = ("flex-start", "flex-start")
        case .center: (justify, items) = ("center", "center")
        case .right: (justify, items) = ("flex-end", "flex-end")
        case .stretch: (justify, items) = ("flex-start", "stretch")
        }
        css += s + " " + hSel + "{flex-direction:row;justify-content:" + justify + ";align-items:stretch}\n"
        css += s + " " + vSel + "{flex-direction:column;justify-content:flex-start;align-items:" + items + "}\n"
        if h.actions.actionAlignment == .stretch {
            css += s + " " + hSel + ">.ac-pushButton," + s + " " + hSel + ">.ac-showCard>summary{flex:0 1 100%}\n"
        } else {
            css += s + " " + hSel + ".ac-ha-center{justify-content:center}\n"
            css += s + " " + hSel + ".ac-ha-right{justify-content:flex-end}\n"
            css += s + " " + vSel + ".ac-ha-center{align-items:center}\n"
            css += s + " " + vSel + ".ac-ha-right{align-items:flex-end}\n"
        }
        if h.actions.iconPlacement == .aboveTitle {
            css += s + " .ac-pushButton.ac-has-icon{flex-direction:column;gap:4px;height:auto}\n"
        }
        // Preview cards (Teams search results, Copilot citations) share the theme.
        css += PreviewStylesheet.theme(scope: s)
        return css
    }

    static func sanitizeComment(_ s: String) -> String {
        String(s.unicodeScalars.filter { $0 != "*" && $0 != "/" && $0 != "<" && $0.value >= 0x20 }.prefix(80).map(Character.init))
    }
}

/// `name:value;` pairs.
struct Declarations {
    var text = ""
    mutating func add(_ name: String, _ value: String) {
        text += name
        text += ":"
        text += value
        text += ";"
    }
}

/// The chrome colours, filled in from the default container style where the host config
/// gives none.
struct ResolvedChrome {
    var isDark: Bool
    var surface: CardColor
    var page: CardColor
    var cardBorder: CardColor
    var border: CardColor
    var link: CardColor
    var focus: CardColor
    var buttonForeground: CardColor
    var buttonBackground: CardColor
    var buttonBorder: CardColor
    var buttonHoverForeground: CardColor
    var buttonHoverBackground: CardColor
    var primaryForeground: CardColor
    var primaryBackground: CardColor
    var destructive: CardColor
    var disabledForeground: CardColor
    var disabledBackground: CardColor
    var inputForeground: CardColor
    var inputBackground: CardColor
    var inputBorder: CardColor
    var placeholder: CardColor

    init(_ h: HostConfig) {
        let def = h.containerStyles["default"]
        let emphasis = h.containerStyles["emphasis"]
        let c = h.chrome
        let background = c.cardBackground ?? def.backgroundColor ?? .white
        let foreground = def.foregroundColors[.default].default
        let accent = def.foregroundColors[.accent].default
        isDark = (background.luminance(over: .white) ?? 1) < 0.4
        surface = background
        page = c.pageBackground ?? emphasis.backgroundColor ?? background
        border = def.borderColor ?? (isDark ? CardColor.parse("#5C5C5C") ?? .white : CardColor.parse("#CCCCCC") ?? .black)
        cardBorder = c.cardBorder ?? border
        link = c.link ?? accent
        focus = c.focusRing ?? foreground
        buttonForeground = c.buttonForeground ?? accent
        buttonBackground = c.buttonBackground ?? background
        buttonBorder = c.buttonBorder ?? accent
        buttonHoverForeground = c.buttonHoverForeground ?? background
        buttonHoverBackground = c.buttonHoverBackground ?? accent
        primaryForeground = c.primaryButtonForeground ?? buttonHoverForeground
        primaryBackground = c.primaryButtonBackground ?? buttonHoverBackground
        destructive = c.destructiveForeground ?? def.foregroundColors[.attention].default
        disabledForeground = c.disabledForeground ?? def.foregroundColors[.default].subtle
        disabledBackground = c.disabledBackground ?? emphasis.backgroundColor ?? background
        inputForeground = c.inputForeground ?? foreground
        inputBackground = c.inputBackground ?? emphasis.backgroundColor ?? background
        inputBorder = c.inputBorder ?? inputBackground
        placeholder = c.placeholder ?? def.foregroundColors[.default].subtle
    }
}
