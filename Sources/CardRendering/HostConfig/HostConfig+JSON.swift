import JSONTree
import MarkdownHTML

extension HostConfig {
    /// Reads host config JSON text (comments and trailing commas tolerated).
    public init(jsonText: String) throws(JSONIssue) {
        self.init(json: try JSONValue.parse(jsonText))
    }

    /// Reads a host config. Absent or malformed properties keep the official defaults;
    /// nothing here traps, whatever the input.
    public init(json: JSONValue) {
        self.init()
        guard case .object(let o) = json else { return }

        if let v = o["supportsInteractivity"]?.boolValue { supportsInteractivity = v }
        if let v = o["choiceSetInputValueSeparator"]?.stringValue, !v.isEmpty, v.count <= 8 { choiceSetInputValueSeparator = v }

        if case .object(let caps)? = o["hostCapabilities"] {
            for (name, value) in caps {
                guard case .string(let version) = value, version == "*" || SchemaVersion(version) != nil else { continue }
                hostCapabilities[name] = version
            }
        }

        // Legacy top-level font settings, then `fontTypes`.
        if let family = Self.fontFamily(o["fontFamily"]) { defaultFont.fontFamily = family }
        Self.readSizes(o["fontSizes"], into: &defaultFont.fontSizes)
        Self.readWeights(o["fontWeights"], into: &defaultFont.fontWeights)
        if case .object(let types)? = o["fontTypes"] {
            Self.readFontType(types["default"], into: &defaultFont)
            Self.readFontType(types["monospace"], into: &monospaceFont)
        }
        if case .object? = o["lineHeights"] {
            var heights = FontSizes()
            for size in TextSize.allCases { heights[size] = defaultFont.fontSizes[size] * 1.33 }
            Self.readSizes(o["lineHeights"], into: &heights)
            lineHeights = heights
        }

        if case .object(let sp)? = o["spacing"] {
            for s in Spacing.allCases where s != .none {
                if let v = Self.length(sp[s.rawValue]) { spacing[s] = v }
            }
        }
        if case .object(let sep)? = o["separator"] {
            if let v = Self.length(sep["lineThickness"], max: 100) { separator.lineThickness = v }
            if let c = Self.color(sep["lineColor"]) { separator.lineColor = c }
        }
        if case .object(let sizes)? = o["imageSizes"] {
            if let v = Self.length(sizes["small"]) { imageSizes.small = v }
            if let v = Self.length(sizes["medium"]) { imageSizes.medium = v }
            if let v = Self.length(sizes["large"]) { imageSizes.large = v }
        }
        if case .object(let styles)? = o["containerStyles"] {
            for style in BuiltInContainerStyle.allCases {
                if case .object(let def)? = styles[style.rawValue] {
                    var d = containerStyles[style.rawValue]
                    Self.readContainerStyle(def, into: &d)
                    containerStyles[style.rawValue] = d
                }
            }
            if case .array(let custom)? = styles["customStyles"] {
                for entry in custom.prefix(64) {
                    guard let name = entry["name"]?.stringValue, Self.isStyleName(name),
                        case .object(let def)? = entry["style"]
                    else { continue }
                    var d = containerStyles.contains(name) ? containerStyles[name] : ContainerStyleDefinition()
                    Self.readContainerStyle(def, into: &d)
                    containerStyles[name] = d
                }
            }
        }
        if case .object(let a)? = o["actions"] { readActions(a) }
        if let v = o["adaptiveCard"]?["allowCustomStyle"]?.boolValue { allowCustomStyle = v }
        if case .object(let set)? = o["imageSet"] {
            if let v = ImageSize.parse(set["imageSize"]) { imageSet.imageSize = v }
            if let v = Self.length(set["maxImageHeight"]) { imageSet.maxImageHeight = v }
        }
        if case .object(let m)? = o["media"] {
            if let p = m["defaultPoster"]?.stringValue, URLPolicy.cardImages.sanitize(p) != nil { media.defaultPoster = p }
            if let v = m["allowInlinePlayback"]?.boolValue { media.allowInlinePlayback = v }
        }
        if case .object(let f)? = o["factSet"] {
            if case .object(let title)? = f["title"] {
                Self.readAppearance(title, into: &factSet.title.appearance)
                if let w = title["wrap"]?.boolValue { factSet.title.wrap = w }
                if let w = Self.length(title["maxWidth"]) { factSet.titleMaxWidth = w }
            }
            if case .object(let value)? = f["value"] {
                Self.readAppearance(value, into: &factSet.value.appearance)
                if let w = value["wrap"]?.boolValue { factSet.value.wrap = w }
            }
            if let v = Self.length(f["spacing"]) { factSet.spacing = v }
        }
        if let v = Self.length(o["table"]?["cellSpacing"]) { tableCellSpacing = v }
        if case .object(let styles)? = o["textStyles"] {
            if case .object(let h)? = styles["heading"] { Self.readAppearance(h, into: &textStyles.heading) }
            if case .object(let h)? = styles["columnHeader"] { Self.readAppearance(h, into: &textStyles.columnHeader) }
        }
        if case .object(let tb)? = o["textBlock"] {
            if let level = tb["headingLevel"]?.intValue { headingLevel = (1...6).contains(level) ? level : nil }
        }
        if case .object(let inp)? = o["inputs"] {
            if case .object(let label)? = inp["label"] {
                if let s = Spacing.parse(label["inputSpacing"]) { inputs.label.inputSpacing = s }
                if case .object(let req)? = label["requiredInputs"] {
                    Self.readAppearance(req, into: &inputs.label.requiredInputs)
                    if let s = req["suffix"]?.stringValue, s.count <= 16 { inputs.label.requiredSuffix = s }
                    if let c = TextColor.parse(req["suffixColor"]) { inputs.label.requiredSuffixColor = c }
                }
                if case .object(let opt)? = label["optionalInputs"] { Self.readAppearance(opt, into: &inputs.label.optionalInputs) }
                if let w = Self.length(label["width"], max: 100) { inputs.label.width = w }
            }
            if case .object(let err)? = inp["errorMessage"] { Self.readAppearance(err, into: &inputs.errorMessage) }
        }
        if case .object(let x)? = o["x-pluginCatalog"] { readChrome(x) }
    }

    private mutating func readActions(_ a: JSONObject) {
        if let v = a["maxActions"]?.intValue, v >= 0 { actions.maxActions = min(v, 100) }
        if let v = Spacing.parse(a["spacing"]) { actions.spacing = v }
        if let v = Self.length(a["buttonSpacing"]) { actions.buttonSpacing = v }
        if case .object(let sc)? = a["showCard"] {
            if let v = ShowCardConfig.ActionMode.parse(sc["actionMode"]) { actions.showCard.actionMode = v }
            if let v = Self.length(sc["inlineTopMargin"]) { actions.showCard.inlineTopMargin = v }
            if let v = sc["style"]?.stringValue, Self.isStyleName(v) { actions.showCard.style = v }
        }
        if let v = a["preExpandSingleShowCardAction"]?.boolValue { actions.preExpandSingleShowCardAction = v }
        if let v = Orientation.parse(a["actionsOrientation"]) { actions.actionsOrientation = v }
        if let v = ActionAlignment.parse(a["actionAlignment"]) { actions.actionAlignment = v }
        if let v = ActionIconPlacement.parse(a["iconPlacement"]) { actions.iconPlacement = v }
        if let v = a["allowTitleToWrap"]?.boolValue { actions.allowTitleToWrap = v }
        if let v = Self.length(a["iconSize"], max: 200) {
            actions.iconSize = v
        } else if case .string(let s)? = a["iconSize"], let px = CardSize.parse(s), case .pixels(let v) = px, v <= 200 {
            actions.iconSize = v
        }
    }

    private mutating func readChrome(_ x: JSONObject) {
        if let n = x["name"]?.stringValue, n.count <= 100 { name = n }
        func c(_ key: String) -> CardColor? { Self.color(x[key]) }
        chrome.pageBackground = c("pageBackground")
        chrome.cardBackground = c("cardBackground")
        chrome.cardBorder = c("cardBorder")
        if let v = Self.length(x["cardBorderWidth"], max: 20) { chrome.cardBorderWidth = v }
        if let v = Self.length(x["cardRadius"], max: 40) { chrome.cardRadius = v }
        chrome.link = c("link")
        chrome.focusRing = c("focusRing")
        chrome.buttonForeground = c("buttonForeground")
        chrome.buttonBackground = c("buttonBackground")
        chrome.buttonBorder = c("buttonBorder")
        chrome.buttonHoverForeground = c("buttonHoverForeground")
        chrome.buttonHoverBackground = c("buttonHoverBackground")
        chrome.primaryButtonForeground = c("primaryButtonForeground")
        chrome.primaryButtonBackground = c("primaryButtonBackground")
        chrome.destructiveForeground = c("destructiveForeground")
        chrome.disabledForeground = c("disabledForeground")
        chrome.disabledBackground = c("disabledBackground")
        chrome.inputForeground = c("inputForeground")
        chrome.inputBackground = c("inputBackground")
        chrome.inputBorder = c("inputBorder")
        chrome.placeholder = c("placeholder")
        if let v = x["containerBorders"]?.boolValue { chrome.containerBorders = v }
        if let v = Self.length(x["buttonFontWeight"], max: 1000), v >= 100 { chrome.buttonFontWeight = v }
        if let v = Self.length(x["buttonHeight"], max: 100), v >= 16 { chrome.buttonHeight = v }
    }

    // MARK: - Value readers

    /// A non-negative finite number no larger than `max`.
    static func length(_ v: JSONValue?, max: Double = 10_000) -> Double? {
        guard case .number(let d)? = v, d.isFinite, d >= 0, d <= max else { return nil }
        return d
    }

    static func color(_ v: JSONValue?) -> CardColor? {
        guard case .string(let s)? = v else { return nil }
        return CardColor.parse(s)
    }

    /// A `font-family` value that cannot leave its CSS declaration or its `<style>` element.
    static func fontFamily(_ v: JSONValue?) -> String? {
        guard case .string(let s)? = v, !s.isEmpty, s.utf8.count <= 300 else { return nil }
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: ";"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                UInt8(ascii: "\\"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "@"), UInt8(ascii: "/"):
                return nil
            default:
                if b < 0x20 || b == 0x7F { return nil }
            }
        }
        // Quotes must pair up, or the rest of the stylesheet would be inside a string.
        if s.utf8.filter({ $0 == UInt8(ascii: "'") }).count % 2 != 0 { return nil }
        if s.utf8.filter({ $0 == UInt8(ascii: "\"") }).count % 2 != 0 { return nil }
        return s
    }

    /// Container style names become CSS class names: ASCII letters, digits, `-` and `_`.
    static func isStyleName(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= 40
            && s.utf8.allSatisfy {
                ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z")
                    || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")
            }
    }

    static func readSizes(_ v: JSONValue?, into sizes: inout FontSizes) {
        guard case .object(let o)? = v else { return }
        for size in TextSize.allCases {
            if let d = length(o[size.rawValue], max: 500), d > 0 { sizes[size] = d }
        }
    }

    static func readWeights(_ v: JSONValue?, into weights: inout FontWeights) {
        guard case .object(let o)? = v else { return }
        for w in TextWeight.allCases {
            if let d = length(o[w.rawValue], max: 1000), d >= 1 { weights[w] = d.rounded() }
        }
    }

    static func readFontType(_ v: JSONValue?, into def: inout FontTypeDefinition) {
        guard case .object(let o)? = v else { return }
        if let f = fontFamily(o["fontFamily"]) { def.fontFamily = f }
        readSizes(o["fontSizes"], into: &def.fontSizes)
        readWeights(o["fontWeights"], into: &def.fontWeights)
    }

    static func readAppearance(_ o: JSONObject, into a: inout TextAppearance) {
        if let v = TextSize.parse(o["size"]) { a.size = v }
        if let v = TextWeight.parse(o["weight"]) { a.weight = v }
        if let v = TextColor.parse(o["color"]) { a.color = v }
        if let v = o["isSubtle"]?.boolValue { a.isSubtle = v }
        if let v = FontType.parse(o["fontType"]) { a.fontType = v }
    }

    static func readContainerStyle(_ o: JSONObject, into d: inout ContainerStyleDefinition) {
        if let c = color(o["backgroundColor"]) { d.backgroundColor = c }
        if let c = color(o["borderColor"]) { d.borderColor = c }
        if let c = color(o["highlightBackgroundColor"]) { d.highlightBackgroundColor = c }
        if let c = color(o["highlightForegroundColor"]) { d.highlightForegroundColor = c }
        guard case .object(let fg)? = o["foregroundColors"] else { return }
        for name in TextColor.allCases {
            guard case .object(let def)? = fg[name.rawValue] else { continue }
            var current = d.foregroundColors[name]
            if let c = color(def["default"]) { current.default = c }
            if let c = color(def["subtle"]) { current.subtle = c }
            if case .object(let hl)? = def["highlightColors"] {
                if let c = color(hl["default"]) { current.highlightDefault = c }
                if let c = color(hl["subtle"]) { current.highlightSubtle = c }
            }
            d.foregroundColors[name] = current
        }
    }
}
