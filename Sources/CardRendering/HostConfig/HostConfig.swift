import JSONTree

/// What a host (Teams, Outlook, Copilot…) tells the renderer about its look: fonts, sizes,
/// spacing, colours, container styles, actions layout, image sizes.
///
/// Read it from host config JSON with `HostConfig(json:)`; anything absent takes the
/// default of the official Adaptive Cards renderer, and odd values (wrong types, negative
/// sizes, unknown names, bad colours) are ignored, never fatal.
///
/// The renderer writes every size and colour into CSS (`CardStylesheet`), not into the
/// card's HTML. The HTML depends only on the values listed by `markupSignature`, so one
/// rendering can be shown under several host configs that agree on those (Teams light,
/// dark and high contrast do) by switching a wrapper class.
public struct HostConfig: Sendable, Hashable {
    public struct FontSizes: Sendable, Hashable {
        public var small = 12.0, `default` = 14.0, medium = 17.0, large = 21.0, extraLarge = 26.0
        public init() {}
        public subscript(size: TextSize) -> Double {
            get {
                switch size {
                case .small: small
                case .default: self.default
                case .medium: medium
                case .large: large
                case .extraLarge: extraLarge
                }
            }
            set {
                switch size {
                case .small: small = newValue
                case .default: self.default = newValue
                case .medium: medium = newValue
                case .large: large = newValue
                case .extraLarge: extraLarge = newValue
                }
            }
        }
    }

    public struct FontWeights: Sendable, Hashable {
        public var lighter = 200.0, `default` = 400.0, bolder = 600.0
        public init() {}
        public subscript(weight: TextWeight) -> Double {
            get {
                switch weight {
                case .lighter: lighter
                case .default: self.default
                case .bolder: bolder
                }
            }
            set {
                switch weight {
                case .lighter: lighter = newValue
                case .default: self.default = newValue
                case .bolder: bolder = newValue
                }
            }
        }
    }

    public struct FontTypeDefinition: Sendable, Hashable {
        /// A CSS `font-family` list, checked to contain no characters that could end the declaration.
        public var fontFamily: String
        public var fontSizes = FontSizes()
        public var fontWeights = FontWeights()
        public init(fontFamily: String) { self.fontFamily = fontFamily }
    }

    public struct SpacingDefinition: Sendable, Hashable {
        public var small = 3.0, `default` = 8.0, medium = 20.0, large = 30.0, extraLarge = 40.0, padding = 15.0
        public init() {}
        public subscript(spacing: Spacing) -> Double {
            get {
                switch spacing {
                case .none: 0
                case .small: small
                case .default: self.default
                case .medium: medium
                case .large: large
                case .extraLarge: extraLarge
                case .padding: padding
                }
            }
            set {
                switch spacing {
                case .none: break
                case .small: small = newValue
                case .default: self.default = newValue
                case .medium: medium = newValue
                case .large: large = newValue
                case .extraLarge: extraLarge = newValue
                case .padding: padding = newValue
                }
            }
        }
    }

    public struct SeparatorDefinition: Sendable, Hashable {
        public var lineThickness = 1.0
        public var lineColor = CardColor.rgba(red: 0xEE, green: 0xEE, blue: 0xEE, alpha: 255)
        public init() {}
    }

    public struct ImageSizes: Sendable, Hashable {
        public var small = 40.0, medium = 80.0, large = 160.0
        public init() {}
    }

    /// One text colour: its normal and subtle shades and the highlight backgrounds.
    public struct TextColorDefinition: Sendable, Hashable {
        public var `default`: CardColor
        public var subtle: CardColor
        public var highlightDefault = CardColor.rgba(red: 0, green: 0, blue: 0, alpha: 0x22)
        public var highlightSubtle = CardColor.rgba(red: 0, green: 0, blue: 0, alpha: 0x11)
        public init(_ normal: CardColor, subtle: CardColor) {
            self.default = normal
            self.subtle = subtle
        }
    }

    public struct ForegroundColors: Sendable, Hashable {
        public var colors: [TextColor: TextColorDefinition]
        public subscript(color: TextColor) -> TextColorDefinition {
            get { colors[color] ?? TextColorDefinition(.black, subtle: .black) }
            set { colors[color] = newValue }
        }

        /// The official renderer's defaults.
        public static let standard: ForegroundColors = {
            func c(_ s: String) -> CardColor { CardColor.parse(s) ?? .black }
            return ForegroundColors(colors: [
                .default: TextColorDefinition(c("#333333"), subtle: c("#EE333333")),
                .dark: TextColorDefinition(c("#000000"), subtle: c("#66000000")),
                .light: TextColorDefinition(c("#FFFFFF"), subtle: c("#33000000")),
                .accent: TextColorDefinition(c("#2E89FC"), subtle: c("#882E89FC")),
                .good: TextColorDefinition(c("#028A02"), subtle: c("#DD027502")),
                .warning: TextColorDefinition(c("#E69500"), subtle: c("#DDE69500")),
                .attention: TextColorDefinition(c("#CC3300"), subtle: c("#DDCC3300"))
            ])
        }()
    }

    public struct ContainerStyleDefinition: Sendable, Hashable {
        public var backgroundColor: CardColor?
        public var borderColor: CardColor?
        public var foregroundColors = ForegroundColors.standard
        public var highlightBackgroundColor: CardColor?
        public var highlightForegroundColor: CardColor?
        public init() {}
    }

    /// The six built-in container styles plus any `customStyles`, in a fixed order.
    public struct ContainerStyles: Sendable, Hashable {
        /// Built-in styles first (in `BuiltInContainerStyle` order), then custom ones in file order.
        public var styles: [(name: String, definition: ContainerStyleDefinition)] {
            get { names.map { ($0, definitions[$0] ?? ContainerStyleDefinition()) } }
        }
        public private(set) var names: [String]
        private var definitions: [String: ContainerStyleDefinition]

        public init() {
            names = BuiltInContainerStyle.allCases.map(\.rawValue)
            definitions = [:]
            for n in names { definitions[n] = ContainerStyleDefinition() }
        }

        /// The style called `name`; the default style when there is none.
        public subscript(name: String) -> ContainerStyleDefinition {
            get { definitions[name] ?? definitions["default"] ?? ContainerStyleDefinition() }
            set {
                if definitions[name] == nil { names.append(name) }
                definitions[name] = newValue
            }
        }

        public func contains(_ name: String) -> Bool { definitions[name] != nil }

        public static func == (a: ContainerStyles, b: ContainerStyles) -> Bool {
            a.names == b.names && a.definitions == b.definitions
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(names)
            for n in names { hasher.combine(definitions[n]) }
        }
    }

    public struct ShowCardConfig: Sendable, Hashable {
        public enum ActionMode: String, CardEnum { case inline, popup }
        public var actionMode: ActionMode = .inline
        public var inlineTopMargin = 16.0
        public var style = "emphasis"
        public init() {}
    }

    public struct ActionsConfig: Sendable, Hashable {
        public var maxActions = 5
        public var spacing: Spacing = .default
        public var buttonSpacing = 20.0
        public var showCard = ShowCardConfig()
        public var preExpandSingleShowCardAction = false
        public var actionsOrientation: Orientation = .horizontal
        public var actionAlignment: ActionAlignment = .left
        public var iconPlacement: ActionIconPlacement = .leftOfTitle
        public var allowTitleToWrap = false
        public var iconSize = 16.0
        public init() {}
    }

    public struct ImageSetConfig: Sendable, Hashable {
        public var imageSize: ImageSize = .medium
        public var maxImageHeight = 100.0
        public init() {}
    }

    public struct MediaConfig: Sendable, Hashable {
        /// A poster for media elements that have none (http, https or data:image only).
        public var defaultPoster: String?
        public var allowInlinePlayback = true
        public init() {}
    }

    public struct FactTextDefinition: Sendable, Hashable {
        public var appearance: TextAppearance
        public var wrap = true
        public init(_ appearance: TextAppearance) { self.appearance = appearance }
    }

    public struct FactSetConfig: Sendable, Hashable {
        public var title = FactTextDefinition(TextAppearance(weight: .bolder))
        /// The widest a fact title gets, in pixels.
        public var titleMaxWidth = 150.0
        public var value = FactTextDefinition(TextAppearance())
        /// Vertical space between facts. The official web renderer sets it as a margin on
        /// table rows, where CSS ignores it; this renderer follows what that shows (no gap)
        /// and keeps the value for completeness.
        public var spacing = 10.0
        public init() {}
    }

    public struct TextStyles: Sendable, Hashable {
        public var heading = TextAppearance(size: .large, weight: .bolder)
        public var columnHeader = TextAppearance(weight: .bolder)
        public init() {}
    }

    public struct InputLabelConfig: Sendable, Hashable {
        public var inputSpacing: Spacing = .small
        public var requiredInputs = TextAppearance()
        public var requiredSuffix = " *"
        public var requiredSuffixColor: TextColor = .attention
        public var optionalInputs = TextAppearance()
        /// Width of inline labels when the input gives none, in percent.
        public var width = 30.0
        public init() {}
    }

    public struct InputsConfig: Sendable, Hashable {
        public var label = InputLabelConfig()
        public var errorMessage = TextAppearance(color: .attention)
        public init() {}
    }

    /// Colours of the host's own chrome around and inside cards: buttons, inputs, links,
    /// the card frame. Standard host configs do not carry these; the project's theme files
    /// add them under `"x-pluginCatalog"`, and when absent they are derived from the
    /// default container style.
    public struct Chrome: Sendable, Hashable {
        public var pageBackground: CardColor?
        public var cardBackground: CardColor?
        public var cardBorder: CardColor?
        public var cardBorderWidth = 1.0
        public var cardRadius = 4.0
        public var link: CardColor?
        public var focusRing: CardColor?
        public var buttonForeground: CardColor?
        public var buttonBackground: CardColor?
        public var buttonBorder: CardColor?
        public var buttonHoverForeground: CardColor?
        public var buttonHoverBackground: CardColor?
        public var primaryButtonForeground: CardColor?
        public var primaryButtonBackground: CardColor?
        public var destructiveForeground: CardColor?
        public var disabledForeground: CardColor?
        public var disabledBackground: CardColor?
        public var inputForeground: CardColor?
        public var inputBackground: CardColor?
        public var inputBorder: CardColor?
        public var placeholder: CardColor?
        /// Draw a border round every container that has a background (for high contrast,
        /// where backgrounds alone do not show structure).
        public var containerBorders = false
        /// Font weight of button titles.
        public var buttonFontWeight = 600.0
        /// Height of action buttons (their title may wrap them taller).
        public var buttonHeight = 32.0
        public init() {}
    }

    // MARK: - Properties

    /// A name for the theme, e.g. "Microsoft Teams (dark)" (from `x-pluginCatalog.name`).
    public var name: String?
    public var supportsInteractivity = true
    public var choiceSetInputValueSeparator = ","
    /// `hostCapabilities`: feature name → version (`"*"` for any). The renderer adds
    /// `adaptiveCards` (its own schema version) when the host config does not name it.
    public var hostCapabilities: [String: String] = [:]
    public var defaultFont = FontTypeDefinition(fontFamily: "Segoe UI,Segoe,Segoe WP,Helvetica Neue,Helvetica,sans-serif")
    public var monospaceFont = FontTypeDefinition(fontFamily: "'Courier New', Courier, monospace")
    /// Explicit line heights per text size; nil means 1.33 × the font size (the official rule).
    public var lineHeights: FontSizes?
    public var spacing = SpacingDefinition()
    public var separator = SeparatorDefinition()
    public var imageSizes = ImageSizes()
    public var containerStyles = ContainerStyles()
    public var actions = ActionsConfig()
    /// `adaptiveCard.allowCustomStyle`: whether the root card's own `style` is honoured.
    public var allowCustomStyle = false
    public var imageSet = ImageSetConfig()
    public var media = MediaConfig()
    public var factSet = FactSetConfig()
    public var tableCellSpacing = 8.0
    public var textStyles = TextStyles()
    /// `textBlock.headingLevel`: the `aria-level` of `style: heading` text blocks.
    public var headingLevel: Int? = 2
    public var inputs = InputsConfig()
    public var chrome = Chrome()

    /// The official renderer's defaults.
    public init() {}

    public func font(_ type: FontType) -> FontTypeDefinition {
        type == .monospace ? monospaceFont : defaultFont
    }

    /// The line height of `size` text in `type`, in pixels.
    public func lineHeight(_ size: TextSize, _ type: FontType) -> Double {
        if let lineHeights { return lineHeights[size] }
        return font(type).fontSizes[size] * 1.33
    }

    public func imageSize(_ size: ImageSize) -> Double {
        switch size {
        case .small: imageSizes.small
        case .large: imageSizes.large
        default: imageSizes.medium
        }
    }

    /// Whether the host supports `capability` at `version` (`"*"`: any version).
    public func hasCapability(_ capability: String, version: String) -> Bool {
        var have = hostCapabilities[capability]
        if have == nil, capability == "adaptiveCards" { have = CardRenderer.schemaVersion.description }
        guard let have else { return false }
        if version == "*" || have == "*" { return true }
        guard let wanted = SchemaVersion(version), let has = SchemaVersion(have) else { return false }
        return wanted <= has
    }

    /// Everything the card HTML depends on, written canonically. Two host configs with equal
    /// signatures give byte-identical HTML for every card, so one rendering can be shown
    /// under either by switching the stylesheet scope.
    public var markupSignature: String {
        var s = ""
        func t(_ a: TextAppearance) -> String {
            "\(a.size.rawValue)/\(a.weight.rawValue)/\(a.color.rawValue)/\(a.isSubtle)/\(a.fontType.rawValue)"
        }
        s += "interactive=\(supportsInteractivity);sep=\(choiceSetInputValueSeparator);"
        s += "caps=" + hostCapabilities.keys.sorted().map { "\($0):\(hostCapabilities[$0] ?? "")" }.joined(separator: ",") + ";"
        s += "styles=" + containerStyles.names.joined(separator: ",") + ";"
        s += "maxActions=\(actions.maxActions);actionsSpacing=\(actions.spacing.rawValue);"
        s += "showCardStyle=\(actions.showCard.style);preExpand=\(actions.preExpandSingleShowCardAction);"
        s += "customStyle=\(allowCustomStyle);poster=\(media.defaultPoster ?? "");"
        s += "factTitle=\(t(factSet.title.appearance))/\(factSet.title.wrap);factValue=\(t(factSet.value.appearance))/\(factSet.value.wrap);"
        s += "heading=\(t(textStyles.heading));columnHeader=\(t(textStyles.columnHeader));level=\(headingLevel.map(String.init) ?? "");"
        s += "required=\(t(inputs.label.requiredInputs))/\(inputs.label.requiredSuffix)/\(inputs.label.requiredSuffixColor.rawValue);"
        s += "optional=\(t(inputs.label.optionalInputs));labelWidth=\(inputs.label.width)"
        return s
    }

    public static func == (a: HostConfig, b: HostConfig) -> Bool {
        a.name == b.name && a.supportsInteractivity == b.supportsInteractivity
            && a.choiceSetInputValueSeparator == b.choiceSetInputValueSeparator
            && a.hostCapabilities == b.hostCapabilities && a.defaultFont == b.defaultFont
            && a.monospaceFont == b.monospaceFont && a.lineHeights == b.lineHeights && a.spacing == b.spacing
            && a.separator == b.separator && a.imageSizes == b.imageSizes && a.containerStyles == b.containerStyles
            && a.actions == b.actions && a.allowCustomStyle == b.allowCustomStyle && a.imageSet == b.imageSet
            && a.media == b.media && a.factSet == b.factSet && a.tableCellSpacing == b.tableCellSpacing
            && a.textStyles == b.textStyles && a.headingLevel == b.headingLevel && a.inputs == b.inputs
            && a.chrome == b.chrome
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(markupSignature)
        hasher.combine(defaultFont)
        hasher.combine(spacing)
        hasher.combine(containerStyles)
        hasher.combine(chrome)
    }
}

/// A schema version such as `1.5`.
public struct SchemaVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var major: Int
    public var minor: Int

    public init(_ major: Int, _ minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// `"1"`, `"1.5"`, `"1.5.0"`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 6 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let major = Int(parts[0])
        else { return nil }
        self.major = major
        self.minor = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    }

    public static func < (a: SchemaVersion, b: SchemaVersion) -> Bool {
        (a.major, a.minor) < (b.major, b.minor)
    }

    public var description: String { "\(major).\(minor)" }
}
