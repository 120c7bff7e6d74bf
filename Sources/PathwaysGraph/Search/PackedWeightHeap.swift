/// A binary min-heap of (weight, node) that keeps each weight packed in two 64-bit words, so an
/// entry is 24 bytes rather than 48 and comparing two is two integer comparisons: the queue of
/// the backward search (`RouteLowerBounds`), which holds up to hundreds of thousands of entries.
///
/// A weight packs as `unpaid`, `first` (high word) and `second`, `third` (low word), 32 bits
/// each, which keeps their lexicographic order; `weeks` is not kept (the search compares
/// weights only). A weight with a part outside 0..<2³² cannot be packed: `insert` refuses it
/// and the caller falls back to `MinHeap`. Ties between equal weights pop in no set order.
struct PackedWeightHeap: WeightQueue {
    private struct Entry: HeapOrdered {
        var high: UInt64
        var low: UInt64
        var node: Int32

        @inline(__always) static func precedes(_ a: Entry, _ b: Entry) -> Bool {
            a.high < b.high || (a.high == b.high && a.low < b.low)
        }
    }

    private var heap = BinaryHeap<Entry>()

    init() {}

    /// Adds an entry; false (and nothing added) when the weight cannot be packed or the node
    /// does not fit 32 bits. O(log n).
    mutating func insert(_ w: RouteWeight, _ node: Int) -> Bool {
        let limit = Int(UInt32.max)
        guard w.unpaid >= 0, w.unpaid <= limit, w.first >= 0, w.first <= limit, w.second >= 0, w.second <= limit,
              w.third >= 0, w.third <= limit, let node = Int32(exactly: node)
        else { return false }
        heap.push(Entry(high: UInt64(w.unpaid) << 32 | UInt64(w.first), low: UInt64(w.second) << 32 | UInt64(w.third), node: node))
        return true
    }

    /// The least weight, left in place (with `weeks` zero). O(1).
    var least: RouteWeight? { heap.top.map(PackedWeightHeap.unpack) }

    @inline(__always) private static func unpack(_ e: Entry) -> RouteWeight {
        RouteWeight(unpaid: Int(e.high >> 32), first: Int(e.high & 0xFFFF_FFFF),
                    second: Int(e.low >> 32), third: Int(e.low & 0xFFFF_FFFF), weeks: 0)
    }

    /// Removes and returns the least entry, its weight with `weeks` zero. O(log n).
    mutating func pop() -> (RouteWeight, Int)? {
        heap.pop().map { (PackedWeightHeap.unpack($0), Int($0.node)) }
    }
}
