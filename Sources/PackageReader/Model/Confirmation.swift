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
        var out: [Segment] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let inner = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            let prefix = "function.parameters."
            if inner.hasPrefix(prefix), inner.count > prefix.count {
                if open.lowerBound > rest.startIndex { out.append(.text(String(rest[..<open.lowerBound]))) }
                out.append(.parameter(String(inner.dropFirst(prefix.count))))
            } else {
                out.append(.text(String(rest[..<close.upperBound])))
            }
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { out.append(.text(String(rest))) }
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
