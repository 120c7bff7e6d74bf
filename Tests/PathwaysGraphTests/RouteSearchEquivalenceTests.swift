import PathwaysGraph
import Testing

/// The A*-guided route search against the plain Yen's-with-Dijkstra oracle (`OracleRoutes`) on
/// seeded random graphs: the same routes, in the same order, for every ranking, starting point
/// and limit.
@Suite struct RouteSearchEquivalenceTests {
    /// A random layered graph with sideways moves, English-and-maths and age requirements,
    /// steps that teach English and maths, and jobs fed from several layers.
    ///
    /// With `tied`, every step takes one or two weeks and costs nothing, so many routes weigh
    /// the same and the order of equal first moves (offered lazily by the search) decides.
    /// `costScale` multiplies every fee (past 2³² pounds, weights no longer fit the packed
    /// queue of the backward search).
    static func randomGraph(seed: UInt64, tied: Bool = false, costScale: Int = 1) -> PathwayGraph {
        var rng = SeededGenerator(seed: seed)
        let levels: [Level] = [.entry2, .entry3, .level1, .level2, .level3, .level4, .level5, .level6]
        let kinds: [StepKind] = [.course, .qualification, .apprenticeship, .bootcamp, .degree, .programme]
        var steps: [Step] = []
        for (layer, level) in levels.enumerated() {
            for k in 0..<(3 + rng.below(10)) {
                var entry = EntryRequirement.none
                if layer > 0 && rng.chance(40) { entry.minimumLevel = levels[layer - 1] }
                if rng.chance(15) { entry.englishMaths = [.level1, .level2][rng.below(2)] }
                if rng.chance(10) { entry.minimumAge = 19 }
                steps.append(Step(
                    id: "s\(layer)-\(k)", title: "Step \(layer)-\(k)", kind: kinds[rng.below(kinds.count)], level: level,
                    weeks: tied ? 1 + rng.below(2) : 1 + rng.below(rng.chance(30) ? 8 : 120),
                    cost: tied ? 0 : rng.below(6) * 500 * costScale, entry: entry,
                    grantsEnglishMaths: rng.chance(12) ? [.level1, .level2][rng.below(2)] : nil))
            }
        }
        var progressions: [Progression] = []
        for a in steps {
            for b in steps where b.id != a.id && (b.level > a.level ? rng.chance(18) : (b.level == a.level && rng.chance(4))) {
                var requirement = EntryRequirement.none
                if rng.chance(15) { requirement.englishMaths = .level2 }
                if rng.chance(5) { requirement.minimumAge = 21 }
                progressions.append(Progression(from: a.id, to: b.id, requirement: requirement, sideways: b.level == a.level))
            }
        }
        let jobs = (0..<6).map { Job(id: "job-\($0)", title: "Job \($0)", clusters: [], minimumLevel: .level2) }
        for step in steps where step.level >= .level1 {
            for job in jobs where rng.chance(12) { progressions.append(Progression(from: step.id, to: job.id)) }
        }
        return PathwayGraph(Catalogue(jobs: jobs, steps: steps, progressions: progressions))
    }

    static let starts: [StartingPoint] = [
        .entry, .holding(.level1), .holding(.level2), .holding(.level3),
        StartingPoint(levelHeld: .level2, englishMaths: nil, age: 17),
        StartingPoint(levelHeld: .level1, englishMaths: .level1, age: 18),
        StartingPoint(levelHeld: nil, englishMaths: .entry3, age: 30),
    ]

    /// A summary that differs whenever the routes do: steps, job, weeks and cost of each.
    static func summary(_ routes: [Route]) -> [String] {
        routes.map { "\($0.nodeIDs.joined(separator: ">")) \($0.totalWeeks)w £\($0.costToLearner)" }
    }

    @Test(arguments: 0..<40)
    func sameRoutesAsTheOracle(seed: Int) {
        Self.compareWithTheOracle(Self.randomGraph(seed: UInt64(seed) &* 7919 &+ 3), seed: seed)
    }

    /// Fees of billions of pounds: the backward search falls back from its packed queue to the
    /// general one, and the routes are still the oracle's.
    @Test(arguments: 0..<10)
    func sameRoutesAsTheOracleWhenFeesPassThirtyTwoBits(seed: Int) {
        Self.compareWithTheOracle(Self.randomGraph(seed: UInt64(seed) &* 7919 &+ 3, costScale: 10_000_000), seed: seed)
    }

    /// Many routes of equal weight: the same weights in the same order, each route distinct.
    /// Which of several equally good routes fills the last places can differ from the oracle
    /// (A* meets equal routes in another order than Dijkstra), so only what a resident can
    /// compare is held equal here.
    @Test(arguments: 0..<30)
    func sameWeightsAsTheOracleWhenRoutesTie(seed: Int) {
        Self.compareWithTheOracle(Self.randomGraph(seed: UInt64(seed) &* 104_729 &+ 11, tied: true), seed: seed) { routes in
            #expect(Set(routes.map(\.nodeIDs)).count == routes.count, "a route came back twice")
            return routes.map { "\($0.totalWeeks)w £\($0.costToLearner) \($0.steps.count) steps" }
        }
    }

    static func compareWithTheOracle(_ graph: PathwayGraph, seed: Int, summary: ([Route]) -> [String] = summary) {
        var rng = SeededGenerator(seed: UInt64(seed))
        var compared = 0
        for job in graph.jobs {
            let start = Self.starts[rng.below(Self.starts.count)]
            let ranking = Ranking.allCases[rng.below(Ranking.allCases.count)]
            let limit = 1 + rng.below(12)
            let earn = rng.chance(25)
            // Half the queries price steps by the time before them, as funding by age does.
            let priced: ((Step, Int) -> Int)? = rng.chance(50) ? { step, weeks in weeks >= 52 ? step.cost : step.cost / 2 } : nil
            let new = graph.routes(from: start, to: job.id, ranking: ranking, limit: limit, earnWhileLearning: earn, learnerCost: priced)
            let old = OracleRoutes.routes(graph, from: start, to: job.id, ranking: ranking, limit: limit,
                                          earnWhileLearning: earn, learnerCost: priced)
            #expect(summary(new) == summary(old),
                    "seed \(seed), \(job.id), \(ranking), limit \(limit), earn \(earn), priced \(priced != nil), \(start)")
            compared += old.count
        }
        #expect(compared > 0 || graph.jobs.allSatisfy { graph.previousSteps(into: $0.id).isEmpty })
    }

    @Test func theOracleFindsRoutesOnMostGraphs() {
        let found = (0..<40).filter { seed in
            let graph = Self.randomGraph(seed: UInt64(seed) &* 7919 &+ 3)
            return graph.jobs.contains { !OracleRoutes.routes(graph, from: .entry, to: $0.id, limit: 3).isEmpty }
        }
        #expect(found.count >= 30, "only \(found.count) of 40 random graphs had any route; the test would prove little")
    }
}
