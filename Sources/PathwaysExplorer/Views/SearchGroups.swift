import PathwaysGraph

/// Search results as the Search screen shows them: grouped by kind, with a few words each.
///
/// Matching (prefixes, small typos) is the engine's `SearchIndex`; this only arranges results.
enum SearchGroups {
    static let order: [RecordKind] = [.cluster, .job, .step, .provider]

    /// Results grouped by kind, keeping the engine's ranking within each group; the group of the
    /// best match comes first (so Enter on a fresh search opens it), the others in `order`.
    static func grouped(_ hits: [SearchIndex.Hit]) -> [SearchIndex.Hit] {
        let kinds = (hits.first.map { [$0.kind] } ?? []) + order.filter { $0 != hits.first?.kind }
        return kinds.flatMap { kind in hits.filter { $0.kind == kind } }
    }

    static func heading(_ kind: RecordKind) -> String {
        switch kind {
        case .cluster: "Clusters"
        case .job: "Jobs"
        case .step: "Steps"
        case .provider: "Providers"
        case .source: "Sources"
        case .funding: "Funding"
        }
    }

    static func screen(for hit: SearchIndex.Hit) -> Screen? {
        switch hit.kind {
        case .cluster: .cluster(hit.id)
        case .job: .job(hit.id)
        case .step: .step(hit.id)
        case .provider: .provider(hit.id)
        default: nil
        }
    }

    /// Level, borough or SOC code: enough to tell similar titles apart.
    static func detail(_ hit: SearchIndex.Hit, _ graph: PathwayGraph) -> String {
        switch hit.kind {
        case .cluster: return "\(graph.jobCount(inCluster: hit.id)) jobs"
        case .job: return graph.job(hit.id).map { j in [j.soc.map { "SOC \($0)" }, j.minimumLevel.label].compactMap { $0 }.joined(separator: ", ") } ?? ""
        case .step: return graph.step(hit.id).map { "\($0.kind.label), \($0.level.label)" } ?? ""
        case .provider: return graph.provider(hit.id)?.borough.label ?? ""
        default: return ""
        }
    }
}
