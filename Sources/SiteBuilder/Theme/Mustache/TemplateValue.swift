import CatalogDiagnostics
import JSONTree
import MarkdownHTML

/// A value a template renders: what page views are made of.
enum TemplateValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case list([TemplateValue])
    case map(View)
    /// Markup already rendered, as UTF-8 (a page's content inside the layout): written as
    /// it is by `{{{…}}}`, so it is not turned into a `String` and back.
    case rendered([UInt8])

    /// `false`, `null` and empty lists skip a section; everything else (an empty string
    /// too) renders it, as swift-mustache does.
    var isFalsy: Bool {
        switch self {
        case .null: return true
        case .bool(let b): return !b
        case .list(let l): return l.isEmpty
        default: return false
        }
    }

    var text: String {
        switch self {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .string(let s): return s
        case .rendered(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .list, .map: return ""
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    init(stringLiteral value: String) { self = .string(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    init(dictionaryLiteral elements: (String, TemplateValue)...) {
        var view = View(minimumCapacity: elements.count)
        for (key, value) in elements { view[key] = value }
        self = .map(view)
    }
    init(nilLiteral: ()) { self = .null }
}
