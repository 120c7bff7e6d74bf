import PathwaysGraph
import PathwaysTestSupport
import Testing

import PathwaysTerminalCore
@testable import PathwaysExplorer

/// A route the resident cannot join yet, as the explorer words it: in the list of routes, the
/// route's detail, the route heading, compare and the plan.
///
/// Samira is 30, has lived in the UK for one year, is learning English and is unemployed but
/// does not claim benefits. In the fixture a SWAP leads to warehouse work, and (as in the real
/// content) a SWAP is only for residents on benefits. An adviser would tell her: "You can't join
/// the SWAP yet: places come through a Jobcentre work coach for people on benefits." They would
/// never call that route free or fully funded, because she cannot start it; so every total of
/// that route says "not open to you yet", with the step's own reason where there is room.
@Suite struct ClosedRouteScreenTests {
    static let golden = Golden.directory(besides: #filePath)

    static let samira = Profile(age: 30, borough: .birmingham, employment: .unemployed, needsESOL: true,
                                residence: Residence(yearsInUK: 1))

    /// The fixture with a sourced SWAP rule for residents on benefits, named by the SWAP step.
    static let graph: PathwayGraph = {
        var c = Fixtures.catalogue
        c.funding.append(FundingRule(id: "swap", title: "Sector-based Work Academy Programme (SWAP)", outcome: .free,
                                     conditions: FundingConditions(anyOf: [.benefits]), appliesTo: FundingScope(listed: true),
                                     reason: "SWAP, through a work coach", sources: ["src-plan"]))
        if let i = c.steps.firstIndex(where: { $0.id == "swap-warehouse" }) { c.steps[i].funding = ["swap"] }
        return PathwayGraph(c)
    }()

    /// Samira on the warehouse operative's routes (Home → Logistics → the first job), then `keys`.
    func session(_ keys: [String], width: Int, height: Int) -> ExplorerSession {
        let s = ExplorerSession(graph: Self.graph, width: width, height: height, options: .init(profile: Self.samira))
        s.render()
        for k in ["down", "enter", "enter"] + keys { s.send(Key(name: k)!) }
        return s
    }

    @Test func theClosedRouteIsThereAndClosedForTheStepsOwnReason() throws {
        let routes = Self.graph.personalRoutes(for: Self.samira, to: "warehouse-operative", limit: 5)
        let closed = try #require(routes.first { !$0.isOpen })
        #expect(closed.costings.contains { $0.whyClosed?.contains("only for residents on benefits") == true })
        #expect(!closed.isFullyFunded)
    }

    /// The SWAP route selected: its line in the list and its steps beside (or below) it.
    @Test(arguments: [(120, 40), (80, 24), (50, 20)])
    func routesListSaysNotOpenAndWhyNeverFunded(width: Int, height: Int) {
        let text = (session(["down"], width: width, height: height).terminal as! InMemoryTerminal).text
        check(text, "job-closed-\(width)x\(height).txt", width: width)
        #expect(!text.contains("fully funded") && !text.contains("Fully funded"))
        #expect(text.contains("Not open to you yet: Sector-based"), "the route's steps begin with why: \(text)")
    }

    @Test func routeDetailHeadingAndCompareSayNotOpen() throws {
        let routes = Self.graph.personalRoutes(for: Self.samira, to: "warehouse-operative", limit: 5)
        let closed = try #require(routes.first { !$0.isOpen })
        let line = Describe.routeLine(number: 2, closed.route, closed)
        #expect(line.contains("not open to you yet: Sector-based Work Academy Programme (SWAP) is only for residents on benefits"), "\(line)")
        #expect(!line.contains("free") && !line.contains("£0") && !line.contains("[fully funded]"), "\(line)")
        #expect(line.contains("[closed step]"))
        #expect(Describe.totals(closed).contains("not open to you yet"))
        let detail = Describe.route(closed).paragraphs.map(\.text)
        #expect(detail.first == "Not open to you yet: Sector-based Work Academy Programme (SWAP) is only for residents on benefits.", "\(detail)")
        #expect(!detail.contains { $0.contains("Fully funded") })
        let table = RouteComparison(routes: routes.map(\.route), personal: routes)
        let cost = try #require(table.rows.first { $0.label == "Cost to you" })
        let i = try #require(routes.firstIndex { !$0.isOpen })
        #expect(cost.values[i] == "not open")
        #expect(!cost.best.contains(i), "a route she cannot join is never the best value")
        let funded = try #require(table.rows.first { $0.label == "Fully funded" })
        #expect(funded.values[i] == "no")
    }

    /// The SWAP route made her plan: the plan's total says it is not open to her, never free,
    /// and the step says why.
    @Test func aPlanWithAClosedStepIsNotPriced() {
        let text = (session(["down", "m", "p"], width: 80, height: 24).terminal as! InMemoryTerminal).text
        #expect(text.contains("Your plan: to become Warehouse operative"), "\(text)")
        let total = text.split(separator: "\n").first { $0.contains("Total:") }.map(String.init) ?? ""
        #expect(total.contains("not open to you yet") && !total.contains("free") && !total.contains("£0"), "\(total)")
        #expect(text.contains("Closed: Sector-based Work Academy Programme (SWAP)"), "\(text)")
    }

    func check(_ text: String, _ name: String, width: Int) {
        if let problem = Golden.check(text + "\n", file: name, in: Self.golden) { Issue.record(Comment(rawValue: problem)) }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(DisplayWidth.of(String(line)) <= width, "\(name) overflows: \(line)")
        }
    }
}
