/// Exact lower bounds on the weight still to go from each node to one target job, found by one
/// Dijkstra search backwards from the target: the A* heuristic of the route search.
///
/// The backward search walks every progression between the job's ancestors, ignoring the
/// conditions that can close one (requirements, ages, covered steps), and prices each step at
/// a weight no larger than any the forward search can give it (its weeks and unpaid weeks,
/// with its cost when that is fixed, else nothing). Every forward move is one of these moves
/// at no less weight, so each bound is at most the true remaining weight (admissible), and
/// `bound(u) ≤ weight(v) + bound(v)` for every move u → v (consistent): A* then settles each
/// state with the same weight Dijkstra would, visiting only states that can still be on a
/// best route.
struct RouteLowerBounds {
    /// Per node: the bound, or nil when the node cannot reach the target at all.
    private let bound: [RouteWeight?]

    /// `stepWeight(n)` is the smallest weight entering step `n` can have.
    init(graph: PathwayGraph, target: Int, stepWeight: (Int) -> RouteWeight) {
        var best = [RouteWeight?](repeating: nil, count: graph.nodeCount)
        best[target] = .zero
        var heap = MinHeap()
        heap.push(.zero, target)
        while let (d, v) = heap.pop() {
            guard best[v] == d else { continue }
            let enter = graph.isJob(v) ? RouteWeight.zero : stepWeight(v)
            let through = d + enter
            for k in Int(graph.inStart[v])..<Int(graph.inStart[v + 1]) {
                let u = Int(graph.inSource[k])
                if let old = best[u], !(through < old) { continue }
                best[u] = through
                heap.push(through, u)
            }
        }
        bound = best
    }

    /// The bound for node `n`; nil when it cannot reach the target.
    @inline(__always) func callAsFunction(_ n: Int) -> RouteWeight? { bound[n] }
}
