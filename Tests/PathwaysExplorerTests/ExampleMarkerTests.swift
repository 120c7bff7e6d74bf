import PathwaysGraph
import PathwaysTestSupport
import Testing

import PathwaysTerminalCore
@testable import PathwaysExplorer

/// "[example]" stays in view: lists cut the title, never the marker.
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
}
