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
/// can be ordered by their final keys once (`SourceMoves`). The nodes come out in order of
/// their bounds, target first (`members`).
///
/// Its per-node entries live in memory it owns, reached through constant pointers, so the
/// searches read them without reference counting or exclusivity checks.
final class RouteLowerBounds {
    /// Best weight from each node to the target; meaningful where `reached` is set.
    private let best: UnsafeMutablePointer<RouteWeight>
    private let reached: UnsafeMutablePointer<Bool>
    /// Every node that can reach the target, in order of its bound (the target first).
    let members: [Int32]

    /// Searches backwards from `target`. `stepWeight(n)` is the smallest weight entering step
    /// `n` can have. O((V' + E') log V') for the V' nodes that can reach the target and their
    /// E' in-edges; only the marks are cleared up front.
    init(graph: PathwayGraph, target: Int, stepWeight: (Int) -> RouteWeight) {
        let nodeCount = graph.nodeCount
        let best = UnsafeMutablePointer<RouteWeight>.allocate(capacity: nodeCount)
        let reached = UnsafeMutablePointer<Bool>.allocate(capacity: nodeCount)
        reached.initialize(repeating: false, count: nodeCount)
        let settled = UnsafeMutablePointer<Bool>.allocate(capacity: nodeCount)
        settled.initialize(repeating: false, count: nodeCount)
        defer { settled.deallocate() }
        var members: [Int32] = []
        best[target] = .zero
        reached[target] = true
        var heap = MinHeap()
        heap.push(.zero, target)
        let stepCount = graph.steps.count
        graph.inStart.withUnsafeBufferPointer { inStart in
            graph.inSource.withUnsafeBufferPointer { inSource in
                while let (w, v) = heap.pop() {
                    guard !settled[v], best[v] == w else { continue }
                    settled[v] = true
                    members.append(Int32(v))
                    let through = v >= stepCount ? w : w + stepWeight(v)
                    for k in Int(inStart[v])..<Int(inStart[v + 1]) {
                        let u = Int(inSource[k])
                        if settled[u] || (reached[u] && !(through < best[u])) { continue }
                        best[u] = through
                        reached[u] = true
                        heap.push(through, u)
                    }
                }
            }
        }
        self.best = best
        self.reached = reached
        self.members = members
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
