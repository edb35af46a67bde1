import JSONTree

/// The enumerations of the Adaptive Cards schema and host config that the renderer reads.
///
/// Raw values are the schema's spelling and are also used in CSS class names
/// (`ac-size-extraLarge`), so they never contain anything but ASCII letters.
/// Parsing is case-insensitive, as in the official renderers.
public protocol CardEnum: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {}

extension CardEnum {
    /// The case whose raw value equals `text` ignoring ASCII case; nil otherwise.
    public static func parse(_ text: String) -> Self? {
        // The common case: the exact spelling.
        if let exact = Self(rawValue: text) { return exact }
        let lower = text.lowercased()
        for c in allCases where c.rawValue.lowercased() == lower { return c }
        return nil
    }

    /// Parses a JSON string value; nil for anything else.
    public static func parse(_ value: JSONValue?) -> Self? {
        guard case .string(let s)? = value else { return nil }
        return parse(s)
    }
}

public enum Spacing: String, CardEnum {
    case none, small, `default`, medium, large, extraLarge, padding
}

public enum TextSize: String, CardEnum {
    case small, `default`, medium, large, extraLarge
}

public enum TextWeight: String, CardEnum {
    case lighter, `default`, bolder
}

public enum TextColor: String, CardEnum {
    case `default`, dark, light, accent, good, warning, attention
}

public enum FontType: String, CardEnum {
    case `default`, monospace
}

public enum HorizontalAlignment: String, CardEnum {
    case left, center, right
}

public enum VerticalAlignment: String, CardEnum {
    case top, center, bottom
}

/// `Image.size` and the host config's image set size.
public enum ImageSize: String, CardEnum {
    case auto, stretch, small, medium, large
}

public enum Orientation: String, CardEnum {
    case horizontal, vertical
}

public enum ActionAlignment: String, CardEnum {
    case left, center, right, stretch
}

public enum ActionIconPlacement: String, CardEnum {
    case leftOfTitle, aboveTitle
}

/// The container styles every host defines. Host configs may add custom ones by name.
public enum BuiltInContainerStyle: String, CardEnum {
    case `default`, emphasis, good, attention, warning, accent
}

/// A text appearance as the host config describes one (`textStyles.heading`, fact titles,
/// input labels): the values a `TextBlock` falls back to when it sets none itself.
public struct TextAppearance: Sendable, Hashable {
    public var size: TextSize = .default
    public var weight: TextWeight = .default
    public var color: TextColor = .default
    public var isSubtle = false
    public var fontType: FontType = .default

    public init(
        size: TextSize = .default, weight: TextWeight = .default, color: TextColor = .default,
        isSubtle: Bool = false, fontType: FontType = .default
    ) {
        self.size = size
        self.weight = weight
        self.color = color
        self.isSubtle = isSubtle
        self.fontType = fontType
    }
}
