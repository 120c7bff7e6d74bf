import PathwaysGraph
import PathwaysTestSupport
import Testing

import PathwaysTerminalCore
@testable import PathwaysExplorer

/// Key sequences through the reducer, checked against the states they should produce.
@Suite struct ReducerTests {
    let context = ExplorerContext(graph: Fixtures.graph)

    func run(_ keys: [Key], from start: ExplorerState = ExplorerState()) -> ExplorerState {
        var state = start
        for k in keys { _ = Reducer.reduce(&state, .key(k), context: context) }
        return state
    }

    @Test func homeToStepAndBack() {
        var state = run([.enter])
        #expect(state.screen == .cluster("digital"))
        state = run([.down, .enter], from: state)  // sorted by title: IT support, Software developer
        #expect(state.screen == .job("software-developer"))
        #expect(state.page.routes.count == 3)
        #expect(state.page.routes[0].totalWeeks == 98)
        state = run([.enter], from: state)
        #expect(state.screen == .pathways("software-developer"))
        #expect(state.page.route == 0)
        #expect(state.page.cursor == "esol-e3")
        state = run([.right, .right], from: state)
        #expect(state.page.cursor == "digital-l3")
        state = run([.enter], from: state)
        #expect(state.screen == .step("digital-l3"))
        #expect(state.pages.map(\.screen.kindName) == ["Home", "Cluster", "Job", "Pathways", "Step"])
        state = run([.escape, .backspace, .escape, .escape], from: state)
        #expect(state.screen == .home)
        state = run([.escape], from: state)
        #expect(state.screen == .home)
        #expect(state.message != nil)
        #expect(!state.finished)
    }

    @Test func vimKeysMoveLikeArrows() {
        let a = run([.down, .enter, .up])
        let b = run([.character("j"), .character("l")])
        #expect(a.pages.count == 2 && b.pages.count == 1)
        #expect(run([.character("j")]).page.selected == 1)
        #expect(run([.character("j"), .character("k")]).page.selected == 0)
    }

    @Test func clusterSortCycles() {
        var state = run([.enter])
        #expect(state.jobSort == .title)
        state = run([.character("s")], from: state)
        #expect(state.jobSort == .pay)
        state = run([.character("s"), .character("s")], from: state)
        #expect(state.jobSort == .title)
    }

    @Test func searchIsIncrementalAndForgivesTypos() {
        var state = run([.character("/")])
        #expect(state.screen == .search)
        for c in "sofware" { _ = Reducer.reduce(&state, .key(.character(c)), context: context) }
        #expect(state.results.contains { $0.id == "software-developer" })
        #expect(state.results.first?.kind == .job)
        state = run([.enter], from: state)
        #expect(state.screen == .job("software-developer"))
        state = run([.escape, .escape], from: state)
        #expect(state.screen == .home)
    }

    /// ⌫ on an empty search box stays in search: later letters are still typed, never commands.
    @Test func backspaceOnAnEmptySearchStaysInSearch() {
        var state = run([.enter, .character("/"), .character("a"), .backspace, .backspace, .backspace, .backspace])
        #expect(state.screen == .search)
        #expect(state.pages.count == 3, "no screen was left")
        state = run([.character("r")], from: state)
        #expect(state.screen == .search && state.query == "r", "r is text, not the profile")
        state = run([.escape], from: state)
        #expect(state.screen == .cluster("digital"), "only Esc leaves search")
    }

    @Test func ctrlUClearsTheSearch() {
        var state = run([.character("/")] + "software".map { .character($0) })
        #expect(!state.results.isEmpty)
        state = run([.control("u")], from: state)
        #expect(state.query.isEmpty && state.results.isEmpty && state.screen == .search)
        state = run([.control("u"), .character("x")], from: state)
        #expect(state.query == "x")
    }

    @Test func reopeningSearchStartsEmpty() {
        var state = run([.character("/")] + "city".map { .character($0) } + [.enter])
        #expect(state.screen == .provider("city-college"))
        state = run([.character("/")], from: state)
        #expect(state.screen == .search && state.query.isEmpty && state.results.isEmpty)
        state = run("soft".map { .character($0) }, from: state)
        #expect(state.query == "soft")
    }

    @Test func searchFindsProvidersByPrefix() {
        var state = run([.character("/")])
        for c in "city col" { _ = Reducer.reduce(&state, .key(.character(c)), context: context) }
        #expect(state.results.first?.id == "city-college")
        state = run([.enter], from: state)
        #expect(state.screen == .provider("city-college"))
    }

    @Test func planTakesARouteAndSteps() {
        var state = run([.enter, .down, .enter])  // job: software developer, route 1
        state = run([.character("m")], from: state)
        #expect(state.plan.route?.job.id == "software-developer")
        #expect(state.plan.totalWeeks == 98)
        state = run([.enter, .right, .right, .right, .right], from: state)  // along route 1 to the job
        state = run([.character("p")], from: state)
        #expect(state.screen == .plan)
        state = run([.character("x")], from: state)
        #expect(state.plan.steps.count == 3)
        state = run([.escape], from: state)
        #expect(state.screen == .pathways("software-developer"))
    }

    @Test func listViewFollowsTheRoutes() {
        var state = run([.enter, .down, .enter, .enter, .character("v")])
        #expect(state.showList)
        #expect(state.page.cursor == "esol-e3")
        state = run([.down, .down], from: state)
        #expect(state.page.cursor == "digital-l3")
        state = run([.down, .down, .down, .down], from: state)  // past route 1's job to route 2
        #expect(state.page.cursor == "fs-maths-l2")
        #expect(state.page.route == 1)
        state = run([.character("3")], from: state)  // route 3 passes the same step: the cursor stays
        #expect(state.page.route == 2 && state.page.cursor == "fs-maths-l2")
        state = run([.enter], from: state)
        #expect(state.screen == .step("fs-maths-l2"))
    }

    @Test func quitAndInterrupt() {
        #expect(run([.character("q")]).finished)
        #expect(run([.character("q")]).exitCode == 0)
        #expect(run([.interrupt]).exitCode == 130)
        // q is text on the search screen.
        let s = run([.character("/"), .character("q")])
        #expect(!s.finished && s.query == "q")
    }

    @Test func tooSmallOnlyQuits() {
        var state = ExplorerState(width: 30, height: 10)
        state = run([.enter], from: state)
        #expect(state.screen == .home)
        _ = Reducer.reduce(&state, .resize(width: 80, height: 24), context: context)
        state = run([.enter], from: state)
        #expect(state.screen == .cluster("digital"))
    }

    @Test func clickSelectsAndDoubleClickOpens() {
        let session = ExplorerSession(graph: Fixtures.graph, width: 80, height: 24)
        session.render()
        let hit = session.hits.first { $0.pane == 0 && $0.index == 1 }!
        session.send(action: .click(x: hit.rect.x + 1, y: hit.rect.y, double: false))
        #expect(session.state.page.selected == 1)
        session.send(action: .click(x: hit.rect.x + 1, y: hit.rect.y, double: true))
        #expect(session.state.screen == .cluster("logistics"))
        session.send(action: .scroll(3))
        #expect(session.state.page.selected == 0)
    }

    @Test func tabMovesFocus() {
        var state = run([.tab])
        #expect(state.page.focus == 1)
        state = run([.tab], from: state)
        #expect(state.page.focus == 0)
    }
}
