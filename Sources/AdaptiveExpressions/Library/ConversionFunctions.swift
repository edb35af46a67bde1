import JSONTree

/// Conversions: `float`, `int`, `bool` (in the logic group), `binary`, `base64`,
/// `base64ToBinary`, `base64ToString`, `dataUri`, `dataUriToBinary`, `dataUriToString`,
/// `uriComponent`, `uriComponentToString`, `jsonStringify`, `createArray`.
enum ConversionFunctions {
    static var all: [FunctionDefinition] {
        [
            float, int, binary, base64, base64ToBinary, base64ToString, dataUri, dataUriToBinary, dataUriToString,
            uriComponent, uriComponentToString, jsonStringify, createArray
        ]
    }

    static func requireString(_ v: Value, _ name: String) throws(EvalError) -> String {
        guard case .string(let s) = v else { throw fail("\(name): \(v.debugText) is not a string.") }
        return s
    }

    static let float = eager("float", .number, Validate.unary) { _, args throws(EvalError) in
        switch args[0] {
        case .string(let s):
            guard let d = JS.parseFloat(s) else { throw fail("parameter \(s) is not a valid number string.") }
            return .number(d)
        case .number(let d) where !d.isNaN:
            return .number(d)
        default:
            return .undefined
        }
    }

    static let int = eager("int", .number, Validate.unary) { _, args throws(EvalError) in
        switch args[0] {
        case .string(let s):
            guard let d = JS.parseInt(s) else { throw fail("parameter \(s) is not a valid number string.") }
            return .number(d)
        case .number(let d) where !d.isNaN:
            return .number(JS.parseInt(JSNumber.format(d)) ?? .nan)
        default:
            return .undefined
        }
    }

    static let binary = eager("binary", .object, Validate.unary) { _, args throws(EvalError) in
        .bytes(Array(try requireString(args[0], "binary").utf8))
    }

    static let base64 = eager("base64", .string, Validate.unary) { _, args throws(EvalError) in
        switch args[0] {
        case .string(let s):
            guard let latin1 = Base64.latin1Bytes(s) else { throw fail("base64: The string to be encoded contains characters outside of the Latin1 range.") }
            return .string(Base64.encode(latin1))
        case .bytes(let b):
            let text = String(decoding: b, as: UTF8.self)
            guard let latin1 = Base64.latin1Bytes(text) else { throw fail("base64: The string to be encoded contains characters outside of the Latin1 range.") }
            return .string(Base64.encode(latin1))
        default:
            return .undefined
        }
    }

    static func atob(_ s: String, _ name: String) throws(EvalError) -> [UInt8] {
        guard let bytes = Base64.decode(s) else { throw fail("\(name): The string to be decoded is not correctly encoded.") }
        return bytes
    }

    /// The Latin-1 string `atob` gives.
    static func latin1String(_ bytes: [UInt8]) -> String {
        String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    static let base64ToBinary = eager("base64ToBinary", .object, Validate.unary) { _, args throws(EvalError) in
        let raw = try atob(try requireString(args[0], "base64ToBinary"), "base64ToBinary")
        return .bytes(Array(latin1String(raw).utf8))
    }

    static let base64ToString = eager("base64ToString", .string, Validate.unary) { _, args throws(EvalError) in
        .string(latin1String(try atob(try requireString(args[0], "base64ToString"), "base64ToString")))
    }

    static let dataUri = eager("dataUri", .string, Validate.unary) { _, args throws(EvalError) in
        let s = try requireString(args[0], "dataUri")
        guard let latin1 = Base64.latin1Bytes(s) else { throw fail("dataUri: The string to be encoded contains characters outside of the Latin1 range.") }
        return .string("data:text/plain;charset=utf-8;base64," + Base64.encode(latin1))
    }

    static let dataUriToBinary = eager("dataUriToBinary", .object, Validate.unary) { _, args throws(EvalError) in
        .bytes(Array(try requireString(args[0], "dataUriToBinary").utf8))
    }

    static let dataUriToString = eager("dataUriToString", .string, Validate.unary) { _, args throws(EvalError) in
        let s = try requireString(args[0], "dataUriToString")
        let u = Array(s.utf16)
        let comma = u.firstIndex(of: 0x2C) ?? -1
        let payload = String(decoding: u[(comma + 1)...], as: UTF16.self)
        return .string(latin1String(try atob(payload, "dataUriToString")))
    }

    static let uriComponent = eager("uriComponent", .string, Validate.unary) { _, args throws(EvalError) in
        let s = try requireString(args[0], "uriComponent")
        guard let encoded = URIText.encodeComponent(s) else { throw fail("uriComponent: URI malformed") }
        return .string(encoded)
    }

    static let uriComponentToString = eager("uriComponentToString", .string, Validate.unary) { _, args throws(EvalError) in
        let s = try requireString(args[0], "uriComponentToString")
        guard let decoded = URIText.decodeComponent(s) else { throw fail("uriComponentToString: URI malformed") }
        return .string(decoded)
    }

    static let jsonStringify = eager("jsonStringify", .string, Validate.unary) { _, args throws(EvalError) in
        guard let text = JS.stringify(args[0]) else { return .undefined }
        return .string(text)
    }

    static let createArray = eager("createArray", .array, Validate.none) { _, args throws(EvalError) in
        .array(args.map(\.json))
    }
}

/// Base64 as `btoa`/`atob` do it (forgiving decoding: spaces ignored, padding optional).
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// The string's code units as bytes, or nil if one is above 0xFF.
    static func latin1Bytes(_ s: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf16.count)
        for u in s.utf16 {
            guard u <= 0xFF else { return nil }
            out.append(UInt8(u))
        }
        return out
    }

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i + 2 < bytes.count {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], alphabet[Int(n >> 6 & 63)], alphabet[Int(n & 63)]]
            i += 3
        }
        let rest = bytes.count - i
        if rest == 1 {
            let n = UInt32(bytes[i]) << 16
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], 0x3D, 0x3D]
        } else if rest == 2 {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], alphabet[Int(n >> 6 & 63)], 0x3D]
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func decode(_ s: String) -> [UInt8]? {
        var values: [UInt8] = []
        for u in s.utf16 {
            switch u {
            case 0x09, 0x0A, 0x0C, 0x0D, 0x20: continue
            case 0x41...0x5A: values.append(UInt8(u - 0x41))
            case 0x61...0x7A: values.append(UInt8(u - 0x61 + 26))
            case 0x30...0x39: values.append(UInt8(u - 0x30 + 52))
            case 0x2B: values.append(62)
            case 0x2F: values.append(63)
            case 0x3D: values.append(64)
            default: return nil
            }
        }
        // Padding: at most two '=' and only at the end, total length a multiple of 4.
        if values.count % 4 == 0, let last = values.last, last == 64 {
            values.removeLast()
            if values.last == 64 { values.removeLast() }
        }
        if values.contains(64) || values.count % 4 == 1 { return nil }
        var out: [UInt8] = []
        var buffer: UInt32 = 0, bits = 0
        for v in values {
            buffer = buffer << 6 | UInt32(v)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(buffer >> UInt32(bits) & 0xFF))
            }
        }
        return out
    }
}

/// `encodeURIComponent` / `decodeURIComponent`.
enum URIText {
    private static func isUnreserved(_ b: UInt8) -> Bool {
        switch b {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39: return true
        case 0x2D, 0x5F, 0x2E, 0x21, 0x7E, 0x2A, 0x27, 0x28, 0x29: return true
        default: return false
        }
    }

    static func encodeComponent(_ s: String) -> String? {
        // Lone surrogates cannot be encoded (Swift strings never hold them).
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for b in s.utf8 {
            if isUnreserved(b) { out.append(b) } else { out += [0x25, hex[Int(b >> 4)], hex[Int(b & 15)]] }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func decodeComponent(_ s: String) -> String? {
        let u = Array(s.utf8)
        var out: [UInt8] = []
        var i = 0
        func hexValue(_ b: UInt8) -> UInt8? {
            switch b {
            case 0x30...0x39: return b - 0x30
            case 0x41...0x46: return b - 0x41 + 10
            case 0x61...0x66: return b - 0x61 + 10
            default: return nil
            }
        }
        while i < u.count {
            if u[i] == 0x25 {
                guard i + 2 < u.count, let h = hexValue(u[i + 1]), let l = hexValue(u[i + 2]) else { return nil }
                out.append(h << 4 | l)
                i += 3
            } else {
                out.append(u[i])
                i += 1
            }
        }
        // Invalid UTF-8 in the escapes is an error, as in JavaScript.
        guard let text = String(validating: out, as: UTF8.self) else { return nil }
        return text
    }
}
