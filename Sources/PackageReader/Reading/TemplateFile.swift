/// Teams Toolkit project templates (`manifest.json.tpl`, `ai-plugin.json.tpl`, `repair.yml.tpl`)
/// hold Mustache sections (`{{#DeclarativeCopilot}} … {{/DeclarativeCopilot}}`,
/// `{{^MicrosoftEntra}} … {{/MicrosoftEntra}}`) that the toolkit renders when it creates a
/// project. This renders the sections with chosen flags so the file can be read as JSON or
/// YAML. Everything that is not a section tag (`{{appName}}`, `${{ENV}}`) is left as written.
///
/// Removed text is replaced by spaces (line breaks kept), so every line and column of the
/// result is the line and column of the template file: diagnostics point at the `.tpl`.
public enum TeamsToolkitTemplate {
    /// Flags the sample corpus was generated with: a declarative agent, no Entra SSO.
    public static let defaultFlags: [String: Bool] = ["DeclarativeCopilot": true]

    public static func render(_ text: String, flags: [String: Bool] = defaultFlags) -> String {
        var out = Array(text.utf8)
        let bytes = out
        // Stack of open sections: (name, keep).
        var stack: [(name: String, keep: Bool)] = []
        var i = 0
        var blankFrom: Int? = nil  // start of a region being removed

        func blank(_ from: Int, _ to: Int) {
            var j = from
            while j < to {
                if out[j] != 0x0A && out[j] != 0x0D { out[j] = 0x20 }
                j += 1
            }
        }

        while i + 1 < bytes.count {
            guard bytes[i] == UInt8(ascii: "{"), bytes[i + 1] == UInt8(ascii: "{"),
                i + 2 < bytes.count,
                bytes[i + 2] == UInt8(ascii: "#") || bytes[i + 2] == UInt8(ascii: "^") || bytes[i + 2] == UInt8(ascii: "/"),
                i == 0 || bytes[i - 1] != UInt8(ascii: "$")
            else { i += 1; continue }
            // Find the closing braces on the same line.
            var j = i + 3
            while j + 1 < bytes.count, bytes[j] != 0x0A, !(bytes[j] == UInt8(ascii: "}") && bytes[j + 1] == UInt8(ascii: "}")) { j += 1 }
            guard j + 1 < bytes.count, bytes[j] == UInt8(ascii: "}"), bytes[j + 1] == UInt8(ascii: "}") else { i += 1; continue }
            let name = String(decoding: bytes[(i + 3)..<j], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            let tagEnd = j + 2
            let sigil = bytes[i + 2]
            let visible = stack.allSatisfy(\.keep)
            if sigil == UInt8(ascii: "/") {
                if let last = stack.last, last.name == name {
                    stack.removeLast()
                    if visible == false && stack.allSatisfy(\.keep), let from = blankFrom {
                        blank(from, tagEnd)
                        blankFrom = nil
                    } else {
                        blank(i, tagEnd)
                    }
                } else {
                    blank(i, tagEnd)
                }
            } else {
                let flag = flags[name] ?? false
                let keep = sigil == UInt8(ascii: "#") ? flag : !flag
                if visible && !keep {
                    blankFrom = i
                } else if visible {
                    blank(i, tagEnd)
                }
                stack.append((name, keep))
            }
            i = tagEnd
        }
        if let from = blankFrom { blank(from, out.count) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the text holds Teams Toolkit section tags.
    public static func hasSections(_ text: String) -> Bool {
        var rest = Substring(text)
        while let r = rest.range(of: "{{") {
            let before = r.lowerBound > rest.startIndex ? rest[rest.index(before: r.lowerBound)] : " "
            let after = rest[r.upperBound...].first
            if before != "$", after == "#" || after == "^" || after == "/" { return true }
            rest = rest[r.upperBound...]
        }
        return false
    }
}

import Foundation
