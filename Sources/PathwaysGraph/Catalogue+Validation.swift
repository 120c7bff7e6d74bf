extension Catalogue {
    /// Everything wrong with this content set, each finding naming the records involved.
    ///
    /// Checks, in this order: duplicate IDs (across all kinds, since `show ID` must be
    /// unambiguous); references to records that do not exist; the same reference listed twice
    /// in one record, or the same progression twice; progressions that start at a job,
    /// go down a level without being marked `sideways`, or ask for a level above the step they
    /// leave; cycles of progressions; jobs no Entry-level starting point can reach; clusters with
    /// no jobs.
    ///
    /// Complexity: O(V + E) for the structural checks, plus one walk over the route search's
    /// states from Entry level, O(Vm + Em) for m English-and-maths levels in play.
    ///
    /// Pass `graph` when the caller has already built this catalogue's graph, so it is not built
    /// twice (a loader builds it anyway, for the explorer).
    public func validate(graph prebuilt: PathwayGraph? = nil) -> [Finding] {
        validate(prebuilt ?? PathwayGraph(self), duplicates: nil)
    }

    /// Builds this catalogue's graph and validates it, finding duplicate IDs (which need no
    /// graph) while the graph is built: what `validate()` finds, sooner on two cores.
    public func graphAndFindings() -> (graph: PathwayGraph, findings: [Finding]) {
        let (graph, duplicates) = sideBySide({ PathwayGraph(self) }, { duplicateIDs() })
        return (graph, validate(graph, duplicates: duplicates))
    }

    /// The checks, which only read the catalogue and the graph, in two groups side by side
    /// (reachability, the longest, alone); the findings are joined in the order above.
    private func validate(_ graph: PathwayGraph, duplicates: [Finding]?) -> [Finding] {
        let ends = progressionEnds(graph)
        let (first, unreachable) = sideBySide(
            { (duplicates ?? duplicateIDs()) + danglingReferences(ends: ends) + repeatedReferences(graph, ends: ends)
                + badProgressions(graph, ends: ends) + cycles(graph) },
            { unreachableJobs(graph) })
        return first + unreachable + emptyClusters(graph)
    }

    private func emptyClusters(_ graph: PathwayGraph) -> [Finding] {
        graph.clusters.filter { graph.jobs(inCluster: $0.id).isEmpty }.map {
            Finding(.emptyCluster, "cluster '\($0.id)' has no jobs", records: [.init(.cluster, $0.id)])
        }
    }

    private func duplicateIDs() -> [Finding] {
        var first: [String: RecordKind] = [:]
        var findings: [Finding] = []
        func check(_ id: String, _ kind: RecordKind) {
            if let earlier = first[id] {
                let also = earlier == kind ? "" : " (already used by a \(earlier.rawValue))"
                findings.append(Finding(.duplicateID, "duplicate ID '\(id)'\(also)", records: [.init(kind, id), .init(earlier, id)]))
            } else {
                first[id] = kind
            }
        }
        sources.forEach { check($0.id, .source) }
        clusters.forEach { check($0.id, .cluster) }
        providers.forEach { check($0.id, .provider) }
        funding.forEach { check($0.id, .funding) }
        // By index: a loop over the records themselves would copy each (a dozen texts and lists).
        for k in steps.indices { check(steps[k].id, .step) }
        for k in jobs.indices { check(jobs[k].id, .job) }
        return findings
    }

    /// Each progression's ends as node indices, by position, read off the graph's index arrays
    /// with no ID looked up; nil when the graph left a progression out (an unknown end, or one
    /// from a job), so that positions differ and the checks look IDs up instead.
    private func progressionEnds(_ graph: PathwayGraph) -> [(from: Int32, to: Int32)]? {
        guard graph.keptEveryProgression == progressions.count else { return nil }
        var ends = [(from: Int32, to: Int32)](repeating: (0, 0), count: progressions.count)
        for f in 0..<graph.nodeCount {
            for k in Int(graph.outStart[f])..<Int(graph.outStart[f + 1]) {
                let e = Int(graph.outEdge[k])
                if e < ends.count { ends[e] = (Int32(f), graph.outTarget[k]) }
            }
        }
        return ends
    }

    private func danglingReferences(ends: [(from: Int32, to: Int32)]?) -> [Finding] {
        let sourceIDs = Set(sources.map(\.id))
        let clusterIDs = Set(clusters.map(\.id))
        let providerIDs = Set(providers.map(\.id))
        let fundingIDs = Set(funding.map(\.id))
        let jobIDs = Set(jobs.map(\.id))
        var findings: [Finding] = []
        func check(_ ids: [String], in known: Set<String>, what: String, field: String, owner: RecordReference) {
            for id in ids where !known.contains(id) {
                let near = Catalogue.nearest(to: id, in: known)
                let hint = near.map { "; did you mean '\($0)'?" } ?? ""
                findings.append(Finding(.unknownReference, "\(owner) refers to unknown \(what) '\(id)'\(hint)", records: [owner],
                                        item: .init(field: field, value: id)))
            }
        }
        for c in clusters { check(c.sources, in: sourceIDs, what: "source", field: "sources", owner: .init(.cluster, c.id)) }
        for p in providers { check(p.sources, in: sourceIDs, what: "source", field: "sources", owner: .init(.provider, p.id)) }
        for f in funding { check(f.sources, in: sourceIDs, what: "source", field: "sources", owner: .init(.funding, f.id)) }
        // Jobs and steps by index, reading only the fields checked (see `duplicateIDs`).
        for k in jobs.indices {
            let owner = RecordReference(.job, jobs[k].id)
            check(jobs[k].sources, in: sourceIDs, what: "source", field: "sources", owner: owner)
            check(jobs[k].clusters, in: clusterIDs, what: "cluster", field: "clusters", owner: owner)
            if let pay = jobs[k].pay { check([pay.source], in: sourceIDs, what: "source", field: "pay.source", owner: owner) }
            if let start = jobs[k].startingPay {
                check([start.source], in: sourceIDs, what: "source", field: "startingPay.source", owner: owner)
            }
            if let gap = jobs[k].payWithheld { check([gap.source], in: sourceIDs, what: "source", field: "pay.source", owner: owner) }
        }
        for k in steps.indices {
            let owner = RecordReference(.step, steps[k].id)
            check(steps[k].sources, in: sourceIDs, what: "source", field: "sources", owner: owner)
            check(steps[k].providers, in: providerIDs, what: "provider", field: "providers", owner: owner)
            check(steps[k].funding, in: fundingIDs, what: "funding scheme", field: "funding", owner: owner)
            findings += ladderFindings(kind: steps[k].kind, asJob: steps[k].asJob, owner: owner, jobIDs: jobIDs)
        }
        findings += requirementFindings()
        // With every progression in the graph, none leads to an unknown step or job.
        let nodeIDs = ends == nil ? Set(steps.map(\.id) + jobs.map(\.id)) : []
        for e in progressions where ends == nil && !nodeIDs.contains(e.to) {
            let owner = RecordReference(.step, e.from, progressionTo: e.to)
            let hint = Catalogue.nearest(to: e.to, in: nodeIDs).map { "; did you mean '\($0)'?" } ?? ""
            findings.append(Finding(.unknownReference, "\(owner) leads to unknown step or job '\(e.to)'\(hint)", records: [owner]))
        }
        return findings
    }

    /// Time in work names the job it is done in, and only time in work does.
    private func ladderFindings(kind: StepKind, asJob: String?, owner: RecordReference, jobIDs: Set<String>) -> [Finding] {
        switch (kind, asJob) {
        case (.work, nil):
            return [Finding(.timeInWork, "\(owner) is time in work but names no job in 'asJob'", records: [owner])]
        case (.work, let job?) where !jobIDs.contains(job):
            let hint = Catalogue.nearest(to: job, in: jobIDs).map { "; did you mean '\($0)'?" } ?? ""
            return [Finding(.unknownReference, "\(owner) refers to unknown job '\(job)' in 'asJob'\(hint)", records: [owner])]
        case (let kind, _?) where kind != .work:
            return [Finding(.timeInWork, "\(owner) names a job in 'asJob' but is not time in work (kind: work)", records: [owner])]
        default:
            return []
        }
    }

    /// A job's real entry requirement must be granted by some step, and a step that leads
    /// straight into the job must grant it (otherwise the route would skip the licence).
    private func requirementFindings() -> [Finding] {
        let demanding = jobs.filter { !$0.requires.isEmpty }
        guard !demanding.isEmpty else { return [] }
        var findings: [Finding] = []
        let granted = Set(steps.flatMap(\.grants))
        let stepByID = Dictionary(steps.indices.map { (steps[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        let demandingIDs = Set(demanding.map(\.id))
        let into = Dictionary(grouping: progressions.filter { demandingIDs.contains($0.to) }, by: \.to)
        for j in demanding {
            for need in j.requires where !granted.contains(need) {
                findings.append(Finding(.unmetRequirement, "job '\(j.id)' requires '\(need)', which no step grants", records: [.init(.job, j.id)],
                                        item: .init(field: "requires", value: need)))
            }
            for e in into[j.id] ?? [] {
                guard let from = stepByID[e.from], steps[from].kind != .work, !j.requires.allSatisfy(steps[from].grants.contains) else { continue }
                findings.append(Finding(.unmetRequirement, "step '\(e.from)' leads to job '\(j.id)' but does not grant what it requires ("
                    + j.requires.joined(separator: ", ") + ")", records: [.init(.step, e.from, progressionTo: j.id)]))
            }
        }
        return findings
    }

    /// The known ID closest to a mistyped one, when it is close enough to be a likely typo.
    static func nearest(to id: String, in known: Set<String>) -> String? {
        SearchIndex.closestIDs(to: id, among: known, within: max(2, id.count / 4), limit: 1).first
    }

    private func repeatedReferences(_ graph: PathwayGraph, ends: [(from: Int32, to: Int32)]?) -> [Finding] {
        var findings: [Finding] = []
        func check(_ ids: [String], what: String, owner: RecordReference) {
            for id in Catalogue.repeats(in: ids) {
                let field = what == "funding scheme" ? "funding" : what + "s"
                findings.append(Finding(.repeatedReference, "\(owner) lists \(what) '\(id)' more than once", records: [owner],
                                        item: .init(field: field, value: id)))
            }
        }
        for c in clusters { check(c.sources, what: "source", owner: .init(.cluster, c.id)) }
        for p in providers { check(p.sources, what: "source", owner: .init(.provider, p.id)) }
        for f in funding { check(f.sources, what: "source", owner: .init(.funding, f.id)) }
        for k in jobs.indices {
            check(jobs[k].sources, what: "source", owner: .init(.job, jobs[k].id))
            check(jobs[k].clusters, what: "cluster", owner: .init(.job, jobs[k].id))
        }
        for k in steps.indices {
            let owner = RecordReference(.step, steps[k].id)
            check(steps[k].sources, what: "source", owner: owner)
            check(steps[k].providers, what: "provider", owner: owner)
            check(steps[k].funding, what: "funding scheme", owner: owner)
        }
        findings += repeatedProgressions(graph, ends: ends)
        return findings
    }

    /// Each ID listed more than once, in the order of its first repeat. Short lists (a record's
    /// usual one to three) are compared in place rather than through sets.
    static func repeats(in ids: [String]) -> [String] {
        guard ids.count > 1 else { return [] }
        if ids.count <= 16 {
            return (1..<ids.count).compactMap { i in
                ids[..<i].count(where: { $0 == ids[i] }) == 1 ? ids[i] : nil
            }
        }
        var seen = Set<String>()
        var reported = Set<String>()
        return ids.filter { !seen.insert($0).inserted && reported.insert($0).inserted }
    }

    /// The same progression written twice. When the graph holds every progression, each node's
    /// row of edges is looked along (no set at all); otherwise ends the graph knows are compared
    /// by node index (a set of integers, not of string pairs), any others by ID.
    private func repeatedProgressions(_ graph: PathwayGraph, ends: [(from: Int32, to: Int32)]?) -> [Finding] {
        func finding(_ e: Progression) -> Finding {
            Finding(.repeatedProgression, "step '\(e.from)' leads to '\(e.to)' more than once", records: [.init(.step, e.from, progressionTo: e.to)])
        }
        if ends != nil {
            // Every progression is an edge of the graph, in catalogue order within each node's
            // row: a target met again in the same row is a repeat.
            var lastFrom = [Int32](repeating: -1, count: graph.nodeCount)
            var repeats: [Int] = []
            for f in 0..<graph.nodeCount {
                for k in Int(graph.outStart[f])..<Int(graph.outStart[f + 1]) {
                    let t = Int(graph.outTarget[k]), e = Int(graph.outEdge[k])
                    if lastFrom[t] == Int32(f) {
                        if e < progressions.count { repeats.append(e) }
                    } else {
                        lastFrom[t] = Int32(f)
                    }
                }
            }
            return repeats.sorted().map { finding(progressions[$0]) }
        }
        struct Edge: Hashable { var from, to: String }
        var findings: [Finding] = []
        var known = Set<Int64>(minimumCapacity: progressions.count)
        var unknown = Set<Edge>()
        for k in progressions.indices {
            let from = progressions[k].from, to = progressions[k].to
            let isRepeat = if let f = graph.index(of: from), let t = graph.index(of: to) {
                !known.insert(Int64(f) << 32 | Int64(t)).inserted
            } else {
                !unknown.insert(Edge(from: from, to: to)).inserted
            }
            if isRepeat { findings.append(finding(progressions[k])) }
        }
        return findings
    }

    private func badProgressions(_ graph: PathwayGraph, ends: [(from: Int32, to: Int32)]?) -> [Finding] {
        var findings: [Finding] = []
        for k in progressions.indices {
            // Levels are read in place by index: no step record is copied per progression.
            let f: Int, t: Int?
            if let ends {
                (f, t) = (Int(ends[k].from), Int(ends[k].to))
            } else {
                guard let found = graph.index(of: progressions[k].from) else { continue }
                (f, t) = (found, graph.index(of: progressions[k].to))
            }
            let e = progressions[k]
            let owner = RecordReference(.step, e.from, progressionTo: e.to)
            guard !graph.isJob(f) else {
                findings.append(Finding(.progressionFromJob, "job '\(e.from)' cannot lead anywhere; progressions start at steps", records: [.init(.job, e.from, progressionTo: e.to)]))
                continue
            }
            let fromLevel = graph.steps[f].level
            if !e.sideways, let t, !graph.isJob(t), graph.steps[t].level < fromLevel {
                findings.append(Finding(
                    .progressionDownwards, "\(owner) goes down from \(fromLevel.label) to \(graph.steps[t].level.label); mark it 'sideways: true' if that is meant",
                    records: [owner, .init(.step, e.to)]))
            }
            if let need = e.requirement.minimumLevel, need > fromLevel {
                findings.append(Finding(
                    .requirementAboveStep, "\(owner) asks for \(need.label) but '\(e.from)' is \(fromLevel.label); require it on the step it leads to instead",
                    records: [owner]))
            }
        }
        return findings
    }

    /// Cycles of progressions, one finding per strongly connected component with more than one
    /// node (or a self-loop). Iterative Tarjan, O(V + E).
    private func cycles(_ graph: PathwayGraph) -> [Finding] {
        let n = graph.nodeCount
        var index = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int] = []
        var counter = 0
        var findings: [Finding] = []
        for root in 0..<n where index[root] < 0 {
            var work: [(node: Int, edge: Int)] = [(root, Int(graph.outStart[root]))]
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while var top = work.popLast() {
                let v = top.node
                if top.edge < Int(graph.outStart[v + 1]) {
                    let w = Int(graph.outTarget[top.edge])
                    top.edge += 1
                    work.append(top)
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(w); onStack[w] = true
                        work.append((w, Int(graph.outStart[w])))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                if let parent = work.last { low[parent.node] = min(low[parent.node], low[v]) }
                guard low[v] == index[v] else { continue }
                var component: [Int] = []
                while let w = stack.popLast() {
                    onStack[w] = false
                    component.append(w)
                    if w == v { break }
                }
                let selfLoop = (Int(graph.outStart[v])..<Int(graph.outStart[v + 1])).contains { Int(graph.outTarget[$0]) == v }
                if component.count > 1 || selfLoop {
                    let ids = component.map(graph.nodeID).sorted()
                    findings.append(Finding(
                        .cycle, "progressions form a cycle through \(ids.map { "'\($0)'" }.joined(separator: ", "))",
                        records: ids.map { RecordReference(graph.isJob(graph.index(of: $0)!) ? .job : .step, $0) }))
                }
            }
        }
        return findings
    }

    private func unreachableJobs(_ graph: PathwayGraph) -> [Finding] {
        let reached = graph.reachableJobMask(from: .entry)
        return graph.jobs.indices.filter { !reached[$0] }.map {
            let id = graph.jobs[$0].id
            return Finding(.unreachableJob, "job '\(id)' cannot be reached by any route from Entry level", records: [.init(.job, id)])
        }
    }
}
