/// Exact lower bounds on the weight still to go from each node to one target job, from a
/// search backwards from the target: the A* heuristic of the route search, and the set of
/// nodes a route may use.
///
/// The backward search walks every progression between the job's ancestors, ignoring the
/// conditions that can close one (requirements, ages, covered steps), and prices each step at
/// its least weight, no larger than any the forward search can give it (its weeks and unpaid
/// weeks, with its cost when that is fixed, else nothing). So each bound is at most the true
/// remaining weight, and `bound(u) ≤ weight(v) + bound(v)` for every move u → v (consistent):
/// A* settles each state with the weight Dijkstra would give it.
///
/// The search is itself an A* towards the starting point: it settles nodes in order of their
/// *key*, bound plus the node's own least weight, a lower bound on any route through the node
/// (a route pays to enter it and then at least its bound). It stops at a `limit` and can be
/// taken further (`extend(to:)`): a node not settled yet has a key of at least `radius`, so no
/// route lighter than `radius` passes through it. The route search uses only settled nodes,
/// so its routes lighter than `radius` are exactly those of the whole graph, and it takes
/// the bounds further when the routes it found are not all lighter. At 100,000 steps this
/// settles the nodes near a good route rather than every ancestor of the job.
///
/// Its per-node entries live in memory it owns, reached through constant pointers, so the
/// searches read them without reference counting or exclusivity checks.
final class RouteLowerBounds {
    /// The route search these bounds guide (which holds them: not retained, to make no cycle).
    private unowned let search: RouteSearch
    private let graph: PathwayGraph
    private let target: Int
    /// Best weight found so far from each node to the target; exact once `mark` says settled.
    private let best: UnsafeMutablePointer<RouteWeight>
    /// Per node: 0 not reached, 1 reached (queued), 2 settled.
    private let mark: UnsafeMutablePointer<UInt8>
    /// Each node's least weight (zero for jobs), set when the node is first reached.
    private let least: UnsafeMutablePointer<RouteWeight>
    /// Per node: whether a route may begin with it (`opensRoute`), set when first reached.
    private let opens: UnsafeMutablePointer<Bool>
    private var packed = PackedWeightHeap()
    /// Used instead of `packed` once a weight did not fit it.
    private var general: MinHeap?
    /// Settled steps a route may begin with, in the order they were settled.
    private(set) var firstMoves: [Int32] = []
    /// The key of the first of `firstMoves`, once there is one.
    private(set) var lightestFirstMove: RouteWeight?

    private static let reached: UInt8 = 1
    private static let settled: UInt8 = 2

    /// Prepares a search backwards from `target` for `search`, which prices each step at its
    /// `lowestWeight(ofStep:)` and says which steps open a route (`opensRoute`); each is asked
    /// once for every node the backward search reaches. O(V) for V nodes (clearing the marks).
    init(search: RouteSearch, target: Int) {
        self.search = search
        graph = search.graph
        self.target = target
        let nodeCount = graph.nodeCount
        best = .allocate(capacity: nodeCount)
        mark = .allocate(capacity: nodeCount)
        least = .allocate(capacity: nodeCount)
        opens = .allocate(capacity: nodeCount)
        restart()
    }

    deinit {
        best.deallocate()
        mark.deallocate()
        least.deallocate()
        opens.deallocate()
    }

    /// Whether node `n` is settled: its bound is exact and routes may use it.
    @inline(__always) func reaches(_ n: Int) -> Bool { mark[n] == RouteLowerBounds.settled }

    /// The bound for node `n`, which must be settled.
    @inline(__always) func bound(_ n: Int) -> RouteWeight { best[n] }

    /// False once a weight did not fit the packed queue and the search went on with `MinHeap`.
    var queueIsPacked: Bool { general == nil }

    /// The least key of any node not settled (every route through one is at least this
    /// heavy), or nil when every node that can reach the target is settled.
    var radius: RouteWeight? {
        if let general { return general.least }
        return packed.least
    }

    /// Settles nodes until every node not settled has a key of at least `limit` (with no
    /// limit, until none is left), or, with `firstMove`, until a step a route may begin with
    /// is settled. O((V' + E') log V') over the nodes settled and their in-edges.
    func extend(to limit: RouteWeight?, firstMove: Bool = false) {
        if general == nil {
            if RouteLowerBounds.run(&packed, limit, firstMove, self) { return }
            // A weight did not fit the packed queue: start again with the general one.
            general = MinHeap()
            restart()
        }
        _ = RouteLowerBounds.run(&general!, limit, firstMove, self)
    }

    /// Clears every mark and queues the target alone.
    private func restart() {
        mark.initialize(repeating: 0, count: graph.nodeCount)
        packed = PackedWeightHeap()
        firstMoves = []
        lightestFirstMove = nil
        best[target] = .zero
        mark[target] = RouteLowerBounds.reached
        least[target] = .zero
        opens[target] = false
        if general != nil {
            general = MinHeap()
            _ = general!.insert(.zero, target)
        } else if !packed.insert(.zero, target) {
            general = MinHeap()
            _ = general!.insert(.zero, target)
        }
    }

    /// The backward A* with queue `queue`, as `extend` says; false when the queue refused a weight.
    private static func run<Q: WeightQueue>(
        _ queue: inout Q, _ limit: RouteWeight?, _ firstMove: Bool, _ b: RouteLowerBounds
    ) -> Bool {
        let best = b.best, mark = b.mark, least = b.least, opens = b.opens, search = b.search
        let stepCount = b.graph.steps.count
        return b.graph.inStart.withUnsafeBufferPointer { inStart in
            b.graph.inSource.withUnsafeBufferPointer { inSource in
                while let key = queue.least, limit.map({ key < $0 }) ?? true, !(firstMove && !b.firstMoves.isEmpty) {
                    guard let (_, v) = queue.pop() else { break }
                    // A key is the bound plus the node's least weight: through it, a
                    // predecessor's bound.
                    let through = best[v] + least[v]
                    guard mark[v] != settled, through == key else { continue }
                    mark[v] = settled
                    if opens[v] {
                        if b.lightestFirstMove == nil { b.lightestFirstMove = key }
                        b.firstMoves.append(Int32(v))
                    }
                    for k in Int(inStart[v])..<Int(inStart[v + 1]) {
                        let u = Int(inSource[k])
                        if mark[u] == settled || (mark[u] == reached && !(through < best[u])) { continue }
                        if mark[u] == 0 {
                            least[u] = u < stepCount ? search.lowestWeight(ofStep: u) : .zero
                            opens[u] = search.opensRoute(u)
                        }
                        best[u] = through
                        mark[u] = reached
                        guard queue.insert(through + least[u], u) else { return false }
                    }
                }
                return true
            }
        }
    }
}
