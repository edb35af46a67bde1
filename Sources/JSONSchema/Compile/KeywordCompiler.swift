import ECMARegex
import JSONTree

/// Reading the keywords of one schema object into `Check`s. Keywords the dialect does not
/// define are ignored (as the drafts say of unknown keywords); subschemas under keywords that
/// check nothing by themselves (`definitions`, `$defs`, `then` without `if`) are compiled all
/// the same, so references can reach them.
extension Compiler {
    mutating func compileKeywords(
        _ object: SourceObject, pointer: String, scope: CompileScope,
        node: Int
    ) throws(SchemaCompileError) -> [CompiledKeyword] {
        var out: [CompiledKeyword] = []
        for member in object.members {
            let context = KeywordContext(
                object: object, member: member, pointer: Pointer.appending(pointer, member.key),
                scope: scope)
            if member.key == "format" {
                // The format vocabularies, apart from validation's.
                guard let name = member.value.string else { continue }
                let check = Check.format(Format(name: name), name, assert: scope.dialect.vocabularies.contains(.formatAssertion))
                out.append(CompiledKeyword(name: member.key, location: member.keyLocation, check: check))
            } else if scope.dialect.validation, let checks = try validationKeyword(context) {
                out += checks.map { CompiledKeyword(name: member.key, location: member.keyLocation, check: $0) }
            } else if let checks = try applicatorKeyword(context, node: node) {
                out += checks.map { CompiledKeyword(name: member.key, location: member.keyLocation, check: $0) }
            }
        }
        return out
    }

    /// A keyword being read: its object (for siblings), itself, its pointer, its scope.
    struct KeywordContext {
        var object: SourceObject
        var member: SourceObject.Member
        var pointer: String
        var scope: CompileScope
        var value: SourceNode { member.value }
        var key: String { member.key }
        var dialect: Dialect { scope.dialect }
    }

    func bad(_ c: KeywordContext, _ what: String) -> SchemaCompileError {
        failure("\"\(c.key)\" must be \(what)", document: c.scope.document, pointer: c.pointer, at: c.value.location)
    }

    func nonNegativeInteger(_ c: KeywordContext) throws(SchemaCompileError) -> Int {
        guard let d = c.value.double, d >= 0, d.rounded(.towardZero) == d else { throw bad(c, "a non-negative integer") }
        return d > Double(Int.max / 2) ? Int.max / 2 : Int(d)
    }

    func number(_ c: KeywordContext) throws(SchemaCompileError) -> Double {
        guard let d = c.value.double else { throw bad(c, "a number") }
        return d
    }

    func regex(_ source: String, _ c: KeywordContext, pointer: String? = nil) throws(SchemaCompileError) -> JSRegex {
        do {
            return try JSRegex(source, flags: .unicode, syntax: .webCompatible)
        } catch {
            throw failure(
                "invalid pattern \(JSONWriter.quote(source)): \(error.message)", document: c.scope.document,
                pointer: pointer ?? c.pointer, at: c.value.location)
        }
    }

    // MARK: - Validation vocabulary

    private func validationKeyword(_ c: KeywordContext) throws(SchemaCompileError) -> [Check]? {
        switch c.key {
        case "type": return [.type(try typeSet(c))]
        case "enum":
            guard let a = c.value.array else { throw bad(c, "an array") }
            return [.enumeration(EnumValues(a.map(\.jsonValue)))]
        case "const" where c.dialect.has(.const): return [.constant(c.value.jsonValue)]
        case "multipleOf":
            guard case .number(let d, let literal) = c.value.value, d > 0, let decimal = DecimalNumber(literal: literal) else {
                throw bad(c, "a number greater than 0")
            }
            return [.multipleOf(decimal, d)]
        case "maximum", "minimum":
            // Draft 4's boolean `exclusiveMaximum`/`exclusiveMinimum` modify these.
            let exclusive = c.object[c.key == "maximum" ? "exclusiveMaximum" : "exclusiveMinimum"]?.bool ?? false
            let v = try number(c)
            return [c.key == "maximum" ? .maximum(v, exclusive: exclusive) : .minimum(v, exclusive: exclusive)]
        case "exclusiveMaximum", "exclusiveMinimum":
            if c.value.bool != nil { return [] }
            guard c.dialect.draft != .draft4 || c.dialect.lenient else { return [] }
            let v = try number(c)
            return [c.key == "exclusiveMaximum" ? .maximum(v, exclusive: true) : .minimum(v, exclusive: true)]
        case "maxLength": return [.maxLength(try nonNegativeInteger(c))]
        case "minLength": return [.minLength(try nonNegativeInteger(c))]
        case "pattern":
            guard let s = c.value.string else { throw bad(c, "a string") }
            return [.pattern(try regex(s, c), s)]
        case "maxItems": return [.maxItems(try nonNegativeInteger(c))]
        case "minItems": return [.minItems(try nonNegativeInteger(c))]
        case "uniqueItems": return c.value.bool == true ? [.uniqueItems] : []
        case "maxProperties": return [.maxProperties(try nonNegativeInteger(c))]
        case "minProperties": return [.minProperties(try nonNegativeInteger(c))]
        case "required":
            guard let a = c.value.array else { throw bad(c, "an array of strings") }
            return [.required(a.compactMap(\.string))]
        case "dependentRequired" where c.dialect.has(.modern):
            return [.dependentRequired(try requirementLists(c))]
        default: return nil
        }
    }

    private func typeSet(_ c: KeywordContext) throws(SchemaCompileError) -> TypeSet {
        var set: TypeSet = []
        let names = c.value.string.map { [$0] } ?? c.value.array?.compactMap(\.string)
        guard let names, !names.isEmpty || c.value.array != nil else { throw bad(c, "a type name or an array of them") }
        for name in names {
            guard let t = TypeSet(name: name) else { throw bad(c, "a known type (\(JSONWriter.quote(name)) is not one)") }
            set.insert(t)
        }
        return set
    }

    private func requirementLists(_ c: KeywordContext) throws(SchemaCompileError) -> [(String, [String])] {
        guard let o = c.value.object else { throw bad(c, "an object") }
        return o.members.compactMap { m in m.value.array.map { (m.key, $0.compactMap(\.string)) } }
    }
}
