@testable import PathwaysContent
import Testing

/// Moving elements between arrays keeps every value exactly once: nothing lost, nothing
/// released twice, nothing left alive.
@Suite("Arrays move their elements without copying them", .serialized)
struct ArrayMovingTests {
    /// A value that counts how many of its kind are alive.
    final class Tracked {
        nonisolated(unsafe) static var alive = 0
        let name: String
        init(_ name: String) { self.name = name; Tracked.alive += 1 }
        deinit { Tracked.alive -= 1 }
    }

    struct Record {
        var id: String
        var held: [Tracked]
    }

    static var vacant: Record { Record(id: "", held: []) }

    static func records(_ prefix: String, _ count: Int) -> [Record] {
        (0..<count).map { k in Record(id: "\(prefix)-\(k)-with-a-long-enough-name", held: [Tracked("\(prefix)\(k)")]) }
    }

    @Test(arguments: [(0, 0), (0, 3), (4, 0), (5, 7), (1_000, 1)])
    func appendingMovesEveryElementOnceInOrder(counts: (Int, Int)) {
        let before = Tracked.alive
        do {
            var first = ArrayMovingTests.records("a", counts.0)
            var second = ArrayMovingTests.records("b", counts.1)
            let expected = first.map(\.id) + second.map(\.id)
            first.appendMoving(&second, vacant: ArrayMovingTests.vacant)
            #expect(first.map(\.id) == expected)
            #expect(first.map { $0.held[0].name } == expected.map { id in
                let parts = id.split(separator: "-")
                return String(parts[0]) + String(parts[1])
            })
            #expect(second.isEmpty)
            #expect(Tracked.alive == before + counts.0 + counts.1)
        }
        #expect(Tracked.alive == before)
    }
}
