import PathwaysGraph
import PathwaysTestSupport
import Testing

@Suite struct RoutesTests {
    let graph = Fixtures.graph

    func ids(_ routes: [Route]) -> [[String]] { routes.map(\.nodeIDs) }

    @Test func rankedByTimeFromEntry() {
        let routes = graph.routes(from: .entry, to: "software-developer", ranking: .time, limit: 5)
        #expect(ids(routes) == [
            ["esol-e3", "fs-maths-l2", "digital-l3", "software-bootcamp", "software-developer"],
            ["esol-e3", "fs-maths-l2", "digital-l3", "software-apprenticeship", "software-developer"],
            ["esol-e3", "fs-maths-l2", "it-support-l3", "software-apprenticeship", "software-developer"],
        ])
        #expect(routes.map(\.totalWeeks) == [98, 186, 194])
        #expect(routes.map(\.costToLearner) == [2800, 2800, 300])
    }

    @Test func rankedByCostPutsTheCheapestFirstAndBreaksTiesByWeeks() {
        let routes = graph.routes(from: .entry, to: "software-developer", ranking: .cost, limit: 3)
        #expect(routes.map(\.costToLearner) == [300, 2800, 2800])
        #expect(routes.map(\.totalWeeks) == [194, 98, 186])
    }

    @Test func rankedBySteps() {
        let routes = graph.routes(from: .entry, to: "warehouse-operative", ranking: .steps, limit: 5)
        // Fewest steps first, then fewest weeks: the fork-lift course (1 week) beats SWAP (6 weeks).
        #expect(ids(routes) == [
            ["forklift-course", "warehouse-operative"],
            ["swap-warehouse", "warehouse-operative"],
            ["swap-warehouse", "forklift-course", "warehouse-operative"],
            ["esol-e3", "swap-warehouse", "warehouse-operative"],
            ["esol-e3", "swap-warehouse", "forklift-course", "warehouse-operative"],
        ])
    }

    @Test func minimumAgeClosesAStepToYoungerResidents() {
        // The fork-lift course asks for age 18: closed at 17, open at 18 and when age is not given.
        let routes = graph.routes(from: StartingPoint(age: 17), to: "warehouse-operative", limit: 5)
        #expect(ids(routes) == [["swap-warehouse", "warehouse-operative"], ["esol-e3", "swap-warehouse", "warehouse-operative"]])
        #expect(graph.routes(from: StartingPoint(age: 18), to: "warehouse-operative", limit: 5).count == 5)
    }

    @Test func startingPointSkipsCoveredSteps() {
        let routes = graph.routes(from: .holding(.level3), to: "software-developer", ranking: .time, limit: 10)
        #expect(ids(routes) == [
            ["software-bootcamp", "software-developer"],
            ["digital-l3", "software-bootcamp", "software-developer"],
            ["software-apprenticeship", "software-developer"],
            ["digital-l3", "software-apprenticeship", "software-developer"],
            ["it-support-l3", "software-apprenticeship", "software-developer"],
        ])
        for route in routes {
            #expect(!route.steps.contains { $0.id == "esol-e3" || $0.id == "fs-maths-l2" })
        }
    }

    @Test func englishAndMathsGainedOnTheRouteOpensProgressions() {
        // Level 3 held but no English and maths: the apprenticeship (needs Level 2 English and maths)
        // cannot be started directly, and nothing on these routes teaches it, so only the bootcamp opens.
        let start = StartingPoint(levelHeld: .level3, englishMaths: nil)
        let routes = graph.routes(from: start, to: "software-developer", limit: 10)
        #expect(routes.allSatisfy { !$0.nodeIDs.contains("software-apprenticeship") || $0.nodeIDs.contains("fs-maths-l2") })
        #expect(routes.first?.nodeIDs == ["software-bootcamp", "software-developer"])
        // The Functional Skills step teaches English and maths, so taking it first opens the apprenticeship.
        let catalogue = Catalogue(
            steps: [
                Step(id: "maths", title: "Maths", kind: .qualification, level: .level2, weeks: 10, grantsEnglishMaths: .level2),
                Step(id: "intro", title: "Intro", kind: .course, level: .level1, weeks: 1),
                Step(id: "apprenticeship", title: "Apprenticeship", kind: .apprenticeship, level: .level3, weeks: 50,
                     entry: .init(minimumLevel: .level1, englishMaths: .level2)),
            ],
            progressions: [
                Progression(from: "intro", to: "maths"),
                Progression(from: "intro", to: "apprenticeship", requirement: .init(englishMaths: .level2)),
                Progression(from: "maths", to: "apprenticeship", requirement: .init(englishMaths: .level2)),
                Progression(from: "apprenticeship", to: "job"),
            ]
        )
        var withJob = catalogue
        withJob.jobs = [Job(id: "job", title: "Job", clusters: [], minimumLevel: .level3)]
        let small = PathwayGraph(withJob)
        #expect(small.routes(from: .entry, to: "job", limit: 5).map(\.nodeIDs) == [
            ["maths", "apprenticeship", "job"],
            ["intro", "maths", "apprenticeship", "job"],
        ])
        #expect(small.routes(from: StartingPoint(englishMaths: .level2), to: "job", limit: 5).map(\.nodeIDs) == [
            ["intro", "apprenticeship", "job"],
        ])
    }

    @Test func learnerCostReplacesTheFee() {
        let routes = graph.routes(from: .entry, to: "software-developer", ranking: .cost, limit: 1) { step, _ in
            step.id == "digital-l3" ? 0 : step.cost
        }
        #expect(routes.first?.nodeIDs == ["esol-e3", "fs-maths-l2", "digital-l3", "software-bootcamp", "software-developer"])
        #expect(routes.first?.costToLearner == 300)
    }

    @Test func routesCarryTheirProgressions() throws {
        let route = try #require(graph.routes(from: .entry, to: "it-support", limit: 1).first)
        #expect(route.progressions.map(\.to) == route.nodeIDs.dropFirst().map { $0 })
        #expect(route.progressions.map(\.from) == route.steps.map(\.id))
    }

    @Test func unknownOrUnreachableTargetsGiveNoRoutes() {
        #expect(graph.routes(from: .entry, to: "no-such-job").isEmpty)
        #expect(graph.routes(from: .entry, to: "esol-e3").isEmpty, "a step is not a job")
        #expect(graph.routes(from: .entry, to: "software-developer", limit: 0).isEmpty)
        var catalogue = Fixtures.catalogue
        catalogue.jobs.append(Job(id: "island", title: "Island", clusters: ["digital"], minimumLevel: .level1))
        #expect(PathwayGraph(catalogue).routes(from: .entry, to: "island").isEmpty)
    }

    @Test func tiesAreBrokenByIDsSoOrderIsStable() {
        let catalogue = Catalogue(
            jobs: [Job(id: "job", title: "Job", clusters: [], minimumLevel: .level1)],
            steps: ["c", "a", "b"].map { Step(id: $0, title: $0, kind: .course, level: .level1, weeks: 5) },
            progressions: ["c", "a", "b"].map { Progression(from: $0, to: "job") }
        )
        let routes = PathwayGraph(catalogue).routes(from: .entry, to: "job", limit: 3)
        #expect(routes.map { $0.nodeIDs[0] } == ["a", "b", "c"])
        // Same input, same answer.
        #expect(PathwayGraph(catalogue).routes(from: .entry, to: "job", limit: 3).map(\.nodeIDs) == routes.map(\.nodeIDs))
    }

    @Test func cyclesDoNotTrapTheSearch() {
        var catalogue = Fixtures.catalogue
        catalogue.progressions.append(Progression(from: "digital-l3", to: "fs-maths-l2", sideways: true))
        let routes = PathwayGraph(catalogue).routes(from: .entry, to: "software-developer", limit: 10)
        #expect(routes.count == 3)
        for route in routes { #expect(Set(route.nodeIDs).count == route.nodeIDs.count, "loopless") }
    }
}

@Suite struct CoveredStepsTests {
    let graph = Fixtures.graph

    @Test func generalLearningBelowTheLevelHeldIsSkippedButJobTrainingIsNot() {
        let level3 = StartingPoint.holding(.level3)
        #expect(graph.isCovered(graph.step("esol-e3")!, for: level3))
        #expect(graph.isCovered(graph.step("fs-maths-l2")!, for: level3), "English and maths already held")
        #expect(!graph.isCovered(graph.step("forklift-course")!, for: level3), "a Level 2 course straight into a job")
        #expect(!graph.isCovered(graph.step("swap-warehouse")!, for: level3), "a programme straight into a job")
        #expect(!graph.isCovered(graph.step("digital-l3")!, for: level3), "same level as held")
        let routes = graph.routes(from: level3, to: "warehouse-operative", ranking: .time, limit: 5)
        #expect(routes.map(\.nodeIDs) == [
            ["forklift-course", "warehouse-operative"],
            ["swap-warehouse", "warehouse-operative"],
            ["swap-warehouse", "forklift-course", "warehouse-operative"],
        ])
    }

    @Test func englishAndMathsStepsAreCoveredOnlyByEnglishAndMaths() {
        let step = graph.step("fs-maths-l2")!
        #expect(!graph.isCovered(step, for: StartingPoint(levelHeld: .level6, englishMaths: .level1)))
        #expect(graph.isCovered(step, for: StartingPoint(levelHeld: nil, englishMaths: .level2)))
    }
}
