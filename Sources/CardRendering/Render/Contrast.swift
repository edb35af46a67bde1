/// A host config whose text colours are checked for contrast while a card renders (the
/// rendering itself uses `RenderOptions`' host config only): e.g. Teams light, dark and
/// high contrast, checked in one rendering.
public struct ContrastCheck: Sendable, Hashable {
    /// How warnings name the theme ("Teams dark").
    public var name: String
    public var hostConfig: HostConfig

    public init(name: String, hostConfig: HostConfig) {
        self.name = name
        self.hostConfig = hostConfig
    }
}

extension Renderer {
    /// WCAG 2 AA: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold).
    static func requiredContrast(fontPixels: Double, bold: Bool) -> Double {
        fontPixels >= 24 || (bold && fontPixels >= 18.66) ? 3 : 4.5
    }

    /// Warns (once per theme, container style and colour) when text the card colours itself
    /// (`color`, `isSubtle`) falls below WCAG AA contrast on its container's background in a
    /// checked host config. Text over a background image is not judged.
    mutating func checkContrast(_ a: TextAppearance, ctx: RenderContext, path: String) {
        guard !options.contrastChecks.isEmpty, a.color != .default || a.isSubtle, !ctx.ancestorBackgroundImage else { return }
        // The checks are read in place: copying one copies its whole host config.
        let checks = options.contrastChecks
        checks.withUnsafeBufferPointer { checks in
            for i in checks.indices {
                guard let found = Self.contrast(of: a, style: ctx.style, in: checks[i].hostConfig), found.ratio < found.needed else { continue }
                report(found, a, style: ctx.style, theme: checks[i].name, path: path)
            }
        }
    }

    /// Text's contrast on a container style of a host config, and the ratio WCAG AA asks.
    static func contrast(of a: TextAppearance, style name: String, in h: HostConfig) -> (ratio: Double, needed: Double, foreground: CardColor, background: CardColor)? {
        let style = h.containerStyles[name]
        let background = style.backgroundColor ?? .white
        let definition = style.foregroundColors[a.color]
        let foreground = a.isSubtle ? definition.subtle : definition.default
        guard let ratio = foreground.contrastRatio(over: background) else { return nil }
        let pixels = h.font(a.fontType).fontSizes[a.size]
        return (ratio, requiredContrast(fontPixels: pixels, bold: a.weight == .bolder), foreground, background)
    }

    /// Once per theme, container style and colour.
    private mutating func report(
        _ found: (ratio: Double, needed: Double, foreground: CardColor, background: CardColor), _ a: TextAppearance, style: String,
        theme: String, path: String
    ) {
        let needed = found.needed
        let key = theme + "\u{0}" + style + "\u{0}" + a.color.rawValue + (a.isSubtle ? "s" : "") + (needed == 3 ? "L" : "")
        guard contrastReported.insert(key).inserted else { return }
        let colour = (a.isSubtle ? "subtle " : "") + "\"" + a.color.rawValue + "\""
        let ratioText = String(Double(Int(found.ratio * 100)) / 100)
        warn(
            .lowContrast, path,
            "\(colour) text on a \"\(style)\" container is \(ratioText):1 in \(theme) "
                + "(\(found.foreground.css) on \(found.background.css)); WCAG AA asks \(needed == 3 ? "3" : "4.5"):1 for text this size.")
    }
}
