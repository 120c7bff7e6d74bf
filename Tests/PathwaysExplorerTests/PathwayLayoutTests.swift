import PathwaysGraph
import PathwaysTestSupport
import Testing

import PathwaysTerminalCore
@testable import PathwaysExplorer

@Suite struct PathwayLayoutTests {
    /// ESOL Entry 3 then SWAP (also Entry 3) then the job: the move within the Entry band gets a
    /// column of its own, so it is drawn as a line rather than listed.
    @Test func aProgressionWithinOneBandIsDrawnAcrossAnExtraColumn() throws {
        let graph = Fixtures.graph
        let routes = graph.routes(from: StartingPoint(age: 17), to: "warehouse-operative", limit: 5)
        #expect(routes.map(\.nodeIDs).contains(["esol-e3", "swap-warehouse", "warehouse-operative"]))
        let layout = PathwayLayout(routes: routes)
        #expect(layout.headings == ["Entry", "Entry", "Job"])
        let esol = try #require(layout.position["esol-e3"]), swap = try #require(layout.position["swap-warehouse"])
        #expect(esol.column == 0 && swap.column == 1)
        #expect(layout.segments.contains { $0.from == "esol-e3" && $0.to == "swap-warehouse" })
        #expect(layout.otherEdges.isEmpty)
    }

    @Test func aBackwardMoveIsListedNotDrawn() {
        var c = Fixtures.catalogue
        c.progressions.append(Progression(from: "forklift-course", to: "swap-warehouse", sideways: true))
        let routes = [Route(
            steps: ["swap-warehouse", "forklift-course"].compactMap { id in c.steps.first { $0.id == id } },
            job: c.jobs.first { $0.id == "warehouse-operative" }!, progressions: [], totalWeeks: 7, costToLearner: 450),
            Route(steps: ["forklift-course", "swap-warehouse"].compactMap { id in c.steps.first { $0.id == id } },
                  job: c.jobs.first { $0.id == "warehouse-operative" }!, progressions: [], totalWeeks: 7, costToLearner: 450)]
        let layout = PathwayLayout(routes: routes)
        #expect(layout.otherEdges.map { "\($0.from)>\($0.to)" } == ["forklift-course>swap-warehouse"])
    }
}

@Suite struct ShortCostTests {
    @Test func bigCostsShortenRatherThanVanish() {
        func costing(_ pounds: Int, open: Bool = true) -> StepCosting {
            StepCosting(costToLearner: pounds, reason: "", isOpen: open)
        }
        #expect(Describe.shortCostToYou(costing(28_605)) == "£29k")
        #expect(Describe.shortCostToYou(costing(1_200)) == "£1k")
        #expect(Describe.shortCostToYou(costing(300)) == "£300")
        #expect(Describe.shortCostToYou(costing(0)) == "free")
        #expect(Describe.shortCostToYou(costing(28_605, open: false)) == "closed")
    }
}
