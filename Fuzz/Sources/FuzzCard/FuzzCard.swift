import CardRendering
import FuzzSupport
import JSONTree

/// The card renderer on any card JSON and any host config: the inline HTML, the
/// standalone document (with its stylesheet from the host config) and the previews. None
/// of it may contain anything that runs script.
///
/// Input: the card, a NUL, the host config (JSON text; the default host config when it
/// does not parse).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCard(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let parts = FuzzInput.parts(FuzzInput.bytes(data, size), count: 2)
    guard let card = FuzzInput.json(parts[0]) else { return 0 }
    let host = FuzzInput.json(parts[1]).map { HostConfig(json: $0) } ?? HostConfig()
    var options = RenderOptions(idPrefix: "fz")
    options.contrastChecks = [ContrastCheck(name: "fuzz", hostConfig: host)]
    let images = CardRenderer.imageReferences(in: card)
    if let first = images.first { options.imageSources[first] = "data:image/png;base64,iVBORw0KGgo=" }
    let rendered = CardRenderer.render(card: card, hostConfig: host, options: options)
    check(rendered.html, "the card")
    for warning in rendered.warnings { _ = warning.description }

    let (document, _) = StandaloneCard.document(card: card, hostConfig: host, title: card["title"]?.stringValue ?? "Card")
    check(document, "the standalone document")
    fuzzCheck(document.components(separatedBy: "</style").count == 2, "the stylesheet ends early or twice")

    let item = PreviewCardContent(title: card["title"]?.stringValue ?? "", subtitle: card["subtitle"]?.stringValue,
                                  text: card["text"]?.stringValue, imageURL: images.last, imageAlt: card["alt"]?.stringValue)
    for layout in PreviewLayout.allCases {
        check(PreviewCardRenderer.searchResults([item], layout: layout).html, "a preview")
    }
    let citation = CitationContent(title: item.title, subtitle: item.subtitle, url: card["url"]?.stringValue, thumbnailURL: images.first)
    check(PreviewCardRenderer.copilotResponse(card: rendered, citation: citation).html, "a Copilot response")
    return 0
}

func check(_ html: String, _ what: String) {
    if let problem = HTMLSafety.problem(in: html) { fuzzCheck(false, "\(what): \(problem)") }
}
