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
        for check in options.contrastChecks {
            let h = check.hostConfig
            let style = h.containerStyles[ctx.style]
            let background = style.backgroundColor ?? .white
            let definition = style.foregroundColors[a.color]
            let foreground = a.isSubtle ? definition.subtle : definition.default
            guard let ratio = foreground.contrastRatio(over: background) else { continue }
            let pixels = h.font(a.fontType).fontSizes[a.size]
            let needed = Self.requiredContrast(fontPixels: pixels, bold: a.weight == .bolder)
            guard ratio < needed else { continue }
            let key = check.name + "\u{0}" + ctx.style + "\u{0}" + a.color.rawValue + (a.isSubtle ? "s" : "") + (needed == 3 ? "L" : "")
            guard contrastReported.insert(key).inserted else { continue }
            let colour = (a.isSubtle ? "subtle " : "") + "\"" + a.color.rawValue + "\""
            let ratioText = String(Double(Int(ratio * 100)) / 100)
            warn(
                .lowContrast, path,
                "\(colour) text on a \"\(ctx.style)\" container is \(ratioText):1 in \(check.name) "
                    + "(\(foreground.css) on \(background.css)); WCAG AA asks \(needed == 3 ? "3" : "4.5"):1 for text this size.")
        }
    }
}
