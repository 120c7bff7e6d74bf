/// A binary min-heap of (weight, state), ties broken by the smaller state for determinism.
struct MinHeap {
    private var items: [(RouteWeight, Int)] = []

    /// The heap's order: by weight, then by state.
    static func less(_ a: (RouteWeight, Int), _ b: (RouteWeight, Int)) -> Bool {
        a.0 < b.0 || (a.0 == b.0 && a.1 < b.1)
    }

    /// The least entry, left in place.
    var top: (RouteWeight, Int)? { items.first }

    /// Adds an entry, moving larger parents down into the gap rather than swapping. O(log n).
    mutating func push(_ w: RouteWeight, _ s: Int) {
        let item = (w, s)
        items.append(item)
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            guard MinHeap.less(item, items[p]) else { break }
            items[i] = items[p]
            i = p
        }
        items[i] = item
    }

    /// Removes and returns the least entry. O(log n).
    mutating func pop() -> (RouteWeight, Int)? {
        guard let last = items.popLast() else { return nil }
        guard !items.isEmpty else { return last }
        let top = items[0]
        let n = items.count
        var i = 0
        while true {
            let l = 2 * i + 1
            guard l < n else { break }
            let r = l + 1
            let m = r < n && MinHeap.less(items[r], items[l]) ? r : l
            guard MinHeap.less(items[m], last) else { break }
            items[i] = items[m]
            i = m
        }
        items[i] = last
        return top
    }
}
