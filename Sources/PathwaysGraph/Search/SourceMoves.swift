/// Every first move of a route query: the states a route can begin in (steps the starting
/// point may start today whose bounds are settled), the step each enters and its weight,
/// handed out in order of key, its weight plus its step's lower bound (`RouteLowerBounds`),
/// which never overstates what the move can lead to.
///
/// A route always begins at the virtual source with nothing spent, so its first moves and
/// their weights are the same for every search of one query (the first, and each of Yen's
/// spurs from the source); only which of them are blocked changes. With tens of thousands of
/// steps open from Entry level, a search takes a first move only when nothing in its queue is
/// below the move's key, so it needs only the first few in order. The moves wait in a binary
/// heap and are put in order only as far as a search asks (`has(_:)`), rather than all
/// sorted up front.
final class SourceMoves {
    /// The moves put in order so far: the state each enters, in order of `keys` (ties in the order the bounds settled them).
    private(set) var states: [Int] = []
    /// The node (step) each move enters.
    private(set) var nodes: [Int] = []
    /// The weight of each move: its step's weight when started today.
    private(set) var weights: [RouteWeight] = []
    /// A lower bound on the weight of any route through each move.
    private(set) var keys: [RouteWeight] = []
    /// The moves not yet put in order, by (key, index into `pending`).
    private var waiting = MinHeap()
    private var pending: [(state: Int, node: Int, weight: RouteWeight)] = []

    /// The first moves `bound` has settled (steps a route may begin with, whose bounds are
    /// exact), keyed by their weights today plus their bounds. O(m) for m moves; each move
    /// put in order costs O(log m).
    init(search: RouteSearch, bound: RouteLowerBounds) {
        let initialEM = search.emLevels.firstIndex(of: search.start.englishMaths) ?? 0
        for m in bound.firstMoves {
            let n = Int(m)
            let weight = search.weight(ofNode: n, afterWeeks: 0)
            waiting.push(weight + bound.bound(n), pending.count)
            pending.append((search.arrive(at: n, from: initialEM), n, weight))
        }
    }

    /// Whether there is a move at position `i` in key order, putting moves in order up to it.
    func has(_ i: Int) -> Bool {
        while states.count <= i {
            guard let (key, p) = waiting.pop() else { return false }
            states.append(pending[p].state)
            nodes.append(pending[p].node)
            weights.append(pending[p].weight)
            keys.append(key)
        }
        return true
    }
}
