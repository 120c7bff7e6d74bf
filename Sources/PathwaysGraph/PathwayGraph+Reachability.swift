extension PathwayGraph {
    /// A job a starting point can reach, with the best route's totals.
    public struct ReachableJob: Sendable, Hashable {
        public var job: Job
        /// Steps on the best route.
        public var steps: Int
        public var totalWeeks: Int
        public var costToLearner: Int
    }

    /// Every job reachable from a starting point, with the best route's length to each under the
    /// ranking, in content order of jobs.
    ///
    /// Complexity: one Dijkstra from the starting point over the whole graph,
    /// O((Vm + Em) log(Vm)) for m English-and-maths levels in play.
    public func reachableJobs(
        from start: StartingPoint, ranking: Ranking = .time, learnerCost: (Step) -> Int = { $0.cost }
    ) -> [ReachableJob] {
        let search = RouteSearch(graph: self, start: start, ranking: ranking, pricer: StepPricer(fixed: steps.map(learnerCost)), allowed: nil)
        let dist = search.distancesFromSource(startCandidates: search.startCandidates(among: steps.indices))
        var best = [Int: (weight: RouteWeight, steps: Int)]()
        for (state, entry) in dist where state != RouteSearch.source {
            let n = search.node(ofState: state)
            guard isJob(n) else { continue }
            if let old = best[n], !(entry.weight < old.weight) { continue }
            best[n] = entry
        }
        return best.keys.sorted().map { n in
            let entry = best[n]!
            let (weeks, pounds): (Int, Int) = switch ranking {
            case .time: (entry.weight.first, entry.weight.second)
            case .cost: (entry.weight.second, entry.weight.first)
            case .steps: (entry.weight.second, entry.weight.third)
            }
            return ReachableJob(job: jobs[n - steps.count], steps: entry.steps, totalWeeks: weeks, costToLearner: pounds)
        }
    }
}

extension PathwayGraph {
    /// Per job (indexed like `jobs`), whether any route from the starting point reaches it:
    /// the jobs `reachableJobs(from:)` lists, found without weighing routes.
    ///
    /// When the starting point gives no age, which moves are open does not depend on the weeks
    /// spent on the way, so every state one move from a reachable state is reachable: a plain
    /// walk over the graph's index arrays, O(Vm + Em) with no queue of weights and no record
    /// copied. With an age, it asks `reachableJobs(from:)`.
    public func reachableJobMask(from start: StartingPoint) -> [Bool] {
        guard start.age == nil else {
            var mask = [Bool](repeating: false, count: jobs.count)
            for reached in reachableJobs(from: start) {
                if let n = index(of: reached.job.id), isJob(n) { mask[n - steps.count] = true }
            }
            return mask
        }
        let search = RouteSearch(graph: self, start: start, ranking: .time, pricer: StepPricer(typicalFeesOf: steps), allowed: nil)
        var seen = [Bool](repeating: false, count: nodeCount * search.emCount)
        var pending: [Int] = []
        let candidates = search.startCandidates(among: steps.indices)
        var state = RouteSearch.source
        while true {
            search.forEachSuccessor(of: state, afterWeeks: 0, startCandidates: candidates) { next, _ in
                if !seen[next] {
                    seen[next] = true
                    pending.append(next)
                }
            }
            guard let popped = pending.popLast() else { break }
            state = popped
        }
        var mask = [Bool](repeating: false, count: jobs.count)
        for s in seen.indices where seen[s] {
            let n = search.node(ofState: s)
            if isJob(n) { mask[n - steps.count] = true }
        }
        return mask
    }
}
