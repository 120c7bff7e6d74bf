@testable import PathwaysGraph
import Testing

/// The backward search of the route search against bounds worked out by relaxing every edge
/// until nothing changes: when taken only part of the way, every node it settled has its
/// exact bound and every node it left has a key of at least the radius, so no route lighter
/// than the radius is lost; taken all the way, it settles exactly the job's ancestors.
@Suite struct RouteLowerBoundsTests {
    /// Each node's exact bound (least weight still to go to `target`), nil where it cannot
    /// reach it: Bellman-Ford over the in-edges, each step priced at `least`.
    static func oracleBounds(_ graph: PathwayGraph, target: Int, least: (Int) -> RouteWeight) -> [RouteWeight?] {
        var bound = [RouteWeight?](repeating: nil, count: graph.nodeCount)
        bound[target] = .zero
        var changed = true
        while changed {
            changed = false
            for v in 0..<graph.nodeCount {
                guard let b = bound[v] else { continue }
                let through = graph.isJob(v) ? b : b + least(v)
                for k in Int(graph.inStart[v])..<Int(graph.inStart[v + 1]) {
                    let u = Int(graph.inSource[k])
                    if bound[u].map({ through < $0 }) ?? true {
                        bound[u] = through
                        changed = true
                    }
                }
            }
        }
        return bound
    }

    static func check(_ graph: PathwayGraph, seed: Int, packed: Bool) {
        var rng = SeededGenerator(seed: UInt64(seed))
        var partial = 0, generalQueues = 0
        for job in graph.jobs {
            let start = RouteSearchEquivalenceTests.starts[rng.below(RouteSearchEquivalenceTests.starts.count)]
            let ranking = Ranking.allCases[rng.below(Ranking.allCases.count)]
            let search = RouteSearch(graph: graph, start: start, ranking: ranking, pricer: StepPricer(fixed: graph.steps.map(\.cost)),
                                     allowed: nil, earn: rng.chance(25))
            let target = graph.index(of: job.id)!
            let exact = oracleBounds(graph, target: target, least: search.lowestWeight(ofStep:))
            let key = { (n: Int) in exact[n].map { graph.isJob(n) ? $0 : $0 + search.lowestWeight(ofStep: n) } }
            let bounds = RouteLowerBounds(search: search, target: target)
            // Part of the way: out to the key of a random ancestor.
            let ancestors = (0..<graph.nodeCount).filter { exact[$0] != nil }
            let limit = key(ancestors[rng.below(ancestors.count)])!
            bounds.extend(to: limit)
            if let radius = bounds.radius {
                partial += 1
                #expect(!(radius < limit), "stopped short of the limit, seed \(seed), \(job.id)")
                for n in 0..<graph.nodeCount {
                    if bounds.reaches(n) {
                        #expect(bounds.bound(n) == exact[n], "seed \(seed), \(job.id), node \(n)")
                        #expect(!(radius < key(n)!), "settled past the radius, seed \(seed), \(job.id), node \(n)")
                    } else if let k = key(n) {
                        #expect(!(k < radius), "left a node inside the radius, seed \(seed), \(job.id), node \(n)")
                    }
                }
            }
            let opening = { (n: Int) in bounds.reaches(n) && search.opensRoute(n) }
            #expect(Set(bounds.firstMoves.map(Int.init)) == Set((0..<graph.nodeCount).filter(opening)))
            // All the way: every ancestor, each with its exact bound.
            bounds.extend(to: nil)
            #expect(bounds.radius == nil)
            for n in 0..<graph.nodeCount {
                #expect(bounds.reaches(n) == (exact[n] != nil), "seed \(seed), \(job.id), node \(n)")
                if bounds.reaches(n) { #expect(bounds.bound(n) == exact[n]) }
            }
            #expect(Set(bounds.firstMoves.map(Int.init)) == Set((0..<graph.nodeCount).filter(opening)))
            if !bounds.queueIsPacked { generalQueues += 1 }
        }
        if packed {
            #expect(generalQueues == 0, "seed \(seed)")
        } else {
            #expect(generalQueues > 0, "no job's bounds needed the general queue; the test would prove little")
        }
        #expect(partial > 0, "no job's bounds stopped part of the way; the test would prove little")
    }

    @Test(arguments: 0..<20)
    func exactBoundsInsideTheRadius(seed: Int) {
        Self.check(RouteSearchEquivalenceTests.randomGraph(seed: UInt64(seed) &* 7919 &+ 3), seed: seed, packed: true)
    }

    /// Fees past 2³² pounds: the search starts again with the general queue, with the same bounds.
    @Test(arguments: 0..<10)
    func exactBoundsWithTheGeneralQueue(seed: Int) {
        Self.check(RouteSearchEquivalenceTests.randomGraph(seed: UInt64(seed) &* 7919 &+ 3, costScale: 10_000_000), seed: seed,
                   packed: false)
    }
}
