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
///
/// Its per-node entries live in memory it owns, reached through constant pointers, so the
/// searches read them without reference counting or exclusivity checks.
final class RouteLowerBounds {
    private let graph: PathwayGraph
    private let stepWeight: (Int) -> RouteWeight
    /// Best weight found so far from each node to the target; meaningful once `mark` says so.
    private let best: UnsafeMutablePointer<RouteWeight>
    /// Per node: 0 not reached yet, 1 reached (in the queue), 2 settled (`best` is exact).
    private let mark: UnsafeMutablePointer<UInt8>
    /// The weight of the last node settled: every node not settled is at least this far away.
    private let radiusBox: UnsafeMutablePointer<RouteWeight>
    private var heap = MinHeap()

    var radius: RouteWeight { radiusBox.pointee }

    private static let reached: UInt8 = 1
    private static let settled: UInt8 = 2

    /// `stepWeight(n)` is the smallest weight entering step `n` can have. Only the marks are
    /// cleared up front: a node's best weight is written before it is first read.
    init(graph: PathwayGraph, target: Int, stepWeight: @escaping (Int) -> RouteWeight) {
        self.graph = graph
        self.stepWeight = stepWeight
        let nodeCount = graph.nodeCount
        best = .allocate(capacity: nodeCount)
        mark = .allocate(capacity: nodeCount)
        mark.initialize(repeating: 0, count: nodeCount)
        radiusBox = .allocate(capacity: 1)
        radiusBox.initialize(to: .zero)
        best[target] = .zero
        mark[target] = RouteLowerBounds.reached
        heap.push(.zero, target)
    }

    deinit {
        best.deallocate()
        mark.deallocate()
        radiusBox.deallocate()
    }

    /// The bound for node `n` as known now, without searching further: exact when settled,
    /// else `radius`.
    @inline(__always) func current(_ n: Int) -> RouteWeight { mark[n] == RouteLowerBounds.settled ? best[n] : radiusBox.pointee }

    /// The bound for node `n` of a state reached with weight `d` and queued at `f`: the
    /// backward search goes on until `n` is settled (its exact bound) or until every node not
    /// settled is far enough that `d + radius` passes `f` (then `radius`, and the state goes
    /// back in the queue). Nil when `n` cannot reach the target at all.
    func bound(_ n: Int, reachedAt d: RouteWeight, queuedAt f: RouteWeight) -> RouteWeight? {
        if mark[n] == RouteLowerBounds.settled { return best[n] }
        var radius = radiusBox.pointee
        if f < d + radius { return radius }
        // Work on a local queue (moved out and back, not copied) rather than the property.
        var heap = MinHeap()
        swap(&heap, &self.heap)
        defer {
            swap(&heap, &self.heap)
            radiusBox.pointee = radius
        }
        while mark[n] != RouteLowerBounds.settled && !(f < d + radius) {
            // Settle one more node of the backward search; none left means `n` cannot reach it.
            guard let (w, v) = heap.pop() else { return nil }
            guard mark[v] != RouteLowerBounds.settled, best[v] == w else { continue }
            mark[v] = RouteLowerBounds.settled
            radius = w
            let through = graph.isJob(v) ? w : w + stepWeight(v)
            for k in Int(graph.inStart[v])..<Int(graph.inStart[v + 1]) {
                let u = Int(graph.inSource[k])
                switch mark[u] {
                case RouteLowerBounds.settled: continue
                case RouteLowerBounds.reached where !(through < best[u]): continue
                default: break
                }
                best[u] = through
                mark[u] = RouteLowerBounds.reached
                heap.push(through, u)
            }
        }
        return mark[n] == RouteLowerBounds.settled ? best[n] : radius
    }
}
