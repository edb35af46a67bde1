import FuzzSupport
import MarkdownHTML

/// Markdown (cmark-gfm, then the project's conversion and HTML writer) on any text, as
/// documentation pages and as card text. The HTML must never contain anything that runs
/// script.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzInput.text(FuzzInput.bytes(data, size))
    var inline = Markdown.Options.documentation
    inline.inlineSingleParagraph = true
    for options in [Markdown.Options.documentation, Markdown.Options.adaptiveCard, inline] {
        let html = Markdown.html(text, options: options)
        if let problem = HTMLSafety.problem(in: html) { fuzzCheck(false, "Markdown HTML: \(problem)") }
    }
    _ = Markdown.plainText(text)
    return 0
}
