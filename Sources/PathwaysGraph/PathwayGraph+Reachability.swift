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
