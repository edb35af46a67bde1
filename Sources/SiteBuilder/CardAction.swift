import AdaptiveExpressions
import CardRendering
import CardTemplating
import CatalogDiagnostics
import Foundation
import JSONTree
import PackageReader

/// `plugin-catalog card`: one Adaptive Card template (plus data and a host config) to one
/// self-contained HTML file: inline CSS, local images inlined as `data:` URLs, no script.
public struct CardAction: Sendable {
    /// Which host config draws the card.
    public enum Host: Sendable, Hashable {
        /// One of the default theme's: `teams-light`, `teams-dark`, `teams-contrast`.
        case named(String)
        /// A host config JSON file.
        case file(URL)

        public static let names = ["teams-light", "teams-dark", "teams-contrast"]

        /// How messages name the host config: "Teams dark", or the file's name.
        public var displayName: String {
            switch self {
            case .named("teams-light"): "Teams light"
            case .named("teams-dark"): "Teams dark"
            case .named("teams-contrast"): "Teams high contrast"
            case .named(let name): name
            case .file(let url): url.lastPathComponent
            }
        }

        /// A known name, else a file path.
        public init(argument: String, relativeTo base: URL) {
            self = Host.names.contains(argument) ? .named(argument) : .file(URL(fileURLWithPath: argument, relativeTo: base).standardizedFileURL)
        }
    }

    public var template: URL
    /// The data (`$root`); nil means `<name>.data.json` beside the template when it exists.
    public var data: URL?
    public var host: Host = .named("teams-light")
    /// The heading and `<title>`; nil means the template's file name.
    public var title: String?
    /// The instant the clock functions see (fixed by default, so output is reproducible).
    public var now: Date = CardPreviews.clock
    public var locale = "en-US"
    /// The card element alone: no heading, no page padding, no frame, as wide as the window
    /// (`--bare`; for screenshots, and how the fidelity check compares with reference renders).
    public var bare = false

    /// Local images larger than this are left as links.
    public static let maxInlineImageBytes = 4 << 20
    static let imageTypes = ["png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
                             "webp": "image/webp", "svg": "image/svg+xml", "bmp": "image/bmp", "ico": "image/x-icon"]

    public init(template: URL, data: URL? = nil, host: Host = .named("teams-light"), title: String? = nil) {
        self.template = template
        self.data = data
        self.host = host
        self.title = title
    }

    public struct Result: Sendable {
        /// The document, or nil when the template could not be read.
        public var html: String?
        public var diagnostics: [Diagnostic] = []
        /// The data file used, if any.
        public var dataFile: URL?
        /// Local image files inlined.
        public var inlinedImages: [String] = []
        /// 0 written (warnings allowed), 1 when an error was reported.
        public var exitCode: Int32 { diagnostics.hasErrors || html == nil ? 1 : 0 }
    }

    /// The data file used when none is given: `X.data.json` beside `X.json` or `X.template.json`.
    public static func defaultDataFile(for template: URL) -> URL? {
        let name = template.lastPathComponent
        let stem = name.hasSuffix(".template.json") ? String(name.dropLast(".template.json".count))
            : name.hasSuffix(".json") ? String(name.dropLast(".json".count)) : name
        let candidate = template.deletingLastPathComponent().appendingPathComponent(stem + ".data.json")
        return candidate != template && FileManager.default.fileExists(atPath: candidate.path) ? candidate : nil
    }

    public func run() -> Result {
        var result = Result()
        guard let root = Self.readJSON(template, into: &result.diagnostics) else { return result }
        let templateJSON = root.jsonValue
        let templatePath = template.path

        var dataJSON: JSONValue?
        result.dataFile = data ?? Self.defaultDataFile(for: template)
        if let dataFile = result.dataFile {
            guard let node = Self.readJSON(dataFile, into: &result.diagnostics) else { return result }
            dataJSON = node.jsonValue
        }

        let hostConfig: HostConfig
        switch host {
        case .named(let name):
            hostConfig = HostConfigFiles.load(name)
        case .file(let url):
            guard let node = Self.readJSON(url, into: &result.diagnostics) else { return result }
            hostConfig = HostConfig(json: node.jsonValue)
        }

        if templateJSON["type"]?.stringValue != "AdaptiveCard" {
            result.diagnostics.append(.warning(.cardElement, "the template is not an Adaptive Card (its \"type\" is not \"AdaptiveCard\")",
                                               file: templatePath, at: root.location))
        } else if let problem = CardPreviews.versionProblem(templateJSON) {
            result.diagnostics.append(.warning(.ac01, problem, file: templatePath, at: root["version"]?.location))
        }

        let context = EvaluationContext(now: now, locale: locale, randomSeed: 1)
        let expansion = CardTemplate(json: templateJSON).expand(data: dataJSON, host: nil, context: context)
        for w in expansion.warnings {
            let at = root.resolve(pointer: w.path)?.location ?? root.location
            result.diagnostics.append(.warning(.cardTemplate, w.message, file: templatePath, at: at))
        }

        var options = RenderOptions(idPrefix: "card")
        options.contrastChecks = [ContrastCheck(name: host.displayName, hostConfig: hostConfig)]
        let folder = template.deletingLastPathComponent().standardizedFileURL
        for url in CardRenderer.imageReferences(in: expansion.value) where options.imageSources[url] == nil {
            if let inlined = Self.inlineLocalImage(url, in: folder) {
                options.imageSources[url] = inlined
                result.inlinedImages.append(url)
            }
        }
        let rendered = CardRenderer.render(card: expansion.value, hostConfig: hostConfig, options: options)
        for w in rendered.warnings {
            let rule = CardPreviews.rule(for: w.kind)
            // Paths name the expanded card; they match the template wherever no `$data` repeated an element.
            let at = root.resolve(pointer: w.path)?.location ?? root.location
            result.diagnostics.append(.warning(rule, "\(w.path.isEmpty ? "/" : w.path): \(w.message)", file: templatePath, at: at))
        }
        let prepared = StandaloneCard.Prepared(
            stylesheets: [CardStylesheet.base, CardStylesheet.css(for: hostConfig, scope: ".ac-theme")], subsetting: true)
        result.html = prepared.document(rendered: rendered, title: title ?? template.lastPathComponent, bare: bare)
        result.diagnostics = result.diagnostics.normalized
        return result
    }

    /// Writes `html` to `url` atomically (a temporary file beside it, then a rename).
    public static func write(_ html: String, to url: URL) -> Diagnostic? {
        do {
            try Data(html.utf8).write(to: url, options: .atomic)
            return nil
        } catch {
            return .error(.siteOutput, "cannot write the card: \(error.localizedDescription)", file: url.path)
        }
    }

    static func readJSON(_ url: URL, into diagnostics: inout [Diagnostic]) -> SourceNode? {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.append(.error(.fileUnreadable, "cannot read the file", file: url.path))
            return nil
        }
        do {
            let parsed = try JSONParser.parse([UInt8](data))
            return parsed.root
        } catch {
            diagnostics.append(.error(.jsonSyntax, error.message, file: url.path, at: error.location))
            return nil
        }
    }

    /// A `data:` URL for an image file named relatively by the card, when the file is inside
    /// the template's folder (no `..` escape, no absolute path, no link leaving it), has an
    /// image extension and is not too large. Anything else stays as the card wrote it.
    static func inlineLocalImage(_ reference: String, in folder: URL) -> String? {
        guard !reference.isEmpty, !reference.hasPrefix("/"), !reference.contains(":"), !reference.contains("\\"),
              !reference.hasPrefix("//") else { return nil }
        let path = (reference.split(separator: "?", maxSplits: 1).first.map(String.init) ?? reference)
            .removingPercentEncoding ?? reference
        let parts = path.split(separator: "/")
        guard !parts.isEmpty, !parts.contains(where: { $0 == ".." }) else { return nil }
        let file = folder.appendingPathComponent(path)
        guard let type = imageTypes[file.pathExtension.lowercased()] else { return nil }
        let resolved = file.resolvingSymlinksInPath().path
        let base = folder.resolvingSymlinksInPath().path
        guard resolved.hasPrefix(base + "/"),
              let attributes = try? FileManager.default.attributesOfItem(atPath: resolved),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let size = attributes[.size] as? Int, size <= maxInlineImageBytes,
              let bytes = FileManager.default.contents(atPath: resolved) else { return nil }
        return "data:" + type + ";base64," + bytes.base64EncodedString()
    }
}
