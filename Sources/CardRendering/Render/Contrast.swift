import Foundation

/// A host config whose text colours are checked for contrast while a card renders (the
/// rendering itself uses `RenderOptions`' host config only): e.g. Teams light, dark and
/// high contrast, checked in one rendering.
public struct ContrastCheck: Sendable, Hashable {
    /// How warnings name the theme ("Teams dark").
    public let name: String
    public let hostConfig: HostConfig
    /// What `Renderer.contrast(of:style:in:)` found for each container style and text
    /// appearance asked about: a site checks thousands of text blocks in a handful of these.
    let found = ContrastMemo()

    public init(name: String, hostConfig: HostConfig) {
        self.name = name
        self.hostConfig = hostConfig
    }

    public static func == (a: ContrastCheck, b: ContrastCheck) -> Bool { a.name == b.name && a.hostConfig == b.hostConfig }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(hostConfig)
    }
}

/// A `ContrastCheck`'s findings so far; safe to use from any thread, bounded.
final class ContrastMemo: @unchecked Sendable {
    struct Key: Hashable {
        var style: String
        var appearance: TextAppearance
    }

    private var entries: [Key: Renderer.Contrast?] = [:]
    private let lock = NSLock()

    /// The contrast found before for `key`, or `make`'s (then kept).
    func value(_ key: Key, make: () -> Renderer.Contrast?) -> Renderer.Contrast? {
        lock.lock()
        let known = entries[key]
        lock.unlock()
        if let known { return known }
        let made = make()
        lock.lock()
        if entries.count >= 4_096 { entries.removeAll() }
        entries[key] = .some(made)
        lock.unlock()
        return made
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
        let key = ContrastMemo.Key(style: ctx.style, appearance: a)
        checks.withUnsafeBufferPointer { checks in
            for i in checks.indices {
                let found = checks[i].found.value(key) { Self.contrast(of: a, style: ctx.style, in: checks[i].hostConfig) }
                guard let found, found.ratio < found.needed else { continue }
                report(found, a, style: ctx.style, theme: checks[i].name, path: path)
            }
        }
    }

    /// A contrast ratio, the ratio WCAG AA asks, and the two colours.
    typealias Contrast = (ratio: Double, needed: Double, foreground: CardColor, background: CardColor)

    /// Text's contrast on a container style of a host config, and the ratio WCAG AA asks.
    static func contrast(of a: TextAppearance, style name: String, in h: HostConfig) -> Contrast? {
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
        _ found: Contrast, _ a: TextAppearance, style: String,
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
