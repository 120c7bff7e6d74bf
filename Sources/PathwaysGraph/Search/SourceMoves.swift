/// Every first move of a route query: the states a route can begin in (steps the starting
/// point may start today and that can reach the job), the step each enters and its weight,
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
    /// The moves put in order so far: the state each enters, in order of `keys` (ties by step).
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

    /// The first moves `search` allows today into steps that can reach the target of
    /// `bound`, keyed by their weights plus their bounds. O(V) for V steps (read in order);
    /// each move put in order costs O(log m) for m moves.
    init(search: RouteSearch, bound: RouteLowerBounds) {
        let graph = search.graph
        let start = search.start
        let initialEM = search.emLevels.firstIndex(of: start.englishMaths) ?? 0
        graph.steps.withUnsafeBufferPointer { steps in
            for n in steps.indices where bound.reaches(n) {
                guard steps[n].kind != .work,
                      start.meets(steps[n].entry, englishMaths: start.englishMaths, levelHeld: start.levelHeld),
                      search.isAllowed(n, afterWeeks: 0)
                else { continue }
                let weight = search.weight(ofNode: n, afterWeeks: 0)
                waiting.push(weight + bound.bound(n), pending.count)
                pending.append((search.arrive(at: n, from: initialEM), n, weight))
            }
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
