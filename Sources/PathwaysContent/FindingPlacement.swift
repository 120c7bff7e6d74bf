import PathwaysGraph

extension CatalogueBuilder {
    /// Turns validation findings into diagnostics placed at the first record each one names,
    /// choosing by each finding's kind (never by its words).
    ///
    /// Findings that only repeat a problem already reported are left out: anything about a
    /// record that could not be read cleanly (except duplicate IDs and unknown references,
    /// which do not depend on the broken values), and reachability when steps or progressions
    /// were lost.
    ///
    /// The records and progressions the findings name are found in one pass over the
    /// catalogue, so nothing is indexed when there are no findings.
    mutating func place(_ findings: [Finding], fallback: String) {
        let kept = findings.filter { finding in
            guard !finding.records.isEmpty, finding.kind != .duplicateID, finding.kind != .unknownReference else { return true }
            if finding.records.contains(where: { damaged.contains(RecordKey(kind: $0.kind, id: $0.id)) }) { return false }
            return !(graphIsIncomplete && finding.kind.isAboutTheGraph)
        }
        let named = NamedRecords(kept.compactMap(\.records.first), in: catalogue)
        var duplicatesSeen: [RecordKey: Int] = [:]
        for finding in kept {
            guard let first = finding.records.first else {
                diagnostics.append(Diagnostic(.wholeFile(fallback), finding.message))
                continue
            }
            let key = RecordKey(kind: first.kind, id: first.id)
            var location: SourceLocation? = nil
            if let to = first.progressionTo {
                location = named.progression(from: first.id, to: to).map { places.location(places.progressions[$0]) }
            } else if let item = finding.item, let place = itemPlace(item, of: key, among: named.records[key] ?? []) {
                location = place
            } else {
                let records = named.records[key] ?? []
                var n = 0
                if finding.kind == .duplicateID && finding.records.count == 2 {
                    n = duplicatesSeen[key, default: 0] + (finding.records[1].kind == first.kind ? 1 : 0)
                    duplicatesSeen[key, default: 0] += 1
                }
                location = records.isEmpty ? nil : places.record(key.kind, records[min(n, records.count - 1)]).map(places.location)
            }
            diagnostics.append(Diagnostic(location ?? .wholeFile(fallback), finding.message))
        }
    }

    /// Where an item a finding names was written: in the first record of the ID that has list
    /// items, the last place the value was listed.
    private func itemPlace(_ item: Finding.Item, of key: RecordKey, among records: [Int]) -> SourceLocation? {
        guard let field = RecordFields.ItemField(named: item.field),
              let index = records.first(where: { !places.items(of: key.kind, $0).isEmpty }) else { return nil }
        let values = catalogue.values(of: field, kind: key.kind, at: index)
        var seen = 0
        var found: RecordFields.Item? = nil
        for entry in places.items(of: key.kind, index) where entry.field == field {
            if values.indices.contains(seen), values[seen] == item.value { found = entry }
            seen += 1
        }
        guard let found else { return nil }
        let file = places.itemFile(key.kind, index)
        return places.location(SourcePlace(file: file, mark: found.mark))
    }
}

/// The records and progressions a set of findings names, found in one pass over a catalogue:
/// each named record's positions in its kind's array (several for a repeated ID), and each
/// named progression's first position.
struct NamedRecords {
    private(set) var records: [CatalogueBuilder.RecordKey: [Int]] = [:]
    private var progressions: [Ends: Int] = [:]

    private struct Ends: Hashable {
        var from, to: String
    }

    init(_ named: [RecordReference], in catalogue: Catalogue) {
        var wantedEnds = Set<Ends>()
        var wanted = Set<CatalogueBuilder.RecordKey>()
        for reference in named {
            if let to = reference.progressionTo {
                wantedEnds.insert(Ends(from: reference.id, to: to))
            } else {
                wanted.insert(CatalogueBuilder.RecordKey(kind: reference.kind, id: reference.id))
            }
        }
        if !wanted.isEmpty {
            let kinds = Set(wanted.map(\.kind))
            for kind in RecordKind.allCases where kinds.contains(kind) {
                catalogue.forEachID(of: kind) { index, id in
                    let key = CatalogueBuilder.RecordKey(kind: kind, id: id)
                    if wanted.contains(key) { records[key, default: []].append(index) }
                }
            }
        }
        if !wantedEnds.isEmpty {
            for k in catalogue.progressions.indices {
                let ends = Ends(from: catalogue.progressions[k].from, to: catalogue.progressions[k].to)
                if progressions[ends] == nil, wantedEnds.contains(ends) { progressions[ends] = k }
            }
        }
    }

    /// The first position of the progression from one ID to another.
    func progression(from: String, to: String) -> Int? { progressions[Ends(from: from, to: to)] }
}

extension Catalogue {
    /// Calls `body` with the position and ID of each record of a kind, in order.
    func forEachID(of kind: RecordKind, _ body: (Int, String) -> Void) {
        switch kind {
        case .source: for i in sources.indices { body(i, sources[i].id) }
        case .cluster: for i in clusters.indices { body(i, clusters[i].id) }
        case .job: for i in jobs.indices { body(i, jobs[i].id) }
        case .step: for i in steps.indices { body(i, steps[i].id) }
        case .provider: for i in providers.indices { body(i, providers[i].id) }
        case .funding: for i in funding.indices { body(i, funding[i].id) }
        }
    }

    /// The values of a field whose items findings name, for record `index` of a kind, in the
    /// order they were read (see `RecordFields.Item`).
    func values(of field: RecordFields.ItemField, kind: RecordKind, at index: Int) -> [String] {
        switch (field, kind) {
        case (.sources, .cluster): clusters[index].sources
        case (.sources, .provider): providers[index].sources
        case (.sources, .funding): funding[index].sources
        case (.sources, .job): jobs[index].sources
        case (.sources, .step): steps[index].sources
        case (.clusters, .job): jobs[index].clusters
        case (.requires, .job): jobs[index].requires
        case (.paySource, .job): [jobs[index].pay?.source ?? jobs[index].payWithheld?.source].compactMap { $0 }
        case (.startingPaySource, .job): [jobs[index].startingPay?.source].compactMap { $0 }
        case (.providers, .step): steps[index].providers
        case (.funding, .step): steps[index].funding
        default: []
        }
    }
}
