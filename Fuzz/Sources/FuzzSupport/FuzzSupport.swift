#if canImport(Glibc)
import Glibc
#endif
import Foundation
import CFuzzDriver
import JSONTree

/// How the fuzz targets cut one libFuzzer input into the pieces their reader needs, and
/// how they report a broken invariant (a crash libFuzzer records, with the input).
public enum FuzzInput {
    /// The input's bytes.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// `bytes` cut at its first `count - 1` NUL bytes: `template \0 data` and the like.
    /// Missing pieces are empty.
    public static func parts(_ bytes: [UInt8], count: Int) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var rest = bytes[...]
        while out.count < count - 1, let nul = rest.firstIndex(of: 0) {
            out.append(Array(rest[..<nul]))
            rest = rest[(nul + 1)...]
        }
        out.append(Array(rest))
        while out.count < count { out.append([]) }
        return out
    }

    public static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// A file set written as `path\ncontents` pieces separated by NUL bytes (the format of
    /// the package and Mustache seeds): the path is the piece's first line.
    public static func files(_ bytes: [UInt8]) -> [(path: String, contents: [UInt8])] {
        var out: [(String, [UInt8])] = []
        for piece in bytes.split(separator: 0, omittingEmptySubsequences: true) {
            if let newline = piece.firstIndex(of: UInt8(ascii: "\n")) {
                out.append((text(Array(piece[..<newline])), Array(piece[(newline + 1)...])))
            } else {
                out.append((text(Array(piece)), []))
            }
        }
        return out
    }

    /// JSON text, or nil when it does not parse (the target then uses its default).
    public static func json(_ bytes: [UInt8]) -> JSONValue? {
        guard !bytes.isEmpty else { return nil }
        return try? JSONParser.parse(bytes, options: .standard).root.jsonValue
    }
}

/// A broken invariant: prints what and aborts, so libFuzzer keeps the input as a crash.
public func fuzzCheck(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                      file: StaticString = #fileID, line: UInt = #line)
{
    if condition() { return }
    let text = "fuzz invariant broken at \(file):\(line): \(message())\n"
    FileHandle.standardError.write(text.data(using: .utf8) ?? Data())
    abort()
}

/// Checks HTML the project writes for anything that could run script: a `<script` tag, an
/// event-handler attribute, a `javascript:` URL in an attribute, a `<style>` closed early.
/// Text is always escaped, so `<` only ever starts a tag in this output.
public enum HTMLSafety {
    public static func problem(in html: String) -> String? {
        let s = Array(html.utf8)
        var i = 0
        while i < s.count {
            guard s[i] == UInt8(ascii: "<") else { i += 1; continue }
            var j = i + 1
            var quote: UInt8? = nil
            while j < s.count {
                let c = s[j]
                if let q = quote { if c == q { quote = nil } } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { quote = c } else if c == UInt8(ascii: ">") { break }
                j += 1
            }
            let tag = String(decoding: s[i..<min(j + 1, s.count)], as: UTF8.self)
            if let p = tagProblem(tag) { return p }
            i = j + 1
        }
        return nil
    }

    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "poster", "data", "background", "cite", "srcset", "ping", "xlink:href"]

    static func tagProblem(_ tag: String) -> String? {
        let lower = tag.lowercased()
        if lower.hasPrefix("<script") { return "a script tag: \(tag.prefix(200))" }
        // Attribute names outside quoted values.
        var name = ""
        var quote: Character? = nil
        var names: [String] = []
        // The values of attributes that hold a URL (an `alt` text may say "javascript:").
        var values: [String] = []
        var value = ""
        var valueIsURL = false
        for c in lower.dropFirst() {
            if let q = quote {
                if c == q {
                    quote = nil
                    if valueIsURL { values.append(value) }
                    value = ""
                } else {
                    value.append(c)
                }
                continue
            }
            if c == "\"" || c == "'" {
                quote = c
                valueIsURL = names.last.map(Self.urlAttributes.contains) ?? false
                continue
            }
            if c.isLetter || c == "-" || c == "_" || c.isNumber { name.append(c) } else {
                if c == "=", !name.isEmpty { names.append(name) }
                name = ""
            }
        }
        if let handler = names.first(where: { $0.hasPrefix("on") }) { return "an event handler attribute \(handler): \(tag.prefix(200))" }
        for v in values {
            let squeezed = decodeEntities(v).filter { !$0.isWhitespace && !$0.isASCIIControl }
            if squeezed.hasPrefix("javascript:") || squeezed.hasPrefix("vbscript:") { return "a script URL: \(tag.prefix(200))" }
        }
        return nil
    }
}

extension HTMLSafety {
    /// What a browser reads in an attribute value: character references decoded.
    static func decodeEntities(_ v: String) -> String {
        guard v.contains("&") else { return v }
        var out = ""
        var rest = Substring(v)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            let end = after.firstIndex(of: ";") ?? after.endIndex
            let name = after[..<end]
            var scalar: Unicode.Scalar? = nil
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if name.hasPrefix("#") {
                scalar = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
            } else {
                let named: [Substring: Unicode.Scalar] = ["colon": ":", "tab": "\t", "newline": "\n", "amp": "&", "quot": "\"", "lt": "<", "gt": ">", "apos": "'"]
                scalar = named[Substring(name.lowercased())]
            }
            if let scalar {
                out.unicodeScalars.append(scalar)
                rest = end < after.endIndex ? after[after.index(after: end)...] : after[end...]
            } else {
                out += "&"
                rest = after
            }
        }
        out += rest
        return out
    }
}

extension Character {
    var isASCIIControl: Bool { asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false }
}

/// A fixed clock, so what a target runs does not depend on the day.
public let fuzzNow = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

/// Runs libFuzzer on `target` with the process's arguments. Each fuzz executable's
/// `main.swift` calls this: SwiftPM links executables with their own entry point, so
/// libFuzzer's `main` cannot be used; its driver is called instead.
public func runFuzzer(_ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, target))
}
