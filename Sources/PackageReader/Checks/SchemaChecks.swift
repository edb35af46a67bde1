import CatalogDiagnostics
import Foundation
import JSONSchema
import JSONTree

/// TM-01, LOC-01, DA-01, PLG-01, RRT-01: each document against the official schema of the
/// version it declares, from the schema folder (`--schemas`, `PLUGIN_CATALOG_SCHEMAS`,
/// `schemas:` in `catalog.yml`); PKG-04 when the schema is missing or unknown.
///
/// A schema error at a place where a rule of the catalog already reported is the same cause
/// said twice; `Loader` drops it (the rule's message is the more precise).
enum SchemaChecks {
    /// At most this many schema errors per document; the rest are counted in a note.
    static let perDocument = 30

    static let kinds: [(document: PackageDocument.Kind, schema: SchemaFolder.Kind, rule: Rule)] = [
        (.appManifest, .teamsManifest, .tm01), (.localization, .teamsLocalization, .loc01), (.declarativeAgent, .declarativeAgent, .da01),
        (.pluginManifest, .apiPlugin, .plg01), (.responseRenderingTemplate, .responseRenderingTemplate, .rrt01)
    ]

    /// A `${{VAR}}` left unresolved or a `[[key]]` filled in per language is not held to the
    /// schema's `pattern`, lengths or `format` (the Toolkit and the client substitute first).
    static let options = ValidationOptions().skippingStringConstraints { s in
        ValidationOptions.placeholderStrings(s) || (s.hasPrefix("[[") && s.hasSuffix("]]"))
    }

    static func run(_ c: CheckContext, schemas: SchemaCache) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let manifestVersion = c.manifest?.root["manifestVersion"]?.string
        for (kind, schemaKind, rule) in kinds {
            for doc in c.documents(kind) where doc.root.object != nil {
                let version = SchemaFolder.declaredVersion(of: doc.root, kind: schemaKind) ?? manifestVersion
                found += validate(doc, kind: schemaKind, version: version, rule: rule, schemas: schemas)
            }
        }
        return found
    }

    static func validate(_ doc: PackageDocument, kind: SchemaFolder.Kind, version: String?, rule: Rule, schemas: SchemaCache) -> [Diagnostic] {
        let f = doc.display
        let declared = doc.root["$schema"]
        do {
            var schema: CompiledSchema?
            var notes: [String] = []
            if let url = declared?.string {
                schema = try schemas.schema(forSchemaURL: url)
                if schema == nil { notes.append("the schema folder has no file for the $schema \(url)") }
            }
            if schema == nil, let version {
                schema = try schemas.schema(for: kind, version: version)
            }
            guard let schema else {
                let what = version.map { "no official schema for version \"\($0)\" in the schema folder" } ?? "no $schema and no declared version"
                return [.warning(.pkg04, "not checked against a schema: \(what)", file: f, at: declared?.location ?? doc.root.location, notes: notes)]
            }
            var out: [Diagnostic] = notes.isEmpty ? [] : [.warning(.pkg04, "an unknown $schema; checked against \(schema.uri), the schema of the declared version", file: f, at: declared?.location, notes: notes)]
            out += findings(schema.validate(doc.root, options: options), rule: rule, file: f)
            return out
        } catch {
            return [
                .warning(
                    .pkg04, "the schema for this document does not compile: \(error.message)", file: f, at: declared?.location ?? doc.root.location,
                    notes: ["\(error.uri)#\(error.pointer)"])
            ]
        }
    }

    /// The validator's sentence, except for a property the schema does not know, which both
    /// ways of writing it (`additionalProperties`, `propertyNames` with an `enum`) say plainly.
    static func message(_ e: SchemaError) -> String {
        guard e.keyword == "additionalProperties" || e.keywordLocation.contains("/propertyNames/"),
            let last = e.instancePath.split(separator: "/").last
        else { return e.message }
        let name = last.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        return "\"\(name)\" is not a property the schema allows here"
    }

    static func findings(_ errors: [SchemaError], rule: Rule, file: String) -> [Diagnostic] {
        var seen = Set<String>()
        var out: [Diagnostic] = []
        for e in errors where seen.insert("\(e.location)\u{0}\(e.message)").inserted {
            out.append(
                .error(
                    rule, message(e), file: file, at: e.location,
                    notes: ["schema: \(e.instancePath.isEmpty ? "/" : e.instancePath) fails \(e.keyword) at \(e.absoluteKeywordLocation)"]))
        }
        guard out.count > perDocument else { return out }
        var kept = Array(out.prefix(perDocument))
        kept[perDocument - 1].notes.append("\(out.count - perDocument) more schema errors in this file are not shown")
        return kept
    }
}

/// Schema folders compiled once per process, however many packages and threads use them.
enum SchemaLibrary {
    nonisolated(unsafe) private static var caches: [String: SchemaCache] = [:]
    private static let lock = NSLock()

    static func cache(for directory: String) -> SchemaCache {
        lock.lock()
        defer { lock.unlock() }
        if let cache = caches[directory] { return cache }
        let cache = SchemaCache(folder: SchemaFolder(directory: directory), options: CompileOptions(defaultDraft: .draft4, laterDraftKeywords: true))
        caches[directory] = cache
        return cache
    }
}
