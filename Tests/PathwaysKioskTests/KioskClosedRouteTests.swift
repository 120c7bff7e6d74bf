import PathwaysGraph
import PathwaysTestSupport
import Testing

@testable import PathwaysKiosk

/// A way in the visitor cannot join yet (a SWAP, for someone not on benefits) is never priced:
/// the kiosk says it is not open to them and why, on the list of ways in and on its steps.
///
/// What an adviser would say to Samira (30, unemployed but not on benefits): "You can't start
/// the SWAP yet — places are for people on benefits, through a work coach." Not "costs you £0".
@Suite struct KioskClosedRouteTests {
    static let why = "Sector-based Work Academy Programme (SWAP) is only for residents on benefits"

    func page(_ screen: KioskScreen) throws -> KioskPage {
        let graph = Fixtures.graph
        let route = try #require(graph.routes(from: .holding(nil), to: "warehouse-operative", limit: 5)
            .first { $0.steps.map(\.id) == ["swap-warehouse"] })
        let closed = PersonalRoute(route: route, costings: [StepCosting(costToLearner: 0, reason: "No fee, through SWAP",
                                                                        isOpen: false, whyClosed: Self.why)],
                                   brokenPreferences: [])
        var state = KioskState()
        state.screen = screen
        state.jobID = "warehouse-operative"
        state.routes = [closed]
        state.routeIndex = 0
        return try #require(KioskPage.page(for: state, context: KioskContext(graph: graph, idleTimeout: 120, canPrint: true, canSave: true)))
    }

    @Test func theWayInSaysNotOpenAndWhyNeverAPrice() throws {
        let lines = try page(.routes).items[0].lines
        #expect(lines[0].hasSuffix("not open to you yet: " + Self.why), "\(lines)")
        #expect(!lines.joined().contains("£0") && !lines.joined().contains("free"), "\(lines)")
    }

    @Test func theStepSaysNotOpenAndWhyBeforeItsFunding() throws {
        let step = try #require(try page(.steps).items.first { $0.lines.first?.hasPrefix("Step 1") == true })
        #expect(step.lines.contains("Not open to you yet: " + Self.why + "."), "\(step.lines)")
        #expect(!step.lines.contains { $0.hasPrefix("Costs you") }, "\(step.lines)")
    }
}
