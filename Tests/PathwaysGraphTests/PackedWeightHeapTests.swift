@testable import PathwaysGraph
import Testing

/// The packed queue of the backward route search against a plain list searched for its least
/// entry: the same weights come out in the same order, and weights it cannot pack are refused
/// without changing it.
@Suite struct PackedWeightHeapTests {
    static func weight(_ rng: inout SeededGenerator, wide: Bool) -> RouteWeight {
        func part(_ rng: inout SeededGenerator) -> Int {
            wide ? Int(rng.next() % (UInt64(UInt32.max) + 1)) : rng.below(4)
        }
        return RouteWeight(unpaid: part(&rng), first: part(&rng), second: part(&rng), third: part(&rng), weeks: 0)
    }

    @Test(arguments: 0..<20)
    func popsInTheOrderOfASortedList(seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed) &+ 101)
        let wide = seed % 2 == 1  // odd seeds: parts across the whole 32 bits; even: many ties
        var heap = PackedWeightHeap()
        var oracle: [(RouteWeight, Int)] = []
        for _ in 0..<3_000 {
            if rng.chance(60) || oracle.isEmpty {
                let w = Self.weight(&rng, wide: wide), node = rng.below(1_000_000)
                let added = heap.insert(w, node)
                #expect(added)
                oracle.append((w, node))
            } else {
                let least = oracle.indices.min { oracle[$0].0 < oracle[$1].0 }!
                #expect(heap.least == oracle[least].0)
                guard let (w, node) = heap.pop() else { Issue.record("empty heap, seed \(seed)"); return }
                #expect(w == oracle[least].0, "seed \(seed)")
                // Equal weights may come out in any order: take the very entry popped.
                guard let i = oracle.firstIndex(where: { $0.0 == w && $0.1 == node }) else {
                    Issue.record("popped an entry never inserted, seed \(seed)")
                    return
                }
                oracle.remove(at: i)
            }
        }
        while let (w, _) = heap.pop() {
            let least = oracle.indices.min { oracle[$0].0 < oracle[$1].0 }!
            #expect(w == oracle[least].0)
            oracle.remove(at: least)
        }
        #expect(oracle.isEmpty)
    }

    @Test func refusesWeightsItCannotPack() {
        var heap = PackedWeightHeap()
        let small = RouteWeight(unpaid: 0, first: 3, second: 2, third: 1, weeks: 3)
        let addedSmall = heap.insert(small, 7)
        #expect(addedSmall)
        let tooBig = Int(UInt32.max) + 1
        let refused = [
            RouteWeight(unpaid: -1, first: 0, second: 0, third: 0, weeks: 0),
            RouteWeight(unpaid: 0, first: tooBig, second: 0, third: 0, weeks: 0),
            RouteWeight(unpaid: 0, first: 0, second: -5, third: 0, weeks: 0),
            RouteWeight(unpaid: 0, first: 0, second: 0, third: tooBig, weeks: 0),
        ]
        for w in refused {
            let added = heap.insert(w, 1)
            #expect(!added, "\(w)")
        }
        let addedFarNode = heap.insert(.zero, Int(Int32.max) + 1)
        #expect(!addedFarNode)
        let addedWidest = heap.insert(RouteWeight(unpaid: 0, first: Int(UInt32.max), second: 0, third: 0, weeks: 0), 2)
        #expect(addedWidest)
        #expect(heap.pop().map { $0.0 == small && $0.1 == 7 } == true)
        #expect(heap.pop()?.1 == 2)
        #expect(heap.pop() == nil)
    }
}
