/// Exact lower bounds on the weight still to go from each node to one target job, from one
/// Dijkstra search backwards from the target over every node that can reach it: the A*
/// heuristic of the route search, and the set of nodes a route to the target may use.
///
/// The backward search walks every progression between the job's ancestors, ignoring the
/// conditions that can close one (requirements, ages, covered steps), and prices each step at
/// a weight no larger than any the forward search can give it (its weeks and unpaid weeks,
/// with its cost when that is fixed, else nothing). So each bound is at most the true
/// remaining weight, and `bound(u) ≤ weight(v) + bound(v)` for every move u → v (consistent):
/// A* settles each state with the weight Dijkstra would give it, and never enters a node that
/// cannot reach the target.
///
/// It runs to the end rather than lazily: with every bound exact from the start, the forward
/// searches never queue a state again because its bound grew, and the first moves of a query
/// can be ordered by their final keys once (`SourceMoves`).
///
/// Its per-node entries live in memory it owns, reached through constant pointers, so the
/// searches read them without reference counting or exclusivity checks.
final class RouteLowerBounds {
    /// Best weight from each node to the target; meaningful where `reached` is set.
    private let best: UnsafeMutablePointer<RouteWeight>
    private let reached: UnsafeMutablePointer<Bool>

    /// Searches backwards from `target`. `stepWeight(n)` is the smallest weight entering step
    /// `n` can have, asked once for every step. O(V + (V' + E') log V') for V nodes, V' that
    /// can reach the target and their E' in-edges. The queue is a `PackedWeightHeap`
    /// unless a weight does not fit it, when the search starts again with a `MinHeap`.
    init(graph: PathwayGraph, target: Int, stepWeight: (Int) -> RouteWeight) {
        let nodeCount = graph.nodeCount
        best = .allocate(capacity: nodeCount)
        reached = .allocate(capacity: nodeCount)
        reached.initialize(repeating: false, count: nodeCount)
        let settled = UnsafeMutablePointer<Bool>.allocate(capacity: nodeCount)
        settled.initialize(repeating: false, count: nodeCount)
        // Every step's weight, worked out in order: reading the steps' records one after
        // another is several times faster than reading each where the search first needs it.
        let stepCount = graph.steps.count
        let weights = UnsafeMutablePointer<RouteWeight>.allocate(capacity: stepCount)
        for n in 0..<stepCount { (weights + n).initialize(to: stepWeight(n)) }
        defer {
            settled.deallocate()
            weights.deallocate()
        }
        if !RouteLowerBounds.search(PackedWeightHeap.self, graph, target, weights, best, reached, settled) {
            _ = RouteLowerBounds.search(MinHeap.self, graph, target, weights, best, reached, settled)
        }
    }

    /// Dijkstra backwards from `target` with a queue of type `Q` and each step's weight in
    /// `stepWeights`, filling `best` and `reached`
    /// (and using `settled`); false, part-way, when the queue refuses a weight.
    private static func search<Q: WeightQueue>(
        _: Q.Type, _ graph: PathwayGraph, _ target: Int, _ stepWeights: UnsafePointer<RouteWeight>,
        _ best: UnsafeMutablePointer<RouteWeight>, _ reached: UnsafeMutablePointer<Bool>,
        _ settled: UnsafeMutablePointer<Bool>
    ) -> Bool {
        let nodeCount = graph.nodeCount
        reached.update(repeating: false, count: nodeCount)
        settled.update(repeating: false, count: nodeCount)
        best[target] = .zero
        reached[target] = true
        var queue = Q()
        guard queue.insert(.zero, target) else { return false }
        let stepCount = graph.steps.count
        return graph.inStart.withUnsafeBufferPointer { inStart in
            graph.inSource.withUnsafeBufferPointer { inSource in
                while let (w, v) = queue.pop() {
                    guard !settled[v], best[v] == w else { continue }
                    settled[v] = true
                    let through = v >= stepCount ? best[v] : best[v] + stepWeights[v]
                    for k in Int(inStart[v])..<Int(inStart[v + 1]) {
                        let u = Int(inSource[k])
                        if settled[u] || (reached[u] && !(through < best[u])) { continue }
                        best[u] = through
                        reached[u] = true
                        guard queue.insert(through, u) else { return false }
                    }
                }
                return true
            }
        }
    }

    deinit {
        best.deallocate()
        reached.deallocate()
    }

    /// Whether node `n` can reach the target.
    @inline(__always) func reaches(_ n: Int) -> Bool { reached[n] }

    /// The bound for node `n`, which must reach the target.
    @inline(__always) func bound(_ n: Int) -> RouteWeight { best[n] }
}
