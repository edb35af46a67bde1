import CardRendering

/// The card stylesheets of a site: built once, shipped once (`assets/cards.css`).
enum SiteStylesheets {
    /// Light by default; dark when the reader picks it or when the system is dark and the
    /// reader picked nothing; high contrast when picked. No script: radio buttons and `:has()`.
    static func cardsCSS(_ h: SiteContext.HostConfigs) -> String {
        var css = "/* Adaptive Card previews: Teams light, dark and high contrast. Generated from the theme's host configs. */\n"
        css += CardStylesheet.base
        css += CardStylesheet.css(for: h.light, scope: ".ac-host")
        css += "@media (prefers-color-scheme: dark) {\n"
        css += CardStylesheet.css(for: h.dark, scope: ".card-previews:has(.ac-switch-auto:checked) .ac-host")
        css += "}\n"
        css += CardStylesheet.css(for: h.light, scope: ".card-previews:has(.ac-switch-light:checked) .ac-host")
        css += CardStylesheet.css(for: h.dark, scope: ".card-previews:has(.ac-switch-dark:checked) .ac-host")
        css += CardStylesheet.css(for: h.contrast, scope: ".card-previews:has(.ac-switch-contrast:checked) .ac-host")
        return css
    }

    /// The theme switch above a set of previews.
    /// The switcher every card page uses (`name` "theme"), made once.
    static let themeSwitcher = switcher(name: "theme")

    static func switcher(name: String) -> String {
        let options = [("auto", "Teams (system)"), ("light", "Light"), ("dark", "Dark"), ("contrast", "High contrast")]
        var html = "<fieldset class=\"card-theme-switch\"><legend>Preview in</legend>"
        for (i, (value, label)) in options.enumerated() {
            let id = "\(name)-\(value)"
            html += "<input type=\"radio\" name=\"\(name)\" id=\"\(id)\" class=\"ac-switch-\(value)\"\(i == 0 ? " checked" : "")>"
            html += "<label for=\"\(id)\">\(label)</label>"
        }
        return html + "</fieldset>\n"
    }
}

/// The host configs shipped with the default theme (`Themes/default/hostconfigs`).
enum HostConfigFiles {
    static func load(_ name: String, theme: Theme = .standard) -> HostConfig {
        guard let text = theme.files["hostconfigs/\(name).json"], let h = try? HostConfig(jsonText: text) else {
            return HostConfig(json: .object([:]))
        }
        return h
    }
}
