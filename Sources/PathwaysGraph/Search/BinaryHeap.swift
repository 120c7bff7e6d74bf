/// A binary min-heap: the element that `Element.precedes` puts first is on top. Adding and
/// removing move elements into the gap rather than swapping. The one heap behind the searches'
/// queues (`MinHeap`, `PackedWeightHeap`), each with its own element and order.
struct BinaryHeap<Element: HeapOrdered> {
    private var items: [Element] = []

    /// The least element, left in place.
    var top: Element? { items.first }

    /// Adds an element. O(log n).
    mutating func push(_ item: Element) {
        items.append(item)
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            guard Element.precedes(item, items[p]) else { break }
            items[i] = items[p]
            i = p
        }
        items[i] = item
    }

    /// Removes and returns the least element. O(log n).
    mutating func pop() -> Element? {
        guard let last = items.popLast() else { return nil }
        guard !items.isEmpty else { return last }
        let top = items[0]
        let n = items.count
        var i = 0
        while true {
            let l = 2 * i + 1
            guard l < n else { break }
            let r = l + 1
            let m = r < n && Element.precedes(items[r], items[l]) ? r : l
            guard Element.precedes(items[m], last) else { break }
            items[i] = items[m]
            i = m
        }
        items[i] = last
        return top
    }
}

/// The order of a `BinaryHeap`'s elements.
protocol HeapOrdered {
    /// True when `a` comes out of the heap before `b`.
    static func precedes(_ a: Self, _ b: Self) -> Bool
}
