import CatalogDiagnostics
import CatalogSupport
import JSONTree
import PackageReader

/// The Markdown twin of an operation page (`<operation>.md` beside the `.html`), for people
/// who paste documentation into an LLM or a wiki. Plain GitHub Flavored Markdown; text from
/// the package is escaped where Markdown would read it as markup (table pipes, line breaks).
enum MarkdownPage {
    /// What every language's twin shows alike: the confirmations, and the API sections with
    /// the findings (made once per operation, shared by its language trees).
    struct Shared: Sendable {
        var confirmation: MarkdownText
        var reference: MarkdownText
    }

    static func shared(_ page: OperationPresentation, package: CatalogPackage, fields: FieldTables) -> Shared {
        var confirmation = MarkdownText(capacity: 1024)
        Self.confirmation(page, defaultLocale: package.localization.defaultLocale, into: &confirmation)
        let entry = page.entry
        var md = MarkdownText(capacity: 3072)
        if entry.api != nil {
            // Passed as it is: binding the operation to a name would copy it.
            api(entry.api, table: entry.specIndex.map { package.specs[$0].schemas } ?? .empty, curl: page.curl, into: &md) {
                fields.table(spec: entry.specIndex, schema: $0).markdown
            }
        } else if let params = entry.function?.parameters, let props = params["properties"]?.objectValue, !props.isEmpty {
            md += "## Parameters\n\n| Name | Type | Description |\n|---|---|---|\n"
            for (name, p) in props {
                md += "| \(cellCode(name)) | \(cell(ToolParameters.type(of: p))) | "
                md += described(p["description"]?.stringValue, facts: ValueFacts(property: p))
                md += " |\n"
            }
            md += "\n"
        }
        if !page.diagnostics.isEmpty {
            md += "## Findings\n\n"
            for d in page.diagnostics {
                md += "- "
                md += d.severity.rawValue
                md += " "
                md += code(d.rule.id)
                md += ": "
                md += inline(d.message)
                md += "\n"
            }
        }
        return Shared(confirmation: confirmation, reference: md)
    }

    /// `shared`: the language-independent parts, when another tree made them already.
    static func operation(_ page: OperationPresentation, package: CatalogPackage, locale: String, fields: FieldTables, shared: Shared? = nil) -> [UInt8] {
        let s = shared ?? Self.shared(page, package: package, fields: fields)
        let entry = page.entry
        let title = page.title(locale: locale)
        // One buffer for the whole page, sized for a typical one; sections append to it.
        var md = MarkdownText(capacity: 4096)
        md += "# "
        md += inline(title)
        md += "\n\n"
        md += entry.api.map { code("\($0.method) \($0.path)") } ?? ((Labels.operationKind(entry, long: true) ?? "Operation") + " " + code(entry.operationId))
        md += " · package **\(inline(PlaceholderTokens.plain(page.model.title(locale: locale))))** · operationId \(code(entry.operationId))\n\n"
        if let note = entry.function.flatMap({ Labels.unreferenced(package.plugins[$0.pluginIndex]) }) { md += "> \(inline(note))\n\n" }
        if let d = entry.api?.description ?? page.functionDescription(locale: locale), !d.isEmpty {
            md += noHTML(d.trimmingTrailingWhitespace()) + "\n\n"
        }
        md += s.confirmation
        if let fn = entry.function {
            md += "## Function\n\n- Name: \(code(fn.name))\n"
            if let d = page.functionDescription(locale: locale) { md += "- Description: \(inline(d))\n" }
            if let r = entry.runtime { md += "- Runtime: \(r.kind.rawValue), auth \(AuthWording.summary(r))\n" }
            md += "\n"
        }
        if let command = entry.command { md += Self.command(command, package: package, locale: locale) }
        md += s.reference
        return md.bytes
    }

    /// A message extension command: what it is, who serves it, its parameters and prompts.
    static func command(_ c: CatalogPackage.MessageExtension.Command, package: CatalogPackage, locale: String) -> String {
        let l = package.localization
        var md = "## \(c.botID == nil ? "Message extension command" : "Bot command")\n\n"
        if let bot = c.botID {
            md += "Served by the bot \(code(bot)): there is no OpenAPI operation. "
            md += c.isSearch ? "Copilot shows the cards the bot returns.\n\n" : "Copilot does not run action commands.\n\n"
        }
        md += "- Command: \(code(c.id))\(c.type.map { " (\($0))" } ?? "")\n- Title: \(inline(l.resolve(c.title, locale: locale).value))\n"
        if let d = c.description { md += "- Description: \(inline(l.resolve(d, locale: locale).value))\n" }
        if let s = c.semanticDescription { md += "- Description for Copilot: \(inline(s))\n" }
        if !c.context.isEmpty { md += "- Invoked from: \(inline(c.context.joined(separator: ", ")))\n" }
        if let r = c.initialRun { md += "- Initial run: \(r ? "yes" : "no")\n" }
        if let f = c.fetchTask { md += "- Fetch task: \(f ? "yes" : "no")\n" }
        md += "\n"
        if !c.parameters.isEmpty {
            md += "| Parameter | Title | Description | Input |\n|---|---|---|---|\n"
            for p in c.parameters {
                var description = p.description.map { l.resolve($0, locale: locale).value } ?? ""
                if let s = p.semanticDescription { description += (description.isEmpty ? "" : " — ") + "for Copilot: " + s }
                md += "| \(cellCode(p.name))\(p.isRequired ? " (required)" : "") | \(cell(p.title.map { l.resolve($0, locale: locale).value } ?? "")) | \(cell(description)) | \(cell(p.inputType ?? "text")) |\n"
            }
            md += "\n"
        }
        let prompts = c.samplePrompts.map { l.resolve($0, locale: locale).value }
        if !prompts.isEmpty { md += "Sample prompts:\n\n" + prompts.map { "- " + inline($0) }.joined(separator: "\n") + "\n\n" }
        return md
    }

    /// What Copilot asks before the call, in every language: each locale's title and body as
    /// written (a body keeps its lines), and where each came from.
    static func confirmation(_ page: OperationPresentation, defaultLocale: String, into md: inout MarkdownText) {
        md += "## Confirmation\n\n- "
        md += page.consequential.explanation
        md += "\n\n"
        for k in page.confirmations {
            md += "### "
            md += inline(k.locale)
            md += k.locale == defaultLocale ? " (default)\n\nTitle: **" : "\n\nTitle: **"
            md += inline(k.title.value)
            md += "** ("
            md += titleSource(k)
            md += ")\n\n"
            if let body = k.body, !body.value.isEmpty {
                // The body's lines, quoted (an empty line stays part of the quote).
                var first = true
                for line in lines(of: body.value.trimmingTrailingWhitespace()) {
                    if !first { md += "\n" }
                    first = false
                    md += line.isEmpty ? ">" : "> "
                    if !line.isEmpty { md += noHTML(String(line)) }
                }
                md += "\n\n"
            } else {
                md += "No body text.\n\n"
            }
            md += "Body from "
            md += k.bodySource.rawValue
            if let note = k.body.flatMap({ Labels.sourceNote($0.source) }) {
                md += "; "
                md += note
            }
            md += ".\n\n"
        }
    }

    /// A text's lines. Split on its bytes when it has no `\r` (a `\n` is then a character
    /// of its own); split by characters otherwise, where `\r\n` is one.
    static func lines(of text: String) -> [Substring] {
        if text.utf8.contains(0x0D) { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
    }

    static func titleSource(_ k: Confirmation) -> String {
        guard k.titleSource == .confirmationTitle else { return k.titleSource.rawValue }
        return k.titleSource.rawValue + (Labels.sourceNote(k.title.source).map { "; " + $0 } ?? "")
    }

    /// Servers, parameters, request body, responses and the example request; `fields` is the
    /// table of a schema (`FieldTables`).
    static func api(_ op: APIOperation?, table: SchemaTable, curl: String?, into md: inout MarkdownText, fields: (SchemaID?) -> String) {
        guard let op else { return }
        if !op.servers.isEmpty {
            md += "## Servers\n\n" + op.servers.map { "- " + code($0.resolvedURL) }.joined(separator: "\n") + "\n\n"
        }
        if !op.parameters.isEmpty {
            md += "## Parameters\n\n| Name | In | Type | Required | Description |\n|---|---|---|---|---|\n"
            for p in op.parameters {
                md += "| "
                md += cellCode(p.name)
                md += " | "
                md += p.location.rawValue
                md += " | "
                md += cell(p.schema.map { table[$0].typeSummary(in: table) } ?? "any")
                md += p.required ? " | yes | " : " | no | "
                md += described(p.shownDescription(in: table), facts: ValueFacts(p, in: table))
                md += " |\n"
            }
            md += "\n"
        }
        if let body = op.requestBody, let media = body.primary {
            md += "## Request body\n\n\(code(media.contentType))\(body.required ? " (required)" : "")\n\n"
            md += fields(media.schema)
        }
        if !op.responses.isEmpty {
            md += "## Responses\n\n"
            for r in op.responses {
                md += "### "
                md += r.status
                if let d = r.description {
                    md += " — "
                    md += inline(d)
                }
                md += "\n\n"
                if let media = r.primary {
                    md += code(media.contentType)
                    md += "\n\n"
                    md += fields(media.schema)
                }
            }
        }
        if let curl {
            let fence = String(repeating: "`", count: max(3, longestBacktickRun(in: curl) + 1))
            md += "## Example request\n\n\(fence)sh\n"
            md += curl
            md += "\n\(fence)\n\n"
        }
    }

    /// The most rows a Markdown table shows.
    static let maxFields = 200

    static func fields(_ schema: SchemaID?, table: SchemaTable) -> String {
        guard let schema else { return "" }
        let rows = table.fields(of: schema, maxFields: maxFields)
        if rows.isEmpty { return "Type: \(code(table[schema].typeSummary(in: table)))\n\n" }
        var md = "| Field | Type | Required | Description |\n|---|---|---|---|\n"
        md.reserveCapacity(md.utf8.count + rows.count * 96)
        for f in rows {
            // Appended piece by piece: an interpolated row is a string of its own first.
            md += "| "
            md += cellCode(f.path)
            md += " | "
            md += cell(f.type)
            md += f.required ? " | yes | " : " | no | "
            md += described(f.description, facts: ValueFacts(f))
            md += " |\n"
        }
        md += "\n"
        return md
    }

    /// A code span that nothing in `s` can end early: the backtick fence is longer than any
    /// run of backticks inside, with spaces when `s` starts or ends with one.
    static func code(_ s: String) -> String {
        let text =
            hasByte(s, { $0 == 0x0A || $0 == 0x0D || $0 >= 0x80 })
            ? s.split(whereSeparator: \.isNewline).joined(separator: " ") : s
        let run = longestBacktickRun(in: text)
        // Most code spans (names, types, media types) have no backtick: one on each side.
        if run == 0 { return "`" + text + "`" }
        let fence = String(repeating: "`", count: run + 1)
        let pad = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + pad + text + pad + fence
    }

    /// A code span in a table cell (pipes escaped, as GFM tables read them).
    /// A table's description cell: the description, then what the HTML page lists under it
    /// (`facts`).
    static func described(_ description: String?, facts: ValueFacts) -> String {
        let text = cell(description ?? "")
        if facts.isEmpty { return text }
        return text.isEmpty ? Self.facts(facts) : text + " " + Self.facts(facts)
    }

    /// The facts the HTML page lists under a description (the `constraints` partial), as
    /// sentences for a table cell: "One of: `a`, `b`. Default: `a`."
    static func facts(_ f: ValueFacts) -> String {
        var parts: [String] = []
        if !f.enumValues.isEmpty { parts.append("One of: " + f.enumValues.map(cellCode).joined(separator: ", ") + ".") }
        if let d = f.defaultValue { parts.append("Default: " + cellCode(d) + ".") }
        if let e = f.example { parts.append("Example: " + cellCode(e) + ".") }
        if !f.constraints.isEmpty { parts.append(cell(f.constraints.joined(separator: ", ")) + ".") }
        return parts.joined(separator: " ")
    }

    static func cellCode(_ s: String) -> String {
        code(s).replacingAll("|", with: "\\|")
    }

    static func longestBacktickRun(in s: String) -> Int {
        guard hasByte(s, { $0 == UInt8(ascii: "`") }) else { return 0 }
        var best = 0, run = 0
        for b in s.utf8 {
            run = b == UInt8(ascii: "`") ? run + 1 : 0
            best = max(best, run)
        }
        return best
    }

    /// Whether any UTF-8 byte of `s` satisfies `test` (read in place, not byte by byte
    /// through the generic view).
    static func hasByte(_ s: String, _ test: (UInt8) -> Bool) -> Bool {
        ByteScan.withUTF8(s) { $0.contains(where: test) }
    }

    /// Text for a table cell: no line breaks, pipes escaped.
    static func cell(_ s: String) -> String {
        inline(s).replacingAll("|", with: "\\|")
    }

    static func inline(_ s: String) -> String {
        let oneLine =
            hasByte(s, { $0 == 0x0A || $0 == 0x0D || $0 >= 0x80 })
            ? s.split(whereSeparator: \.isNewline).joined(separator: " ") : s
        return noHTML(oneLine)
    }

    /// Text from a package never becomes live HTML where the Markdown is pasted: `&`, `<`
    /// and `>` are written as entities (Markdown renderers show them as the characters).
    static func noHTML(_ s: String) -> String {
        guard hasByte(s, { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") }) else { return s }
        return s.replacingAll("&", with: "&amp;").replacingAll("<", with: "&lt;").replacingAll(">", with: "&gt;")
    }
}

/// A Markdown page being written, as UTF-8 bytes: appending a piece copies its bytes, where
/// appending to a `String` costs several hundred instructions however short the piece.
struct MarkdownText: Sendable {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    static func += (md: inout MarkdownText, piece: String) { md.bytes.append(contentsOf: piece.utf8) }
    static func += (md: inout MarkdownText, piece: MarkdownText) { md.bytes.append(contentsOf: piece.bytes) }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        // A visible ASCII character last is a character of its own, and not whitespace.
        if let last = utf8.last, (0x21...0x7E).contains(last) { return self }
        var s = Substring(self)
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
