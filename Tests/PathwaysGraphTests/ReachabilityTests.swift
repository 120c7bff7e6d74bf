import PathwaysGraph
import PathwaysTestSupport
import Testing

@Suite struct ReachabilityTests {
    let graph = Fixtures.graph

    @Test func everyFixtureJobIsReachableFromEntryWithItsBestRoute() {
        let reached = graph.reachableJobs(from: .entry)
        #expect(reached.map(\.job.id) == ["software-developer", "it-support", "warehouse-operative"])
        let byID = Dictionary(uniqueKeysWithValues: reached.map { ($0.job.id, $0) })
        #expect(byID["software-developer"]?.totalWeeks == 98)
        #expect(byID["software-developer"]?.steps == 4)
        #expect(byID["warehouse-operative"]?.totalWeeks == 1, "the fork-lift course, open when age is not given")
        #expect(byID["warehouse-operative"]?.steps == 1)
        #expect(byID["it-support"]?.totalWeeks == 82)
    }

    @Test func rankingChangesTheBestRoute() {
        let byCost = Dictionary(uniqueKeysWithValues: graph.reachableJobs(from: .entry, ranking: .cost).map { ($0.job.id, $0) })
        #expect(byCost["software-developer"]?.costToLearner == 300)
        #expect(byCost["software-developer"]?.totalWeeks == 194)
    }

    @Test func nextAndPreviousSteps() {
        #expect(graph.nextSteps(from: "digital-l3").map(\.node.id) == ["software-bootcamp", "software-apprenticeship", "it-support"])
        #expect(graph.previousSteps(into: "software-apprenticeship").map(\.node.id) == ["digital-l3", "it-support-l3"])
        #expect(graph.nextSteps(from: "software-developer").isEmpty)
        #expect(graph.previousSteps(into: "esol-e3").isEmpty)
        #expect(graph.nextSteps(from: "unknown").isEmpty)
        let edge = graph.nextSteps(from: "fs-maths-l2").first { $0.node.id == "it-support-l3" }
        #expect(edge?.progression.requirement.minimumAge == 16)
    }

    @Test func lookUps() {
        #expect(graph.step("esol-e3")?.title == "ESOL Entry 3")
        #expect(graph.job("esol-e3") == nil)
        #expect(graph.job("it-support")?.soc == "3132")
        #expect(graph.cluster("digital")?.title == "Professional & Financial Services")
        #expect(graph.provider("jobcentre")?.borough == .wolverhampton)
        #expect(graph.jobs(inCluster: "digital").map(\.id) == ["software-developer", "it-support"])
        #expect(graph.nodeCount == 11)
        #expect(graph.edgeCount == 14)
    }
}
