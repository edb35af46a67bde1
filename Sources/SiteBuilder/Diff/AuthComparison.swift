import PackageReader

/// How an operation authenticates: the plugin runtime's auth (what Copilot uses) and the
/// OpenAPI security requirements, compared by meaning (a renamed scheme is the same scheme).
/// A change that weakens auth (to none, a requirement made optional, fewer scopes) is high.
struct AuthComparison {
    let base: CatalogPackage
    let head: CatalogPackage
    let b: OperationEntry
    let h: OperationEntry

    func run(into list: inout ChangeList) {
        runtime(into: &list)
        security(into: &list)
    }

    func runtime(into list: inout ChangeList) {
        guard let br = b.runtime, let hr = h.runtime else { return }
        let place = Place(h.function.map { head.plugins[$0.pluginIndex].file } ?? h.function?.file, hr.authLocation ?? h.function?.location)
        if br.authType != hr.authType {
            let weaker = hr.authType == "None" && br.authType != "None"
            list.add(
                .authChanged, weaker ? .high : .medium,
                weaker ? "\(h.label) no longer authenticates: the runtime's auth is now None" : "the runtime auth of \(h.label) changed",
                before: br.authType, after: hr.authType, at: place)
        } else if br.authReferenceID != hr.authReferenceID {
            list.add(
                .authChanged, .medium, "\(h.label) uses another auth registration (reference_id)",
                before: br.authReferenceID, after: hr.authReferenceID, at: place)
        }
    }

    func security(into list: inout ChangeList) {
        guard let bo = b.api, let ho = h.api else { return }
        let bs = Self.requirements(bo, spec: b.specIndex.map { base.specs[$0] }), hs = Self.requirements(ho, spec: h.specIndex.map { head.specs[$0] })
        guard bs != hs else { return }
        let place = Place(ho.file, ho.node?["security"]?.location ?? ho.location)
        let weaker = Self.weakens(from: bs, to: hs)
        list.add(
            .authChanged, weaker ? .high : .medium,
            weaker ? "the OpenAPI security of \(h.label) is weaker" : "the OpenAPI security of \(h.label) changed",
            before: Self.describe(bs), after: Self.describe(hs), at: place)
    }

    /// One alternative: the schemes it needs together, each as what it is and its scopes.
    struct Alternative: Hashable, Comparable {
        var schemes: [Scheme]
        static func < (a: Alternative, b: Alternative) -> Bool { a.schemes.map(\.text).joined() < b.schemes.map(\.text).joined() }
    }

    struct Scheme: Hashable {
        var kind: String
        var scopes: [String]
        var text: String { kind + (scopes.isEmpty ? "" : " [" + scopes.joined(separator: ", ") + "]") }
    }

    /// The effective requirements, sorted; none (anonymous) is an empty list.
    static func requirements(_ op: APIOperation, spec: OpenAPISpec?) -> [Alternative] {
        let schemes = Dictionary((spec?.securitySchemes ?? []).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let alternatives = (op.security ?? []).map { req in
            Alternative(
                schemes: req.schemes.map { s in
                    Scheme(kind: schemes[s.name].map(signature) ?? "undefined scheme " + s.name, scopes: s.scopes.sorted())
                }.sorted { $0.text < $1.text })
        }
        return Array(Set(alternatives)).sorted()
    }

    /// What a scheme is, without its name.
    static func signature(_ s: SecurityScheme) -> String {
        var parts = [s.summary]
        for f in s.flows.sorted(by: { $0.type < $1.type }) {
            parts.append([f.type, f.authorizationURL ?? "", f.tokenURL ?? ""].joined(separator: " "))
        }
        if let u = s.openIdConnectURL { parts.append(u) }
        return parts.joined(separator: "; ")
    }

    /// Anonymous where auth was required, an alternative with no scheme (auth optional),
    /// or a scheme kept with fewer scopes.
    static func weakens(from b: [Alternative], to h: [Alternative]) -> Bool {
        if !b.isEmpty && h.isEmpty { return true }
        let optional = { (list: [Alternative]) in list.contains { $0.schemes.isEmpty } }
        if optional(h) && !optional(b) { return true }
        for hb in h.flatMap(\.schemes) {
            for bb in b.flatMap(\.schemes) where bb.kind == hb.kind && Set(hb.scopes).isStrictSubset(of: Set(bb.scopes)) { return true }
        }
        return false
    }

    static func describe(_ list: [Alternative]) -> String {
        list.isEmpty ? "none" : list.map { $0.schemes.isEmpty ? "anonymous" : $0.schemes.map(\.text).joined(separator: " + ") }.joined(separator: " or ")
    }
}
