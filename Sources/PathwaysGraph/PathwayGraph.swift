/// The pathway graph built from a catalogue: steps and jobs as nodes, progressions as edges.
///
/// Records keep their stable string IDs outside; inside, every step and job has an integer
/// index (steps first, then jobs) and edges live in compressed adjacency arrays in both
/// directions, so queries walk arrays rather than dictionaries.
///
/// Building is O(V + E). Where the catalogue repeats an ID the first record wins; edges whose
/// ends do not exist are left out. `Catalogue.validate()` reports both. When nothing is left
/// out, the graph holds the catalogue's own arrays of records (shared, not copied), so a loaded
/// content set keeps one copy of its records, not two.
public struct PathwayGraph: Sendable {
    public let info: ContentInfo
    public let steps: [Step]
    public let jobs: [Job]
    public let clusters: [Cluster]
    public let providers: [Provider]
    public let sources: [Source]
    public let funding: [FundingRule]
    /// Edges kept in the graph, in catalogue order; adjacency arrays index into this.
    public let progressions: [Progression]

    let nodeIndexByID: [String: Int]
    let clusterIndexByID: [String: Int]
    let providerIndexByID: [String: Int]
    let sourceIndexByID: [String: Int]
    let fundingIndexByID: [String: Int]
    /// Job indices (into `jobs`) per cluster index, in catalogue order.
    let jobsByCluster: [[Int]]

    /// For a preview (`init(preview:jobCounts:)`): each cluster's number of jobs in the whole
    /// content, of which the preview holds only the first cluster's jobs.
    let previewJobCounts: [Int]?

    /// The catalogue's number of progressions when the graph kept every one, so edge `e` below
    /// that is the catalogue's progression `e`; nil when some were left out.
    let keptEveryProgression: Int?

    /// Per step index: true when one of its progressions leads straight to a job.
    let stepLeadsToJob: [Bool]

    // Compressed sparse rows: node i's out-edges are outTarget[outStart[i]..<outStart[i+1]].
    let outStart: [Int32]
    let outTarget: [Int32]
    let outEdge: [Int32]
    let inStart: [Int32]
    let inSource: [Int32]
    let inEdge: [Int32]

    /// Number of nodes (steps plus jobs).
    public var nodeCount: Int { steps.count + jobs.count }
    public var edgeCount: Int { progressions.count }

    public init(_ catalogue: Catalogue) {
        self.init(catalogue, previewJobCounts: nil)
    }

    /// A preview of a larger content set, for a first frame drawn before the rest is read: the
    /// catalogue holds the first cluster's jobs, and `jobCounts` every cluster's number of jobs
    /// in the whole content (what `jobCount(inCluster:)` then answers).
    public init(preview catalogue: Catalogue, jobCounts: [Int]) {
        self.init(catalogue, previewJobCounts: jobCounts)
    }

    private init(_ catalogue: Catalogue, previewJobCounts: [Int]?) {
        self.previewJobCounts = previewJobCounts
        info = catalogue.info
        // Each record array is the catalogue's own (shared, not copied) unless an ID repeats.
        var nodeIndex: [String: Int] = [:]
        nodeIndex.reserveCapacity(catalogue.steps.count + catalogue.jobs.count)
        steps = PathwayGraph.firstOfEach(catalogue.steps, id: \.id, indexingInto: &nodeIndex, from: 0)
        jobs = PathwayGraph.firstOfEach(catalogue.jobs, id: \.id, indexingInto: &nodeIndex, from: steps.count)
        nodeIndexByID = nodeIndex
        var index: [String: Int] = [:]
        clusters = PathwayGraph.firstOfEach(catalogue.clusters, id: \.id, indexingInto: &index, from: 0)
        clusterIndexByID = index
        index = [:]
        providers = PathwayGraph.firstOfEach(catalogue.providers, id: \.id, indexingInto: &index, from: 0)
        providerIndexByID = index
        index = [:]
        sources = PathwayGraph.firstOfEach(catalogue.sources, id: \.id, indexingInto: &index, from: 0)
        sourceIndexByID = index
        index = [:]
        funding = PathwayGraph.firstOfEach(catalogue.funding, id: \.id, indexingInto: &index, from: 0)
        fundingIndexByID = index

        var byCluster = Array(repeating: [Int](), count: clusters.count)
        for j in jobs.indices {
            for c in jobs[j].clusters {
                if let ci = clusterIndexByID[c], byCluster[ci].last != j { byCluster[ci].append(j) }
            }
        }
        jobsByCluster = byCluster

        // Keep edges whose source is a step and whose target exists.
        let stepCount = steps.count
        let all = catalogue.progressions
        // The kept edges' catalogue positions, once one is left out (until then, all are kept).
        var kept: [Int32]? = nil
        var ends: [(Int32, Int32)] = []
        ends.reserveCapacity(all.count)
        let targets = PathwayGraph.targets(of: all, in: nodeIndex)
        // A step's progressions come together and share its ID's text, so the last `from`
        // found is usually the next one too: one look-up per step rather than per edge.
        var lastFrom: (id: String, index: Int?) = ("", nil)
        for k in all.indices {
            if all[k].from != lastFrom.id { lastFrom = (all[k].from, nodeIndex[all[k].from]) }
            let t = Int(targets[k])
            guard let f = lastFrom.index, f < stepCount, t >= 0 else {
                if kept == nil { kept = (0..<Int32(k)).map { $0 } }
                continue
            }
            kept?.append(Int32(k))
            ends.append((Int32(f), Int32(t)))
        }
        keptEveryProgression = kept == nil ? all.count : nil
        var edges = kept.map { $0.map { all[Int($0)] } } ?? all
        // Career ladders: time in work as a job follows that job (a job's only onward edges).
        for i in steps.indices where steps[i].kind == .work {
            guard let job = steps[i].asJob, let f = nodeIndex[job], f >= stepCount else { continue }
            edges.append(Progression(from: job, to: steps[i].id))
            ends.append((Int32(f), Int32(i)))
        }
        progressions = edges
        let n = nodeIndex.count
        (outStart, outTarget, outEdge) = PathwayGraph.compressedRows(n: n, ends: ends, forward: true)
        (inStart, inSource, inEdge) = PathwayGraph.compressedRows(n: n, ends: ends, forward: false)
        var leads = [Bool](repeating: false, count: stepCount)
        for (f, t) in ends where Int(t) >= stepCount && Int(f) < stepCount { leads[Int(f)] = true }
        stepLeadsToJob = leads
    }

    /// The node index of each progression's `to`, or -1 where there is none. A national
    /// content set has the better part of a million, each a hashed look-up, so large sets are
    /// looked up in two halves side by side (the dictionary is only read).
    static func targets(of progressions: [Progression], in nodeIndex: [String: Int], halvesFrom threshold: Int = 50_000) -> [Int32] {
        @Sendable func target(_ k: Int) -> Int32 { nodeIndex[progressions[k].to].map { Int32($0) } ?? -1 }
        let n = progressions.count
        guard n >= threshold else { return (0..<n).map(target) }
        let middle = n / 2
        let (first, second) = sideBySide({ (0..<middle).map(target) }, { (middle..<n).map(target) })
        return first + second
    }

    /// True when routes from this starting point skip the step (see `StartingPoint.covers`).
    public func isCovered(_ step: Step, for start: StartingPoint) -> Bool {
        guard let i = nodeIndexByID[step.id], i < steps.count else { return false }
        return start.covers(step, leadsToJob: stepLeadsToJob[i])
    }

    // MARK: Look-ups by ID (each O(1) expected)

    /// The step or job with this ID.
    public func node(_ id: String) -> Node? {
        guard let i = nodeIndexByID[id] else { return nil }
        return node(at: i)
    }

    public func step(_ id: String) -> Step? {
        guard let i = nodeIndexByID[id], i < steps.count else { return nil }
        return steps[i]
    }

    public func job(_ id: String) -> Job? {
        guard let i = nodeIndexByID[id], i >= steps.count else { return nil }
        return jobs[i - steps.count]
    }

    public func cluster(_ id: String) -> Cluster? { clusterIndexByID[id].map { clusters[$0] } }
    public func provider(_ id: String) -> Provider? { providerIndexByID[id].map { providers[$0] } }
    public func source(_ id: String) -> Source? { sourceIndexByID[id].map { sources[$0] } }
    public func fundingRule(_ id: String) -> FundingRule? { fundingIndexByID[id].map { funding[$0] } }

    /// The jobs in a cluster, in content order. O(jobs in the cluster).
    public func jobs(inCluster id: String) -> [Job] {
        guard let ci = clusterIndexByID[id] else { return [] }
        return jobsByCluster[ci].map { jobs[$0] }
    }

    /// How many jobs a cluster has. O(1).
    public func jobCount(inCluster id: String) -> Int {
        guard let ci = clusterIndexByID[id] else { return 0 }
        if let counts = previewJobCounts, counts.indices.contains(ci) { return counts[ci] }
        return jobsByCluster[ci].count
    }

    /// Every ID the graph knows, of any record kind (for suggestions and search).
    public var allIDs: [String] {
        Array(nodeIndexByID.keys) + clusters.map(\.id) + providers.map(\.id) + sources.map(\.id) + funding.map(\.id)
    }

    // MARK: Internals

    func node(at index: Int) -> Node {
        index < steps.count ? .step(steps[index]) : .job(jobs[index - steps.count])
    }

    func index(of id: String) -> Int? { nodeIndexByID[id] }

    func isJob(_ index: Int) -> Bool { index >= steps.count }

    func nodeID(_ index: Int) -> String { index < steps.count ? steps[index].id : jobs[index - steps.count].id }

    /// The first record of each ID, in order, each indexed in `index` (from `offset` on) unless
    /// the ID is there already. When no ID repeats, `items` itself comes back (shared, not copied).
    private static func firstOfEach<T>(_ items: [T], id: (T) -> String, indexingInto index: inout [String: Int], from offset: Int) -> [T] {
        var kept: [Int]? = nil
        for i in items.indices {
            let key = items.withUnsafeBufferPointer { id($0[i]) }
            if index[key] == nil {
                index[key] = offset + (kept?.count ?? i)
                kept?.append(i)
            } else if kept == nil {
                kept = Array(0..<i)
            }
        }
        guard let kept else { return items }
        return kept.map { items[$0] }
    }

    /// Counting sort of edges by one end: O(V + E).
    private static func compressedRows(n: Int, ends: [(Int32, Int32)], forward: Bool)
        -> ([Int32], [Int32], [Int32])
    {
        var start = [Int32](repeating: 0, count: n + 1)
        for (f, t) in ends { start[Int(forward ? f : t) + 1] += 1 }
        for i in 0..<n { start[i + 1] += start[i] }
        var fill = start
        var other = [Int32](repeating: 0, count: ends.count)
        var edge = [Int32](repeating: 0, count: ends.count)
        for (e, (f, t)) in ends.enumerated() {
            let key = Int(forward ? f : t)
            let slot = Int(fill[key])
            other[slot] = forward ? t : f
            edge[slot] = Int32(e)
            fill[key] += 1
        }
        return (start, other, edge)
    }
}

/// A node of the pathway graph: a step or a job.
public enum Node: Sendable, Hashable {
    case step(Step)
    case job(Job)

    public var id: String {
        switch self {
        case .step(let s): s.id
        case .job(let j): j.id
        }
    }

    public var title: String {
        switch self {
        case .step(let s): s.title
        case .job(let j): j.title
        }
    }
}
