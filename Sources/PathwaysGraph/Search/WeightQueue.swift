/// A min-priority queue of (weight, node) for the backward search: `MinHeap`, or the faster
/// `PackedWeightHeap` when every weight fits it.
protocol WeightQueue {
    init()
    /// Adds an entry; false when this queue cannot hold the weight (nothing is added).
    mutating func insert(_ w: RouteWeight, _ node: Int) -> Bool
    /// Removes and returns a least entry.
    mutating func pop() -> (RouteWeight, Int)?
    /// The weight of a least entry, left in place.
    var least: RouteWeight? { get }
}

extension MinHeap: WeightQueue {
    /// Adds an entry; any weight fits.
    mutating func insert(_ w: RouteWeight, _ node: Int) -> Bool {
        push(w, node)
        return true
    }

    var least: RouteWeight? { top?.0 }
}
