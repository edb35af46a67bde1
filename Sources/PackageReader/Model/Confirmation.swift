/// The confirmation dialog Copilot shows before calling an operation, in one locale.
public struct Confirmation: Sendable, Hashable {
    public enum TitleSource: String, Sendable, Hashable, Codable {
        case confirmationTitle = "capabilities.confirmation.title"
        case operationSummary = "operation summary"
        case toolTitle = "tool title"
        case functionName = "function name"
    }

    public enum BodySource: String, Sendable, Hashable, Codable {
        case confirmationBody = "capabilities.confirmation.body"
        case functionDescription = "function description"
        case operationDescription = "operation description"
        case operationSummary = "operation summary"
        case none
    }

    /// A piece of the body: text, or a `{{function.parameters.name}}` placeholder Copilot
    /// fills with the call's argument.
    public enum Segment: Sendable, Hashable {
        case text(String)
        case parameter(String)
    }

    public var locale: String
    /// `AdaptiveCard` (the default dialog) or `None` (no custom dialog).
    public var type: String?
    public var title: ResolvedText
    public var titleSource: TitleSource
    public var body: ResolvedText?
    public var bodySource: BodySource

    public var bodySegments: [Segment] { body.map { Self.segments($0.value) } ?? [] }

    /// Splits text at `{{function.parameters.x}}` placeholders (spaces inside the braces allowed).
    public static func segments(_ text: String) -> [Segment] {
        guard text.includes("{{") else { return text.isEmpty ? [] : [.text(text)] }
        // Searched as UTF-8 bytes: the braces are ASCII, so every cut is between characters.
        let bytes = Array(text.utf8)
        func find(_ pair: UInt8, from start: Int) -> Int? {
            var i = start
            while i + 1 < bytes.count {
                if bytes[i] == pair && bytes[i + 1] == pair { return i }
                i += 1
            }
            return nil
        }
        func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var out: [Segment] = []
        var rest = 0
        let prefix = "function.parameters."
        while let open = find(UInt8(ascii: "{"), from: rest) {
            guard let close = find(UInt8(ascii: "}"), from: open + 2) else { break }
            let inner = string(open + 2..<close).trimmingCharacters(in: .whitespaces)
            if inner.hasPrefix(prefix), inner.count > prefix.count {
                if open > rest { out.append(.text(string(rest..<open))) }
                out.append(.parameter(String(inner.dropFirst(prefix.count))))
            } else {
                out.append(.text(string(rest..<close + 2)))
            }
            rest = close + 2
        }
        if rest < bytes.count { out.append(.text(string(rest..<bytes.count))) }
        // Merge adjacent text.
        var merged: [Segment] = []
        for s in out {
            if case .text(let t) = s, case .text(let prev)? = merged.last {
                merged[merged.count - 1] = .text(prev + t)
            } else {
                merged.append(s)
            }
        }
        return merged
    }
}

extension CatalogPackage {
    /// What the confirmation dialog says for `entry` in `locale`:
    /// title = `capabilities.confirmation.title`, else the operation summary (the MCP tool's
    /// `title`), else the function name;
    /// body = `capabilities.confirmation.body`, else the function description, else the
    /// operation description, else its summary — each resolved in `locale` with fallback.
    /// Nil for operations no plugin function exposes.
    public func confirmation(for entry: OperationEntry, locale: String? = nil) -> Confirmation? {
        guard let fn = entry.function else { return nil }
        let locale = locale ?? localization.defaultLocale
        let title: ResolvedText
        let titleSource: Confirmation.TitleSource
        if let t = fn.confirmationTitle {
            title = localization.resolve(t, locale: locale)
            titleSource = .confirmationTitle
        } else if let s = entry.api?.summary, !s.isEmpty {
            title = ResolvedText(s, source: .literal)
            titleSource = .operationSummary
        } else if let t = entry.toolTitle {
            title = ResolvedText(t, source: .literal)
            titleSource = .toolTitle
        } else {
            title = ResolvedText(fn.name, source: .literal)
            titleSource = .functionName
        }
        var body: ResolvedText? = nil
        var bodySource = Confirmation.BodySource.none
        if let b = fn.confirmationBody {
            body = localization.resolve(b, locale: locale)
            bodySource = .confirmationBody
        } else if let d = fn.description {
            body = localization.resolve(d, locale: locale)
            bodySource = .functionDescription
        } else if let d = entry.api?.description, !d.isEmpty {
            body = ResolvedText(d, source: .literal)
            bodySource = .operationDescription
        } else if let s = entry.api?.summary, !s.isEmpty {
            body = ResolvedText(s, source: .literal)
            bodySource = .operationSummary
        }
        return Confirmation(locale: locale, type: fn.confirmationType, title: title, titleSource: titleSource, body: body, bodySource: bodySource)
    }
}
