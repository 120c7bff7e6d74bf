import PathwaysGraph

extension CatalogueBuilder {
    /// Turns validation findings into diagnostics placed at the first record each one names,
    /// choosing by each finding's kind (never by its words).
    ///
    /// Findings that only repeat a problem already reported are left out: anything about a
    /// record that could not be read cleanly (except duplicate IDs and unknown references,
    /// which do not depend on the broken values), and reachability when steps or progressions
    /// were lost.
    mutating func place(_ findings: [Finding], fallback: String) {
        var progressionIndex: [String: Int]? = nil
        var duplicatesSeen: [RecordKey: Int] = [:]
        for finding in findings {
            guard let first = finding.records.first else {
                diagnostics.append(Diagnostic(.wholeFile(fallback), finding.message))
                continue
            }
            let isDuplicate = finding.kind == .duplicateID && finding.records.count == 2
            if finding.kind != .duplicateID && finding.kind != .unknownReference {
                if finding.records.contains(where: { damaged.contains(RecordKey(kind: $0.kind, id: $0.id)) }) { continue }
                if graphIsIncomplete && finding.kind.isAboutTheGraph { continue }
            }
            var location: SourceLocation? = nil
            if let to = first.progressionTo {
                if progressionIndex == nil { progressionIndex = indexProgressions() }
                if let i = progressionIndex?[first.id + "\u{0}" + to] { location = progressionLocations[i] }
            } else if let item = finding.item,
                      let place = itemLocations[RecordKey(kind: first.kind, id: first.id)]?[RecordFields.itemKey(item.field, item.value)] {
                location = place
            } else {
                let key = RecordKey(kind: first.kind, id: first.id)
                let places = recordLocations[key] ?? []
                var n = 0
                if isDuplicate {
                    n = duplicatesSeen[key, default: 0] + (finding.records[1].kind == first.kind ? 1 : 0)
                    duplicatesSeen[key, default: 0] += 1
                }
                location = places.isEmpty ? nil : places[min(n, places.count - 1)]
            }
            diagnostics.append(Diagnostic(location ?? .wholeFile(fallback), finding.message))
        }
    }

    /// First position of each progression by its two ends.
    private func indexProgressions() -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(catalogue.progressions.count)
        for (i, p) in catalogue.progressions.enumerated() where index[p.from + "\u{0}" + p.to] == nil {
            index[p.from + "\u{0}" + p.to] = i
        }
        return index
    }
}
