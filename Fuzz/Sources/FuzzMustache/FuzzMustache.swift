import FuzzSupport
import JSONTree
@testable import SiteBuilder

/// The site's Mustache engine on any theme templates: parse them as `PageRenderer` does
/// (with the indented copies of standalone partials), and render the first one with every
/// template as a partial against a view, within a rendering budget.
///
/// Input: templates as `name\ntext` pieces separated by NUL bytes; a `view.json` piece is
/// the view (a default when it is absent or does not parse).
let defaultView: JSONValue = (try? JSONValue.parse("""
    {"title": "T <b>&</b>", "site": {"title": "S", "root": "../", "lang": "en"}, "root": "./", "lang": "en",
     "yes": true, "no": false, "none": null, "zero": 0, "n": 3, "empty": [], "text": "",
     "items": [{"name": "a", "yes": true, "items": [{"name": "a1"}]}, {"name": "b <i>", "no": true}],
     "packages": [{"id": "p", "title": "P", "operations": [{"method": "GET", "path": "/x"}]}],
     "content": "<p>content</p>", "a": {"b": {"c": "abc"}}}
    """)) ?? .null

func templateValue(_ json: JSONValue) -> TemplateValue {
    switch json {
    case .null: return .null
    case .bool(let b): return .bool(b)
    case .number(let d): return d.isFinite && d == d.rounded() && abs(d) < 1e15 ? .int(Int(d)) : .string(String(d))
    case .string(let s): return .string(s)
    case .array(let a): return .list(a.map(templateValue))
    case .object(let o):
        var view = View(minimumCapacity: o.count)
        for (k, v) in o { view[k] = templateValue(v) }
        return .map(view)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMustache(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var templates: [String: MustacheTemplate] = [:]
    var firstName: String? = nil
    var view = defaultView
    for (name, contents) in FuzzInput.files(FuzzInput.bytes(data, size)) {
        if name == "view.json" {
            view = FuzzInput.json(contents) ?? defaultView
            continue
        }
        do {
            templates[name] = try MustacheTemplate(FuzzInput.text(contents))
            if firstName == nil { firstName = name }
        } catch {
            fuzzCheck(error.location.line >= 1, "a parse error without a position")
        }
    }
    guard let firstName else { return 0 }
    let all = MustacheTemplate.withIndentedPartials(templates)
    // A tenth of the standard budget keeps an input that spends it under the 1 s limit with
    // ASan on a busy machine; the output may pass the byte bound by one piece at most.
    var budget = MustacheBudget(steps: MustacheBudget.standardSteps / 10, maxBytes: 8 << 20)
    let out = all[firstName]?.render(stack: [templateValue(view)], partials: all, budget: &budget) ?? []
    fuzzCheck(out.count <= budget.maxBytes + (1 << 20) + size, "the output passed the byte bound: \(out.count)")
    return 0
}
