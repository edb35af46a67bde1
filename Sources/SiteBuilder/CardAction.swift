import AdaptiveExpressions
import CardRendering
import CardTemplating
import CatalogDiagnostics
import CatalogSupport
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
    public var now: Date = CardPipeline.clock
    public var locale = "en-US"
    /// The card element alone: no heading, no page padding, no frame, as wide as the window
    /// (`--bare`; for screenshots, and how the fidelity check compares with reference renders).
    public var bare = false
    /// Which item of a list the card shows (1 = the first): the data, or what `dataPath`
    /// selects in it, may be a response's list of results.
    public var item: Int?
    /// A JSONPath to the data the card binds, within the data file (`$.results`).
    public var dataPath: String?

    /// Local images larger than this are left as links.
    public static let maxInlineImageBytes = 4 << 20
    static let imageTypes = [
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "svg": "image/svg+xml", "bmp": "image/bmp", "ico": "image/x-icon"
    ]

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
    public static func defaultDataFile(for template: URL) -> URL? { CardFiles.dataFile(beside: template) }

    public func run() -> Result {
        var result = Result()
        // Findings name files as the user typed them, relative to the current folder.
        let templatePath = DisplayPath.relative(template, to: nil)
        result.dataFile = data ?? Self.defaultDataFile(for: template)
        guard
            let card = CardFiles.read(
                template, display: templatePath, data: result.dataFile, dataDisplay: result.dataFile.map { DisplayPath.relative($0, to: nil) },
                into: &result.diagnostics),
            result.dataFile == nil || card.data != nil,
            let hostConfig = self.hostConfig(into: &result.diagnostics)
        else { return result }
        var options = RenderOptions(idPrefix: "card")
        options.contrastChecks = [ContrastCheck(name: host.displayName, hostConfig: hostConfig)]
        let compiled = CompiledCard(Self.cardNode(card.template, file: templatePath, into: &result.diagnostics), file: templatePath)
        guard let data = chooseData(card.data, bindings: compiled.template.bindings, into: &result.diagnostics) else {
            result.diagnostics += compiled.findings
            return result
        }
        // Local images the expanded card names are inlined, from the template's folder only.
        let folder = template.deletingLastPathComponent().standardizedFileURL
        options.imageSources[SampleSynthesizer.placeholderImageURL] = SampleSynthesizer.placeholderImage
        var job = CardJob(
            template: compiled, data: data.value, hostConfig: hostConfig, options: options,
            evaluation: EvaluationContext(now: now, locale: locale, randomSeed: 1))
        job.replacingImages = { urls in
            var found: [String: String] = [:]
            for url in urls { found[url] = Self.inlineLocalImage(url, in: folder) }
            return found
        }
        let made = CardPipeline.run(job)
        result.inlinedImages = made.replacedImages
        result.diagnostics += compiled.findings + made.findings
        let prepared = StandaloneCard.Prepared(
            stylesheets: [CardStylesheet.base, CardStylesheet.css(for: hostConfig, scope: ".ac-theme")], subsetting: true)
        result.html = prepared.document(rendered: made.rendered, title: title ?? template.lastPathComponent, bare: bare, note: data.note)
        result.diagnostics = result.diagnostics.normalized
        return result
    }

    /// The card of a file: the file itself, or the `responseCardTemplate` of a response
    /// rendering template (a message extension's `responseTemplates/X.json`), with a note.
    static func cardNode(_ root: SourceNode, file: String, into findings: inout [Diagnostic]) -> SourceNode {
        guard root["type"]?.string != "AdaptiveCard", let inner = root["responseCardTemplate"], inner["type"]?.string == "AdaptiveCard" else { return root }
        findings.append(.note(.cardElement, "a response rendering template: the card is its responseCardTemplate", file: file, at: inner.location))
        return inner
    }

    /// The data the card binds, and what the page says of it: the data file (or what
    /// `dataPath` selects in it), one item of it when it is a list, or values made up from
    /// the names the template binds when there is no data file. nil (with an error) when
    /// `dataPath` or `item` select nothing.
    func chooseData(_ file: SampleFile?, bindings: [CardTemplate.Binding], into findings: inout [Diagnostic]) -> (value: JSONValue, note: String)? {
        guard let file else {
            let (items, invented) = SampleData.fill([], bindings: bindings)
            let names = invented.map { SampleData.display($0.path) }
            if !names.isEmpty {
                findings.append(
                    .note(
                        .sampleData, "no data file: the card shows values made up for what it binds (\(names.prefix(8).joined(separator: ", "))\(names.count > 8 ? ", …" : ""))",
                        file: DisplayPath.relative(template, to: nil)))
            }
            return (items.first ?? .object([:]), "Synthesized sample data: values made up from the names the card binds, not real data.")
        }
        var value = file.value.jsonValue
        // The page names the file, not the folder it sits in on this machine.
        var described = URL(fileURLWithPath: file.file).lastPathComponent
        if let dataPath {
            guard let path = try? JSONPath(dataPath), let selected = path.select(in: value).first else {
                findings.append(.error(.sampleData, "--data-path \(dataPath) selects nothing in the data", file: file.file))
                return nil
            }
            value = selected
            described += " at \(dataPath)"
        }
        guard case .array(let list) = value else {
            if let item, item != 1 { findings.append(.warning(.sampleData, "--item \(item): the data is not a list; the card shows it whole", file: file.file)) }
            return (value, "Sample data: \(described).")
        }
        let index = item ?? 1
        guard index >= 1, index <= list.count else {
            findings.append(
                .error(
                    .sampleData,
                    list.isEmpty
                        ? "the data is an empty list: there is no item to show"
                        : "--item \(index): the data holds \(list.count) item\(list.count == 1 ? "" : "s")", file: file.file))
            return nil
        }
        if item == nil && list.count > 1 {
            findings.append(.note(.sampleData, "the data is a list of \(list.count) items; the card shows the first (--item N shows another)", file: file.file))
        }
        return (list[index - 1], "Sample data: \(described), item \(index) of \(list.count).")
    }

    /// The host config to draw with; nil (with a finding) when its file cannot be read.
    func hostConfig(into diagnostics: inout [Diagnostic]) -> HostConfig? {
        switch host {
        case .named(let name):
            return HostConfigFiles.load(name)
        case .file(let url):
            guard let node = CardFiles.readJSON(url, display: url.path, into: &diagnostics) else { return nil }
            return HostConfig(json: node.jsonValue)
        }
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

    /// A `data:` URL for an image file named relatively by the card, when the file is inside
    /// the template's folder (no `..` escape, no absolute path, no link leaving it), has an
    /// image extension and is not too large. Anything else stays as the card wrote it.
    static func inlineLocalImage(_ reference: String, in folder: URL) -> String? {
        guard !reference.isEmpty, !reference.hasPrefix("/"), !reference.contains(":"), !reference.contains("\\"),
            !reference.hasPrefix("//")
        else { return nil }
        let path =
            (reference.split(separator: "?", maxSplits: 1).first.map(String.init) ?? reference)
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
            let bytes = FileManager.default.contents(atPath: resolved)
        else { return nil }
        return "data:" + type + ";base64," + bytes.base64EncodedString()
    }
}
