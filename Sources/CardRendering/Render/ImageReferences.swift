import JSONTree

/// Collects the image URLs of a card: image `url`s, posters, background images, icons.
struct ImageReferenceCollector {
    var urls: [String] = []
    private var seen = Set<String>()
    private var budget = 100_000

    mutating func add(_ v: JSONValue?) {
        guard case .string(let s)? = v, !s.isEmpty, !seen.contains(s) else { return }
        seen.insert(s)
        urls.append(s)
    }

    mutating func collect(_ value: JSONValue, depth: Int) {
        guard depth < 200, budget > 0 else { return }
        budget -= 1
        switch value {
        case .object(let o):
            if o["type"]?.stringValue == "Image" { add(o["url"]) }
            add(o["poster"])
            add(o["iconUrl"])
            switch o["backgroundImage"] {
            case .string?: add(o["backgroundImage"])
            case .object(let b)?: add(b["url"])
            default: break
            }
            for (_, v) in o {
                switch v {
                case .object, .array: collect(v, depth: depth + 1)
                default: continue
                }
            }
        case .array(let a):
            for v in a {
                switch v {
                case .object, .array: collect(v, depth: depth + 1)
                default: continue
                }
            }
        default:
            break
        }
    }
}
