/// The numbers of several increasing lists, merged in increasing order, each once.
///
/// Search reads records in the order it shows them, so it can stop as soon as it has enough;
/// a heap over the lists' heads costs O(log lists) a number, and nothing for the numbers it never
/// reaches.
struct OrderedUnion: IteratorProtocol {
    private let lists: [ArraySlice<Int32>]
    /// Where each list's next number is.
    private var at: [Int]
    /// Indices of the lists not yet used up, as a binary min-heap on each list's first number.
    private var heap: [Int]
    private var last: Int32 = -1

    init(_ lists: [ArraySlice<Int32>]) {
        self.lists = lists.filter { !$0.isEmpty }
        heap = Array(self.lists.indices)
        at = self.lists.map(\.startIndex)
        for i in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(i) }
    }

    mutating func next() -> Int32? {
        while let top = heap.first {
            let value = lists[top][at[top]]
            at[top] += 1
            if at[top] == lists[top].endIndex {
                heap[0] = heap[heap.count - 1]
                heap.removeLast()
            }
            if !heap.isEmpty { siftDown(0) }
            if value != last {
                last = value
                return value
            }
        }
        return nil
    }

    private func head(_ i: Int) -> Int32 { lists[heap[i]][at[heap[i]]] }

    private mutating func siftDown(_ start: Int) {
        var i = start
        while true {
            let left = 2 * i + 1, right = left + 1
            var least = i
            if left < heap.count && head(left) < head(least) { least = left }
            if right < heap.count && head(right) < head(least) { least = right }
            if least == i { return }
            heap.swapAt(i, least)
            i = least
        }
    }
}
