/// Every first move of a route query, worked out once: the states a route can begin in (steps
/// the starting point may start today), the step each enters and its weight, sorted by
/// weight and then state.
///
/// A route always begins at the virtual source with nothing spent, so its first moves and
/// their weights are the same for every search of one query (the first, and each of Yen's
/// spurs from the source); only which of them are blocked changes. With tens of thousands of
/// steps open from Entry level, offering them to a search lazily, cheapest first, rather than
/// queueing all of them, spares each search that work: a search takes a first move only when
/// nothing in its queue is cheaper.
struct SourceMoves {
    /// The state each move enters, cheapest first (ties by state).
    let states: [Int]
    /// The node (step) each move enters.
    let nodes: [Int]
    /// The weight of each move: its step's weight when started today.
    let weights: [RouteWeight]

    var count: Int { states.count }

    /// The first moves among `candidates` (steps the starting point may start) that `search`
    /// allows today. O(c log c) for c candidates.
    init(search: RouteSearch, candidates: [Int]) {
        var moves: [(weight: RouteWeight, state: Int, node: Int)] = []
        moves.reserveCapacity(candidates.count)
        search.forEachSuccessor(of: RouteSearch.source, afterWeeks: 0, startCandidates: candidates) { t, w in
            moves.append((search.weight(ofNode: w, afterWeeks: 0), t, w))
        }
        moves.sort { a, b in a.weight < b.weight || (a.weight == b.weight && a.state < b.state) }
        states = moves.map(\.state)
        nodes = moves.map(\.node)
        weights = moves.map(\.weight)
    }
}
