extension PathwayGraph {
    /// The `limit` best distinct loopless routes from a starting point to a job, best first.
    ///
    /// Routes are ranked by `ranking` (with the other measures breaking ties, then the route's
    /// IDs in order, so equal routes always come back in the same order). Steps the starting
    /// point already covers are skipped, and progressions whose requirements the learner would
    /// not meet at that point are not taken.
    ///
    /// `learnerCost` prices each step for this learner when started after the given weeks on
    /// the route (default: its typical fee); it is called only for steps that can lead to the
    /// job. With `earnWhileLearning`, the search looks first for routes with the fewest weeks of
    /// unpaid learning, so routes through apprenticeships and jobs come up when they exist.
    ///
    /// Complexity: Yen's algorithm, each spur search an A* guided by exact lower bounds from one
    /// backward search from the job (`RouteLowerBounds`), so in practice it visits little more
    /// than the states near the best routes. The backward search itself runs towards the start
    /// and only as far as the routes need: Yen's runs over the nodes it has settled, and again
    /// with the bounds taken further when a route found might not beat one through a node not
    /// yet settled (out to twice the radius each time; after six tries, every ancestor of the
    /// job). The first moves (every step open today that is settled) are offered to each search
    /// lazily, in order of their keys (`SourceMoves`), and the bounds, scratch space and prices
    /// are shared by all the searches of a query. With V nodes, V' nodes and E' edges settled,
    /// L the longest route and m the English-and-maths levels in play: O(V) to prepare, then
    /// the backward search O((V' + E') log V') and each try's spurs
    /// O(limit · L · (V'm + E'm) log(V'm)), though each spur, led by exact bounds, settles
    /// little more than the states on its route.
    public func routes(
        from start: StartingPoint, to jobID: String, ranking: Ranking = .time, limit: Int = 3,
        earnWhileLearning: Bool = false, learnerCost: ((Step, _ weeksBefore: Int) -> Int)? = nil
    ) -> [Route] {
        guard limit > 0, let target = index(of: jobID), isJob(target) else { return [] }
        let pricer = learnerCost.map { price in StepPricer { [steps] i, weeks in price(steps[i], weeks) } }
            ?? StepPricer(typicalFeesOf: steps)
        let search = RouteSearch(graph: self, start: start, ranking: ranking, pricer: pricer, allowed: nil,
                                 earn: earnWhileLearning)
        let bounds = RouteLowerBounds(search: search, target: target)
        search.bounds = bounds
        let scratch = SearchScratch(states: nodeCount * search.emCount)
        // Settle bounds out to twice the lightest conceivable route and look for routes among
        // the nodes settled; the answer stands when every route found is lighter than any
        // route through a node not settled, else settle further (after a few tries, all).
        bounds.extend(to: nil, firstMove: true)
        guard let lightest = bounds.lightestFirstMove else { return [] }
        var reach: RouteWeight? = lightest + lightest
        var tries = 0
        while true {
            bounds.extend(to: reach)
            let found = bestStatePaths(search, target: target, limit: limit, scratch: scratch)
            guard let radius = bounds.radius else { return found.map { makeRoute(statePath: $0, search: search) } }
            if found.count == limit, let heaviest = found.map({ pathWeight($0, search) }).max(), heaviest < radius {
                return found.map { makeRoute(statePath: $0, search: search) }
            }
            tries += 1
            // Twice as far, and past the radius at least, so each try settles more.
            let further = max(radius, reach ?? radius)
            reach = tries < 6 ? further + further : nil
        }
    }

    /// Yen's algorithm over the nodes `search.bounds` has settled: up to `limit` best distinct
    /// loopless state paths from the source to `target`, best first (ties by the route's IDs).
    private func bestStatePaths(_ search: RouteSearch, target: Int, limit: Int, scratch: SearchScratch) -> [[Int]] {
        guard let bounds = search.bounds else { return [] }
        let firstMoves = SourceMoves(search: search, bound: bounds)
        guard let first = search.shortestPath(
            from: RouteSearch.source, target: target, startCandidates: [], scratch: scratch, firstMoves: firstMoves)
        else { return [] }
        var found: [[Int]] = [first.path]
        var foundWeights: [RouteWeight] = [first.weight]
        var pool: [(path: [Int], weight: RouteWeight, ids: [String])] = []
        var seen: Set<[Int]> = [first.path]

        while found.count < limit {
            let previous = found[found.count - 1]
            for i in 0..<(previous.count - 1) {
                let spur = previous[i]
                let root = Array(previous[0...i])
                var blockedMoves = Set<RouteSearch.Move>()
                for path in found where path.count > i + 1 && Array(path[0...i]) == root {
                    blockedMoves.insert(.init(from: path[i], to: search.node(ofState: path[i + 1])))
                }
                let blockedNodes = Set(root.dropFirst().dropLast().map(search.node(ofState:)))
                guard let tail = search.shortestPath(
                    from: spur, originWeight: pathWeight(root, search), target: target, startCandidates: [],
                    scratch: scratch, blockedNodes: blockedNodes, blockedMoves: blockedMoves, firstMoves: firstMoves
                ) else { continue }
                let path = root + tail.path.dropFirst()
                guard seen.insert(path).inserted else { continue }
                let weight = pathWeight(path, search)
                pool.append((path, weight, nodeIDs(path, search)))
            }
            guard let best = pool.indices.min(by: { a, b in
                let x = pool[a], y = pool[b]
                return x.weight < y.weight || (x.weight == y.weight && x.ids.lexicographicallyPrecedes(y.ids))
            }) else { break }
            let next = pool.remove(at: best)
            found.append(next.path)
            foundWeights.append(next.weight)
        }
        let order = found.indices.sorted { a, b in
            foundWeights[a] < foundWeights[b]
                || (foundWeights[a] == foundWeights[b] && nodeIDs(found[a], search).lexicographicallyPrecedes(nodeIDs(found[b], search)))
        }
        return order.map { found[$0] }
    }

    /// The weight of a state path from the source, each step priced at the weeks before it.
    private func pathWeight(_ statePath: [Int], _ search: RouteSearch) -> RouteWeight {
        statePath.dropFirst().reduce(RouteWeight.zero) { $0 + search.weight(ofNode: search.node(ofState: $1), afterWeeks: $0.weeks) }
    }

    private func nodeIDs(_ statePath: [Int], _ search: RouteSearch) -> [String] {
        statePath.dropFirst().map { nodeID(search.node(ofState: $0)) }
    }

    /// Builds a `Route` from a state path that starts at the virtual source.
    private func makeRoute(statePath: [Int], search: RouteSearch) -> Route {
        let nodes = statePath.dropFirst().map(search.node(ofState:))
        let stepNodes = nodes.filter { !isJob($0) }
        var edges: [Progression] = []
        for (a, b) in zip(nodes, nodes.dropFirst()) {
            if let k = (Int(outStart[a])..<Int(outStart[a + 1])).first(where: { Int(outTarget[$0]) == b }) {
                edges.append(progressions[Int(outEdge[k])])
            }
        }
        var weeks = 0, cost = 0
        for n in stepNodes {
            cost += search.pricer.cost(n, afterWeeks: weeks)
            weeks += steps[n].weeks
        }
        return Route(
            steps: stepNodes.map { steps[$0] },
            job: jobs[nodes[nodes.count - 1] - steps.count],
            progressions: edges,
            totalWeeks: weeks,
            costToLearner: cost
        )
    }
}
