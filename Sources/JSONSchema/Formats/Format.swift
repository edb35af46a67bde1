import ECMARegex

/// The `format` values checked when formats are asserted. Others (`idn-hostname`, custom
/// names) are accepted, as the drafts require of formats an implementation does not know.
enum Format: Sendable, Hashable {
    case dateTime, date, time, duration
    case email, idnEmail, hostname, ipv4, ipv6
    case uri, uriReference, iri, iriReference, uriTemplate
    case uuid, regex, jsonPointer, relativeJSONPointer
    case unknown

    init(name: String) {
        switch name {
        case "date-time": self = .dateTime
        case "date": self = .date
        case "time": self = .time
        case "duration": self = .duration
        case "email": self = .email
        case "idn-email": self = .idnEmail
        case "hostname": self = .hostname
        case "ipv4": self = .ipv4
        case "ipv6": self = .ipv6
        case "uri": self = .uri
        case "uri-reference": self = .uriReference
        case "iri": self = .iri
        case "iri-reference": self = .iriReference
        case "uri-template": self = .uriTemplate
        case "uuid": self = .uuid
        case "regex": self = .regex
        case "json-pointer": self = .jsonPointer
        case "relative-json-pointer": self = .relativeJSONPointer
        default: self = .unknown
        }
    }

    func accepts(_ s: String) -> Bool {
        let c = Array(s.unicodeScalars)
        switch self {
        case .dateTime: return DateFormats.dateTime(c)
        case .date: return DateFormats.date(c[...])
        case .time: return DateFormats.time(c[...])
        case .duration: return DateFormats.duration(c)
        case .email: return NetworkFormats.email(c, international: false)
        case .idnEmail: return NetworkFormats.email(c, international: true)
        case .hostname: return NetworkFormats.hostname(c[...])
        case .ipv4: return NetworkFormats.ipv4(c[...])
        case .ipv6: return NetworkFormats.ipv6(c[...])
        case .uri: return URIFormats.uri(c, reference: false, international: false)
        case .uriReference: return URIFormats.uri(c, reference: true, international: false)
        case .iri: return URIFormats.uri(c, reference: false, international: true)
        case .iriReference: return URIFormats.uri(c, reference: true, international: true)
        case .uriTemplate: return URIFormats.template(c)
        case .uuid: return Format.uuid(c)
        case .regex: return (try? JSRegex(s, flags: .unicode, syntax: .strict)) != nil
        case .jsonPointer: return Format.jsonPointer(c[...])
        case .relativeJSONPointer: return Format.relativeJSONPointer(c)
        case .unknown: return true
        }
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
    static func isAlpha(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
    static func isHex(_ c: Unicode.Scalar) -> Bool { isDigit(c) || ("a"..."f").contains(c) || ("A"..."F").contains(c) }

    /// `8-4-4-4-12` hexadecimal digits.
    static func uuid(_ c: [Unicode.Scalar]) -> Bool {
        guard c.count == 36 else { return false }
        for (i, x) in c.enumerated() {
            if [8, 13, 18, 23].contains(i) {
                if x != "-" { return false }
            } else if !isHex(x) {
                return false
            }
        }
        return true
    }

    /// RFC 6901: empty, or `/`-prefixed tokens where `~` is followed by `0` or `1`.
    static func jsonPointer(_ c: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = c.first else { return true }
        guard first == "/" else { return false }
        var i = c.startIndex
        while i < c.endIndex {
            if c[i] == "~" {
                guard i + 1 < c.endIndex, c[i + 1] == "0" || c[i + 1] == "1" else { return false }
                i += 1
            }
            i += 1
        }
        return true
    }

    /// A non-negative integer without leading zeros, then `#` or a JSON Pointer.
    static func relativeJSONPointer(_ c: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < c.count, isDigit(c[i]) { i += 1 }
        guard i > 0, !(i > 1 && c[0] == "0") else { return false }
        if i < c.count, c[i] == "#" { return i + 1 == c.count }
        return jsonPointer(c[i...])
    }
}
