@testable import PathwaysGraph
import PathwaysTestSupport
import Testing

/// A large content set's progressions are resolved in two halves side by side; the halves
/// must give exactly what one pass gives, unknown targets included.
@Suite struct ProgressionTargetsTests {
    @Test(arguments: [0, 1, 2, 3, 101, 1_000])
    func halvesGiveWhatOnePassGives(count: Int) {
        var rng = SeededGenerator(seed: UInt64(count) &+ 5)
        let ids = (0..<200).map { "node-\($0)" }
        let nodeIndex = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let progressions = (0..<count).map { _ in
            let to = Int.random(in: 0..<8, using: &rng) == 0 ? "unknown-\(Int.random(in: 0..<9, using: &rng))" : ids.randomElement(using: &rng)!
            return Progression(from: ids.randomElement(using: &rng)!, to: to)
        }
        let onePass = PathwayGraph.targets(of: progressions, in: nodeIndex, halvesFrom: .max)
        #expect(onePass == progressions.map { nodeIndex[$0.to].map { Int32($0) } ?? -1 })
        #expect(PathwayGraph.targets(of: progressions, in: nodeIndex, halvesFrom: 0) == onePass)
    }
}
