/// A binary min-heap of (weight, state), ties broken by the smaller state for determinism.
struct MinHeap {
    private struct Entry: HeapOrdered {
        var weight: RouteWeight
        var state: Int

        static func precedes(_ a: Entry, _ b: Entry) -> Bool { MinHeap.less((a.weight, a.state), (b.weight, b.state)) }
    }

    private var heap = BinaryHeap<Entry>()

    /// The heap's order: by weight, then by state.
    static func less(_ a: (RouteWeight, Int), _ b: (RouteWeight, Int)) -> Bool {
        a.0 < b.0 || (a.0 == b.0 && a.1 < b.1)
    }

    /// The least entry, left in place.
    var top: (RouteWeight, Int)? { heap.top.map { ($0.weight, $0.state) } }

    /// Adds an entry. O(log n).
    mutating func push(_ w: RouteWeight, _ s: Int) { heap.push(Entry(weight: w, state: s)) }

    /// Removes and returns the least entry. O(log n).
    mutating func pop() -> (RouteWeight, Int)? { heap.pop().map { ($0.weight, $0.state) } }
}
