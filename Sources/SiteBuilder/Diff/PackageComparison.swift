import PackageReader

/// The changes of a package present on both sides: the agent (capabilities, instructions),
/// the plugins' descriptions for the model, the languages, every operation (paired by
/// operationId), and whether the app version was bumped.
struct PackageComparison {
    let base: CatalogPackage
    let head: CatalogPackage
    let context: SiteContext
    let previews: Bool

    struct Outcome: Sendable {
        var changes: [Change] = []
        /// Card previews by operationId (HEAD's).
        var cards: [String: [CardPreviewPair]] = [:]
        /// The BASE operations no longer there, for the review site's pages.
        var removed: [OperationEntry] = []
    }

    func run() -> Outcome {
        var out = Outcome()
        var list = ChangeList(package: head.id)
        agent(into: &list)
        plugins(into: &list)
        locales(into: &list)
        out.changes = list.changes
        let pairing = Pairing.operations(base: base.operations, head: head.operations)
        for (bi, hi) in pairing.pairs {
            let b = base.operations[bi], h = head.operations[hi]
            var comparison = OperationComparison(base: base, head: head, b: b, h: h)
            out.changes += comparison.run()
            var cardList = ChangeList(package: head.id, operationId: h.operationId)
            let cards = CardComparison(base: base, head: head, b: b, h: h, context: context).run(into: &cardList, previews: previews)
            out.changes += cardList.changes
            if !cards.isEmpty { out.cards[h.operationId] = cards }
        }
        for hi in pairing.added { out.changes.append(Self.added(head.operations[hi], in: head)) }
        for bi in pairing.removed {
            out.changes.append(Self.removed(base.operations[bi], in: base, packageID: head.id))
            out.removed.append(base.operations[bi])
        }
        if let v = versionNotBumped(out.changes) { out.changes.append(v) }
        return out
    }

    static func added(_ e: OperationEntry, in p: CatalogPackage) -> Change {
        var list = ChangeList(package: p.id, operationId: e.operationId)
        let what = e.consequential.effective ? "consequential" : e.changesData ? "changes data" : "reads data"
        list.add(.operationAdded, e.changesData ? .high : .medium, "new operation \(e.label) (\(what))", after: e.label, at: e.place)
        return list.changes[0]
    }

    static func removed(_ e: OperationEntry, in p: CatalogPackage, packageID: String) -> Change {
        var list = ChangeList(package: packageID, operationId: e.operationId)
        list.add(.operationRemoved, .medium, "\(e.label) was removed", before: e.label, at: e.place, inBase: true)
        return list.changes[0]
    }

    func agent(into list: inout ChangeList) {
        let ba = base.agent, ha = head.agent
        let bcaps = ba?.capabilities ?? [], hcaps = ha?.capabilities ?? []
        for name in hcaps where !bcaps.contains(name) {
            list.add(
                .capabilityAdded, .high, "the agent gains the \(name) capability", after: name,
                at: Place(ha?.file, ha?.capabilityLocations[name]))
        }
        for name in bcaps where !hcaps.contains(name) {
            list.add(
                .capabilityRemoved, .low, "the agent no longer has the \(name) capability", before: name,
                at: Place(ba?.file, ba?.capabilityLocations[name]), inBase: true)
        }
        let bi = ba?.instructions.map(Self.lines), hi = ha?.instructions.map(Self.lines)
        if ba != nil || ha != nil, bi != hi {
            let place = ha.map { Place($0.instructionsFile ?? $0.file, $0.instructionsLocation) } ?? Place(ba?.file, ba?.instructionsLocation)
            list.add(.instructionsChanged, .medium, "the agent's instructions changed", before: ba?.instructions, after: ha?.instructions, at: place)
        }
    }

    /// Line endings do not change what the model reads.
    static func lines(_ s: String) -> String { s.replacingOccurrences(of: "\r\n", with: "\n") }

    /// `description_for_model` of each plugin, paired by namespace (else by order).
    func plugins(into list: inout ChangeList) {
        for (i, hp) in head.plugins.enumerated() {
            let bp = base.plugins.first { $0.namespace != nil && $0.namespace == hp.namespace } ?? (i < base.plugins.count ? base.plugins[i] : nil)
            guard let bp else { continue }
            for d in LocalizedTexts.compare(bp.descriptionForModel, in: base, hp.descriptionForModel, in: head) {
                list.add(
                    .descriptionForModelChanged, .medium, "description_for_model of plugin \(hp.namespace ?? hp.file) changed" + (d.locale.map { " in \($0)" } ?? ""),
                    before: d.before, after: d.after, at: d.place, locale: d.locale)
            }
        }
    }

    func locales(into list: inout ChangeList) {
        let bl = base.localization.locales, hl = head.localization.locales
        let bset = Set(bl.map { $0.lowercased() }), hset = Set(hl.map { $0.lowercased() })
        for tag in hl where !bset.contains(tag.lowercased()) {
            let file = head.localization.files.first { $0.tag.caseInsensitiveCompare(tag) == .orderedSame }
            list.add(.localeAdded, .low, "the package now ships \(tag)", after: tag, at: Place(head.app?.file, file?.tagLocation), locale: tag)
        }
        for tag in bl where !hset.contains(tag.lowercased()) {
            let file = base.localization.files.first { $0.tag.caseInsensitiveCompare(tag) == .orderedSame }
            list.add(
                .localeRemoved, .medium, "the package no longer ships \(tag): its users see the default language", before: tag,
                at: Place(base.app?.file, file?.tagLocation), locale: tag, inBase: true)
        }
    }

    /// A medium or high change with the same app `version`: Teams will not offer the update.
    func versionNotBumped(_ changes: [Change]) -> Change? {
        guard let bv = base.app?.version, let hv = head.app?.version, bv == hv, let app = head.app,
            changes.contains(where: { $0.risk >= .medium })
        else { return nil }
        var list = ChangeList(package: head.id)
        list.add(
            .versionNotBumped, .medium, "the app version is still \(hv) though the package changed", before: bv, after: hv,
            at: Place(app.file, app.versionLocation))
        return list.changes.first
    }
}
