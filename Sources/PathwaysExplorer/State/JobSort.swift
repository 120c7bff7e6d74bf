import PathwaysGraph

/// How a cluster's jobs are ordered; a key cycles through them.
public enum JobSort: String, Sendable, Hashable, CaseIterable {
    case title, pay, level

    public var label: String {
        switch self {
        case .title: "title A–Z"
        case .pay: "pay, highest first"
        case .level: "level needed, lowest first"
        }
    }

    public var next: JobSort {
        let all = JobSort.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// Jobs in this order; ties keep title order. Each title is lowercased once, not at every
    /// comparison (a national cluster has over a thousand jobs, sorted on every frame).
    public func sorted(_ jobs: [Job]) -> [Job] {
        let keys = jobs.map { $0.title.lowercased() }
        // Fields are read in place: copying whole jobs at every comparison was most of the sort.
        let order = jobs.indices.sorted { i, j in
            switch self {
            case .title: break
            case .pay:
                let pa = jobs[i].pay?.median ?? -1, pb = jobs[j].pay?.median ?? -1
                if pa != pb { return pa > pb }
            case .level:
                let la = jobs[i].minimumLevel, lb = jobs[j].minimumLevel
                if la != lb { return la < lb }
            }
            if keys[i] != keys[j] { return keys[i] < keys[j] }
            return jobs[i].id < jobs[j].id
        }
        return order.map { jobs[$0] }
    }
}
