import PathwaysGraph
import PathwaysTestSupport
import Testing

@testable import PathwaysTerminal

/// "[example]" stays in view: lists cut the title, never the marker, and the kiosk marks every
/// illustrative cluster, job and step and says what the marker means.
@Suite struct ExampleMarkerTests {
    @Test(arguments: [(120, 40), (80, 24), (50, 20), (40, 12)])
    func clusterListKeepsTheMarker(width: Int, height: Int) {
        let s = ExplorerSession(graph: Fixtures.graph, width: width, height: height)
        s.render()
        let row = s.text.split(separator: "\n").first { $0.contains("Logistics") }.map(String.init) ?? ""
        #expect(row.contains("[example]"), "at \(width) columns: \(row)")
        #expect(row.contains("1 job"), "the job count stays too: \(row)")
    }

    @Test func markerKeptOnSelectedAndNarrowJobRows() {
        var catalogue = Fixtures.catalogue
        catalogue.jobs = catalogue.jobs.map { var j = $0; j.illustrative = true; j.title += " with a rather long title"; return j }
        let s = ExplorerSession(graph: PathwayGraph(catalogue), width: 50, height: 20)
        s.render()
        s.send(.enter)
        // The list rows: title, marker, pay and level (the detail pane below wraps the title).
        let rows = s.text.split(separator: "\n").filter { $0.contains("£") && ($0.hasPrefix("> ") || $0.hasPrefix("  ")) }
        #expect(rows.count == 2, "\(s.text)")
        for row in rows { #expect(row.contains("[example]"), "\(row)") }
    }

    @Test func rowTextCutsTheTitleNotTheMark() {
        let frame = Frame(width: 40, height: 5, glyphs: .unicode, asciiOnly: false)
        let row = Frame.Row.titled("Logistics and Distribution", illustrative: true, item: 0)
        #expect(frame.rowText(row, columns: 24) == "Logistics and… [example]")
        #expect(frame.rowText(Frame.Row.titled("Short", illustrative: true, item: 0), columns: 24) == "Short [example]")
        #expect(frame.rowText(Frame.Row.titled("Logistics and Distribution", illustrative: false, item: 0), columns: 24)
            == "Logistics and Distribution", "unmarked rows are cut by the list as before")
    }

    // MARK: Kiosk

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
        #expect(jobs.intro.contains(KioskPage.exampleLegend))
        // No marker on the page: no legend.
        let digital = kioskPage(.jobs, cluster: "digital")
        #expect(!digital.intro.contains(KioskPage.exampleLegend))
        #expect(!kioskPage(.question(.age)).intro.contains(KioskPage.exampleLegend))
    }

    @Test func kioskMarksIllustrativeJobsAndStepsOnScreen() {
        var catalogue = Fixtures.catalogue
        catalogue.jobs = catalogue.jobs.map { var j = $0; j.illustrative = true; return j }
        catalogue.steps = catalogue.steps.map { var s = $0; s.illustrative = true; return s }
        let graph = PathwayGraph(catalogue)
        let terminal = InMemoryTerminal(width: 80, height: 40)
        let clock = ManualClock()
        let session = KioskSession(context: KioskContext(graph: graph, idleTimeout: 120, canPrint: true, canSave: true),
                                   terminal: terminal, pin: KioskPIN.make(pin: "2468"), sharer: KioskReducerTests.RecordingSharer(),
                                   clock: clock)
        session.render()
        func keys(_ keys: Key...) { for k in keys { clock.advance(by: 1); session.send(k) } }
        keys(.character("x"), .down, .down, .down, .enter, .down, .enter, .down, .enter, .enter)
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
