import PathwaysGraph
import PathwaysTerminalCore
import PathwaysTestSupport
import Testing

@testable import PathwaysKiosk

/// The kiosk marks every illustrative cluster, job and step "[example]" and says what the marker means.
@Suite struct KioskExampleMarkerTests {
    func kioskPage(_ screen: KioskScreen, graph: PathwayGraph = Fixtures.graph, cluster: String? = nil) -> KioskPage {
        var state = KioskState()
        state.screen = screen
        state.clusterID = cluster
        return KioskPage.page(for: state, context: KioskContext(graph: graph, idleTimeout: 120, canPrint: true, canSave: true))!
    }

    @Test func kioskMarksIllustrativeClustersAndExplainsTheMarker() {
        let clusters = kioskPage(.clusters)
        #expect(clusters.items.contains { $0.lines == ["Logistics and Distribution [example]"] })
        #expect(clusters.items.contains { $0.lines == ["Professional & Financial Services"] })
        #expect(clusters.intro.last == "[example] = not yet confirmed by a source")
        let jobs = kioskPage(.jobs, cluster: "logistics")
        #expect(jobs.title == "Jobs in Logistics and Distribution [example]")
        #expect(jobs.intro.contains(Wording.exampleLegend))
        // No marker on the page: no legend.
        let digital = kioskPage(.jobs, cluster: "digital")
        #expect(!digital.intro.contains(Wording.exampleLegend))
        #expect(!kioskPage(.question(.age)).intro.contains(Wording.exampleLegend))
    }

    @Test func kioskMarksIllustrativeJobsAndStepsOnScreen() {
        var catalogue = Fixtures.catalogue
        catalogue.jobs = catalogue.jobs.map { var j = $0; j.illustrative = true; return j }
        catalogue.steps = catalogue.steps.map { var s = $0; s.illustrative = true; return s }
        let graph = PathwayGraph(catalogue)
        let terminal = InMemoryTerminal(width: 80, height: 40)
        let clock = ManualClock()
        let session = KioskSession(context: KioskContext(graph: graph, idleTimeout: 120, canPrint: true, canSave: true),
                                   terminal: terminal, lock: KioskOperatorLock(pin: KioskReducerTests.pin, clock: clock), sharer: KioskReducerTests.RecordingSharer(),
                                   clock: clock)
        session.render()
        func keys(_ keys: Key...) { for k in keys { clock.advance(by: 1); session.send(k) } }
        keys(.character("x"), .down, .down, .down, .enter, .down, .enter, .down, .enter, .enter, .enter, .enter, .enter)
        #expect(terminal.text.contains("[example]"), "jobs are marked:\n\(terminal.text)")
        #expect(terminal.text.contains("[example] = not yet confirmed by a source"))
        keys(.enter)
        #expect(session.state.screen == .routes)
        #expect(terminal.text.contains("[example] = not yet confirmed by a source"), "routes list illustrative steps:\n\(terminal.text)")
        keys(.enter)
        #expect(session.state.screen == .steps)
        #expect(terminal.text.contains("[example]"))
        #expect(terminal.text.contains("[example] = not yet confirmed by a source"))
    }
}
