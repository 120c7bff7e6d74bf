/// Every first move of a route query, worked out once: the states a route can begin in (steps
/// the starting point may start today), the step each enters and its weight, in order of a
/// key that never overstates what the move can lead to.
///
/// A route always begins at the virtual source with nothing spent, so its first moves and
/// their weights are the same for every search of one query (the first, and each of Yen's
/// spurs from the source); only which of them are blocked changes. With tens of thousands of
/// steps open from Entry level, offering them to a search lazily, lowest key first, rather
/// than queueing all of them, spares each search that work: a search takes a first move only
/// when nothing in its queue is below the move's key.
struct SourceMoves {
    /// The state each move enters, in order of `keys` (ties by state).
    private(set) var states: [Int]
    /// The node (step) each move enters.
    private(set) var nodes: [Int]
    /// The weight of each move: its step's weight when started today.
    private(set) var weights: [RouteWeight]
    /// A lower bound on the weight of any route through each move: its weight at first, then
    /// its weight plus its node's lower bound once `rekey(by:)` has been called.
    private(set) var keys: [RouteWeight]

    var count: Int { states.count }

    /// The first moves among `candidates` (steps the starting point may start) that `search`
    /// allows today, keyed by their weights. O(c log c) for c candidates.
    init(search: RouteSearch, candidates: [Int]) {
        var states: [Int] = [], nodes: [Int] = [], weights: [RouteWeight] = []
        states.reserveCapacity(candidates.count)
        nodes.reserveCapacity(candidates.count)
        weights.reserveCapacity(candidates.count)
        search.forEachSuccessor(of: RouteSearch.source, afterWeeks: 0, startCandidates: candidates) { t, w in
            states.append(t)
            nodes.append(w)
            weights.append(search.weight(ofNode: w, afterWeeks: 0))
        }
        self.states = states
        self.nodes = nodes
        self.weights = weights
        keys = weights
        sortByKey()
    }

    /// Raises each key to the move's weight plus its node's current lower bound. Bounds only
    /// grow, so the keys stay lower bounds for every later search of the query, and a search
    /// is offered only the moves that could still matter to it. O(c log c).
    mutating func rekey(by bound: RouteLowerBounds) {
        for i in keys.indices { keys[i] = weights[i] + bound.current(nodes[i]) }
        sortByKey()
    }

    private mutating func sortByKey() {
        let order = keys.indices.sorted { a, b in keys[a] < keys[b] || (keys[a] == keys[b] && states[a] < states[b]) }
        states = order.map { states[$0] }
        nodes = order.map { nodes[$0] }
        weights = order.map { weights[$0] }
        keys = order.map { keys[$0] }
    }
}
