/// The state graph the route search walks from one starting point, written out whole so that
/// another tool (the benchmark's networkx script) can search the very same graph.
///
/// A state is a node paired with the English and maths level held on arrival: state `s` is node
/// `s / levelCount`. Entering a state costs its node's weeks (jobs cost nothing). `sourceMoves`
/// are the states a route can begin in; `from[i] → to[i]` are every other move. Built for a
/// starting point without an age, where moves do not depend on the time spent so far.
public struct RouteSearchGraph: Sendable {
    /// Node IDs (steps first, then jobs), indexed like the graph's nodes.
    public let nodeIDs: [String]
    /// Weeks of each node (0 for jobs).
    public let weeks: [Int]
    /// English-and-maths levels per node: states per node.
    public let levelCount: Int
    /// States a route may begin in.
    public let sourceMoves: [Int]
    /// Moves between states, as parallel arrays.
    public let from: [Int32]
    public let to: [Int32]
}

extension PathwayGraph {
    /// Every state reachable from `start` and every move between them, as the route search sees
    /// them with every step priced at its typical fee. O(V·m + E·m) for m English-and-maths levels.
    public func routeSearchGraph(from start: StartingPoint) -> RouteSearchGraph {
        let search = RouteSearch(graph: self, start: start, ranking: .time, pricer: StepPricer(typicalFeesOf: steps), allowed: nil)
        let candidates = search.startCandidates(among: 0..<steps.count)
        var seen = [Bool](repeating: false, count: nodeCount * search.emCount)
        var queue: [Int] = []
        var sourceMoves: [Int] = []
        search.forEachSuccessor(of: RouteSearch.source, afterWeeks: 0, startCandidates: candidates) { t, _ in
            sourceMoves.append(t)
            if !seen[t] { seen[t] = true; queue.append(t) }
        }
        var from: [Int32] = [], to: [Int32] = []
        var head = 0
        while head < queue.count {
            let s = queue[head]
            head += 1
            search.forEachSuccessor(of: s, afterWeeks: 0, startCandidates: candidates) { t, _ in
                from.append(Int32(s))
                to.append(Int32(t))
                if !seen[t] { seen[t] = true; queue.append(t) }
            }
        }
        return RouteSearchGraph(
            nodeIDs: (0..<nodeCount).map(nodeID), weeks: (0..<nodeCount).map { isJob($0) ? 0 : steps[$0].weeks },
            levelCount: search.emCount, sourceMoves: sourceMoves, from: from, to: to)
    }
}
