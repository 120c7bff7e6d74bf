/// Exact lower bounds on the weight still to go from each node to one target job, from a
/// Dijkstra search backwards from the target that runs only as far as the forward search
/// needs: the A* heuristic of the route search.
///
/// The backward search walks every progression between the job's ancestors, ignoring the
/// conditions that can close one (requirements, ages, covered steps), and prices each step at
/// a weight no larger than any the forward search can give it (its weeks and unpaid weeks,
/// with its cost when that is fixed, else nothing). So a settled node's bound is at most its
/// true remaining weight. A node not settled yet is at least `radius` (the weight of the last
/// node settled) away, so `radius` is a bound for it too; with both rules,
/// `bound(u) ≤ weight(v) + bound(v)` for every move u → v at every moment (consistent), and
/// bounds only grow as the search goes on. The forward search re-queues a state whose bound
/// has grown, so A* still settles each state with the weight Dijkstra would give it, and the
/// backward search stops near the radius of the routes asked for instead of covering every
/// ancestor of the job.
final class RouteLowerBounds {
    private let graph: PathwayGraph
    private let stepWeight: (Int) -> RouteWeight
    private var best: [RouteWeight?]
    private var settled: [Bool]
    private var heap = MinHeap()
    /// The weight of the last node settled: every node not settled is at least this far away.
    private(set) var radius = RouteWeight.zero

    /// `stepWeight(n)` is the smallest weight entering step `n` can have.
    init(graph: PathwayGraph, target: Int, stepWeight: @escaping (Int) -> RouteWeight) {
        self.graph = graph
        self.stepWeight = stepWeight
        best = [RouteWeight?](repeating: nil, count: graph.nodeCount)
        settled = [Bool](repeating: false, count: graph.nodeCount)
        best[target] = .zero
        heap.push(.zero, target)
    }

    /// The bound for node `n` as known now, without searching further: exact when settled,
    /// else `radius`.
    @inline(__always) func current(_ n: Int) -> RouteWeight { settled[n] ? best[n]! : radius }

    /// The bound for node `n` of a state reached with weight `d` and queued at `f`: the
    /// backward search goes on until `n` is settled (its exact bound) or until every node not
    /// settled is far enough that `d + radius` passes `f` (then `radius`, and the state goes
    /// back in the queue). Nil when `n` cannot reach the target at all.
    func bound(_ n: Int, reachedAt d: RouteWeight, queuedAt f: RouteWeight) -> RouteWeight? {
        while !settled[n] && !(f < d + radius) {
            guard advance() else { return nil }
        }
        return settled[n] ? best[n] : radius
    }

    /// Settles one more node of the backward search; false when there is none left.
    private func advance() -> Bool {
        while let (d, v) = heap.pop() {
            guard !settled[v], best[v] == d else { continue }
            settled[v] = true
            radius = d
            let through = d + (graph.isJob(v) ? RouteWeight.zero : stepWeight(v))
            for k in Int(graph.inStart[v])..<Int(graph.inStart[v + 1]) {
                let u = Int(graph.inSource[k])
                if settled[u] { continue }
                if let old = best[u], !(through < old) { continue }
                best[u] = through
                heap.push(through, u)
            }
            return true
        }
        return false
    }
}
