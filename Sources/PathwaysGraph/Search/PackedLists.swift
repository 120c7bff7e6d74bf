/// Many short lists of numbers stored end to end in one array, so a search index with hundreds of
/// thousands of lists costs two allocations rather than one per list.
///
/// List `i` is `items[starts[i]..<starts[i + 1]]`.
struct PackedLists: Sendable {
    private var starts: [Int32] = [0]
    private var items: [Int32] = []

    init() {}

    /// Lists built from pairs: list `keys[n]` gets `values[n]`, in the pairs' order, so values
    /// given in increasing order stay sorted within each list. A counting sort: O(pairs + lists).
    init(grouping values: [Int32], by keys: [Int32], listCount: Int) {
        var starts = [Int32](repeating: 0, count: listCount + 1)
        for key in keys { starts[Int(key) + 1] += 1 }
        for i in 0..<listCount { starts[i + 1] += starts[i] }
        var next = starts
        var items = [Int32](repeating: 0, count: values.count)
        for (key, value) in zip(keys, values) {
            items[Int(next[Int(key)])] = value
            next[Int(key)] += 1
        }
        self.starts = starts
        self.items = items
    }

    /// How many lists there are.
    var count: Int { starts.count - 1 }

    /// Adds a list at the end.
    mutating func append(contentsOf list: some Sequence<Int32>) {
        items.append(contentsOf: list)
        starts.append(Int32(items.count))
    }

    /// List `i`.
    subscript(_ i: Int) -> ArraySlice<Int32> { items[Int(starts[i])..<Int(starts[i + 1])] }

    /// The length of list `i`, without touching its items.
    func length(_ i: Int) -> Int { Int(starts[i + 1] - starts[i]) }
}
