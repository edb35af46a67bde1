/// The CSS that gives rendered cards their look.
///
/// Two parts:
/// - `base`: the same for every host config: layout rules written against CSS custom
///   properties (`--ac-…`). Ship it once per site.
/// - `css(for:scope:)`: one host config's fonts, sizes, spacing, colours, container styles
///   and actions layout as custom properties and a few rules, all under a scope selector
///   (e.g. `.ac-theme-teams-dark`). Ship one per theme, once per site.
///
/// A page then shows a card in a theme by wrapping it: `<div class="ac-theme-teams-dark">`.
/// Because the card HTML holds no colour or size, the same HTML works in every theme.
public enum CardStylesheet {
    /// How many `Action.ToggleVisibility` actions per card work without script.
    public static let toggleSlots = 24

    /// How many `Action.ShowCard` buttons per action bar open their card below the buttons
    /// (more open theirs beside the button).
    public static let showCardSlots = 12

    /// How many pages of a `Carousel` are shown (the official renderer's default
    /// `carousel.maxCarouselPages`); the stylesheet pages through them without script.
    public static let carouselPages = 10

    /// The host-independent rules. Deterministic; built once.
    public static let base: String = BaseStylesheet.make()

    /// The rules for `hostConfig` under `scope` (a CSS selector such as
    /// `.ac-theme-teams-light`; anything holding `{`, `}`, `<`, `;`, `@`, `/` or `\` is refused
    /// and `.ac-host` used instead).
    public static func css(for hostConfig: HostConfig, scope: String) -> String {
        ThemeStylesheet.make(hostConfig, scope: sanitizedScope(scope))
    }

    /// Both parts for one theme, for a self-contained page.
    public static func complete(for hostConfig: HostConfig, scope: String) -> String {
        base + css(for: hostConfig, scope: scope)
    }

    static func sanitizedScope(_ scope: String) -> String {
        let bad: Set<UInt8> = [
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "<"),
            UInt8(ascii: ";"), UInt8(ascii: "@"), UInt8(ascii: "\\"), UInt8(ascii: "/")
        ]
        if scope.isEmpty || scope.utf8.count > 200 || scope.utf8.contains(where: { bad.contains($0) || $0 < 0x20 }) {
            return ".ac-host"
        }
        return scope
    }
}
