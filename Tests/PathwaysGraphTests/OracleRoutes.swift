@testable import PathwaysGraph

/// The route search as it was before A* guidance (with the advice work's ages, prices by time
/// and earning while learning): Yen's algorithm with a plain Dijkstra for every spur, kept here
/// unchanged as the oracle the optimised search must agree with.
enum OracleRoutes {
    static func routes(
        _ graph: PathwayGraph, from start: StartingPoint, to jobID: String, ranking: Ranking = .time, limit: Int = 3,
        earnWhileLearning: Bool = false, learnerCost: ((Step, _ weeksBefore: Int) -> Int)? = nil
    ) -> [Route] {
        guard limit > 0, let target = graph.index(of: jobID), graph.isJob(target) else { return [] }
        let ancestors = graph.ancestorMask(of: target)
        let steps = graph.steps
        let pricer = learnerCost.map { price in StepPricer { i, weeks in price(steps[i], weeks) } }
            ?? StepPricer(fixed: steps.map(\.cost))
        let search = RouteSearch(graph: graph, start: start, ranking: ranking, pricer: pricer, allowed: ancestors.mask,
                                 earn: earnWhileLearning)
        let candidates = search.startCandidates(among: ancestors.members)
        let scratch = SearchScratch(states: graph.nodeCount * search.emCount)

        guard let first = dijkstra(search, from: RouteSearch.source, target: target, startCandidates: candidates, scratch: scratch)
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
                guard let tail = dijkstra(
                    search, from: spur, originWeight: pathWeight(root, search), target: target, startCandidates: candidates, scratch: scratch,
                    blockedNodes: blockedNodes, blockedMoves: blockedMoves
                ) else { continue }
                let path = root + tail.path.dropFirst()
                guard seen.insert(path).inserted else { continue }
                let weight = pathWeight(path, search)
                pool.append((path, weight, nodeIDs(graph, path, search)))
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
                || (foundWeights[a] == foundWeights[b]
                    && nodeIDs(graph, found[a], search).lexicographicallyPrecedes(nodeIDs(graph, found[b], search)))
        }
        return order.map { makeRoute(graph, statePath: found[$0], search: search) }
    }

    /// Dijkstra from `origin` until a state of `target` is settled.
    static func dijkstra(
        _ search: RouteSearch, from origin: Int, originWeight: RouteWeight = .zero, target: Int, startCandidates: [Int],
        scratch: SearchScratch, blockedNodes: Set<Int> = [], blockedMoves: Set<RouteSearch.Move> = []
    ) -> (path: [Int], weight: RouteWeight)? {
        scratch.begin()
        scratch.set(origin, originWeight, predecessor: nil)
        var heap = MinHeap()
        heap.push(originWeight, origin)
        while let (d, s) = heap.pop() {
            guard let best = scratch.distance(s), best == d else { continue }
            if s != RouteSearch.source && search.node(ofState: s) == target {
                var path = [s]
                var cur = s
                while let p = scratch.predecessor(cur) { path.append(p); cur = p }
                return (path.reversed(), d)
            }
            search.forEachSuccessor(of: s, afterWeeks: d.weeks, startCandidates: startCandidates) { t, w in
                if !blockedNodes.isEmpty && blockedNodes.contains(w) { return }
                if !blockedMoves.isEmpty && blockedMoves.contains(RouteSearch.Move(from: s, to: w)) { return }
                let nd = d + search.weight(ofNode: w, afterWeeks: d.weeks)
                if let old = scratch.distance(t), !(nd < old) { return }
                scratch.set(t, nd, predecessor: s)
                heap.push(nd, t)
            }
        }
        return nil
    }

    /// The weight of a state path from the source, each step priced at the weeks before it.
    static func pathWeight(_ statePath: [Int], _ search: RouteSearch) -> RouteWeight {
        statePath.dropFirst().reduce(RouteWeight.zero) { $0 + search.weight(ofNode: search.node(ofState: $1), afterWeeks: $0.weeks) }
    }

    static func nodeIDs(_ graph: PathwayGraph, _ statePath: [Int], _ search: RouteSearch) -> [String] {
        statePath.dropFirst().map { graph.nodeID(search.node(ofState: $0)) }
    }

    static func makeRoute(_ graph: PathwayGraph, statePath: [Int], search: RouteSearch) -> Route {
        let nodes = statePath.dropFirst().map(search.node(ofState:))
        let stepNodes = nodes.filter { !graph.isJob($0) }
        var edges: [Progression] = []
        for (a, b) in zip(nodes, nodes.dropFirst()) {
            if let k = (Int(graph.outStart[a])..<Int(graph.outStart[a + 1])).first(where: { Int(graph.outTarget[$0]) == b }) {
                edges.append(graph.progressions[Int(graph.outEdge[k])])
            }
        }
        var weeks = 0, cost = 0
        for n in stepNodes {
            cost += search.pricer.cost(n, afterWeeks: weeks)
            weeks += graph.steps[n].weeks
        }
        return Route(
            steps: stepNodes.map { graph.steps[$0] },
            job: graph.jobs[nodes[nodes.count - 1] - graph.steps.count],
            progressions: edges,
            totalWeeks: weeks,
            costToLearner: cost
        )
    }
}

extension PathwayGraph {
    /// Every node that can reach `target` along progressions, found by walking edges backwards.
    /// O(V' + E') for the V' ancestors and their E' in-edges, plus one O(V) mask allocation.
    func ancestorMask(of target: Int) -> (mask: [Bool], members: [Int]) {
        var mask = [Bool](repeating: false, count: nodeCount)
        var members = [target]
        mask[target] = true
        var head = 0
        while head < members.count {
            let v = members[head]
            head += 1
            for k in Int(inStart[v])..<Int(inStart[v + 1]) {
                let u = Int(inSource[k])
                if !mask[u] { mask[u] = true; members.append(u) }
            }
        }
        return (mask, members)
    }
}
