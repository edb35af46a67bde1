import JSONTree
import PackageReader

/// A card as a reviewer compares it: HTML of each item shown, before and after (rendered
/// with their own element ids, so both fit on one page).
public struct CardPreviewPair: Sendable {
    public var number: Int
    public var before: [String]
    public var after: [String]
}

/// The cards a user sees: made through the one card pipeline from the same sample data on
/// both sides, so a card counts as changed only when what it shows changed. When nothing
/// the pipeline reads differs, nothing is rendered.
struct CardComparison {
    let base: CatalogPackage
    let head: CatalogPackage
    let b: OperationEntry
    let h: OperationEntry
    let context: SiteContext

    func run(into list: inout ChangeList, previews: Bool) -> [CardPreviewPair] {
        guard !sameInputs() else { return [] }
        let bc = OperationCards.make(package: base, entry: b, context: context)
        let hc = OperationCards.make(package: head, entry: h, context: context)
        var changed: [Int] = []
        for n in 0..<max(bc.blocks.count, hc.blocks.count) {
            let bb = n < bc.blocks.count ? bc.blocks[n] : nil, hb = n < hc.blocks.count ? hc.blocks[n] : nil
            if let bb, let hb, bb.cardsHTML == hb.cardsHTML, bb.previews == hb.previews, bb.responseLayout == hb.responseLayout { continue }
            changed.append(n)
            report(n, bb, hb, into: &list)
        }
        guard previews, !changed.isEmpty else { return [] }
        let before = OperationCards.make(package: base, entry: b, context: context, idPrefix: "before-")
        let after = OperationCards.make(package: head, entry: h, context: context, idPrefix: "after-")
        return changed.map { n in
            CardPreviewPair(
                number: n + 1, before: n < before.blocks.count ? before.blocks[n].cardsHTML : [],
                after: n < after.blocks.count ? after.blocks[n].cardsHTML : [])
        }
    }

    func report(_ n: Int, _ bb: CardPreviewBlock?, _ hb: CardPreviewBlock?, into list: inout ChangeList) {
        let hs = n < h.cards.count ? h.cards[n] : nil, bs = n < b.cards.count ? b.cards[n] : nil
        let place = hs.map { Place($0.file, $0.location) } ?? bs.map { Place($0.file, $0.location) } ?? h.place
        switch (bs, hs) {
        case (nil, _?):
            list.add(.cardChanged, .low, "\(h.label) now answers with a response card (card \(n + 1))", after: "card", at: place)
        case (_?, nil):
            list.add(.cardChanged, .low, "\(h.label) no longer answers with response card \(n + 1)", before: "card", at: place, inBase: true)
        case (let bs?, let hs?):
            let why = Self.reasons(bs, hs, b: b, h: h)
            let items = bb?.total != hb?.total ? " (\(bb?.total ?? 0) items before, \(hb?.total ?? 0) after)" : ""
            list.add(
                .cardChanged, .low, "response card \(n + 1) of \(h.label) looks different" + (why.isEmpty ? "" : " (\(why.joined(separator: ", ")) changed)") + items,
                at: place)
        case (nil, nil):
            break
        }
    }

    /// What differs among what the pipeline reads.
    static func reasons(_ bs: CardSpec, _ hs: CardSpec, b: OperationEntry, h: OperationEntry) -> [String] {
        var why: [String] = []
        if bs.template.jsonValue != hs.template.jsonValue { why.append("template") }
        if bs.dataPath != hs.dataPath || bs.citation != hs.citation || bs.templateSelector != hs.templateSelector { why.append("data path") }
        if bs.responseLayout != hs.responseLayout || bs.previewTemplate?.jsonValue != hs.previewTemplate?.jsonValue { why.append("layout") }
        if bs.sampleData?.value.jsonValue != hs.sampleData?.value.jsonValue || b.sampleResponse?.value.jsonValue != h.sampleResponse?.value.jsonValue
            || b.responseExamples.map(\.value) != h.responseExamples.map(\.value)
        {
            why.append("sample data")
        }
        return why
    }

    /// Whether everything the card pipeline reads is the same on both sides.
    func sameInputs() -> Bool {
        guard b.cards.count == h.cards.count else { return false }
        if b.cards.isEmpty { return true }
        guard base.localization.defaultLocale == head.localization.defaultLocale, base.title().value == head.title().value else { return false }
        for (bs, hs) in zip(b.cards, h.cards) {
            guard bs.role == hs.role, bs.dataPath == hs.dataPath, bs.dataPathIsJSONPath == hs.dataPathIsJSONPath, bs.citation == hs.citation,
                bs.templateSelector == hs.templateSelector, bs.responseLayout == hs.responseLayout,
                bs.template.jsonValue == hs.template.jsonValue, bs.previewTemplate?.jsonValue == hs.previewTemplate?.jsonValue
            else { return false }
            let bd = SampleData.choose(for: bs, entry: b, package: base), hd = SampleData.choose(for: hs, entry: h, package: head)
            guard bd.value == hd.value, bd.source.isSynthesized == hd.source.isSynthesized, sameKind(bd.source, hd.source) else { return false }
        }
        return true
    }

    /// Same kind of sample source (a file name is not what a user sees).
    func sameKind(_ a: SampleData.Source, _ b: SampleData.Source) -> Bool {
        switch (a, b) {
        case (.samplesFolder, .samplesFolder), (.besideTemplate, .besideTemplate), (.synthesized, .synthesized), (.none, .none): true
        case (.openAPIExample, .openAPIExample): true
        default: false
        }
    }
}
